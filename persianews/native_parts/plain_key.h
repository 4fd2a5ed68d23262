/* Shared by several compiled modules (persianews/native.py: every source's digest covers this folder). */
#ifndef PERSIANEWS_PLAIN_KEY_H
#define PERSIANEWS_PLAIN_KEY_H

/* ``key`` without the separate-word markers U+E000 and U+E001 at its ends (words.plain), a new reference. */
static PyObject *plain_of(PyObject *key) {
    Py_ssize_t start = 0, end = PyUnicode_GetLength(key);
    if (end < 0) {
        return NULL;
    }
    while (start < end && (PyUnicode_ReadChar(key, start) | 1) == 0xE001) {
        start++;
    }
    while (end > start && (PyUnicode_ReadChar(key, end - 1) | 1) == 0xE001) {
        end--;
    }
    return PyUnicode_Substring(key, start, end);
}

#endif
