/* The per-word memos' optional compiled part (module persianews.text._memo_native): the compiled twin of
 * bounded_cache.PythonMemo, the type Memo, with the same results and bounds.
 *
 * Memo(function, max_entries, max_key_characters): a dict subclass holding ``function``'s results by
 *   argument. A hit is dict's own look-up; a miss (__missing__) takes the value from the older generation
 *   (and drops it there) or computes ``function(key)``, then stores it as put does. put(key, value) stores
 *   only a key of at most ``max_key_characters`` characters (a str's length, else the sum of its items'
 *   lengths); when the mapping (the recent generation) holds ``max_entries`` and the key is new, the
 *   mapping is copied into the older generation and emptied first. entries() counts both generations,
 *   clear() empties both. Memory stays bounded by 2 * max_entries entries of bounded keys.
 *   The miss and the store run here without a Python frame: news-dev's first pass misses about half a
 *   million times.
 *
 * The type's fields follow dict's own (at dict.__basicsize__, read when the module is set up), so that the
 * type is a dict for every caller (PyDict_Check; dict's C look-ups).
 *
 * SOURCE_SHA256, the digest of this file (given by setup.py when it compiles it), lets
 * persianews.native refuse a binary built from another version of this source.
 */

#include <Python.h> /* setup.py defines PY_SSIZE_T_CLEAN, Py_LIMITED_API and SOURCE_SHA256 */

#include "stateless_module.h" /* persianews/native_parts */
#include <structmember.h>

#include <stddef.h>

/* A memo's own fields, after dict's. */
typedef struct {
    PyObject *function;
    PyObject *older; /* the older generation: a dict, or NULL before it first has entries */
    Py_ssize_t max_entries;
    Py_ssize_t max_key_characters;
} MemoFields;

/* Where the fields start in an instance: dict's size, rounded up for the pointers (set up by init_module). */
static Py_ssize_t fields_offset;

static MemoFields *fields_of(PyObject *self) {
    return (MemoFields *)((char *)self + fields_offset);
}

/* The number of characters of ``key`` as put counts them (a str's length, else the sum of its items'
 * lengths), or -1 with an exception set. */
static Py_ssize_t key_characters(PyObject *key) {
    if (PyUnicode_CheckExact(key)) {
        return PyUnicode_GetLength(key);
    }
    PyObject *items = PyObject_GetIter(key);
    if (items == NULL) {
        return -1;
    }
    Py_ssize_t total = 0;
    PyObject *item;
    while ((item = PyIter_Next(items)) != NULL) {
        Py_ssize_t size = PyObject_Size(item);
        Py_DECREF(item);
        if (size < 0) {
            Py_DECREF(items);
            return -1;
        }
        total += size;
    }
    Py_DECREF(items);
    return PyErr_Occurred() ? -1 : total;
}

/* Store ``value`` as ``key``'s result within the bounds (PythonMemo.put); 0, or -1 with an exception set. */
static int store(PyObject *self, PyObject *key, PyObject *value) {
    MemoFields *fields = fields_of(self);
    Py_ssize_t size = key_characters(key);
    if (size < 0) {
        return -1;
    }
    if (size > fields->max_key_characters) {
        return 0;
    }
    if (PyDict_Size(self) >= fields->max_entries) {
        int known = PyDict_Contains(self, key);
        if (known < 0) {
            return -1;
        }
        if (!known) { /* a new generation: the recent one becomes the older one */
            PyObject *older = PyDict_Copy(self);
            if (older == NULL) {
                return -1;
            }
            Py_XDECREF(fields->older);
            fields->older = older;
            PyDict_Clear(self);
        }
    }
    return PyDict_SetItem(self, key, value);
}

static PyObject *memo_missing(PyObject *self, PyObject *key) {
    MemoFields *fields = fields_of(self);
    PyObject *value = NULL;
    if (fields->older != NULL && PyDict_Size(fields->older) > 0) {
        value = PyDict_GetItemWithError(fields->older, key);
        if (value != NULL) {
            Py_INCREF(value);
            if (PyDict_DelItem(fields->older, key) < 0) {
                Py_DECREF(value);
                return NULL;
            }
        } else if (PyErr_Occurred()) {
            return NULL;
        }
    }
    if (value == NULL) {
        if (fields->function == NULL) {
            PyErr_SetString(PyExc_TypeError, "a Memo made without its function");
            return NULL;
        }
        value = PyObject_CallFunctionObjArgs(fields->function, key, NULL);
        if (value == NULL) {
            return NULL;
        }
    }
    if (store(self, key, value) < 0) {
        Py_DECREF(value);
        return NULL;
    }
    return value;
}

/* dict's own subscript (set up by init_module): a hit is one look-up, a miss calls the type's __missing__. */
static binaryfunc dict_subscript;

static PyObject *memo_call(PyObject *self, PyObject *args, PyObject *kwargs) {
    if ((kwargs != NULL && PyDict_Size(kwargs) > 0) || PyTuple_Size(args) != 1) {
        PyErr_SetString(PyExc_TypeError, "a memo is called with one argument, its key");
        return NULL;
    }
    return dict_subscript(self, PyTuple_GetItem(args, 0));
}

static PyObject *memo_put(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 2) {
        PyErr_SetString(PyExc_TypeError, "put(key, value)");
        return NULL;
    }
    return store(self, args[0], args[1]) < 0 ? NULL : Py_NewRef(Py_None);
}

static PyObject *memo_entries(PyObject *self, PyObject *unused) {
    (void)unused;
    MemoFields *fields = fields_of(self);
    return PyLong_FromSsize_t(PyDict_Size(self) + (fields->older == NULL ? 0 : PyDict_Size(fields->older)));
}

static PyObject *memo_clear(PyObject *self, PyObject *unused) {
    (void)unused;
    PyDict_Clear(self);
    Py_CLEAR(fields_of(self)->older);
    return Py_NewRef(Py_None);
}

/* Pickled as an empty memo of the same function and bounds (a cache: its entries are not kept). */
static PyObject *memo_reduce(PyObject *self, PyObject *unused) {
    (void)unused;
    MemoFields *fields = fields_of(self);
    return Py_BuildValue("O(Onn)", (PyObject *)Py_TYPE(self), fields->function == NULL ? Py_None : fields->function,
                         fields->max_entries, fields->max_key_characters);
}

static int memo_init(PyObject *self, PyObject *args, PyObject *kwargs) {
    static char *names[] = {"function", "max_entries", "max_key_characters", NULL};
    PyObject *function;
    Py_ssize_t max_entries, max_key_characters;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "Onn:Memo", names, &function, &max_entries,
                                     &max_key_characters)) {
        return -1;
    }
    MemoFields *fields = fields_of(self);
    PyObject *previous = fields->function;
    fields->function = Py_NewRef(function);
    Py_XDECREF(previous);
    Py_CLEAR(fields->older);
    fields->max_entries = max_entries;
    fields->max_key_characters = max_key_characters;
    return 0;
}

static int memo_traverse(PyObject *self, visitproc visit, void *arg) {
    Py_VISIT(Py_TYPE(self)); /* a heap type's instances hold their type */
    Py_VISIT(fields_of(self)->function);
    Py_VISIT(fields_of(self)->older);
    traverseproc dict_traverse = (traverseproc)PyType_GetSlot(&PyDict_Type, Py_tp_traverse);
    return dict_traverse(self, visit, arg);
}

static int memo_clear_references(PyObject *self) {
    Py_CLEAR(fields_of(self)->function);
    Py_CLEAR(fields_of(self)->older);
    inquiry dict_clear = (inquiry)PyType_GetSlot(&PyDict_Type, Py_tp_clear);
    return dict_clear(self);
}

static void memo_dealloc(PyObject *self) {
    PyTypeObject *type = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    Py_CLEAR(fields_of(self)->function);
    Py_CLEAR(fields_of(self)->older);
    destructor dict_dealloc = (destructor)PyType_GetSlot(&PyDict_Type, Py_tp_dealloc);
    dict_dealloc(self); /* frees the object with its type's tp_free */
    Py_DECREF(type);
}

static PyMethodDef memo_methods[] = {
    {"__missing__", (PyCFunction)memo_missing, METH_O, "Compute, store and return a key's result."},
    {"put", (PyCFunction)(void (*)(void))memo_put, METH_FASTCALL,
     "put(key, value): store value as key's result, as a miss does (within the bounds)."},
    {"entries", memo_entries, METH_NOARGS, "The number of entries in both generations."},
    {"clear", memo_clear, METH_NOARGS, "Drop every entry."},
    {"__reduce__", memo_reduce, METH_NOARGS, "An empty memo of the same function and bounds."},
    {NULL, NULL, 0, NULL},
};

/* The members, their offsets set up by init_module. */
static PyMemberDef memo_members[] = {
    {"function", T_OBJECT, 0, READONLY, "The function whose results the memo holds."},
    {"max_entries", T_PYSSIZET, 0, READONLY, "The most entries of a generation."},
    {"max_key_characters", T_PYSSIZET, 0, READONLY, "The longest key stored."},
    {NULL, 0, 0, 0, NULL},
};

/* The slots; the subscript's function is dict's, set up by init_module (its first item). */
static PyType_Slot memo_slots[] = {
    {Py_mp_subscript, NULL},
    {Py_tp_call, memo_call},
    {Py_tp_doc, "A function's results by argument in two bounded generations (bounded_cache.PythonMemo's twin)."},
    {Py_tp_init, memo_init},
    {Py_tp_traverse, memo_traverse},
    {Py_tp_clear, memo_clear_references},
    {Py_tp_dealloc, memo_dealloc},
    {Py_tp_methods, memo_methods},
    {Py_tp_members, memo_members},
    {0, NULL},
};

static PyType_Spec memo_spec = {
    "persianews.text._memo_native.Memo", 0, 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    memo_slots,
};

static int init_module(PyObject *module) {
    PyObject *size = PyObject_GetAttrString((PyObject *)&PyDict_Type, "__basicsize__");
    Py_ssize_t dict_size = size == NULL ? -1 : PyLong_AsSsize_t(size);
    Py_XDECREF(size);
    if (dict_size < 0) {
        return -1;
    }
    Py_ssize_t align = (Py_ssize_t)sizeof(void *);
    fields_offset = (dict_size + align - 1) / align * align;
    memo_members[0].offset = fields_offset + (Py_ssize_t)offsetof(MemoFields, function);
    memo_members[1].offset = fields_offset + (Py_ssize_t)offsetof(MemoFields, max_entries);
    memo_members[2].offset = fields_offset + (Py_ssize_t)offsetof(MemoFields, max_key_characters);
    memo_spec.basicsize = (int)(fields_offset + (Py_ssize_t)sizeof(MemoFields));
    dict_subscript = (binaryfunc)PyType_GetSlot(&PyDict_Type, Py_mp_subscript);
    memo_slots[0].pfunc = (void *)dict_subscript;
    PyObject *type = PyType_FromModuleAndSpec(module, &memo_spec, (PyObject *)&PyDict_Type);
    if (type == NULL || PyModule_AddObjectRef(module, "Memo", type) < 0) {
        Py_XDECREF(type);
        return -1;
    }
    Py_DECREF(type);
    return add_source_digest(module);
}

STATELESS_MODULE(_memo_native, "The per-word memos' optional compiled part (memo_native.c).", NULL, init_module)
