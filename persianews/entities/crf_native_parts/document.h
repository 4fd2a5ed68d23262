/* crf_native.c, part: the tagger's pass over a document's sentences (tag_document). Included by crf_native.c in its place; not compiled alone. */

/* What tag_document reads while it goes through a document's sentences: the snapshots (tuples) of its
 * lists, which it holds, and its other arguments, borrowed for the call. */
typedef struct {
    Py_ssize_t width;
    PyObject *types, *phrases, *rules; /* tuples; rules NULL: no rule tags */
    Py_ssize_t *firsts;                /* each phrase's first token, ascending */
    PyObject *phrase_parts, *new_phrase, *rule_parts, *new_rule;
    double *context;                   /* a sentence's context sums, width doubles per token */
    unsigned char *seen;               /* whether a token of the sentence has a context vector yet */
} document_pass;

/* Add ``vector`` (packed doubles, or None: nothing) to the context of the sentence's token ``k``, storing
 * it there when it is the token's first (as EmissionScorer._sum adds a token's context vectors: left to
 * right from the first); 0, or -1 with an exception set. */
static int add_context(document_pass *pass, PyObject *vector, Py_ssize_t k) {
    if (vector == Py_None) {
        return 0;
    }
    if (add_vector(vector, pass->width, pass->context + k * pass->width, !pass->seen[k]) < 0) {
        return -1;
    }
    pass->seen[k] = 1;
    return 0;
}

/* ``parts`` (a new reference, stolen) checked to be None or a tuple of ``count`` items, else NULL with
 * an exception set. */
static PyObject *checked_parts(PyObject *parts, Py_ssize_t count) {
    if (parts != NULL && parts != Py_None && !(PyTuple_Check(parts) && PyTuple_Size(parts) == count)) {
        Py_DECREF(parts);
        PyErr_Format(PyExc_TypeError, "a group's parts must be None or a tuple of %zd vectors or Nones", count);
        return NULL;
    }
    return parts;
}

/* The parts of the lexicon phrase ``entries`` (a new reference: None, or its begin, inside, before and
 * after vectors): from ``phrase_parts`` (keyed by the entries' identity, holding ``(entries, parts)``),
 * else new_phrase(entries)'s; NULL with an exception set. */
static PyObject *parts_of_phrase(document_pass *pass, PyObject *entries) {
    PyObject *key = PyLong_FromVoidPtr(entries);
    PyObject *cached = key == NULL ? NULL : PyDict_GetItemWithError(pass->phrase_parts, key);
    Py_XDECREF(key);
    if (cached != NULL && PyTuple_Check(cached) && PyTuple_Size(cached) == 2 && PyTuple_GetItem(cached, 0) == entries) {
        return checked_parts(Py_NewRef(PyTuple_GetItem(cached, 1)), 4);
    }
    if (PyErr_Occurred()) {
        return NULL;
    }
    return checked_parts(PyObject_CallFunctionObjArgs(pass->new_phrase, entries, NULL), 4);
}

/* Add the parts of phrase ``index`` (starting in the sentence ``[start, end)``) to the sentence's context,
 * as FeatureParts._add_phrases does; 0, or -1 with an exception set. */
static int add_phrase(document_pass *pass, Py_ssize_t index, Py_ssize_t start, Py_ssize_t end) {
    PyObject *phrase = PyTuple_GetItem(pass->phrases, index); /* checked by tag_document: a tuple of 3 */
    Py_ssize_t first = pass->firsts[index], last = PyLong_AsSsize_t(PyTuple_GetItem(phrase, 1));
    if (last == -1 && PyErr_Occurred()) {
        return -1;
    }
    PyObject *parts = parts_of_phrase(pass, PyTuple_GetItem(phrase, 2));
    if (parts == NULL) {
        return -1;
    }
    int status = 0;
    if (parts != Py_None) {
        Py_ssize_t offset = first - start, last_offset = end - start - 1, limit = (last < end ? last : end) - start;
        status = add_context(pass, PyTuple_GetItem(parts, 0), offset);
        if (status == 0 && offset < last_offset) {
            status = add_context(pass, PyTuple_GetItem(parts, 2), offset + 1);
        }
        if (status == 0 && offset) {
            status = add_context(pass, PyTuple_GetItem(parts, 3), offset - 1);
        }
        for (Py_ssize_t inner = offset + 1; status == 0 && last - first > 1 && inner < limit; inner++) {
            status = add_context(pass, PyTuple_GetItem(parts, 1), inner);
        }
    }
    Py_DECREF(parts);
    return status;
}

/* Add the rule tags of the sentence ``[start, end)``'s tokens to its context, as FeatureParts._add_rule_tags
 * does (their parts from ``rule_parts`` by the tags, else new_rule(tags)'s); 0, or -1 with an exception. */
static int add_rule_tags(document_pass *pass, Py_ssize_t start, Py_ssize_t end) {
    Py_ssize_t count = PyTuple_Size(pass->rules), last = end - start - 1;
    for (Py_ssize_t t = start; t < end && t < count; t++) {
        PyObject *tags = PyTuple_GetItem(pass->rules, t);
        int tagged = PyObject_IsTrue(tags);
        if (tagged <= 0) {
            if (tagged < 0) {
                return -1;
            }
            continue;
        }
        PyObject *parts = PyDict_GetItemWithError(pass->rule_parts, tags);
        parts = parts != NULL ? Py_NewRef(parts)
                : PyErr_Occurred() ? NULL : PyObject_CallFunctionObjArgs(pass->new_rule, tags, NULL);
        parts = checked_parts(parts, 3);
        if (parts == NULL) {
            return -1;
        }
        Py_ssize_t offset = t - start;
        int status = parts == Py_None ? 0 : add_context(pass, PyTuple_GetItem(parts, 0), offset);
        if (status == 0 && parts != Py_None && offset < last) {
            status = add_context(pass, PyTuple_GetItem(parts, 1), offset + 1);
        }
        if (status == 0 && parts != Py_None && offset) {
            status = add_context(pass, PyTuple_GetItem(parts, 2), offset - 1);
        }
        Py_DECREF(parts);
        if (status < 0) {
            return -1;
        }
    }
    return 0;
}

/* The labels of the sentence ``[start, end)`` (a new list), its context gathered, its scores summed and
 * decoded; NULL with an exception set. */
static PyObject *sentence_labels(document_pass *pass, const double *weights, PyObject *bos, PyObject *eos,
                                 Py_ssize_t start, Py_ssize_t end, double *emissions) {
    Py_ssize_t length = end - start, width = pass->width, phrases = PyTuple_Size(pass->phrases);
    memset(pass->context, 0, sizeof(double) * (size_t)(length * width));
    memset(pass->seen, 0, (size_t)length);
    Py_ssize_t low = 0, high = phrases; /* the first phrase starting at or after start */
    while (low < high) {
        Py_ssize_t middle = low + (high - low) / 2;
        if (pass->firsts[middle] < start) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    for (; low < phrases && pass->firsts[low] < end; low++) {
        if (add_phrase(pass, low, start, end) < 0) {
            return NULL;
        }
    }
    if (pass->rules != NULL && add_rule_tags(pass, start, end) < 0) {
        return NULL;
    }
    for (Py_ssize_t t = 0; t < length; t++) {
        double *sums = emissions + t * width;
        if (type_scores(pass->types, start, bos, eos, length, t, width, sums) < 0) {
            return NULL;
        }
        for (Py_ssize_t j = 0; j < width; j++) {
            sums[j] += pass->context[t * width + j];
        }
    }
    return length ? best_path(weights, width, emissions, length) : PyList_New(0);
}

/* The ``count`` (start, end) pairs of ``ranges`` into ``bounds`` (2 * count), each within ``0..tokens``
 * with start <= end, and the longest's length into ``*longest``; 0, or -1 with an exception set. */
static int read_ranges(PyObject *ranges, Py_ssize_t count, Py_ssize_t tokens, Py_ssize_t *bounds, Py_ssize_t *longest) {
    *longest = 0;
    for (Py_ssize_t r = 0; r < count; r++) {
        PyObject *range = PyList_GetItem(ranges, r);
        if (range == NULL || length_of(range) != 2) {
            PyErr_SetString(PyExc_TypeError, "every range must be a (start, end) pair");
            return -1;
        }
        for (Py_ssize_t k = 0; k < 2; k++) {
            bounds[2 * r + k] = PyLong_AsSsize_t(item_of(range, k));
            if (bounds[2 * r + k] == -1 && PyErr_Occurred()) {
                return -1;
            }
        }
        if (bounds[2 * r] < 0 || bounds[2 * r] > bounds[2 * r + 1] || bounds[2 * r + 1] > tokens) {
            PyErr_SetString(PyExc_ValueError, "every range must be 0 <= start <= end <= the number of tokens");
            return -1;
        }
        Py_ssize_t length = bounds[2 * r + 1] - bounds[2 * r];
        *longest = length > *longest ? length : *longest;
    }
    return 0;
}

/* Each phrase's first token into ``pass->firsts``, checking the phrases are (first, last, entries) tuples
 * with ascending firsts; 0, or -1 with an exception set. */
static int read_firsts(document_pass *pass) {
    for (Py_ssize_t p = 0; p < PyTuple_Size(pass->phrases); p++) {
        PyObject *phrase = PyTuple_GetItem(pass->phrases, p);
        if (!PyTuple_Check(phrase) || PyTuple_Size(phrase) != 3) {
            PyErr_SetString(PyExc_TypeError, "every phrase must be a (first, last, entries) tuple");
            return -1;
        }
        pass->firsts[p] = PyLong_AsSsize_t(PyTuple_GetItem(phrase, 0));
        if (pass->firsts[p] == -1 && PyErr_Occurred()) {
            return -1;
        }
        if (p > 0 && pass->firsts[p] < pass->firsts[p - 1]) {
            PyErr_SetString(PyExc_ValueError, "the phrases must come by ascending first token");
            return -1;
        }
    }
    return 0;
}

/* tag_document's work once its arguments are checked and its lists snapshot: the labels of every range. */
static PyObject *document_labels(document_pass *pass, const double *weights, PyObject *bos, PyObject *eos,
                                 PyObject *ranges) {
    Py_ssize_t count = PyList_Size(ranges), longest = 0;
    Py_ssize_t *bounds = PyMem_Malloc(sizeof(Py_ssize_t) * (size_t)(2 * count + 1));
    pass->firsts = PyMem_Malloc(sizeof(Py_ssize_t) * (size_t)(PyTuple_Size(pass->phrases) + 1));
    double *emissions = NULL;
    PyObject *result = NULL;
    if (bounds == NULL || pass->firsts == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    if (read_firsts(pass) < 0 || read_ranges(ranges, count, PyTuple_Size(pass->types), bounds, &longest) < 0) {
        goto done;
    }
    size_t doubles = (size_t)(longest ? longest : 1) * (size_t)pass->width;
    emissions = PyMem_Malloc(sizeof(double) * doubles);
    pass->context = PyMem_Malloc(sizeof(double) * doubles);
    pass->seen = PyMem_Malloc((size_t)(longest ? longest : 1));
    result = emissions && pass->context && pass->seen ? PyList_New(count) : PyErr_NoMemory();
    for (Py_ssize_t r = 0; result != NULL && r < count; r++) {
        PyObject *labels = sentence_labels(pass, weights, bos, eos, bounds[2 * r], bounds[2 * r + 1], emissions);
        if (labels == NULL) {
            Py_CLEAR(result);
        } else {
            PyList_SetItem(result, r, labels); /* a new list's item: cannot fail */
        }
    }
done:
    PyMem_Free(bounds);
    PyMem_Free(pass->firsts);
    PyMem_Free(emissions);
    PyMem_Free(pass->context);
    PyMem_Free(pass->seen);
    return result;
}

static PyObject *tag_document(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 11 || !PyList_Check(args[3]) || !PyList_Check(args[4]) || !PyDict_Check(args[5])
            || !PyCallable_Check(args[6]) || !(args[7] == Py_None || PyList_Check(args[7])) || !PyDict_Check(args[8])
            || !PyCallable_Check(args[9]) || !PyList_Check(args[10])) {
        PyErr_SetString(PyExc_TypeError, "tag_document(weights: bytes, bos: bytes, eos: bytes, types: list, "
                                         "phrases: list, phrase_parts: dict, new_phrase, rules: list | None, "
                                         "rule_parts: dict, new_rule, ranges: list)");
        return NULL;
    }
    document_pass pass = {0, NULL, NULL, NULL, NULL, args[5], args[6], args[8], args[9], NULL, NULL};
    double *weights = transition_weights(args[0], &pass.width);
    if (weights == NULL) {
        return NULL;
    }
    PyObject *result = NULL;
    if (packed(args[1], pass.width) == NULL || packed(args[2], pass.width) == NULL) {
        goto done;
    }
    /* snapshots: the callbacks may change the lists, not what this pass reads */
    pass.types = PyList_AsTuple(args[3]);
    pass.phrases = pass.types == NULL ? NULL : PyList_AsTuple(args[4]);
    pass.rules = pass.phrases == NULL || args[7] == Py_None ? NULL : PyList_AsTuple(args[7]);
    if (pass.phrases != NULL && (args[7] == Py_None || pass.rules != NULL)) {
        result = document_labels(&pass, weights, args[1], args[2], args[10]);
    }
done:
    Py_XDECREF(pass.types);
    Py_XDECREF(pass.phrases);
    Py_XDECREF(pass.rules);
    PyMem_Free(weights);
    return result;
}
