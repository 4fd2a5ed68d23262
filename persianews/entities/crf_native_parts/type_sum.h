/* crf_native.c, part: the sum of a word type's own features with its lexicon evidence and clusters read
 * here (type_sum). Included by crf_native.c after word_parts.h; not compiled alone. */

/* The items of type_sum's ``analyses`` (tagger_features.type_analyses), in their order. */
enum {
    A_TAGS, A_TAG_FEATURES, A_NEW_TAG_FEATURES, A_FREQUENCY, A_GIVEN, A_FREQUENT_GIVEN, A_STOP, A_SURNAME,
    A_SUFFIX, A_DETACHED, A_HONORIFICS, A_CLUSTERS, A_SHAPE, A_OPAQUE, A_COUNT
};

/* A word analysis of ``key`` (a new reference): a cache that is its own function (a dict subclass) is
 * read as a mapping (one look-up; its __missing__ computes), anything else called; NULL with an exception. */
static PyObject *analysis_of(PyObject *analyses, int which, PyObject *key) {
    PyObject *function = PyTuple_GetItem(analyses, which);
    if (function == NULL) {
        return NULL;
    }
    if (!PyDict_Check(function)) {
        return PyObject_CallFunctionObjArgs(function, key, NULL);
    }
    PyObject *found = PyDict_GetItemWithError(function, key); /* a hit: no call through the mapping's slot */
    return found != NULL ? Py_NewRef(found) : PyErr_Occurred() ? NULL : PyObject_GetItem(function, key);
}

/* Add the feature ``name`` (NUL-terminated ASCII); 0, or -1 with an exception set. */
static int add_literal(const feature_table *table, const char *name, double **sums) {
    return add_feature(table, name, (Py_ssize_t)strlen(name), sums);
}

/* Add the feature ``name`` when the analysis ``which`` of ``key`` is true; 0, or -1 with an exception set. */
static int add_flag(const feature_table *table, PyObject *analyses, int which, PyObject *key, const char *name,
                    double **sums) {
    PyObject *found = analysis_of(analyses, which, key);
    int truth = found == NULL ? -1 : PyObject_IsTrue(found);
    Py_XDECREF(found);
    return truth < 0 ? -1 : truth ? add_literal(table, name, sums) : 0;
}

/* Add the feature ``name`` when the set ``which`` of ``analyses`` holds ``plain``; 0, or -1 with an exception. */
static int add_member(const feature_table *table, PyObject *analyses, int which, PyObject *plain, const char *name,
                      double **sums) {
    PyObject *set = PyTuple_GetItem(analyses, which);
    int found = set == NULL ? -1 : PySequence_Contains(set, plain);
    return found < 0 ? -1 : found ? add_literal(table, name, sums) : 0;
}

/* Add the feature ``prefix`` + the string ``value``; 0, or -1 with an exception set (TypeError when
 * ``value`` is not a string, as the Python twin's concatenation raises). */
static int add_prefixed(const feature_table *table, const char *prefix, PyObject *value, double **sums) {
    PyObject *holder;
    Py_ssize_t size;
    const char *data = utf8_view(value, &size, &holder);
    if (data == NULL) {
        return -1;
    }
    char room[SHORT_NAME], *buffer = joined_buffer(room, prefix, size);
    int status = buffer == NULL ? -1 : add_joined(table, buffer, prefix, data, size, sums);
    if (buffer != room) {
        PyMem_Free(buffer);
    }
    Py_XDECREF(holder);
    return status;
}

/* Add ``prefix`` + the analysis ``which`` of ``key`` unless it is None; 0, or -1 with an exception set. */
static int add_named_analysis(const feature_table *table, PyObject *analyses, int which, PyObject *key,
                              const char *prefix, double **sums) {
    PyObject *found = analysis_of(analyses, which, key);
    int status = found == NULL ? -1 : found == Py_None ? 0 : add_prefixed(table, prefix, found, sums);
    Py_XDECREF(found);
    return status;
}

/* The number of characters of str(value), counted without making the string for an int that fits a long
 * long (a frequency); -1 with an exception set. */
static Py_ssize_t str_length(PyObject *value) {
    int overflow = 1;
    long long number = PyLong_CheckExact(value) ? PyLong_AsLongLongAndOverflow(value, &overflow) : 0;
    if (overflow) { /* not an int (a bool says True), or too large: str() says */
        PyObject *text = PyObject_Str(value);
        Py_ssize_t length = text == NULL ? -1 : PyUnicode_GetLength(text);
        Py_XDECREF(text);
        return length;
    }
    Py_ssize_t length = number < 0 ? 2 : 1; /* the sign, and the last digit */
    for (unsigned long long rest = number < 0 ? 0 - (unsigned long long)number : (unsigned long long)number;
         rest >= 10; rest /= 10) {
        length++;
    }
    return length;
}

/* Add tagger_features.lexical_features(key, plain) in their order; 0, or -1 with an exception set. */
static int add_lexical(const feature_table *table, PyObject *analyses, PyObject *key, PyObject *plain, double **sums) {
    PyObject *tags = analysis_of(analyses, A_TAGS, key), *features = NULL;
    if (tags != NULL) {
        features = PyDict_GetItemWithError(PyTuple_GetItem(analyses, A_TAG_FEATURES), tags);
        features = features != NULL ? Py_NewRef(features) : PyErr_Occurred() ? NULL
                   : PyObject_CallFunctionObjArgs(PyTuple_GetItem(analyses, A_NEW_TAG_FEATURES), tags, NULL);
        Py_DECREF(tags);
    }
    if (features == NULL || !PyTuple_Check(features)) {
        if (features != NULL) {
            PyErr_SetString(PyExc_TypeError, "a tag set's features must be a tuple");
        }
        Py_XDECREF(features);
        return -1;
    }
    int status = 0;
    for (Py_ssize_t k = 0; status == 0 && k < PyTuple_Size(features); k++) {
        status = add_named(table, PyTuple_GetItem(features, k), sums);
    }
    Py_DECREF(features);
    PyObject *frequency = status < 0 ? NULL : analysis_of(analyses, A_FREQUENCY, key);
    int truth = frequency == NULL ? -1 : PyObject_IsTrue(frequency);
    if (truth > 0) { /* freq= the number of characters of str(frequency) */
        Py_ssize_t digits = str_length(frequency), size = 5, count = 0;
        char name[48] = "freq=", reversed[24];
        for (size_t rest = (size_t)digits; digits >= 0 && (count == 0 || rest > 0); rest /= 10) {
            reversed[count++] = (char)('0' + rest % 10);
        }
        while (count > 0) { /* no printf: most words are new to the tagger once, and this runs for each */
            name[size++] = reversed[--count];
        }
        status = digits < 0 ? -1 : add_feature(table, name, size, sums);
    } else {
        status = truth < 0 ? -1 : add_literal(table, "freq=0", sums);
    }
    Py_XDECREF(frequency);
    status = status < 0 ? -1 : add_flag(table, analyses, A_GIVEN, key, "given", sums);
    status = status < 0 ? -1 : add_member(table, analyses, A_FREQUENT_GIVEN, plain, "given:frequent", sums);
    status = status < 0 ? -1 : add_flag(table, analyses, A_STOP, key, "stop", sums);
    status = status < 0 ? -1 : add_named_analysis(table, analyses, A_SURNAME, key, "surname=", sums);
    status = status < 0 ? -1 : add_named_analysis(table, analyses, A_SUFFIX, key, "surname_suffix=", sums);
    status = status < 0 ? -1 : add_flag(table, analyses, A_DETACHED, key, "detached_suffix", sums);
    return status < 0 ? -1 : add_member(table, analyses, A_HONORIFICS, plain, "honorific", sums);
}

/* Add the word clusters' features of ``plain`` (``c=``, ``cf=``) and set ``*coarse`` (a new reference) to
 * its coarse cluster, or "-" for none; 0, or -1 with an exception set. */
static int add_clusters(const feature_table *table, PyObject *analyses, PyObject *plain, PyObject **coarse,
                        double **sums) {
    PyObject *clusters = PyDict_GetItemWithError(PyTuple_GetItem(analyses, A_CLUSTERS), plain);
    if (clusters == NULL) {
        *coarse = PyErr_Occurred() ? NULL : PyUnicode_FromString("-");
        return *coarse == NULL ? -1 : 0;
    }
    if (!PyTuple_Check(clusters) || PyTuple_Size(clusters) != 2) {
        PyErr_SetString(PyExc_TypeError, "a word's clusters must be a (coarse, fine) tuple");
        return -1;
    }
    if (add_prefixed(table, "c=", PyTuple_GetItem(clusters, 0), sums) < 0
            || add_prefixed(table, "cf=", PyTuple_GetItem(clusters, 1), sums) < 0) {
        return -1;
    }
    *coarse = Py_NewRef(PyTuple_GetItem(clusters, 0));
    return 0;
}

/* Add the form's features of ``plain`` and ``text`` (add_form, with the shape read here, or by the Python
 * twin for a character beyond the table); 0, or -1 with an exception set. */
static int add_type_form(const feature_table *table, PyObject *classes, PyObject *analyses, PyObject *plain,
                         PyObject *text, double **sums) {
    char shape[SHAPE_CHARACTERS * 3];
    Py_ssize_t shape_size = shape_into(PyBytes_AsString(classes), PyBytes_Size(classes) / 2, text, shape);
    PyObject *python_shape = NULL, *shape_bytes = NULL;
    if (shape_size == -2) {
        python_shape = PyObject_CallFunctionObjArgs(PyTuple_GetItem(analyses, A_SHAPE), text, NULL);
        shape_bytes = python_shape == NULL ? NULL : utf8_of(python_shape);
        Py_XDECREF(python_shape);
        if (shape_bytes == NULL) {
            return -1;
        }
    } else if (shape_size < 0) {
        return -1;
    }
    int affixes = PyObject_RichCompareBool(plain, PyTuple_GetItem(analyses, A_OPAQUE), Py_NE);
    if (affixes < 0) { /* no API call with the comparison's exception pending */
        Py_XDECREF(shape_bytes);
        return -1;
    }
    PyObject *plain_holder = NULL, *text_holder = NULL;
    Py_ssize_t plain_size, text_size;
    const char *plain_data = utf8_view(plain, &plain_size, &plain_holder);
    const char *text_data = plain_data == NULL ? NULL : utf8_view(text, &text_size, &text_holder);
    int status = text_data == NULL ? -1 :
        add_form(table, plain_data, plain_size, text_data, text_size,
                 shape_bytes == NULL ? shape : PyBytes_AsString(shape_bytes),
                 shape_bytes == NULL ? shape_size : PyBytes_Size(shape_bytes), affixes, sums);
    Py_XDECREF(plain_holder);
    Py_XDECREF(text_holder);
    Py_XDECREF(shape_bytes);
    return status;
}

/* The packed sum of a word type's own features (None when the model knows none of them), with its coarse
 * cluster in ``*coarse`` (a new reference); NULL with an exception set. */
static PyObject *own_sum(feature_table *table, PyObject *classes, PyObject *analyses, PyObject *key, PyObject *plain,
                         PyObject *text, PyObject **coarse) {
    double *sums = NULL;
    *coarse = NULL;
    if (add_type_form(table, classes, analyses, plain, text, &sums) < 0
            || add_lexical(table, analyses, key, plain, &sums) < 0
            || add_clusters(table, analyses, plain, coarse, &sums) < 0) {
        PyMem_Free(sums);
        return NULL;
    }
    PyObject *vector = packed_sums(table, sums);
    if (vector == NULL) {
        Py_CLEAR(*coarse);
    }
    return vector;
}

/* The table of type_sum's ``capsule`` when it and the ``classes`` and ``analyses`` are what it reads, else
 * NULL with a TypeError set. */
static feature_table *type_arguments(PyObject *capsule, PyObject *classes, PyObject *analyses) {
    feature_table *table = PyCapsule_GetPointer(capsule, TABLE_CAPSULE);
    if (table == NULL || !PyBytes_Check(classes) || PyBytes_Size(classes) % 2 || !PyTuple_Check(analyses)
            || PyTuple_Size(analyses) != A_COUNT || !PyDict_Check(PyTuple_GetItem(analyses, A_TAG_FEATURES))
            || !PyDict_Check(PyTuple_GetItem(analyses, A_CLUSTERS))) {
        PyErr_Clear();
        PyErr_SetString(PyExc_TypeError, "a word type's sums read (table: a weight_table, classes: bytes, "
                                         "analyses: tuple, ...)");
        return NULL;
    }
    return table;
}

static PyObject *type_sum(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    feature_table *table = nargs == 6 ? type_arguments(args[0], args[1], args[2]) : NULL;
    if (table == NULL || !PyUnicode_Check(args[3]) || !PyUnicode_Check(args[4]) || !PyUnicode_Check(args[5])) {
        PyErr_Clear();
        PyErr_SetString(PyExc_TypeError, "type_sum(table: a weight_table, classes: bytes, analyses: tuple, "
                                         "key: str, plain: str, text: str)");
        return NULL;
    }
    PyObject *coarse, *vector = own_sum(table, args[1], args[2], args[3], args[4], args[5], &coarse);
    if (vector == NULL) {
        return NULL;
    }
    PyObject *result = PyTuple_Pack(2, vector, coarse);
    Py_DECREF(vector);
    Py_DECREF(coarse);
    return result;
}

#include "plain_key.h" /* persianews/native_parts */

/* The parts of a new word type (``key``, ``text``; ``pair`` the tuple of the two), FeatureParts._new_type's
 * with EmissionScorer's compiled parts, stored in ``types`` under ``pair`` while it holds fewer than ``limit``,
 * from ``maker``: (table, classes, analyses, neighbours, by_cluster, lent, zero, limit) (see type_parts); a new
 * reference, or NULL with an exception. */
static PyObject *made_type(PyObject *types, PyObject *maker, PyObject *pair, PyObject *key, PyObject *text) {
    PyObject *items[8];
    for (Py_ssize_t k = 0; k < 8; k++) {
        items[k] = PyTuple_GetItem(maker, k); /* a tuple of eight, checked by type_parts */
    }
    feature_table *table = PyCapsule_GetPointer(items[0], TABLE_CAPSULE);
    PyObject *plain = table == NULL ? NULL : plain_of(key), *coarse = NULL, *own = NULL, *lent = NULL, *parts = NULL;
    Py_ssize_t limit;
    if (plain == NULL || (own = own_sum(table, items[1], items[2], key, plain, text, &coarse)) == NULL) {
        goto done;
    }
    int neighbour = PySequence_Contains(items[3], plain);
    if (neighbour > 0) {
        lent = lent_vectors(table, plain, coarse);
    } else if (neighbour == 0) {
        lent = PyDict_GetItemWithError(items[4], coarse);
        lent = lent != NULL ? Py_NewRef(lent) : PyErr_Occurred() ? NULL
               : PyObject_CallFunctionObjArgs(items[5], plain, coarse, NULL);
    }
    if (lent == NULL || !PyTuple_Check(lent) || PyTuple_Size(lent) != 4) {
        if (lent != NULL) {
            PyErr_SetString(PyExc_TypeError, "a word type lends four parts");
        }
        goto done;
    }
    parts = PyTuple_New(5);
    if (parts == NULL) { /* no API call with its exception pending */
        goto done;
    }
    for (Py_ssize_t k = 0; k < 5; k++) {
        PyObject *vector = k == 0 ? own : PyTuple_GetItem(lent, k - 1);
        PyTuple_SetItem(parts, k, Py_NewRef(vector == Py_None ? items[6] : vector)); /* a new tuple's item */
    }
    limit = PyLong_AsSsize_t(items[7]);
    if (limit == -1 && PyErr_Occurred()) {
        Py_CLEAR(parts);
    }
    if (parts != NULL && PyDict_Size(types) < limit && PyDict_SetItem(types, pair, parts) < 0) {
        Py_CLEAR(parts);
    }
done:
    Py_XDECREF(plain);
    Py_XDECREF(coarse);
    Py_XDECREF(own);
    Py_XDECREF(lent);
    return parts;
}

/* The parts ``by_piece`` holds for ``piece`` when its key there is ``key`` (a new reference); NULL with no
 * exception set when it holds none, or another key's; NULL with an exception set on failure. */
static PyObject *parts_by_piece(PyObject *by_piece, PyObject *key, PyObject *piece) {
    PyObject *found = PyDict_GetItemWithError(by_piece, piece);
    if (found == NULL || !PyTuple_Check(found) || PyTuple_Size(found) != 2) {
        return NULL;
    }
    found = Py_NewRef(found); /* the comparison may run Python code */
    int same = PyObject_RichCompareBool(PyTuple_GetItem(found, 0), key, Py_EQ);
    PyObject *parts = same > 0 ? Py_NewRef(PyTuple_GetItem(found, 1)) : NULL;
    Py_DECREF(found);
    return parts;
}

/* The parts of the word type (``key``, ``piece``): ``types``'s, else made (see type_parts); indexed in
 * ``by_piece`` when ``types`` holds them. A new reference, or NULL with an exception set. */
static PyObject *parts_of_type(PyObject *types, PyObject *by_piece, PyObject *new_type, PyObject *maker,
                               PyObject *key, PyObject *piece) {
    PyObject *pair = PyTuple_Pack(2, key, piece);
    PyObject *parts = pair == NULL ? NULL : PyDict_GetItemWithError(types, pair);
    if (parts != NULL) {
        parts = Py_NewRef(parts);
    } else if (pair != NULL && !PyErr_Occurred()) {
        parts = maker != Py_None && PyUnicode_Check(key) && PyUnicode_Check(piece)
                ? made_type(types, maker, pair, key, piece)
                : PyObject_CallFunctionObjArgs(new_type, key, piece, NULL);
    }
    PyObject *held = parts == NULL || !PyUnicode_CheckExact(piece) ? NULL : PyDict_GetItemWithError(types, pair);
    PyObject *entry = held == NULL ? NULL : PyTuple_Pack(2, key, held);
    if (parts != NULL && (PyErr_Occurred() || (entry != NULL && PyDict_SetItem(by_piece, piece, entry) < 0))) {
        Py_CLEAR(parts);
    }
    Py_XDECREF(entry);
    Py_XDECREF(pair);
    return parts;
}

static PyObject *type_parts(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 6 || !PyDict_Check(args[0]) || !PyDict_Check(args[1]) || !PyList_Check(args[2])
            || !PyList_Check(args[3]) || PyList_Size(args[2]) != PyList_Size(args[3])
            || !(args[5] == Py_None || (PyTuple_Check(args[5]) && PyTuple_Size(args[5]) == 8
                                        && type_arguments(PyTuple_GetItem(args[5], 0), PyTuple_GetItem(args[5], 1),
                                                          PyTuple_GetItem(args[5], 2)) != NULL
                                        && PyDict_Check(PyTuple_GetItem(args[5], 4))))) {
        PyErr_Clear();
        PyErr_SetString(PyExc_TypeError, "type_parts(types: dict, by_piece: dict, keys: list, pieces: list (as "
                                         "long), new_type, maker: None | (table, classes, analyses, neighbours, "
                                         "by_cluster, lent, zero, limit))");
        return NULL;
    }
    /* Tuples of the lists, taken once: the callbacks below run Python code, which may change the lists,
     * and a borrowed item of a list may die with its slot. */
    PyObject *keys = PySequence_Tuple(args[2]), *pieces = keys == NULL ? NULL : PySequence_Tuple(args[3]);
    Py_ssize_t count = pieces == NULL ? 0 : PyTuple_Size(keys);
    PyObject *found = pieces == NULL ? NULL : PyList_New(count);
    for (Py_ssize_t k = 0; found != NULL && k < count; k++) {
        PyObject *key = PyTuple_GetItem(keys, k), *piece = PyTuple_GetItem(pieces, k);
        PyObject *parts = PyUnicode_CheckExact(piece) ? parts_by_piece(args[1], key, piece) : NULL;
        if (parts == NULL && !PyErr_Occurred()) {
            parts = parts_of_type(args[0], args[1], args[4], args[5], key, piece);
        }
        if (parts == NULL) {
            Py_CLEAR(found);
        } else {
            PyList_SetItem(found, k, parts); /* a new list's item: cannot fail */
        }
    }
    Py_XDECREF(keys);
    Py_XDECREF(pieces);
    return found;
}
