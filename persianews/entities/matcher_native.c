/* The lexicon matcher's optional compiled part (module persianews.entities._matcher_native): the compiled
 * twins of TokenView._match_all_in_python (matcher.py), Trie._inside_in_python (trie.py) and
 * keys.python_token_keys, the same look-ups in the same order, so the same results.
 *
 * match_all(keys, compact, starts, compact_ends, same_line, alone, inside_cache, inside, table, match_type,
 *           empty) -> (whole, prefix_kinds, kinds_at, longer):
 *   ``keys``: the tokens' keys; ``compact``: the keys concatenated, line breaks kept; ``starts`` and
 *   ``compact_ends``: each token's start and end in ``compact`` (lists of int, the ends ascending);
 *   ``same_line``: per token, whether it follows the token before on its line. ``alone``: the memo of
 *   Trie.alone (a dict subclass: a hit is one dict look-up, a miss is ``alone[key]``, which computes and
 *   stores); ``inside_cache`` and ``inside``: Trie._inside and Trie.inside (the walk over a run of keys,
 *   called where the cache misses); ``table``: Trie.root (every phrase key prefix to its entries);
 *   ``match_type``: the Match tuple class; ``empty``: the one empty frozenset of kinds.
 *   Per token, what its key alone gives (the entries of the phrase spelled as the key, the kinds of the
 *   phrases ending inside it or at its end, the kinds of the former); then, for each token whose key and
 *   the character after it are the prefix of a longer phrase, the walk on over the keys of the next tokens
 *   of its line, one token at a time, until the trie has no phrase going on: where a phrase longer than
 *   the key ends, the kinds of every phrase starting at the token, its token-aligned matches, longest
 *   first (``longer``: token -> tuple of Match) and their kinds. Linear in the tokens times the square of
 *   the longest phrase (each step of a walk looks up a run of keys no longer than a phrase, plus one key).
 *
 * token_keys(pieces, kinds, word_keys, punctuation_keys, token_key) -> keys: keys.python_token_keys: a
 *   word's key from the memo ``word_keys`` (a dict subclass, read as ``alone`` above), a punctuation mark's
 *   from ``punctuation_keys`` (itself when it is not there), any other token's from ``token_key(piece,
 *   kind)``. Linear in the tokens.
 *
 * starting(whole, longer, longer_tokens, past_empty, start, end) -> phrases: TokenMatches._starting_in_python:
 *   the matches of each token of [start, end) that has some, in order (``longer``: its matches where a
 *   phrase goes on past it, ``longer_tokens`` those tokens ascending; else ``(index, end, entries)`` of the
 *   phrase spelled as its key, ``whole``, ending where ``past_empty`` says or right after it). Linear in
 *   the tokens of the range and the matches, plus log of the longer tokens.
 *
 * inside(table, key) -> (ends, going): Trie._inside_in_python: the ends of the prefixes of ``key`` that are
 *   phrases of ``table`` (Trie.root), and whether every prefix of the key is in the table (the walk may go on
 *   past it); Trie.inside caches it. At most as many steps as the longest phrase key has characters.
 *
 * Each function reads its list arguments as they are when it is called (it copies them into tuples first):
 * the Python code it calls (a memo's miss, a callback, a truth test) may change the lists, never pull an item
 * from under it. The one-character strings it makes are kept in the module's state, one per interpreter.
 *
 * SOURCE_SHA256, the digest of this file and its parts (given by setup.py when it compiles them), lets persianews.native
 * refuse a binary built from another version of this source.
 */

#include <Python.h> /* setup.py defines PY_SSIZE_T_CLEAN, Py_LIMITED_API and SOURCE_SHA256 */


/* What the walks of one document read: its compact keys, the tokens' bounds, the trie's tables. */
typedef struct {
    PyObject *compact;
    Py_ssize_t compact_length;
    Py_ssize_t count;       /* the number of tokens */
    Py_ssize_t *starts;     /* each token's start in compact */
    Py_ssize_t *ends;       /* each token's end in compact, ascending */
    char *same_line;        /* per token: whether it follows the token before on its line */
    PyObject *inside_cache; /* Trie._inside */
    PyObject *inside;       /* Trie.inside */
    PyObject *table;        /* Trie.root */
    PyObject *match_type;   /* Match */
    PyObject *empty;        /* the empty frozenset of kinds */
    newfunc tuple_new;      /* tuple.__new__ */
    PyObject **characters;  /* the module's one-character strings of U+0600-U+06FF (see character_string) */
} Walks;

/* The values of the tuple ``tuple`` of ``count`` ints into ``values``: 0, or -1 with an exception set. */
static int read_sizes(PyObject *tuple, Py_ssize_t count, Py_ssize_t *values) {
    for (Py_ssize_t i = 0; i < count; i++) {
        values[i] = PyLong_AsSsize_t(PyTuple_GetItem(tuple, i));
        if (values[i] == -1 && PyErr_Occurred()) {
            return -1;
        }
    }
    return 0;
}

/* ``mapping[key]`` (a new reference): one dict look-up when it is there, else the mapping's own
 * ``__getitem__`` (a memo computes the value); NULL with an exception set. */
static PyObject *cached(PyObject *mapping, PyObject *key) {
    PyObject *found = PyDict_GetItemWithError(mapping, key);
    if (found != NULL) {
        return Py_NewRef(found);
    }
    return PyErr_Occurred() ? NULL : PyObject_GetItem(mapping, key);
}

/* The walk over the run of keys ``walked``, (ends, going) as Trie.inside gives it (a new reference):
 * from its cache, else from Trie.inside; NULL with an exception set. */
static PyObject *inside_of(Walks *walks, PyObject *walked) {
    PyObject *found = PyDict_GetItemWithError(walks->inside_cache, walked);
    if (found != NULL) {
        found = Py_NewRef(found);
    } else if (PyErr_Occurred()) {
        return NULL;
    } else {
        found = PyObject_CallFunctionObjArgs(walks->inside, walked, NULL);
    }
    if (found != NULL && (!PyTuple_Check(found) || PyTuple_Size(found) != 2
                          || !PyTuple_Check(PyTuple_GetItem(found, 0)))) {
        PyErr_SetString(PyExc_TypeError, "Trie.inside must give a tuple (ends, going)");
        Py_CLEAR(found);
    }
    return found;
}

/* The token ending at ``position`` of compact (the last one, after empty keys), or -1 when none does
 * (TokenView.token_ending_at). O(log n). */
static Py_ssize_t token_ending_at(const Walks *walks, Py_ssize_t position) {
    Py_ssize_t low = 0, high = walks->count; /* the first end past position, as bisect_right finds it */
    while (low < high) {
        Py_ssize_t middle = low + (high - low) / 2;
        if (walks->ends[middle] <= position) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return low > 0 && walks->ends[low - 1] == position ? low - 1 : -1;
}

/* Add the kind of each entry of ``entries`` (a tuple of Entry tuples) to the new frozenset ``kinds``: 0,
 * or -1 with an exception set. */
static int add_kinds(PyObject *kinds, PyObject *entries) {
    if (!PyTuple_Check(entries)) {
        PyErr_SetString(PyExc_TypeError, "a phrase's entries must be a tuple");
        return -1;
    }
    for (Py_ssize_t i = 0; i < PyTuple_Size(entries); i++) {
        PyObject *entry = PyTuple_GetItem(entries, i);
        if (!PyTuple_Check(entry) || PyTuple_Size(entry) < 1) {
            PyErr_SetString(PyExc_TypeError, "a lexicon entry must be a tuple (kind, data)");
            return -1;
        }
        if (PySet_Add(kinds, PyTuple_GetItem(entry, 0)) < 0) {
            return -1;
        }
    }
    return 0;
}

/* The Match (index, end, entries), made as tuple.__new__(Match, ...) makes it (a new reference). */
static PyObject *new_match(Walks *walks, Py_ssize_t index, Py_ssize_t end, PyObject *entries) {
    PyObject *fields = Py_BuildValue("(nnO)", index, end, entries);
    if (fields == NULL) {
        return NULL;
    }
    PyObject *arguments = PyTuple_Pack(1, fields);
    Py_DECREF(fields);
    if (arguments == NULL) {
        return NULL;
    }
    PyObject *match = walks->tuple_new((PyTypeObject *)walks->match_type, arguments, NULL);
    Py_DECREF(arguments);
    return match;
}

/* Where the phrases of ``walked`` (the keys from token ``index`` on) end, ``ends``, longer than the token's
 * ``key_length``: set the kinds of the phrases starting at the token, its aligned matches and their kinds.
 * 0, or -1 with an exception set. */
static int add_longer(Walks *walks, Py_ssize_t index, PyObject *walked, PyObject *ends,
                      PyObject *prefix_kinds, PyObject *kinds_at, PyObject *longer) {
    Py_ssize_t count = PyTuple_Size(ends);
    PyObject *phrases = PyList_New(count); /* each end's entries, shortest first */
    PyObject *kinds = PyFrozenSet_New(NULL);
    PyObject *aligned = PyList_New(0);
    PyObject *aligned_kinds = NULL;
    int status = -1;
    if (phrases == NULL || kinds == NULL || aligned == NULL) {
        goto done;
    }
    for (Py_ssize_t i = 0; i < count; i++) {
        Py_ssize_t end = PyLong_AsSsize_t(PyTuple_GetItem(ends, i));
        PyObject *prefix = end == -1 && PyErr_Occurred() ? NULL : PyUnicode_Substring(walked, 0, end);
        PyObject *entries = prefix == NULL ? NULL : PyObject_GetItem(walks->table, prefix);
        Py_XDECREF(prefix);
        if (entries == NULL) {
            goto done;
        }
        PyList_SetItem(phrases, i, entries);
        if (add_kinds(kinds, entries) < 0) {
            goto done;
        }
    }
    Py_ssize_t start = walks->starts[index];
    for (Py_ssize_t i = count - 1; i >= 0; i--) { /* longest first */
        Py_ssize_t end = PyLong_AsSsize_t(PyTuple_GetItem(ends, i));
        if (end == -1 && PyErr_Occurred()) {
            goto done;
        }
        Py_ssize_t last = token_ending_at(walks, start + end);
        if (last < 0) {
            continue;
        }
        PyObject *entries = PyList_GetItem(phrases, i);
        PyObject *match = new_match(walks, index, last + 1, entries);
        if (match == NULL || PyList_Append(aligned, match) < 0) {
            Py_XDECREF(match);
            goto done;
        }
        Py_DECREF(match);
        if (aligned_kinds == NULL && (aligned_kinds = PyFrozenSet_New(NULL)) == NULL) {
            goto done;
        }
        if (add_kinds(aligned_kinds, entries) < 0) {
            goto done;
        }
    }
    PyObject *matches = PyList_AsTuple(aligned);
    if (matches == NULL) {
        goto done;
    }
    PyObject *token = PyLong_FromSsize_t(index);
    status = token == NULL ? -1 : PyDict_SetItem(longer, token, matches);
    Py_XDECREF(token);
    Py_DECREF(matches);
    if (status < 0) {
        goto done;
    }
    PyList_SetItem(prefix_kinds, index, Py_NewRef(kinds));
    PyList_SetItem(kinds_at, index, Py_NewRef(aligned_kinds != NULL ? aligned_kinds : walks->empty));
done:
    Py_XDECREF(phrases);
    Py_XDECREF(kinds);
    Py_XDECREF(aligned);
    Py_XDECREF(aligned_kinds);
    return status;
}

/* The walk from token ``index`` (its key ``key``) on over the keys of the next tokens of its line, one token
 * at a time while a phrase goes on; where a phrase longer than the key ends, :func:`add_longer`. 0, or -1
 * with an exception set. */
static int walk_on(Walks *walks, Py_ssize_t index, PyObject *key, PyObject *prefix_kinds, PyObject *kinds_at,
                   PyObject *longer) {
    Py_ssize_t start = walks->starts[index], following = index;
    PyObject *walked = NULL, *walk = NULL;
    int going = 1, status = 0;
    while (going && following < walks->count - 1 && walks->same_line[following + 1]) {
        following++;
        Py_XDECREF(walked);
        Py_XDECREF(walk);
        walk = NULL;
        walked = PyUnicode_Substring(walks->compact, start, walks->ends[following]);
        if (walked == NULL || (walk = inside_of(walks, walked)) == NULL
            || (going = PyObject_IsTrue(PyTuple_GetItem(walk, 1))) < 0) {
            status = -1;
            break;
        }
    }
    if (status == 0 && walk != NULL) {
        PyObject *ends = PyTuple_GetItem(walk, 0);
        Py_ssize_t count = PyTuple_Size(ends);
        if (count > 0) {
            Py_ssize_t last = PyLong_AsSsize_t(PyTuple_GetItem(ends, count - 1));
            if (last == -1 && PyErr_Occurred()) {
                status = -1;
            } else if (last > PyUnicode_GetLength(key)) {
                status = add_longer(walks, index, walked, ends, prefix_kinds, kinds_at, longer);
            }
        }
    }
    Py_XDECREF(walked);
    Py_XDECREF(walk);
    return status;
}

/* The module's state: the one-character strings of U+0600-U+06FF (the keys' letters), each made once, when
 * first needed. Kept per module object, not in a static, so that each (sub)interpreter has its own. */
typedef struct {
    PyObject *characters[256];
} ModuleState;

/* The one-character string of ``character`` (a new reference), or NULL with an exception set. */
static PyObject *character_string(PyObject **characters, Py_UCS4 character) {
    if (character < 0x0600 || character > 0x06FF) {
        return PyUnicode_FromOrdinal((int)character);
    }
    PyObject **made = &characters[character - 0x0600];
    if (*made == NULL) {
        *made = PyUnicode_FromOrdinal((int)character);
    }
    return Py_XNewRef(*made);
}

/* Whether the character of compact after token ``index``'s key is one of ``followers`` (the characters
 * that go on to a longer phrase): 1 or 0, or -1 with an exception set. */
static int goes_on(const Walks *walks, Py_ssize_t index, PyObject *followers) {
    Py_ssize_t after = walks->ends[index];
    if (after >= walks->compact_length) {
        return 0;
    }
    Py_UCS4 character = PyUnicode_ReadChar(walks->compact, after);
    if (character == (Py_UCS4)-1 && PyErr_Occurred()) {
        return -1;
    }
    PyObject *next = character_string(walks->characters, character);
    if (next == NULL) {
        return -1;
    }
    int found = PySequence_Contains(followers, next);
    Py_DECREF(next);
    return found;
}

/* Fill ``whole``, ``prefix_kinds``, ``kinds_at`` and ``longer`` for every token of ``keys`` (a tuple). 0, or -1
 * with an exception set. */
static int match_tokens(Walks *walks, PyObject *keys, PyObject *alone, PyObject *whole, PyObject *prefix_kinds,
                        PyObject *kinds_at, PyObject *longer) {
    PyObject *found = PyList_New(walks->count); /* Trie.alone of each key, held while the walks run */
    if (found == NULL) {
        return -1;
    }
    int status = 0;
    for (Py_ssize_t index = 0; index < walks->count && status == 0; index++) {
        PyObject *alone_key = cached(alone, PyTuple_GetItem(keys, index));
        if (alone_key == NULL) {
            status = -1;
        } else if (!PyTuple_Check(alone_key) || PyTuple_Size(alone_key) != 4) {
            PyErr_SetString(PyExc_TypeError, "Trie.alone must give a tuple of four");
            Py_DECREF(alone_key);
            status = -1;
        } else {
            PyList_SetItem(found, index, alone_key);
            PyList_SetItem(whole, index, Py_NewRef(PyTuple_GetItem(alone_key, 1)));
            PyList_SetItem(prefix_kinds, index, Py_NewRef(PyTuple_GetItem(alone_key, 2)));
            PyList_SetItem(kinds_at, index, Py_NewRef(PyTuple_GetItem(alone_key, 3)));
        }
    }
    for (Py_ssize_t index = 0; index < walks->count && status == 0; index++) {
        PyObject *followers = PyTuple_GetItem(PyList_GetItem(found, index), 0);
        int going = PyObject_IsTrue(followers);
        if (going > 0) {
            going = goes_on(walks, index, followers);
        }
        if (going > 0) {
            going = walk_on(walks, index, PyTuple_GetItem(keys, index), prefix_kinds, kinds_at, longer);
        }
        status = going < 0 ? -1 : 0;
    }
    Py_DECREF(found);
    return status;
}

/* The tuples of the ``count`` lists ``lists`` (a new reference each, into ``tuples``), taken at once before any
 * Python code can run, so that code (a key's ``__hash__``, a memo's ``__missing__``) changing a list cannot pull
 * an item from under the walk: 0, or -1 with an exception set (and every tuple NULL). */
static int snapshot(PyObject *const *lists, Py_ssize_t count, PyObject **tuples) {
    for (Py_ssize_t i = 0; i < count; i++) {
        tuples[i] = PyList_AsTuple(lists[i]);
        if (tuples[i] == NULL) {
            while (i-- > 0) {
                Py_CLEAR(tuples[i]);
            }
            return -1;
        }
    }
    return 0;
}

static PyObject *match_all(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 11 || !PyList_Check(args[0]) || !PyUnicode_Check(args[1]) || !PyList_Check(args[2])
        || !PyList_Check(args[3]) || !PyList_Check(args[4]) || !PyDict_Check(args[5]) || !PyDict_Check(args[6])
        || !PyDict_Check(args[8]) || !PyType_Check(args[9])) {
        PyErr_SetString(PyExc_TypeError, "match_all(keys: list, compact: str, starts: list, compact_ends: list, "
                                         "same_line: list, alone: dict, inside_cache: dict, inside, table: dict, "
                                         "match_type: type, empty)");
        return NULL;
    }
    ModuleState *state = PyModule_GetState(module);
    PyObject *lists[4] = {args[0], args[2], args[3], args[4]}, *tuples[4]; /* keys, starts, ends, same_line */
    if (state == NULL || snapshot(lists, 4, tuples) < 0) {
        return NULL;
    }
    PyObject *keys = tuples[0];
    Py_ssize_t count = PyTuple_Size(keys);
    PyObject *whole = NULL, *prefix_kinds = NULL, *kinds_at = NULL, *longer = NULL, *result = NULL;
    Walks walks = {args[1], PyUnicode_GetLength(args[1]), count, NULL, NULL, NULL, args[6], args[7], args[8],
                   args[9], args[10], (newfunc)PyType_GetSlot(&PyTuple_Type, Py_tp_new), state->characters};
    if (PyTuple_Size(tuples[1]) != count || PyTuple_Size(tuples[2]) != count || PyTuple_Size(tuples[3]) != count) {
        PyErr_SetString(PyExc_ValueError, "keys, starts, compact_ends and same_line must be as long");
        goto done;
    }
    whole = PyList_New(count), prefix_kinds = PyList_New(count), kinds_at = PyList_New(count);
    longer = PyDict_New();
    walks.starts = PyMem_Malloc(sizeof(Py_ssize_t) * (size_t)(count ? count : 1));
    walks.ends = PyMem_Malloc(sizeof(Py_ssize_t) * (size_t)(count ? count : 1));
    walks.same_line = PyMem_Malloc((size_t)(count ? count : 1));
    if (walks.starts == NULL || walks.ends == NULL || walks.same_line == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    if (whole == NULL || prefix_kinds == NULL || kinds_at == NULL || longer == NULL || walks.tuple_new == NULL
        || read_sizes(tuples[1], count, walks.starts) < 0 || read_sizes(tuples[2], count, walks.ends) < 0) {
        goto done;
    }
    for (Py_ssize_t i = 0; i < count; i++) {
        int same = PyObject_IsTrue(PyTuple_GetItem(tuples[3], i));
        if (same < 0) {
            goto done;
        }
        walks.same_line[i] = (char)same;
    }
    if (match_tokens(&walks, keys, args[5], whole, prefix_kinds, kinds_at, longer) == 0) {
        result = PyTuple_Pack(4, whole, prefix_kinds, kinds_at, longer);
    }
done:
    PyMem_Free(walks.starts);
    PyMem_Free(walks.ends);
    PyMem_Free(walks.same_line);
    for (int i = 0; i < 4; i++) {
        Py_DECREF(tuples[i]);
    }
    Py_XDECREF(whole);
    Py_XDECREF(prefix_kinds);
    Py_XDECREF(kinds_at);
    Py_XDECREF(longer);
    return result;
}

#include "matcher_native_parts/reads.h"

static int add_digest(PyObject *module) {
    return PyModule_AddStringConstant(module, "SOURCE_SHA256", SOURCE_SHA256);
}

static int traverse_state(PyObject *module, visitproc visit, void *arg) {
    ModuleState *state = PyModule_GetState(module);
    for (int i = 0; state != NULL && i < 256; i++) {
        Py_VISIT(state->characters[i]);
    }
    return 0;
}

static int clear_state(PyObject *module) {
    ModuleState *state = PyModule_GetState(module);
    for (int i = 0; state != NULL && i < 256; i++) {
        Py_CLEAR(state->characters[i]);
    }
    return 0;
}

static void free_state(void *module) {
    clear_state((PyObject *)module);
}

static PyModuleDef_Slot slots[] = {
    {Py_mod_exec, add_digest},
    {0, NULL},
};

static struct PyModuleDef module_definition = {
    PyModuleDef_HEAD_INIT, "_matcher_native", "The lexicon matcher's optional compiled part (matcher_native.c).",
    sizeof(ModuleState), methods, slots, traverse_state, clear_state, free_state,
};

PyMODINIT_FUNC PyInit__matcher_native(void) {
    return PyModuleDef_Init(&module_definition);
}
