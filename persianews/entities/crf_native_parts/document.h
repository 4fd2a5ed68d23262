/* crf_native.c, part: the tagger's pass over a document's sentences (tag_document). Included by crf_native.c in its place; not compiled alone. */

/* What tag_document reads while it goes through a document's sentences: the snapshots (tuples) of its
 * lists, which it holds, and its other arguments, borrowed for the call. */
typedef struct {
    Py_ssize_t width;
    PyObject *types, *whole, *rules;   /* tuples; whole NULL: no lexicon phrases, rules NULL: no rule tags */
    PyObject *longer, *past_empty;     /* dicts (the matches' reads, see TokenMatches.reads) */
    Py_ssize_t *longer_tokens, longer_count; /* the tokens of longer, ascending */
    PyObject *phrase_parts, *new_phrase, *rule_parts, *new_rule;
    double *context;                   /* a sentence's context sums, width doubles per token */
    unsigned char *seen;               /* whether a token of the sentence has a context vector yet */
    const char **vectors;              /* the five packed vectors of each token's type, NULL until read */
    const char *bos, *eos;             /* the packed vectors lent by a sentence's start and end */
} document_pass;

/* The five packed vectors of the word type of token ``at`` (its parts in ``pass->types``: a tuple of five),
 * read once and kept in ``pass->vectors`` (the snapshot holds the vectors while the pass runs): a token's
 * type is read as its own and as each of its four neighbours'; NULL with an exception set. */
static const char **token_vectors(document_pass *pass, Py_ssize_t at) {
    const char **found = pass->vectors + 5 * at;
    if (found[0] != NULL) {
        return found;
    }
    PyObject *parts = PyTuple_GetItem(pass->types, at);
    if (parts == NULL) {
        return NULL;
    }
    if (!PyTuple_Check(parts) || PyTuple_Size(parts) != 5) {
        PyErr_SetString(PyExc_ValueError, "every word type's parts must be a tuple of five vectors");
        return NULL;
    }
    const char *read[5];
    for (Py_ssize_t k = 0; k < 5; k++) {
        if ((read[k] = packed(PyTuple_GetItem(parts, k), pass->width)) == NULL) {
            return NULL;
        }
    }
    memcpy(found, read, sizeof read);
    return found;
}

/* Into ``sums``, the sum of the word types' parts that token ``t`` of the sentence of ``length`` tokens
 * from token ``start`` gets, in type_scores's order (its own, then the lent ones from two before to two
 * after, bos and eos at the sentence's edges); 0, or -1 with an exception set. */
static int pass_type_scores(document_pass *pass, Py_ssize_t start, Py_ssize_t length, Py_ssize_t t, double *sums) {
    Py_ssize_t at = start + t, width = pass->width;
    const char **own = token_vectors(pass, at), **two_before = NULL, **before = NULL, **after = NULL,
               **two_after = NULL;
    if (own == NULL || (t >= 2 && (two_before = token_vectors(pass, at - 2)) == NULL)
            || (t >= 1 && (before = token_vectors(pass, at - 1)) == NULL)
            || (t + 1 < length && (after = token_vectors(pass, at + 1)) == NULL)
            || (t + 2 < length && (two_after = token_vectors(pass, at + 2)) == NULL)) {
        return -1;
    }
    add_packed(own[0], width, sums, 1);
    if (two_before != NULL) {
        add_packed(two_before[1], width, sums, 0);
    }
    add_packed(before != NULL ? before[2] : pass->bos, width, sums, 0);
    add_packed(after != NULL ? after[3] : pass->eos, width, sums, 0);
    if (two_after != NULL) {
        add_packed(two_after[4], width, sums, 0);
    }
    return 0;
}

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

/* Add the parts of the lexicon phrase ``entries`` over tokens ``[first, last)`` (starting in the sentence
 * ``[start, end)``) to the sentence's context, as FeatureParts._add_phrases does; 0, or -1 with an exception. */
static int add_phrase(document_pass *pass, Py_ssize_t first, Py_ssize_t last, PyObject *entries, Py_ssize_t start,
                      Py_ssize_t end) {
    if (first < start || first >= end) {
        PyErr_SetString(PyExc_ValueError, "a phrase must start in its sentence");
        return -1;
    }
    PyObject *parts = parts_of_phrase(pass, entries);
    if (parts == NULL) {
        return -1;
    }
    int status = 0;
    /* clamped into [first, end] first: what the inner loop reads is the same, and no difference overflows */
    last = last > end ? end : last < first ? first : last;
    if (parts != Py_None) {
        Py_ssize_t offset = first - start, last_offset = end - start - 1, limit = last - start;
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

/* The int ``value`` held at ``key`` (an index) in ``dict``, or ``otherwise`` when it holds none; -1 with an
 * exception set on failure. */
static Py_ssize_t int_at(PyObject *dict, Py_ssize_t key, Py_ssize_t otherwise) {
    PyObject *index = PyLong_FromSsize_t(key);
    PyObject *found = index == NULL ? NULL : PyDict_GetItemWithError(dict, index);
    Py_XDECREF(index);
    return found != NULL ? PyLong_AsSsize_t(found) : PyErr_Occurred() ? -1 : otherwise;
}

/* Add the phrases starting at token ``index`` of the sentence ``[start, end)``, as TokenMatches.starting
 * reads them: the token's matches in ``longer`` when ``in_longer`` and it has some there, else the phrase
 * spelled as its key (its ``whole`` entries, when it has one, ending where ``past_empty`` says, else right
 * after it); 0, or -1 with an exception set. */
static int add_phrases_at(document_pass *pass, Py_ssize_t index, int in_longer, Py_ssize_t start, Py_ssize_t end) {
    PyObject *key = in_longer ? PyLong_FromSsize_t(index) : NULL;
    PyObject *found = key == NULL ? NULL : PyDict_GetItemWithError(pass->longer, key);
    Py_XDECREF(key);
    if (found != NULL) {
        found = Py_NewRef(found); /* the callbacks may change longer: this pass holds what it reads */
        int status = PyTuple_Check(found) ? 0 : -1;
        for (Py_ssize_t k = 0; status == 0 && k < PyTuple_Size(found); k++) {
            PyObject *match = PyTuple_GetItem(found, k);
            Py_ssize_t first = -1, last = -1;
            if (!PyTuple_Check(match) || PyTuple_Size(match) != 3) {
                status = -1;
            } else if ((first = PyLong_AsSsize_t(PyTuple_GetItem(match, 0))) != -1 || !PyErr_Occurred()) {
                last = PyLong_AsSsize_t(PyTuple_GetItem(match, 1));
                status = last == -1 && PyErr_Occurred() ? -1
                         : add_phrase(pass, first, last, PyTuple_GetItem(match, 2), start, end);
            } else {
                status = -1;
            }
        }
        if (status < 0 && !PyErr_Occurred()) {
            PyErr_SetString(PyExc_TypeError, "a token's longer matches must be a tuple of (first, last, entries)");
        }
        Py_DECREF(found);
        return status;
    }
    if (PyErr_Occurred()) {
        return -1;
    }
    PyObject *entries = PyTuple_GetItem(pass->whole, index);
    int has_phrase = PyObject_IsTrue(entries);
    if (has_phrase <= 0) {
        return has_phrase;
    }
    Py_ssize_t last = PyDict_Size(pass->past_empty) > 0 ? int_at(pass->past_empty, index, index + 1) : index + 1;
    return last == -1 && PyErr_Occurred() ? -1 : add_phrase(pass, index, last, entries, start, end);
}

/* Add the phrases starting at the tokens of the sentence ``[start, end)`` to its context, token after
 * token (as TokenMatches.starting gives them); 0, or -1 with an exception set. */
static int add_phrases(document_pass *pass, Py_ssize_t start, Py_ssize_t end) {
    Py_ssize_t low = 0, high = pass->longer_count; /* the first token of longer at or past start */
    while (low < high) {
        Py_ssize_t middle = low + (high - low) / 2;
        if (pass->longer_tokens[middle] < start) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    Py_ssize_t stop = end < PyTuple_Size(pass->whole) ? end : PyTuple_Size(pass->whole);
    for (Py_ssize_t index = start; index < stop; index++) {
        int in_longer = low < pass->longer_count && pass->longer_tokens[low] == index;
        low += in_longer;
        if (add_phrases_at(pass, index, in_longer, start, end) < 0) {
            return -1;
        }
    }
    return 0;
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
static PyObject *sentence_labels(document_pass *pass, const double *weights, Py_ssize_t start, Py_ssize_t end,
                                 double *emissions) {
    Py_ssize_t length = end - start, width = pass->width;
    memset(pass->context, 0, sizeof(double) * (size_t)(length * width));
    memset(pass->seen, 0, (size_t)length);
    if (pass->whole != NULL && add_phrases(pass, start, end) < 0) {
        return NULL;
    }
    if (pass->rules != NULL && add_rule_tags(pass, start, end) < 0) {
        return NULL;
    }
    for (Py_ssize_t t = 0; t < length; t++) {
        double *sums = emissions + t * width;
        if (pass_type_scores(pass, start, length, t, sums) < 0) {
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

/* The ints of ``tokens`` (a tuple: the tokens of longer, ascending) into ``pass->longer_tokens``; 0, or -1
 * with an exception set. */
static int read_longer_tokens(document_pass *pass, PyObject *tokens) {
    pass->longer_count = PyTuple_Size(tokens);
    pass->longer_tokens = PyMem_Malloc(sizeof(Py_ssize_t) * (size_t)(pass->longer_count + 1));
    if (pass->longer_tokens == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t k = 0; k < pass->longer_count; k++) {
        pass->longer_tokens[k] = PyLong_AsSsize_t(PyTuple_GetItem(tokens, k));
        if (pass->longer_tokens[k] == -1 && PyErr_Occurred()) {
            return -1;
        }
    }
    return 0;
}

/* tag_document's work once its arguments are checked and its lists snapshot: the labels of every range. */
static PyObject *document_labels(document_pass *pass, const double *weights, PyObject *ranges) {
    Py_ssize_t count = PyList_Size(ranges), longest = 0;
    Py_ssize_t *bounds = PyMem_Malloc(sizeof(Py_ssize_t) * (size_t)(2 * count + 1));
    double *emissions = NULL;
    PyObject *result = NULL;
    if (bounds == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    if (read_ranges(ranges, count, PyTuple_Size(pass->types), bounds, &longest) < 0) {
        goto done;
    }
    size_t doubles = (size_t)(longest ? longest : 1) * (size_t)pass->width;
    emissions = PyMem_Malloc(sizeof(double) * doubles);
    pass->context = PyMem_Malloc(sizeof(double) * doubles);
    pass->seen = PyMem_Malloc((size_t)(longest ? longest : 1));
    pass->vectors = PyMem_Calloc((size_t)(PyTuple_Size(pass->types) * 5 + 1), sizeof(const char *));
    result = emissions && pass->context && pass->seen && pass->vectors ? PyList_New(count) : PyErr_NoMemory();
    for (Py_ssize_t r = 0; result != NULL && r < count; r++) {
        PyObject *labels = sentence_labels(pass, weights, bounds[2 * r], bounds[2 * r + 1], emissions);
        if (labels == NULL) {
            Py_CLEAR(result);
        } else {
            PyList_SetItem(result, r, labels); /* a new list's item: cannot fail */
        }
    }
done:
    PyMem_Free(bounds);
    PyMem_Free(emissions);
    PyMem_Free(pass->context);
    PyMem_Free(pass->seen);
    PyMem_Free(pass->vectors);
    return result;
}

/* Whether ``reads`` is None or TokenMatches.reads's (whole: list, longer: dict, longer_tokens: list,
 * past_empty: dict). */
static int are_reads(PyObject *reads) {
    return reads == Py_None || (PyTuple_Check(reads) && PyTuple_Size(reads) == 4
                                && PyList_Check(PyTuple_GetItem(reads, 0)) && PyDict_Check(PyTuple_GetItem(reads, 1))
                                && PyList_Check(PyTuple_GetItem(reads, 2)) && PyDict_Check(PyTuple_GetItem(reads, 3)));
}

static PyObject *tag_document(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 11 || !PyList_Check(args[3]) || !are_reads(args[4]) || !PyDict_Check(args[5])
            || !PyCallable_Check(args[6]) || !(args[7] == Py_None || PyList_Check(args[7])) || !PyDict_Check(args[8])
            || !PyCallable_Check(args[9]) || !PyList_Check(args[10])) {
        PyErr_SetString(PyExc_TypeError, "tag_document(weights: bytes, bos: bytes, eos: bytes, types: list, "
                                         "matches: (whole, longer, longer_tokens, past_empty) | None, "
                                         "phrase_parts: dict, new_phrase, rules: list | None, rule_parts: dict, "
                                         "new_rule, ranges: list)");
        return NULL;
    }
    document_pass pass = {0};
    pass.phrase_parts = args[5], pass.new_phrase = args[6], pass.rule_parts = args[8], pass.new_rule = args[9];
    double *weights = transition_weights(args[0], &pass.width);
    if (weights == NULL) {
        return NULL;
    }
    PyObject *result = NULL, *longer_tokens = NULL;
    if ((pass.bos = packed(args[1], pass.width)) == NULL || (pass.eos = packed(args[2], pass.width)) == NULL) {
        goto done;
    }
    /* snapshots: the callbacks may change the lists, not what this pass reads */
    if ((pass.types = PyList_AsTuple(args[3])) == NULL
            || (args[7] != Py_None && (pass.rules = PyList_AsTuple(args[7])) == NULL)) {
        goto done;
    }
    if (args[4] != Py_None) {
        pass.longer = PyTuple_GetItem(args[4], 1);
        pass.past_empty = PyTuple_GetItem(args[4], 3);
        if ((pass.whole = PyList_AsTuple(PyTuple_GetItem(args[4], 0))) == NULL
                || (longer_tokens = PyList_AsTuple(PyTuple_GetItem(args[4], 2))) == NULL
                || read_longer_tokens(&pass, longer_tokens) < 0) {
            goto done;
        }
    }
    result = document_labels(&pass, weights, args[10]);
done:
    Py_XDECREF(pass.types);
    Py_XDECREF(pass.whole);
    Py_XDECREF(pass.rules);
    Py_XDECREF(longer_tokens);
    PyMem_Free(pass.longer_tokens);
    PyMem_Free(weights);
    return result;
}
