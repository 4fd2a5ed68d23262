/* crf_native.c, part: a word type's shape and the parts it lends its neighbours (word_shape, lent_sums).
 * Included by crf_native.c after weight_table.h; not compiled alone. */

/* The most characters of a word its shape reads (tagger_features.SHAPE_CHARACTERS). */
#define SHAPE_CHARACTERS 12

/* The shape of ``text`` (UTF-8 into ``shape``, room for SHAPE_CHARACTERS * 3 bytes) from the 16-bit
 * ``classes`` of ``known`` code points: its length, -2 when a character lies beyond the table, or -1 with
 * an exception set. */
static Py_ssize_t shape_into(const char *classes, Py_ssize_t known, PyObject *text, char *shape) {
    Py_ssize_t length = PyUnicode_GetLength(text), used = 0;
    if (length < 0) {
        return -1;
    }
    uint16_t previous = 0;
    for (Py_ssize_t k = 0; k < length && k < SHAPE_CHARACTERS; k++) {
        Py_UCS4 code = PyUnicode_ReadChar(text, k);
        if (code == (Py_UCS4)-1 && PyErr_Occurred()) {
            return -1;
        }
        if ((Py_ssize_t)code >= known) {
            return -2;
        }
        uint16_t found;
        memcpy(&found, classes + 2 * (Py_ssize_t)code, sizeof found);
        if (found == previous) {
            continue;
        }
        previous = found;
        if (found < 0x80) { /* UTF-8 of a code unit (no surrogates in the table) */
            shape[used++] = (char)found;
        } else if (found < 0x800) {
            shape[used++] = (char)(0xC0 | (found >> 6));
            shape[used++] = (char)(0x80 | (found & 0x3F));
        } else {
            shape[used++] = (char)(0xE0 | (found >> 12));
            shape[used++] = (char)(0x80 | ((found >> 6) & 0x3F));
            shape[used++] = (char)(0x80 | (found & 0x3F));
        }
    }
    return used;
}

static PyObject *word_shape(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    char *classes, shape[SHAPE_CHARACTERS * 3];
    Py_ssize_t size;
    if (nargs != 2 || !PyBytes_Check(args[0]) || !PyUnicode_Check(args[1])
            || PyBytes_AsStringAndSize(args[0], &classes, &size) < 0 || size % 2) {
        PyErr_Clear();
        PyErr_SetString(PyExc_TypeError, "word_shape(classes: bytes of 16-bit code units, text: str)");
        return NULL;
    }
    Py_ssize_t used = shape_into(classes, size / 2, args[1], shape);
    if (used == -2) {
        Py_RETURN_NONE; /* beyond the table: the Python twin's */
    }
    return used < 0 ? NULL : PyUnicode_DecodeUTF8(shape, used, "strict");
}

/* The packed sum of the features ``prefix`` + plain (when ``plain``) and ``cluster_prefix`` + coarse (when
 * ``coarse``), in that order, or None when the model knows neither; NULL with an exception set. */
static PyObject *lent_sum(const feature_table *table, char *buffer, const char *prefix, const char *plain,
                          Py_ssize_t plain_size, const char *cluster_prefix, const char *coarse, Py_ssize_t coarse_size) {
    double *sums = NULL;
    int status = add_joined(table, buffer, prefix, plain, plain_size, &sums);
    if (status == 0 && cluster_prefix != NULL && coarse != NULL) {
        status = add_joined(table, buffer, cluster_prefix, coarse, coarse_size, &sums);
    }
    if (status < 0) {
        PyMem_Free(sums);
        return NULL;
    }
    return packed_sums(table, sums);
}

/* The four packed sums a word lends its neighbours (see lent_sums: None for none known) as a new tuple
 * (``coarse`` a string or None), or NULL with an exception set. */
static PyObject *lent_vectors(const feature_table *table, PyObject *plain_text, PyObject *coarse_text) {
    PyObject *plain_holder = NULL, *coarse_holder = NULL;
    Py_ssize_t plain_size, coarse_size = 0;
    const char *text = utf8_view(plain_text, &plain_size, &plain_holder), *coarse_bytes = NULL;
    if (text == NULL || (coarse_text != Py_None
                         && (coarse_bytes = utf8_view(coarse_text, &coarse_size, &coarse_holder)) == NULL)) {
        Py_XDECREF(plain_holder);
        return NULL;
    }
    PyObject *result = NULL;
    char room[SHORT_NAME], *buffer = joined_buffer(room, "w-2=", plain_size > coarse_size ? plain_size : coarse_size);
    if (buffer != NULL) {
        PyObject *after_2 = lent_sum(table, buffer, "w-2=", text, plain_size, NULL, NULL, 0);
        PyObject *after_1 = after_2 ? lent_sum(table, buffer, "w-1=", text, plain_size, "c-1=", coarse_bytes, coarse_size) : NULL;
        PyObject *before_1 = after_1 ? lent_sum(table, buffer, "w+1=", text, plain_size, "c+1=", coarse_bytes, coarse_size) : NULL;
        PyObject *before_2 = before_1 ? lent_sum(table, buffer, "w+2=", text, plain_size, NULL, NULL, 0) : NULL;
        if (before_2 != NULL) {
            result = PyTuple_Pack(4, after_2, after_1, before_1, before_2);
        }
        Py_XDECREF(after_2);
        Py_XDECREF(after_1);
        Py_XDECREF(before_1);
        Py_XDECREF(before_2);
        if (buffer != room) {
            PyMem_Free(buffer);
        }
    }
    Py_XDECREF(plain_holder);
    Py_XDECREF(coarse_holder);
    return result;
}

static PyObject *lent_sums(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    feature_table *table = nargs == 3 ? PyCapsule_GetPointer(args[0], TABLE_CAPSULE) : NULL;
    if (table == NULL || !PyUnicode_Check(args[1]) || !(args[2] == Py_None || PyUnicode_Check(args[2]))) {
        PyErr_Clear();
        PyErr_SetString(PyExc_TypeError, "lent_sums(table: a weight_table, plain: str, coarse: str | None)");
        return NULL;
    }
    return lent_vectors(table, args[1], args[2]);
}
