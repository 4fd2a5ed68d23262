/* The word analyses' optional compiled part (module persianews.entities._words_native): the compiled twin of
 * words._analyses_in_python, with the same values.
 *
 * analyses(tables, key) -> (tags, frequency, given, stop, detached, surname_suffix, inflected, compound,
 *   surname_class): what words.py tells of one token key, computed together where a word type is met for the
 *   first time (the tagger asks them all of every type, the rules most of them), so that the memos of words.py
 *   are filled by one call instead of a Python frame per analysis. ``tables`` is words._native_tables():
 *   the dictionary's tables and the lexicons' sets, the endings and the strings the values are made of, in
 *   the order of the enum below. Each analysis is a few dictionary look-ups and ending tests; the compound
 *   test tries O(longest dictionary word) cuts: linear in the key's length at most.
 *
 * SOURCE_SHA256, the digest of this file (given by setup.py when it compiles it), lets
 * persianews.native refuse a binary built from another version of this source.
 */

#include <Python.h> /* setup.py defines PY_SSIZE_T_CLEAN, Py_LIMITED_API and SOURCE_SHA256 */

#include "stateless_module.h" /* persianews/native_parts */

/* The items of ``tables`` (words._native_tables), in their order. */
enum {
    T_MASKS,              /* dict: dictionary key -> bit mask of its tags */
    T_FREQUENCIES,        /* dict: dictionary key -> frequency */
    T_TAG_SETS,           /* dict: bit mask -> frozenset of tags */
    T_NO_TAGS,            /* the empty frozenset of a word not in the dictionary */
    T_GIVEN_NAMES,        /* frozenset */
    T_SEPARATE_WORDS,     /* frozenset */
    T_STOP_WORDS,         /* dict (keys read) */
    T_SURNAME_ENDINGS,    /* dict: ending -> "detached" or not */
    T_SUFFIXES,           /* tuple: the surname endings, the longest first */
    T_ADJECTIVES,         /* dict (keys read) */
    T_FREQUENT_GIVEN,     /* frozenset */
    T_BITS,               /* tuple of ints: verb, plural, content (noun, adjective), content or plural */
    T_LONGEST,            /* int: the longest dictionary key */
    T_INFLECTIONS,        /* tuple: the plural (and other) endings */
    T_NOT_INFLECTED,      /* str: the ending that is no inflection (یان) */
    T_YEH_ENDINGS,        /* tuple */
    T_PREPOSITIONS,       /* tuple: the prepositions written joined */
    T_SIZES,              /* tuple of ints: the shortest joined rest, the shortest compound part, the shortest surname */
    T_ARTICLE,            /* str: ال */
    T_ARTICLE_PLURALS,    /* tuple: the plural endings after ال */
    T_DETACHED,           /* str: "detached" */
    T_VALUES,             /* tuple of str: plural, yeh, compound, unknown, word */
    T_COUNT
};

enum { V_PLURAL, V_YEH, V_COMPOUND, V_UNKNOWN, V_WORD, V_COUNT };

/* The integer item ``index`` of the tuple ``tuple``. */
static Py_ssize_t int_item(PyObject *tuple, Py_ssize_t index) {
    return PyLong_AsSsize_t(PyTuple_GetItem(tuple, index));
}

#include "plain_key.h" /* persianews/native_parts */

/* Whether ``word`` ends (``direction`` 1) or starts (-1) with one of the strings of the tuple ``affixes``;
 * 1, 0, or -1 with an exception set. */
static int has_any(PyObject *word, PyObject *affixes, int direction) {
    for (Py_ssize_t k = 0; k < PyTuple_Size(affixes); k++) {
        Py_ssize_t found = PyUnicode_Tailmatch(word, PyTuple_GetItem(affixes, k), 0, PY_SSIZE_T_MAX, direction);
        if (found != 0) {
            return (int)found;
        }
    }
    return 0;
}

/* The bits of ``text`` in the dictionary's masks (0 for a word not in it); -1 with an exception set. */
static long long mask_of(PyObject *tables, PyObject *text) {
    PyObject *mask = PyDict_GetItemWithError(PyTuple_GetItem(tables, T_MASKS), text);
    return mask == NULL ? (PyErr_Occurred() ? -1 : 0) : PyLong_AsLongLong(mask);
}

/* Whether the part of ``word`` from ``start`` to ``end`` has one of the dictionary ``bits``; 1, 0, or -1. */
static int part_has(PyObject *tables, PyObject *word, Py_ssize_t start, Py_ssize_t end, long long bits) {
    PyObject *part = PyUnicode_Substring(word, start, end);
    long long mask = part == NULL ? -1 : mask_of(tables, part);
    Py_XDECREF(part);
    return mask < 0 ? -1 : (mask & bits) != 0;
}

/* words._stop: a separate word, a stop word, or a preposition joined to a stop word of four letters or more;
 * 1, 0, or -1 with an exception set. */
static int is_stop(PyObject *tables, PyObject *key, PyObject *word, Py_ssize_t size) {
    int found = PySet_Contains(PyTuple_GetItem(tables, T_SEPARATE_WORDS), word);
    if (found == 0) {
        found = PyDict_Contains(PyTuple_GetItem(tables, T_STOP_WORDS), key);
    }
    if (found != 0) {
        return found;
    }
    PyObject *prepositions = PyTuple_GetItem(tables, T_PREPOSITIONS);
    Py_ssize_t least = int_item(PyTuple_GetItem(tables, T_SIZES), 0);
    for (Py_ssize_t k = 0; found == 0 && k < PyTuple_Size(prepositions); k++) {
        PyObject *preposition = PyTuple_GetItem(prepositions, k);
        Py_ssize_t length = PyUnicode_GetLength(preposition);
        found = (int)PyUnicode_Tailmatch(word, preposition, 0, PY_SSIZE_T_MAX, -1);
        if (found == 1 && size - length < least) {
            found = 0;
        } else if (found == 1) {
            PyObject *rest = PyUnicode_Substring(word, length, size);
            found = rest == NULL ? -1 : PyDict_Contains(PyTuple_GetItem(tables, T_STOP_WORDS), rest);
            Py_XDECREF(rest);
        }
    }
    return found;
}

/* words._surname_suffix_of: the longest surname ending of ``word`` with two letters before it, or None; a new
 * reference, or NULL with an exception set. */
static PyObject *surname_suffix(PyObject *tables, PyObject *word, Py_ssize_t size) {
    PyObject *suffixes = PyTuple_GetItem(tables, T_SUFFIXES);
    for (Py_ssize_t k = 0; k < PyTuple_Size(suffixes); k++) {
        PyObject *suffix = PyTuple_GetItem(suffixes, k);
        Py_ssize_t found = PyUnicode_Tailmatch(word, suffix, 0, PY_SSIZE_T_MAX, 1);
        if (found < 0) {
            return NULL;
        }
        if (found && size >= PyUnicode_GetLength(suffix) + 2) {
            return Py_NewRef(suffix);
        }
    }
    return Py_NewRef(Py_None);
}

/* Whether ``word`` is a dictionary noun or adjective of two letters or more plus one of ``endings``; 1, 0, -1. */
static int known_plus(PyObject *tables, PyObject *word, Py_ssize_t size, PyObject *endings, long long content) {
    for (Py_ssize_t k = 0; k < PyTuple_Size(endings); k++) {
        PyObject *ending = PyTuple_GetItem(endings, k);
        Py_ssize_t found = PyUnicode_Tailmatch(word, ending, 0, PY_SSIZE_T_MAX, 1);
        Py_ssize_t stem = size - PyUnicode_GetLength(ending);
        if (found < 0) {
            return -1;
        }
        if (found && stem >= 2) {
            int known = part_has(tables, word, 0, stem, content);
            if (known != 0) {
                return known;
            }
        }
    }
    return 0;
}

/* words._inflection_of: "plural", "yeh" (a value of T_VALUES) or None; a borrowed reference, or NULL with an
 * exception set. */
static PyObject *inflection(PyObject *tables, PyObject *word, Py_ssize_t size, long long content) {
    PyObject *values = PyTuple_GetItem(tables, T_VALUES);
    Py_ssize_t excluded = PyUnicode_Tailmatch(word, PyTuple_GetItem(tables, T_NOT_INFLECTED), 0, PY_SSIZE_T_MAX, 1);
    int found = excluded < 0 ? -1 : excluded ? 0 : known_plus(tables, word, size, PyTuple_GetItem(tables, T_INFLECTIONS),
                                                           content);
    if (found != 0) {
        return found < 0 ? NULL : PyTuple_GetItem(values, V_PLURAL);
    }
    found = known_plus(tables, word, size, PyTuple_GetItem(tables, T_YEH_ENDINGS), content);
    return found < 0 ? NULL : found ? PyTuple_GetItem(values, V_YEH) : Py_None;
}

/* words._compound: two dictionary words written together (a noun or adjective, then a noun, adjective or
 * plural that is no surname ending); 1, 0, or -1 with an exception set. */
static int compound(PyObject *tables, PyObject *word, Py_ssize_t size, long long content, long long content_or_plural) {
    Py_ssize_t longest = PyLong_AsSsize_t(PyTuple_GetItem(tables, T_LONGEST));
    Py_ssize_t least = int_item(PyTuple_GetItem(tables, T_SIZES), 1);
    Py_ssize_t first = size - longest > least ? size - longest : least;
    Py_ssize_t last = size - least < longest ? size - least : longest;
    for (Py_ssize_t cut = first; cut <= last; cut++) {
        int found = part_has(tables, word, 0, cut, content);
        if (found > 0) {
            found = part_has(tables, word, cut, size, content_or_plural);
        }
        if (found > 0) {
            PyObject *right = PyUnicode_Substring(word, cut, size);
            found = right == NULL ? -1 : !PyDict_Contains(PyTuple_GetItem(tables, T_SURNAME_ENDINGS), right);
            Py_XDECREF(right);
        }
        if (found != 0) {
            return found;
        }
    }
    return 0;
}

/* words._surname_class_of, from the analyses made before it; a borrowed reference (None or a value of
 * T_VALUES), or NULL with an exception set. */
static PyObject *surname_class(PyObject *tables, PyObject *key, PyObject *word, Py_ssize_t size, long long mask,
                               int stop, int detached, PyObject *suffix, PyObject *inflected, int is_compound) {
    PyObject *values = PyTuple_GetItem(tables, T_VALUES), *bits = PyTuple_GetItem(tables, T_BITS);
    if (size < int_item(PyTuple_GetItem(tables, T_SIZES), 2) || stop) {
        return Py_None;
    }
    Py_ssize_t article = PyUnicode_Tailmatch(word, PyTuple_GetItem(tables, T_ARTICLE), 0, PY_SSIZE_T_MAX, -1);
    int plural_article = article <= 0 ? (int)article : has_any(word, PyTuple_GetItem(tables, T_ARTICLE_PLURALS), 1);
    if (plural_article != 0) {
        return plural_article < 0 ? NULL : Py_None;
    }
    long long content = PyLong_AsLongLong(PyTuple_GetItem(bits, 2));
    if (mask & (PyLong_AsLongLong(PyTuple_GetItem(bits, 0)) | PyLong_AsLongLong(PyTuple_GetItem(bits, 1)))
            || (mask && !(mask & content)) || detached) {
        return Py_None;
    }
    int excluded = PyDict_Contains(PyTuple_GetItem(tables, T_ADJECTIVES), key);
    if (excluded == 0) {
        excluded = PySet_Contains(PyTuple_GetItem(tables, T_FREQUENT_GIVEN), word);
    }
    if (excluded != 0) {
        return excluded < 0 ? NULL : Py_None;
    }
    if (mask == 0) {
        if (inflected == PyTuple_GetItem(values, V_PLURAL)) {
            return Py_None;
        }
        return is_compound ? PyTuple_GetItem(values, V_COMPOUND)
                           : inflected != Py_None ? inflected : PyTuple_GetItem(values, V_UNKNOWN);
    }
    int has_suffix = PyObject_IsTrue(suffix);
    return has_suffix < 0 ? NULL : has_suffix ? PyTuple_GetItem(values, V_YEH) : PyTuple_GetItem(values, V_WORD);
}

/* Whether ``tables`` is a tuple of words._native_tables's shape (its types checked where they are read). */
static int are_tables(PyObject *tables) {
    if (!PyTuple_Check(tables) || PyTuple_Size(tables) != T_COUNT) {
        return 0;
    }
    static const int dicts[] = {T_MASKS, T_FREQUENCIES, T_TAG_SETS, T_STOP_WORDS, T_SURNAME_ENDINGS, T_ADJECTIVES};
    for (size_t k = 0; k < sizeof dicts / sizeof *dicts; k++) {
        if (!PyDict_Check(PyTuple_GetItem(tables, dicts[k]))) {
            return 0;
        }
    }
    static const int sets[] = {T_NO_TAGS, T_GIVEN_NAMES, T_SEPARATE_WORDS, T_FREQUENT_GIVEN};
    for (size_t k = 0; k < sizeof sets / sizeof *sets; k++) {
        if (!PyFrozenSet_Check(PyTuple_GetItem(tables, sets[k]))) {
            return 0;
        }
    }
    static const int strings[] = {T_NOT_INFLECTED, T_ARTICLE, T_DETACHED};
    for (size_t k = 0; k < sizeof strings / sizeof *strings; k++) {
        if (!PyUnicode_Check(PyTuple_GetItem(tables, strings[k]))) {
            return 0;
        }
    }
    static const int tuples[] = {T_SUFFIXES, T_INFLECTIONS, T_YEH_ENDINGS, T_PREPOSITIONS, T_ARTICLE_PLURALS};
    for (size_t k = 0; k < sizeof tuples / sizeof *tuples; k++) {
        PyObject *items = PyTuple_GetItem(tables, tuples[k]);
        if (!PyTuple_Check(items)) {
            return 0;
        }
        for (Py_ssize_t i = 0; i < PyTuple_Size(items); i++) {
            if (!PyUnicode_Check(PyTuple_GetItem(items, i))) {
                return 0;
            }
        }
    }
    PyObject *bits = PyTuple_GetItem(tables, T_BITS), *sizes = PyTuple_GetItem(tables, T_SIZES);
    PyObject *values = PyTuple_GetItem(tables, T_VALUES);
    return PyTuple_Check(bits) && PyTuple_Size(bits) == 4 && PyTuple_Check(sizes) && PyTuple_Size(sizes) == 3
        && PyLong_Check(PyTuple_GetItem(tables, T_LONGEST)) && PyTuple_Check(values) && PyTuple_Size(values) == V_COUNT;
}

static PyObject *analyses(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 2 || !are_tables(args[0]) || !PyUnicode_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError, "analyses(tables: words._native_tables(), key: str)");
        return NULL;
    }
    PyObject *tables = args[0], *key = args[1], *bits = PyTuple_GetItem(tables, T_BITS);
    PyObject *word = plain_of(key), *tags = NULL, *frequency = NULL, *suffix = NULL, *result = NULL;
    Py_ssize_t size = word == NULL ? -1 : PyUnicode_GetLength(word);
    long long mask = size < 0 ? -1 : mask_of(tables, word);
    long long content = PyLong_AsLongLong(PyTuple_GetItem(bits, 2));
    long long content_or_plural = PyLong_AsLongLong(PyTuple_GetItem(bits, 3));
    if (mask < 0 || PyErr_Occurred()) {
        goto done;
    }
    if (mask == 0) {
        tags = Py_NewRef(PyTuple_GetItem(tables, T_NO_TAGS));
    } else {
        PyObject *count = PyLong_FromLongLong(mask);
        tags = count == NULL ? NULL : PyDict_GetItemWithError(PyTuple_GetItem(tables, T_TAG_SETS), count);
        Py_XDECREF(count);
        if (tags == NULL) {
            if (!PyErr_Occurred()) {
                PyErr_SetString(PyExc_KeyError, "a dictionary mask without its tag set");
            }
            goto done;
        }
        Py_INCREF(tags);
    }
    frequency = PyDict_GetItemWithError(PyTuple_GetItem(tables, T_FREQUENCIES), word);
    if (frequency == NULL && PyErr_Occurred()) {
        goto done;
    }
    frequency = frequency == NULL ? PyLong_FromLong(0) : Py_NewRef(frequency);
    int given = frequency == NULL ? -1 : PySet_Contains(PyTuple_GetItem(tables, T_GIVEN_NAMES), word);
    int stop = given < 0 ? -1 : is_stop(tables, key, word, size);
    if (stop < 0) {
        goto done;
    }
    PyObject *ending = PyDict_GetItemWithError(PyTuple_GetItem(tables, T_SURNAME_ENDINGS), word);
    int detached = ending == NULL ? (PyErr_Occurred() ? -1 : 0)
                   : PyObject_RichCompareBool(ending, PyTuple_GetItem(tables, T_DETACHED), Py_EQ);
    suffix = detached < 0 ? NULL : surname_suffix(tables, word, size);
    PyObject *inflected = suffix == NULL ? NULL : inflection(tables, word, size, content);
    int is_compound = inflected == NULL ? -1 : compound(tables, word, size, content, content_or_plural);
    PyObject *surname = is_compound < 0 ? NULL : surname_class(tables, key, word, size, mask, stop, detached, suffix,
                                                                 inflected, is_compound);
    if (surname != NULL) {
        result = Py_BuildValue("(OOOOOOOOO)", tags, frequency, given ? Py_True : Py_False, stop ? Py_True : Py_False,
                               detached ? Py_True : Py_False, suffix, inflected, is_compound ? Py_True : Py_False,
                               surname);
    }
done:
    Py_XDECREF(word);
    Py_XDECREF(tags);
    Py_XDECREF(frequency);
    Py_XDECREF(suffix);
    return result;
}

static PyMethodDef methods[] = {
    {"analyses", (PyCFunction)(void (*)(void))analyses, METH_FASTCALL,
     "analyses(tables, key) -> (tags, frequency, given, stop, detached, surname_suffix, inflected, compound, "
     "surname_class)."},
    {NULL, NULL, 0, NULL},
};

STATELESS_MODULE(_words_native, "The word analyses' optional compiled part (words_native.c).",
                 methods, add_source_digest)
