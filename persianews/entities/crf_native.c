/* The entity tagger's optional compiled parts (module persianews.entities._crf_native), each the same
 * float operations in the same order as its pure-Python twin, so the same results. A score vector (one
 * score per label) is a bytes object of native doubles here, a tuple of floats in Python.
 *
 * weight_table(states, width) -> capsule: CrfModel.states (a feature's (label, weight) pairs) as one block:
 *   a hash table from a feature's UTF-8 name to its row of ``width`` weights, zero for the labels it has
 *   none for. Built once per model: the sums below then read one contiguous row per known feature and
 *   make no Python string for the features they write themselves.
 * table_sum(table, features) -> bytes | None: EmissionScorer._vector of tagger_scores.py: the summed
 *   weights of the features by label, adding one known feature's row after the other to zeros. The Python
 *   twin adds only the weights the model holds, starting from +0.0; a sum that starts at +0.0 never
 *   becomes -0.0, so adding a row's +0.0 changes nothing: the sums are the same. None when the model
 *   knows none of the features.
 * word_sum(table, plain, text, shape, affixes, tail) -> bytes | None: the same sum over a word type's own
 *   features, tagger_features.form_features(plain, text) (``shape`` its word_shape(text), ``affixes``
 *   whether it has affix features: plain is not the opaque key) followed by the strings of ``tail``:
 *   ``bias``, ``w=plain``, ``shape=shape``, ``n=text`` when text holds a ZWNJ, the prefixes
 *   ``p1=``..``p3=`` and suffixes ``s1=``..``s4=`` of 1 to 3 and 1 to 4 characters shorter than plain.
 * sum_vectors(vectors) -> bytes: EmissionScorer._sum: their sum, label by label, left to right.
 * decode_window(weights, types, context, bos, eos) -> list[int]: CrfDecoder.decode_window of
 *   crf_decoder.py: the Viterbi labels of a sentence whose token t scores, label by label,
 *   types[t][0] + types[t-2][1] + types[t-1][2] + types[t+1][3] + types[t+2][4] + context[t], left to
 *   right, with ``bos`` for types[-1][2], ``eos`` for types[n][3] and nothing for the other vectors
 *   outside the sentence (the Python passes add zeros there: the same sums). The best arrival at label j
 *   is the first predecessor i (in label order) of the highest best[i] + weight(i -> j), plus the
 *   token's score; the last label is the first of the highest final score, and the pointers are followed
 *   back from it. ``weights`` holds the transition weights as native doubles, weights[j * width + i]
 *   for label j after label i. Linear in the number of tokens, quadratic in the number of labels.
 *
 * SOURCE_SHA256, the digest of this file (given by setup.py when it compiles it), lets crf_native.py
 * refuse a binary built from another version of this source.
 */

#define PY_SSIZE_T_CLEAN
#ifndef Py_LIMITED_API
#define Py_LIMITED_API 0x030B0000 /* the stable ABI of Python 3.11: one binary for 3.11 and later */
#endif
#include <Python.h>

#include <stdint.h>
#include <string.h>

#ifndef SOURCE_SHA256
#define SOURCE_SHA256 ""
#endif

/* The length of ``sequence`` when it is a tuple or a list, else -1 (no exception set). */
static Py_ssize_t length_of(PyObject *sequence) {
    if (PyTuple_Check(sequence)) {
        return PyTuple_Size(sequence);
    }
    return PyList_Check(sequence) ? PyList_Size(sequence) : -1;
}

/* Item ``index`` of ``sequence`` (a tuple or a list; borrowed), or NULL with an exception set. */
static PyObject *item_of(PyObject *sequence, Py_ssize_t index) {
    return PyTuple_Check(sequence) ? PyTuple_GetItem(sequence, index) : PyList_GetItem(sequence, index);
}

/* The ``width`` doubles packed in ``vector`` (bytes), or NULL with an exception set. */
static const char *packed(PyObject *vector, Py_ssize_t width) {
    char *data;
    Py_ssize_t size;
    if (vector == NULL || PyBytes_AsStringAndSize(vector, &data, &size) < 0) {
        return NULL;
    }
    if (size != width * (Py_ssize_t)sizeof(double)) {
        PyErr_Format(PyExc_ValueError, "every score vector must pack %zd doubles", width);
        return NULL;
    }
    return data;
}

/* Add the ``width`` doubles packed in ``vector`` to ``sums``, or store them there when ``first``; 0 on
 * success, -1 with an exception set. */
static int add_vector(PyObject *vector, Py_ssize_t width, double *sums, int first) {
    const char *data = packed(vector, width);
    if (data == NULL) {
        return -1;
    }
    for (Py_ssize_t j = 0; j < width; j++) {
        double value;
        memcpy(&value, data + j * (Py_ssize_t)sizeof(double), sizeof(double));
        sums[j] = first ? value : sums[j] + value;
    }
    return 0;
}

/* Add part ``part`` of the word type of token ``t`` (a tuple of five vectors) to ``sums`` (or store it
 * there when ``first``); 0, or -1 with an exception set. */
static int add_part(PyObject *types, Py_ssize_t t, Py_ssize_t part, Py_ssize_t width, double *sums, int first) {
    PyObject *parts = item_of(types, t);
    if (parts == NULL) {
        return -1;
    }
    if (!PyTuple_Check(parts) || PyTuple_Size(parts) != 5) {
        PyErr_SetString(PyExc_ValueError, "every word type's parts must be a tuple of five vectors");
        return -1;
    }
    return add_vector(PyTuple_GetItem(parts, part), width, sums, first);
}

/* The scores of token ``t`` of ``length`` into ``sums`` (see decode_window); 0, or -1 with an exception. */
static int window_scores(PyObject *types, PyObject *context, PyObject *bos, PyObject *eos, Py_ssize_t length,
                         Py_ssize_t t, Py_ssize_t width, double *sums) {
    if (add_part(types, t, 0, width, sums, 1) < 0
            || (t >= 2 && add_part(types, t - 2, 1, width, sums, 0) < 0)
            || (t >= 1 ? add_part(types, t - 1, 2, width, sums, 0) : add_vector(bos, width, sums, 0)) < 0
            || (t + 1 < length ? add_part(types, t + 1, 3, width, sums, 0) : add_vector(eos, width, sums, 0)) < 0
            || (t + 2 < length && add_part(types, t + 2, 4, width, sums, 0) < 0)) {
        return -1;
    }
    return add_vector(item_of(context, t), width, sums, 0);
}

static PyObject *viterbi(const double *weights, Py_ssize_t width, PyObject *types, PyObject *context,
                         PyObject *bos, PyObject *eos, Py_ssize_t length) {
    PyObject *result = NULL;
    double *scores = PyMem_Malloc(sizeof(double) * (size_t)width * 3);
    unsigned int *pointers = PyMem_Malloc(sizeof(unsigned int) * (size_t)width * (size_t)length);
    if (scores == NULL || pointers == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    double *best = scores, *next = scores + width, *sums = scores + 2 * width;
    if (window_scores(types, context, bos, eos, length, 0, width, best) < 0) {
        goto done;
    }
    for (Py_ssize_t t = 1; t < length; t++) {
        if (window_scores(types, context, bos, eos, length, t, width, sums) < 0) {
            goto done;
        }
        unsigned int *from = pointers + t * width;
        for (Py_ssize_t j = 0; j < width; j++) {
            const double *column = weights + j * width;
            double arrival = best[0] + column[0];
            unsigned int predecessor = 0;
            for (Py_ssize_t i = 1; i < width; i++) {
                double score = best[i] + column[i];
                if (score > arrival) {
                    arrival = score;
                    predecessor = (unsigned int)i;
                }
            }
            next[j] = arrival + sums[j];
            from[j] = predecessor;
        }
        double *swap = best;
        best = next;
        next = swap;
    }
    unsigned int label = 0;
    for (Py_ssize_t j = 1; j < width; j++) {
        if (best[j] > best[label]) {
            label = (unsigned int)j;
        }
    }
    result = PyList_New(length);
    if (result == NULL) {
        goto done;
    }
    for (Py_ssize_t t = length - 1; t >= 0; t--) {
        PyObject *index = PyLong_FromUnsignedLong(label);
        if (index == NULL) {
            Py_CLEAR(result);
            goto done;
        }
        PyList_SetItem(result, t, index); /* a new list's item: cannot fail */
        if (t) {
            label = pointers[t * width + label];
        }
    }
done:
    PyMem_Free(scores);
    PyMem_Free(pointers);
    return result;
}

static PyObject *decode_window(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 5 || !PyBytes_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "decode_window(weights: bytes, types, context, bos, eos)");
        return NULL;
    }
    Py_ssize_t size = PyBytes_Size(args[0]);
    Py_ssize_t width = 0;
    while ((width + 1) * (width + 1) * (Py_ssize_t)sizeof(double) <= size) {
        width++;
    }
    if (width == 0 || width * width * (Py_ssize_t)sizeof(double) != size) {
        PyErr_SetString(PyExc_ValueError, "the weights must be a square matrix of doubles");
        return NULL;
    }
    PyObject *types = args[1], *context = args[2];
    Py_ssize_t length = length_of(types);
    if (length < 0 || length_of(context) != length) {
        PyErr_SetString(PyExc_ValueError, "the word types' parts and the context vectors: a list or tuple each, "
                                          "one item per token");
        return NULL;
    }
    if (length == 0) {
        return PyList_New(0);
    }
    double *weights = PyMem_Malloc((size_t)size);
    if (weights == NULL) {
        return PyErr_NoMemory();
    }
    memcpy(weights, PyBytes_AsString(args[0]), (size_t)size);
    PyObject *result = viterbi(weights, width, types, context, args[3], args[4], length);
    PyMem_Free(weights);
    return result;
}

/* A model's state weights in one block: an open-addressing hash table (linear probing, FNV-1a over the
 * UTF-8 of the feature name) from a feature's name to its row of ``width`` weights (zero for the labels
 * it has none for). Held by a capsule (TABLE_CAPSULE) that frees it. */
typedef struct {
    uint64_t hash;
    uint32_t offset, length, row, used;
} slot;

typedef struct {
    Py_ssize_t width, mask;
    slot *slots;
    char *names;
    double *rows;
} feature_table;

#define TABLE_CAPSULE "persianews.entities._crf_native.feature_table"

static uint64_t fnv1a(const char *data, Py_ssize_t size) {
    uint64_t hash = 14695981039346656037ULL;
    for (Py_ssize_t k = 0; k < size; k++) {
        hash = (hash ^ (unsigned char)data[k]) * 1099511628211ULL;
    }
    return hash;
}

static void free_table(feature_table *table) {
    if (table != NULL) {
        PyMem_Free(table->slots);
        PyMem_Free(table->names);
        PyMem_Free(table->rows);
        PyMem_Free(table);
    }
}

static void free_capsule(PyObject *capsule) {
    free_table(PyCapsule_GetPointer(capsule, TABLE_CAPSULE));
}

/* The UTF-8 bytes of the string ``text`` (lone surrogates passed through, as crf_model.py reads them) as a
 * new bytes object, or NULL with an exception set. */
static PyObject *utf8_of(PyObject *text) {
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "a feature must be a string");
        return NULL;
    }
    return PyUnicode_AsEncodedString(text, "utf-8", "surrogatepass");
}

/* The row of the feature named by the ``size`` bytes at ``name``, or NULL when the table has none. */
static const double *row_of(const feature_table *table, const char *name, Py_ssize_t size) {
    uint64_t hash = fnv1a(name, size);
    for (Py_ssize_t at = (Py_ssize_t)(hash & (uint64_t)table->mask);; at = (at + 1) & table->mask) {
        const slot *found = table->slots + at;
        if (!found->used) {
            return NULL;
        }
        if (found->hash == hash && found->length == (uint32_t)size
                && memcmp(table->names + found->offset, name, (size_t)size) == 0) {
            return table->rows + (Py_ssize_t)found->row * table->width;
        }
    }
}

/* Add the row of the feature named by the ``size`` bytes at ``name`` to ``*sums`` (allocated, zeros, on
 * the first known feature); 0, or -1 with an exception set. */
static int add_feature(const feature_table *table, const char *name, Py_ssize_t size, double **sums) {
    const double *row = row_of(table, name, size);
    if (row == NULL) {
        return 0;
    }
    if (*sums == NULL && (*sums = PyMem_Calloc((size_t)table->width, sizeof(double))) == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t j = 0; j < table->width; j++) {
        (*sums)[j] += row[j];
    }
    return 0;
}

/* Add the row of the feature ``name`` (nothing when it is not a string); 0, or -1 with an exception set. */
static int add_named(const feature_table *table, PyObject *name, double **sums) {
    if (!PyUnicode_Check(name)) { /* no feature of the model, as the Python twin's states.get finds it */
        return 0;
    }
    PyObject *bytes = utf8_of(name);
    if (bytes == NULL) {
        return -1;
    }
    int status = add_feature(table, PyBytes_AsString(bytes), PyBytes_Size(bytes), sums);
    Py_DECREF(bytes);
    return status;
}

/* Store the feature ``name`` (UTF-8 bytes) with row ``row`` in ``table``, whose slots have room. */
static void store_name(feature_table *table, const char *name, Py_ssize_t size, Py_ssize_t offset, Py_ssize_t row) {
    uint64_t hash = fnv1a(name, size);
    Py_ssize_t at = (Py_ssize_t)(hash & (uint64_t)table->mask);
    while (table->slots[at].used) {
        at = (at + 1) & table->mask;
    }
    table->slots[at] = (slot){hash, (uint32_t)offset, (uint32_t)size, (uint32_t)row, 1};
}

/* Fill the row ``row`` of ``table`` from a feature's (label, weight) pairs (in label order, each label once,
 * as CrfModel holds them), adding each weight to zero as EmissionScorer._vector does; 0, or -1 with an
 * exception set. */
static int fill_row(feature_table *table, Py_ssize_t row, PyObject *pairs) {
    if (!PyTuple_Check(pairs)) {
        PyErr_SetString(PyExc_ValueError, "a feature's weights must be a tuple of (label, weight) pairs");
        return -1;
    }
    double *weights = table->rows + row * table->width;
    Py_ssize_t previous = -1;
    for (Py_ssize_t k = 0; k < PyTuple_Size(pairs); k++) {
        PyObject *pair = PyTuple_GetItem(pairs, k);
        if (!PyTuple_Check(pair) || PyTuple_Size(pair) != 2 || !PyFloat_Check(PyTuple_GetItem(pair, 1))) {
            PyErr_SetString(PyExc_ValueError, "a feature's weights must be a tuple of (label, weight: float) pairs");
            return -1;
        }
        Py_ssize_t label = PyLong_AsSsize_t(PyTuple_GetItem(pair, 0));
        if (label == -1 && PyErr_Occurred()) {
            return -1;
        }
        if (label <= previous || label >= table->width) {
            PyErr_SetString(PyExc_IndexError, "the labels must be within the width, in order, each once");
            return -1;
        }
        previous = label;
        weights[label] += PyFloat_AsDouble(PyTuple_GetItem(pair, 1));
    }
    return 0;
}

static PyObject *weight_table(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 2 || !PyDict_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "weight_table(states: dict, width: int)");
        return NULL;
    }
    Py_ssize_t width = PyLong_AsSsize_t(args[1]);
    if (width == -1 && PyErr_Occurred()) {
        return NULL;
    }
    Py_ssize_t count = PyDict_Size(args[0]), capacity = 8;
    if (width < 1 || count >= (Py_ssize_t)UINT32_MAX / 2) {
        PyErr_SetString(PyExc_ValueError, "the width must be positive and the features fewer than 2**31");
        return NULL;
    }
    while (capacity < 2 * count) {
        capacity *= 2;
    }
    feature_table *table = PyMem_Calloc(1, sizeof(feature_table));
    if (table == NULL) {
        return PyErr_NoMemory();
    }
    table->width = width;
    table->mask = capacity - 1;
    table->slots = PyMem_Calloc((size_t)capacity, sizeof(slot));
    table->rows = PyMem_Calloc((size_t)(count ? count : 1) * (size_t)width, sizeof(double));
    Py_ssize_t used = 0, room = 1024, row = 0, position = 0;
    table->names = PyMem_Malloc((size_t)room);
    if (table->slots == NULL || table->rows == NULL || table->names == NULL) {
        free_table(table);
        return PyErr_NoMemory();
    }
    PyObject *name, *pairs;
    while (PyDict_Next(args[0], &position, &name, &pairs)) {
        PyObject *bytes = utf8_of(name);
        if (bytes == NULL || fill_row(table, row, pairs) < 0) {
            Py_XDECREF(bytes);
            free_table(table);
            return NULL;
        }
        Py_ssize_t size = PyBytes_Size(bytes);
        if (used + size >= (Py_ssize_t)UINT32_MAX) {
            Py_DECREF(bytes);
            free_table(table);
            PyErr_SetString(PyExc_ValueError, "too many feature names");
            return NULL;
        }
        while (used + size > room) {
            room *= 2;
        }
        char *names = PyMem_Realloc(table->names, (size_t)room);
        if (names == NULL) {
            Py_DECREF(bytes);
            free_table(table);
            return PyErr_NoMemory();
        }
        table->names = names;
        memcpy(names + used, PyBytes_AsString(bytes), (size_t)size);
        store_name(table, names + used, size, used, row);
        used += size;
        row++;
        Py_DECREF(bytes);
    }
    PyObject *capsule = PyCapsule_New(table, TABLE_CAPSULE, free_capsule);
    if (capsule == NULL) {
        free_table(table);
    }
    return capsule;
}

/* The summed rows packed as bytes, or None when ``sums`` is NULL (no feature known); frees ``sums``. */
static PyObject *packed_sums(const feature_table *table, double *sums) {
    PyObject *result = sums == NULL ? Py_NewRef(Py_None)
                                    : PyBytes_FromStringAndSize((const char *)sums, table->width * (Py_ssize_t)sizeof(double));
    PyMem_Free(sums);
    return result;
}

static PyObject *table_sum(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    feature_table *table = nargs == 2 ? PyCapsule_GetPointer(args[0], TABLE_CAPSULE) : NULL;
    if (table == NULL) {
        PyErr_Clear();
        PyErr_SetString(PyExc_TypeError, "table_sum(table: a weight_table, features)");
        return NULL;
    }
    PyObject *features = PyObject_GetIter(args[1]);
    if (features == NULL) {
        return NULL;
    }
    double *sums = NULL;
    PyObject *feature;
    while ((feature = PyIter_Next(features)) != NULL) {
        int status = add_named(table, feature, &sums);
        Py_DECREF(feature);
        if (status < 0) {
            break;
        }
    }
    Py_DECREF(features);
    if (PyErr_Occurred()) {
        PyMem_Free(sums);
        return NULL;
    }
    return packed_sums(table, sums);
}

/* The bytes of the first ``count`` characters (code points) of the ``size`` UTF-8 bytes at ``text``. */
static Py_ssize_t head_bytes(const char *text, Py_ssize_t size, Py_ssize_t count) {
    Py_ssize_t at = 0;
    for (; at < size; at++) {
        if (((unsigned char)text[at] & 0xC0) != 0x80 && count-- == 0) {
            break;
        }
    }
    return at;
}

/* Where the last ``count`` characters of the ``size`` UTF-8 bytes at ``text`` begin. */
static Py_ssize_t tail_start(const char *text, Py_ssize_t size, Py_ssize_t count) {
    Py_ssize_t at = size;
    while (at > 0 && count > 0) {
        at--;
        if (((unsigned char)text[at] & 0xC0) != 0x80) {
            count--;
        }
    }
    return at;
}

/* Add the feature ``prefix`` + the ``size`` bytes at ``value``, written into ``buffer`` (room enough). */
static int add_joined(const feature_table *table, char *buffer, const char *prefix, const char *value,
                      Py_ssize_t size, double **sums) {
    size_t head = strlen(prefix);
    memcpy(buffer, prefix, head);
    memcpy(buffer + head, value, (size_t)size);
    return add_feature(table, buffer, (Py_ssize_t)head + size, sums);
}

static const char *const PREFIXES[] = {"p1=", "p2=", "p3="};
static const char *const SUFFIXES[] = {"s1=", "s2=", "s3=", "s4="};

/* word_sum's features of the word form, added in their order; 0, or -1 with an exception set. */
static int add_form(const feature_table *table, const char *plain, Py_ssize_t plain_size, const char *text,
                    Py_ssize_t text_size, const char *shape, Py_ssize_t shape_size, int affixes, double **sums) {
    Py_ssize_t room = plain_size + text_size + shape_size + 16;
    char *buffer = PyMem_Malloc((size_t)room);
    if (buffer == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    int status = add_feature(table, "bias", 4, sums);
    status = status < 0 ? -1 : add_joined(table, buffer, "w=", plain, plain_size, sums);
    status = status < 0 ? -1 : add_joined(table, buffer, "shape=", shape, shape_size, sums);
    for (Py_ssize_t at = 0; status == 0 && at + 2 < text_size; at++) {  /* a ZWNJ, U+200C: E2 80 8C */
        if (memcmp(text + at, "\xe2\x80\x8c", 3) == 0) {
            status = add_joined(table, buffer, "n=", text, text_size, sums);
            break;
        }
    }
    Py_ssize_t characters = 0;
    for (Py_ssize_t at = 0; at < plain_size; at++) {
        characters += ((unsigned char)plain[at] & 0xC0) != 0x80;
    }
    for (Py_ssize_t k = 0; affixes && status == 0 && k < 3 && k < characters - 1; k++) {
        status = add_joined(table, buffer, PREFIXES[k], plain, head_bytes(plain, plain_size, k + 1), sums);
    }
    for (Py_ssize_t k = 0; affixes && status == 0 && k < 4 && k < characters - 1; k++) {
        Py_ssize_t from = tail_start(plain, plain_size, k + 1);
        status = add_joined(table, buffer, SUFFIXES[k], plain + from, plain_size - from, sums);
    }
    PyMem_Free(buffer);
    return status;
}

static PyObject *word_sum(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    feature_table *table = nargs == 6 ? PyCapsule_GetPointer(args[0], TABLE_CAPSULE) : NULL;
    if (table == NULL || !(PyTuple_Check(args[5]) || PyList_Check(args[5]))) {
        PyErr_Clear();
        PyErr_SetString(PyExc_TypeError, "word_sum(table: a weight_table, plain: str, text: str, shape: str, "
                                         "affixes: bool, tail: list | tuple)");
        return NULL;
    }
    int affixes = PyObject_IsTrue(args[4]);
    PyObject *plain = utf8_of(args[1]), *text = plain ? utf8_of(args[2]) : NULL, *shape = text ? utf8_of(args[3]) : NULL;
    double *sums = NULL;
    int status = shape == NULL || affixes < 0 ? -1 :
        add_form(table, PyBytes_AsString(plain), PyBytes_Size(plain), PyBytes_AsString(text), PyBytes_Size(text),
                 PyBytes_AsString(shape), PyBytes_Size(shape), affixes, &sums);
    Py_XDECREF(plain);
    Py_XDECREF(text);
    Py_XDECREF(shape);
    for (Py_ssize_t k = 0; status == 0 && k < length_of(args[5]); k++) {
        status = add_named(table, item_of(args[5], k), &sums);
    }
    if (status < 0) {
        PyMem_Free(sums);
        return NULL;
    }
    return packed_sums(table, sums);
}

static PyObject *sum_vectors(PyObject *module, PyObject *vectors) {
    (void)module;
    Py_ssize_t count = length_of(vectors), width = 0;
    PyObject *first = count > 0 ? item_of(vectors, 0) : NULL;
    char *data;
    if (first == NULL || PyBytes_AsStringAndSize(first, &data, &width) < 0 || width % (Py_ssize_t)sizeof(double)) {
        PyErr_Clear();
        PyErr_SetString(PyExc_ValueError, "sum_vectors: a list or tuple of at least one vector of packed doubles");
        return NULL;
    }
    width /= (Py_ssize_t)sizeof(double);
    double *sums = PyMem_Malloc(sizeof(double) * (size_t)(width ? width : 1));
    if (sums == NULL) {
        return PyErr_NoMemory();
    }
    PyObject *result = NULL;
    for (Py_ssize_t k = 0; k < count; k++) {
        if (add_vector(item_of(vectors, k), width, sums, k == 0) < 0) {
            goto done;
        }
    }
    result = PyBytes_FromStringAndSize((const char *)sums, width * (Py_ssize_t)sizeof(double));
done:
    PyMem_Free(sums);
    return result;
}

static PyMethodDef methods[] = {
    {"decode_window", (PyCFunction)(void (*)(void))decode_window, METH_FASTCALL,
     "decode_window(weights, types, context, bos, eos) -> the label indexes of the best sequence."},
    {"weight_table", (PyCFunction)(void (*)(void))weight_table, METH_FASTCALL,
     "weight_table(states, width) -> the model's state weights as a table for table_sum and word_sum."},
    {"table_sum", (PyCFunction)(void (*)(void))table_sum, METH_FASTCALL,
     "table_sum(table, features) -> the features' summed weights by label (packed), or None."},
    {"word_sum", (PyCFunction)(void (*)(void))word_sum, METH_FASTCALL,
     "word_sum(table, plain, text, shape, affixes, tail) -> a word type's summed weights (packed), or None."},
    {"sum_vectors", sum_vectors, METH_O, "sum_vectors(vectors) -> their sum (packed), left to right."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_crf_native", "The entity tagger's compiled parts (see crf_native.py).",
    -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__crf_native(void) {
    PyObject *created = PyModule_Create(&module);
    if (created != NULL && PyModule_AddStringConstant(created, "SOURCE_SHA256", SOURCE_SHA256) < 0) {
        Py_CLEAR(created);
    }
    return created;
}
