/* The definition of a compiled module that keeps no state of its own (persianews/native.py: every source's digest
 * covers this folder). Shared by several compiled modules. */
#ifndef PERSIANEWS_STATELESS_MODULE_H
#define PERSIANEWS_STATELESS_MODULE_H

/* Sets the module's SOURCE_SHA256 (setup.py defines it when it compiles the source): 0, or -1 with an exception. */
static int add_source_digest(PyObject *module) {
    return PyModule_AddStringConstant(module, "SOURCE_SHA256", SOURCE_SHA256);
}

/* The module ``NAME`` (an identifier: ``_words_native``) with its docstring, its table of functions (or NULL) and
 * the function that runs when it loads (``add_source_digest``, or one that ends with it): its slots, its
 * definition (multi-phase initialisation, no state) and its ``PyInit_NAME``. */
#define STATELESS_MODULE(NAME, DOC, METHODS, EXEC)                                                   \
    static PyModuleDef_Slot module_slots[] = {                                                       \
        {Py_mod_exec, (void *)(EXEC)},                                                               \
        {0, NULL},                                                                                   \
    };                                                                                               \
    static struct PyModuleDef module_definition = {                                                  \
        PyModuleDef_HEAD_INIT, #NAME, DOC, 0, METHODS, module_slots, NULL, NULL, NULL,               \
    };                                                                                               \
    PyMODINIT_FUNC PyInit_##NAME(void) {                                                             \
        return PyModuleDef_Init(&module_definition);                                                 \
    }

#endif
