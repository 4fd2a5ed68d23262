/* matcher_native.c, part: the tagger's read of the matches (starting), the token keys (token_keys) and the walk over one key (inside). Included by matcher_native.c in its place; not compiled alone. */

/* The first of the ``count`` ascending ints of ``tokens`` (a tuple) at or past ``start`` (as bisect_left finds
 * it); -1 with an exception set. */
static Py_ssize_t first_at_or_past(PyObject *tokens, Py_ssize_t count, Py_ssize_t start) {
    Py_ssize_t low = 0, high = count;
    while (low < high) {
        Py_ssize_t middle = low + (high - low) / 2;
        Py_ssize_t token = PyLong_AsSsize_t(PyTuple_GetItem(tokens, middle));
        if (token == -1 && PyErr_Occurred()) {
            return -1;
        }
        if (token < start) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return low;
}

/* Append the phrase spelled as token ``index``'s key, ``(index, end, entries)``, to ``out``; it ends
 * where ``past_empty`` says (the tokens of empty keys after it), else right after the token. 0, or -1 with
 * an exception set. */
static int add_whole(PyObject *out, Py_ssize_t index, PyObject *entries, PyObject *past_empty) {
    Py_ssize_t end = index + 1;
    if (PyDict_Size(past_empty) > 0) {
        PyObject *token = PyLong_FromSsize_t(index);
        PyObject *past = token == NULL ? NULL : PyDict_GetItemWithError(past_empty, token);
        Py_XDECREF(token);
        if (past != NULL) {
            end = PyLong_AsSsize_t(past);
        }
        if (PyErr_Occurred()) {
            return -1;
        }
    }
    PyObject *phrase = PyTuple_New(3), *first = PyLong_FromSsize_t(index), *last = PyLong_FromSsize_t(end);
    if (phrase == NULL || first == NULL || last == NULL) {
        Py_XDECREF(phrase);
        Py_XDECREF(first);
        Py_XDECREF(last);
        return -1;
    }
    PyTuple_SetItem(phrase, 0, first);
    PyTuple_SetItem(phrase, 1, last);
    PyTuple_SetItem(phrase, 2, Py_NewRef(entries));
    int failed = PyList_Append(out, phrase);
    Py_DECREF(phrase);
    return failed;
}

/* Append the matches of the token ``token`` (an int of ``longer_tokens``) from ``longer``, or, when it has none
 * there, the phrase spelled as token ``index``'s key (``entries``, when it has one). 0, or -1 with an exception
 * set. */
static int add_matches(PyObject *out, Py_ssize_t index, PyObject *token, PyObject *longer, PyObject *entries,
                       PyObject *past_empty) {
    PyObject *found = token == NULL ? NULL : PyDict_GetItemWithError(longer, token);
    if (found != NULL) { /* the token's matches, longer phrases among them */
        if (!PyTuple_Check(found)) {
            PyErr_SetString(PyExc_TypeError, "a token's longer matches must be a tuple");
            return -1;
        }
        found = Py_NewRef(found);
        int failed = 0;
        for (Py_ssize_t i = 0; !failed && i < PyTuple_Size(found); i++) {
            failed = PyList_Append(out, PyTuple_GetItem(found, i)) < 0;
        }
        Py_DECREF(found);
        return failed ? -1 : 0;
    }
    if (PyErr_Occurred()) {
        return -1;
    }
    int has_phrase = PyObject_IsTrue(entries);
    return has_phrase < 0 || (has_phrase && add_whole(out, index, entries, past_empty) < 0) ? -1 : 0;
}

static PyObject *starting(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 6 || !PyList_Check(args[0]) || !PyDict_Check(args[1]) || !PyList_Check(args[2])
        || !PyDict_Check(args[3])) {
        PyErr_SetString(PyExc_TypeError, "starting(whole: list, longer: dict, longer_tokens: list, "
                                         "past_empty: dict, start: int, end: int)");
        return NULL;
    }
    Py_ssize_t start = PyLong_AsSsize_t(args[4]), end = PyLong_AsSsize_t(args[5]);
    if (PyErr_Occurred()) {
        return NULL;
    }
    if (start < 0) {
        PyErr_SetString(PyExc_ValueError, "the first token must not be negative");
        return NULL;
    }
    PyObject *lists[2] = {args[0], args[2]}, *tuples[2]; /* whole, longer_tokens */
    if (snapshot(lists, 2, tuples) < 0) {
        return NULL;
    }
    PyObject *whole = tuples[0], *tokens = tuples[1], *longer = args[1], *past_empty = args[3];
    end = end < PyTuple_Size(whole) ? end : PyTuple_Size(whole);
    Py_ssize_t longer_count = PyTuple_Size(tokens), next = first_at_or_past(tokens, longer_count, start);
    PyObject *out = next < 0 ? NULL : PyList_New(0);
    for (Py_ssize_t index = start; out != NULL && index < end; index++) {
        PyObject *token = next < longer_count ? PyTuple_GetItem(tokens, next) : NULL;
        Py_ssize_t at = token == NULL ? -1 : PyLong_AsSsize_t(token);
        if (at == -1 && PyErr_Occurred()) {
            Py_CLEAR(out);
            break;
        }
        next += at == index;
        if (add_matches(out, index, at == index ? token : NULL, longer, PyTuple_GetItem(whole, index),
                        past_empty) < 0) {
            Py_CLEAR(out);
        }
    }
    Py_DECREF(whole);
    Py_DECREF(tokens);
    return out;
}

/* Whether the str ``kind`` is ``name``. */
static int is_kind(PyObject *kind, const char *name) {
    return PyUnicode_Check(kind) && PyUnicode_CompareWithASCIIString(kind, name) == 0;
}

static PyObject *token_keys(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 5 || !PyList_Check(args[0]) || !PyList_Check(args[1]) || !PyDict_Check(args[2])
        || !PyDict_Check(args[3])) {
        PyErr_SetString(PyExc_TypeError, "token_keys(pieces: list, kinds: list, word_keys: dict, "
                                         "punctuation_keys: dict, token_key)");
        return NULL;
    }
    PyObject *tuples[2]; /* pieces, kinds: token_key may change the lists */
    if (snapshot(args, 2, tuples) < 0) {
        return NULL;
    }
    Py_ssize_t count = PyTuple_Size(tuples[0]);
    PyObject *keys = NULL;
    if (PyTuple_Size(tuples[1]) != count) {
        PyErr_SetString(PyExc_ValueError, "pieces and kinds must be as long");
    } else {
        keys = PyList_New(count);
    }
    for (Py_ssize_t i = 0; keys != NULL && i < count; i++) {
        PyObject *piece = PyTuple_GetItem(tuples[0], i), *kind = PyTuple_GetItem(tuples[1], i), *key;
        if (is_kind(kind, "word")) {
            key = cached(args[2], piece);
        } else if (is_kind(kind, "punct")) {
            key = PyDict_GetItemWithError(args[3], piece);
            key = key != NULL ? Py_NewRef(key) : PyErr_Occurred() ? NULL : Py_NewRef(piece);
        } else {
            key = PyObject_CallFunctionObjArgs(args[4], piece, kind, NULL);
        }
        if (key == NULL) {
            Py_CLEAR(keys);
        } else {
            PyList_SetItem(keys, i, key);
        }
    }
    Py_DECREF(tuples[0]);
    Py_DECREF(tuples[1]);
    return keys;
}

/* Trie.inside's walk over one ``key`` (a str) in ``table`` (Trie.root: every phrase key prefix to its entries),
 * as Trie._inside_in_python makes it: ``(ends, going)``, the ends (ints, ascending) of the prefixes of the key
 * that are phrases (their entries not empty), and whether every prefix is in the table (the walk may go on
 * past the key); NULL with an exception set. The walk stops at the first prefix not in the table: at most as
 * many steps as the longest phrase key has characters, each making one prefix string. */
static PyObject *inside(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 2 || !PyDict_Check(args[0]) || !PyUnicode_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "inside(table: dict, key: str)");
        return NULL;
    }
    Py_ssize_t length = PyUnicode_GetLength(args[1]);
    PyObject *ends = length < 0 ? NULL : PyList_New(0), *result = NULL;
    int going = 1, status = ends == NULL ? -1 : 0;
    for (Py_ssize_t end = 1; status == 0 && end <= length; end++) {
        PyObject *prefix = PyUnicode_Substring(args[1], 0, end);
        PyObject *entries = prefix == NULL ? NULL : PyDict_GetItemWithError(args[0], prefix); /* borrowed */
        Py_XDECREF(prefix); /* the table holds entries: no Python code runs before they are read */
        if (entries == NULL) {
            status = PyErr_Occurred() ? -1 : 0;
            going = 0;
            break;
        }
        int phrase = PyObject_IsTrue(entries);
        PyObject *number = phrase > 0 ? PyLong_FromSsize_t(end) : NULL;
        status = phrase < 0 || (phrase > 0 && (number == NULL || PyList_Append(ends, number) < 0)) ? -1 : 0;
        Py_XDECREF(number);
    }
    PyObject *found = status == 0 ? PyList_AsTuple(ends) : NULL;
    if (found != NULL) {
        result = Py_BuildValue("(NO)", found, going ? Py_True : Py_False);
    }
    Py_XDECREF(ends);
    return result;
}

static PyMethodDef methods[] = {
    {"starting", (PyCFunction)(void (*)(void))starting, METH_FASTCALL,
     "starting(whole, longer, longer_tokens, past_empty, start, end) -> (start, end, entries) of every phrase "
     "starting at a token of [start, end) (TokenMatches.starting)."},
    {"token_keys", (PyCFunction)(void (*)(void))token_keys, METH_FASTCALL,
     "token_keys(pieces, kinds, word_keys, punctuation_keys, token_key) -> the tokens' keys (keys.token_keys)."},
    {"inside", (PyCFunction)(void (*)(void))inside, METH_FASTCALL,
     "inside(table, key) -> (ends, going): the walk over one key (Trie.inside, without its cache)."},
    {"match_all", (PyCFunction)(void (*)(void))match_all, METH_FASTCALL,
     "match_all(keys, compact, starts, compact_ends, same_line, alone, inside_cache, inside, table, match_type, "
     "empty) -> (whole, prefix_kinds, kinds_at, longer): TokenView.python_match_all's lists."},
    {NULL, NULL, 0, NULL},
};
