/* The segmenter's optional compiled part (module persianews.text._segment_native): the compiled twin of
 * the walk over a text's runs of non-space characters in marked_token_lists (segment.py), giving the
 * same lists.
 *
 * marked_token_lists(text, run_tokens) -> (starts, ends, kinds, pieces, marks) | None: the text is cut
 *   into runs of characters that are not Unicode White_Space (the regex module's \s; the same cut as
 *   segment._SPACES), and each run's tokens are read from ``run_tokens`` (the memo segment._RUN_TOKENS:
 *   a dict subclass, so a hit is one dict look-up and a miss is ``run_tokens[run]``, which computes and
 *   stores them): a kind (str) when the run is one token, else (texts and gaps, kinds, marks) as in
 *   segment.RunTokens. The tokens' starts and ends in the text, kinds and texts, and the indexes of the
 *   punctuation and emoji tokens are gathered run after run; a run of Arabic-script letters (the most
 *   common run) is known to be one word token without a look-up. None when a run's tokens leave some of its
 *   characters out (its value is None): the caller then tokenizes the whole text at once. One pass over
 *   the text and the tokens: linear in the text.
 *
 * SOURCE_SHA256, the digest of this file (given by setup.py when it compiles it), lets
 * persianews.native refuse a binary built from another version of this source.
 */

#include <Python.h> /* setup.py defines PY_SSIZE_T_CLEAN, Py_LIMITED_API and SOURCE_SHA256 */


/* Whether ``c`` is Unicode White_Space (what the regex module's \s matches). */
static int is_space(Py_UCS4 c) {
    if (c <= 0x20) {
        return c == 0x20 || (c >= 0x09 && c <= 0x0D);
    }
    if (c < 0x85) {
        return 0;
    }
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028
        || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/* Whether ``c`` is an Arabic-script letter or mark the token pattern reads as a word character ([\p{L}\p{M}],
 * and not \p{So}): the ranges of U+0600-U+06FF that are. */
static int is_arabic_letter(Py_UCS4 c) {
    return (c >= 0x0620 && c <= 0x065F) || (c >= 0x066E && c <= 0x06D3) || (c >= 0x0610 && c <= 0x061A)
        || (c >= 0x06D5 && c <= 0x06DC) || (c >= 0x06DF && c <= 0x06E8) || (c >= 0x06EA && c <= 0x06EF)
        || (c >= 0x06FA && c <= 0x06FC) || c == 0x06FF;
}

/* Whether ``characters[start:end]`` is one word token, as the token pattern finds it, without asking the
 * pattern: Arabic-script letters and marks, a ZWNJ only right before one of them. No earlier alternative of
 * the pattern can match there (a link, address or handle needs Latin letters, digits or @, a hashtag #, an
 * emoji or a number other characters), and the word alternative takes them all. */
static int is_plain_word(const Py_UCS4 *characters, Py_ssize_t start, Py_ssize_t end) {
    if (!is_arabic_letter(characters[start])) {
        return 0;
    }
    for (Py_ssize_t i = start + 1; i < end; i++) {
        if (!is_arabic_letter(characters[i])
            && !(characters[i] == 0x200C && i + 1 < end && is_arabic_letter(characters[i + 1]))) {
            return 0;
        }
    }
    return 1;
}

/* The module's state: the kind of a word token, kept per module object (not in a static) so that each
 * (sub)interpreter has its own. */
typedef struct {
    PyObject *word;
} ModuleState;

/* The lists being gathered: the tokens' starts, ends, kinds and texts, and the marks' indexes. */
typedef struct {
    PyObject *starts, *ends, *kinds, *pieces, *marks;
} Gathered;

/* Append ``item`` (a new reference, stolen; NULL when its making failed) to ``list``: 0, or -1 with an
 * exception set. */
static int append_new(PyObject *list, PyObject *item) {
    if (item == NULL) {
        return -1;
    }
    int failed = PyList_Append(list, item);
    Py_DECREF(item);
    return failed;
}

/* Append one token (its text ``piece`` borrowed, ``kind`` borrowed) at ``start``: 0, or -1 with an
 * exception set. */
static int add_token(Gathered *out, Py_ssize_t start, Py_ssize_t end, PyObject *kind, PyObject *piece) {
    if (append_new(out->starts, PyLong_FromSsize_t(start)) < 0
        || append_new(out->ends, PyLong_FromSsize_t(end)) < 0) {
        return -1;
    }
    return PyList_Append(out->kinds, kind) < 0 || PyList_Append(out->pieces, piece) < 0 ? -1 : 0;
}

/* Item ``index`` of the tuple ``tuple`` when it is a str (borrowed), else NULL with an exception set. */
static PyObject *str_item(PyObject *tuple, Py_ssize_t index) {
    PyObject *item = PyTuple_GetItem(tuple, index);
    if (item != NULL && !PyUnicode_Check(item)) {
        PyErr_SetString(PyExc_TypeError, "a run's token texts and kinds must be strings");
        return NULL;
    }
    return item;
}

/* Append the tokens of a run of several (``found``: its RunTokens) that starts at ``start``: 0, or -1
 * with an exception set. */
static int add_run_tokens(Gathered *out, PyObject *found, Py_ssize_t start) {
    PyObject *parts, *kinds, *marks;
    if (!PyTuple_Check(found) || PyTuple_Size(found) != 3) {
        PyErr_SetString(PyExc_TypeError, "a run's tokens must be a kind or a (texts, kinds, marks) tuple");
        return -1;
    }
    parts = PyTuple_GetItem(found, 0);
    kinds = PyTuple_GetItem(found, 1);
    marks = PyTuple_GetItem(found, 2);
    if (!PyTuple_Check(parts) || !PyTuple_Check(kinds) || !PyTuple_Check(marks)
        || PyTuple_Size(parts) != 2 * PyTuple_Size(kinds) - 1) {
        PyErr_SetString(PyExc_TypeError, "a run's tokens must be tuples of texts and gaps, kinds and marks");
        return -1;
    }
    PyObject *before = PyLong_FromSsize_t(PyList_Size(out->kinds)); /* the tokens of the runs before */
    if (before == NULL) {
        return -1;
    }
    for (Py_ssize_t i = 0; i < PyTuple_Size(marks); i++) {
        if (append_new(out->marks, PyNumber_Add(before, PyTuple_GetItem(marks, i))) < 0) {
            Py_DECREF(before);
            return -1;
        }
    }
    Py_DECREF(before);
    Py_ssize_t position = start;
    for (Py_ssize_t i = 0; i < PyTuple_Size(parts); i++) {
        PyObject *part = str_item(parts, i);
        if (part == NULL) {
            return -1;
        }
        Py_ssize_t length = PyUnicode_GetLength(part);
        if (i % 2 == 0) {
            PyObject *kind = str_item(kinds, i / 2);
            if (kind == NULL || add_token(out, position, position + length, kind, part) < 0) {
                return -1;
            }
        }
        position += length;
    }
    return 0;
}

/* The tokens of one run (a new reference): ``run_tokens[run]``, or NULL with an exception set. */
static PyObject *tokens_of(PyObject *run_tokens, PyObject *run) {
    PyObject *found = PyDict_GetItemWithError(run_tokens, run);
    if (found != NULL) {
        Py_INCREF(found);
        return found;
    }
    return PyErr_Occurred() ? NULL : PyObject_GetItem(run_tokens, run);
}

/* Gather the tokens of the runs of ``text`` (``characters``: its ``length`` code points) into ``out`` (``word``:
 * the kind of a word token):
 * 1 when every run's tokens were found, 0 when a run's are None, -1 with an exception set. */
static int gather(Gathered *out, PyObject *text, const Py_UCS4 *characters, Py_ssize_t length,
                  PyObject *run_tokens, PyObject *word) {
    Py_ssize_t start = 0;
    while (start < length) {
        if (is_space(characters[start])) {
            start++;
            continue;
        }
        Py_ssize_t end = start + 1;
        while (end < length && !is_space(characters[end])) {
            end++;
        }
        PyObject *run = PyUnicode_Substring(text, start, end);
        if (run == NULL) {
            return -1;
        }
        PyObject *found = is_plain_word(characters, start, end) ? Py_NewRef(word) : tokens_of(run_tokens, run);
        int status = found == NULL ? -1 : found == Py_None ? 0 : 1;
        if (status == 1) {
            status = PyUnicode_Check(found) ? add_token(out, start, end, found, run)
                                            : add_run_tokens(out, found, start);
            status = status < 0 ? -1 : 1;
        }
        Py_XDECREF(found);
        Py_DECREF(run);
        if (status <= 0) {
            return status;
        }
        start = end;
    }
    return 1;
}

static PyObject *marked_token_lists(PyObject *module, PyObject *args) {
    PyObject *text, *run_tokens;
    ModuleState *state = PyModule_GetState(module);
    if (state == NULL || !PyArg_ParseTuple(args, "UO!:marked_token_lists", &text, &PyDict_Type, &run_tokens)) {
        return NULL;
    }
    Py_ssize_t length = PyUnicode_GetLength(text);
    Py_UCS4 *characters = PyUnicode_AsUCS4Copy(text);
    if (characters == NULL) {
        return NULL;
    }
    Gathered out = {PyList_New(0), PyList_New(0), PyList_New(0), PyList_New(0), PyList_New(0)};
    PyObject *result = NULL;
    if (out.starts && out.ends && out.kinds && out.pieces && out.marks) {
        int status = gather(&out, text, characters, length, run_tokens, state->word);
        if (status == 1) {
            result = PyTuple_Pack(5, out.starts, out.ends, out.kinds, out.pieces, out.marks);
        } else if (status == 0) {
            result = Py_NewRef(Py_None);
        }
    }
    PyMem_Free(characters);
    Py_XDECREF(out.starts);
    Py_XDECREF(out.ends);
    Py_XDECREF(out.kinds);
    Py_XDECREF(out.pieces);
    Py_XDECREF(out.marks);
    return result;
}

static PyMethodDef methods[] = {
    {"marked_token_lists", marked_token_lists, METH_VARARGS,
     "marked_token_lists(text, run_tokens) -> (starts, ends, kinds, pieces, marks), or None when a run's "
     "tokens leave some of its characters out (segment.marked_token_lists)."},
    {NULL, NULL, 0, NULL},
};

/* Make the module's constants. */
static int init_module(PyObject *module) {
    ModuleState *state = PyModule_GetState(module);
    if (state == NULL || (state->word = PyUnicode_InternFromString("word")) == NULL) {
        return -1;
    }
    return PyModule_AddStringConstant(module, "SOURCE_SHA256", SOURCE_SHA256);
}

static int traverse_state(PyObject *module, visitproc visit, void *arg) {
    ModuleState *state = PyModule_GetState(module);
    if (state != NULL) {
        Py_VISIT(state->word);
    }
    return 0;
}

static int clear_state(PyObject *module) {
    ModuleState *state = PyModule_GetState(module);
    if (state != NULL) {
        Py_CLEAR(state->word);
    }
    return 0;
}

static void free_state(void *module) {
    clear_state((PyObject *)module);
}

static PyModuleDef_Slot slots[] = {
    {Py_mod_exec, init_module},
    {0, NULL},
};

static struct PyModuleDef module_definition = {
    PyModuleDef_HEAD_INIT, "_segment_native", "The segmenter's optional compiled part (segment_native.c).",
    sizeof(ModuleState), methods, slots, traverse_state, clear_state, free_state,
};

PyMODINIT_FUNC PyInit__segment_native(void) {
    return PyModuleDef_Init(&module_definition);
}
