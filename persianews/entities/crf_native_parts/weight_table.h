/* crf_native.c, part: the weight table and the sums of a word's features (weight_table, table_sum, word_sum). Included by crf_native.c in its place; not compiled alone. */

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

/* The UTF-8 of the string ``text`` (lone surrogates passed through, as utf8_of encodes them), its size in
 * ``*size``: the string's own UTF-8 (kept by the string: no bytes object made per call), or for a string with
 * a lone surrogate, which strict UTF-8 refuses, the data of ``*holder`` (a new bytes object the caller
 * releases; NULL otherwise); NULL with an exception set. */
static const char *utf8_view(PyObject *text, Py_ssize_t *size, PyObject **holder) {
    *holder = NULL;
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "a feature must be a string");
        return NULL;
    }
    const char *data = PyUnicode_AsUTF8AndSize(text, size);
    if (data != NULL || !PyErr_ExceptionMatches(PyExc_UnicodeEncodeError)) {
        return data;
    }
    PyErr_Clear();
    if ((*holder = utf8_of(text)) == NULL) {
        return NULL;
    }
    *size = PyBytes_Size(*holder);
    return PyBytes_AsString(*holder);
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
    PyObject *holder;
    Py_ssize_t size;
    const char *data = utf8_view(name, &size, &holder);
    int status = data == NULL ? -1 : add_feature(table, data, size, sums);
    Py_XDECREF(holder);
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

/* The bytes of a feature name that fit the buffer on the stack of the one who writes it (see joined_buffer). */
#define SHORT_NAME 256

/* Room for the feature ``prefix`` + ``size`` bytes: ``room`` (SHORT_NAME bytes on the caller's stack) when they
 * fit, else a new buffer the caller frees with PyMem_Free (NULL with an exception set when there is no memory). */
static char *joined_buffer(char *room, const char *prefix, Py_ssize_t size) {
    size_t needed = strlen(prefix) + (size_t)size + 1;
    if (needed <= SHORT_NAME) {
        return room;
    }
    char *buffer = PyMem_Malloc(needed);
    if (buffer == NULL) {
        PyErr_NoMemory();
    }
    return buffer;
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
    Py_ssize_t longest = plain_size > text_size ? plain_size : text_size;
    char room[SHORT_NAME], *buffer = joined_buffer(room, "shape=", longest > shape_size ? longest : shape_size);
    if (buffer == NULL) {
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
    if (buffer != room) {
        PyMem_Free(buffer);
    }
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
