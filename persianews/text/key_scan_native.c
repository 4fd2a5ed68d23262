/* The key scan's optional compiled part (module persianews.text._key_scan_native): the compiled twin of
 * KeyScanner.python_starts (key_scan.py), giving the same list; the quote cues' finder and the glued-word rule read it.
 *
 * compile_trie(first, count, terminal, letters, targets, inside) -> trie: the keys as a trie
 *   (key_scan.flat_trie: each node's first edge and number of edges, whether a key ends there; each edge's letter
 *   and node, a node's edges in order of their letters) and the letters of U+0600-U+06FF that stand inside a
 *   word (no key starts after one), kept in a capsule.
 * key_starts(trie, text) -> list[int]: every position ``p`` of ``text`` whose character is no letter inside a
 *   word and after which a key's letters follow, any spaces and ZWNJs between two of them (KeyScanner.pattern
 *   tried at every position). One pass over the text; the walk from a position is bounded by the longest key
 *   and the joints between its letters.
 *
 * SOURCE_SHA256, the digest of this file (given by setup.py when it compiles it), lets
 * persianews.native refuse a binary built from another version of this source.
 */

#include <Python.h> /* setup.py defines PY_SSIZE_T_CLEAN, Py_LIMITED_API and SOURCE_SHA256 */

#include "stateless_module.h" /* persianews/native_parts */

#include <stdlib.h>
#include <string.h>

#define CAPSULE_NAME "persianews.text._key_scan_native.trie"
#define BLOCK_START 0x0600
#define BLOCK_SIZE 0x100
#define ZWNJ 0x200C

typedef struct {
    Py_ssize_t nodes, edges;
    Py_ssize_t *first;        /* per node: its first edge */
    Py_ssize_t *count;        /* per node: its number of edges */
    unsigned char *terminal;  /* per node: whether a key ends there (its edges are then never read) */
    Py_UCS4 *letters;         /* per edge: its letter */
    Py_ssize_t *targets;      /* per edge: the node it leads to */
    unsigned char inside[BLOCK_SIZE]; /* per letter of U+0600-U+06FF: whether it stands inside a word */
    Py_ssize_t root[BLOCK_SIZE];      /* per letter of U+0600-U+06FF: the root's node for it, or -1 */
} Trie;

static void free_trie(Trie *trie) {
    if (trie == NULL) {
        return;
    }
    free(trie->first);
    free(trie->count);
    free(trie->terminal);
    free(trie->letters);
    free(trie->targets);
    free(trie);
}

static void destroy_capsule(PyObject *capsule) {
    free_trie((Trie *)PyCapsule_GetPointer(capsule, CAPSULE_NAME));
}

/* The integers of ``list`` (a list of ``size`` ints, each in [0, bound)) into ``out``: 0, or -1 with an
 * exception set. */
static int read_ints(PyObject *list, Py_ssize_t size, Py_ssize_t bound, Py_ssize_t *out) {
    if (!PyList_Check(list) || PyList_Size(list) != size) {
        PyErr_SetString(PyExc_ValueError, "compile_trie: the lists of nodes and edges must have their sizes");
        return -1;
    }
    for (Py_ssize_t i = 0; i < size; i++) {
        Py_ssize_t value = PyLong_AsSsize_t(PyList_GetItem(list, i));
        if (value == -1 && PyErr_Occurred()) {
            return -1;
        }
        if (value < 0 || value >= bound) {
            PyErr_SetString(PyExc_ValueError, "compile_trie: a value out of range");
            return -1;
        }
        out[i] = value;
    }
    return 0;
}

/* The node the edge of ``letter`` leads to from ``node``, or -1 (a node has a few edges: read in turn). */
static Py_ssize_t child(const Trie *trie, Py_ssize_t node, Py_UCS4 letter) {
    Py_ssize_t edge = trie->first[node], end = edge + trie->count[node];
    for (; edge < end; edge++) {
        if (trie->letters[edge] == letter) {
            return trie->targets[edge];
        }
    }
    return -1;
}

static PyObject *compile_trie(PyObject *module, PyObject *args) {
    PyObject *first, *count, *terminal, *letters, *targets, *inside;
    if (!PyArg_ParseTuple(args, "OOOOOU", &first, &count, &terminal, &letters, &targets, &inside)) {
        return NULL;
    }
    if (!PyList_Check(first) || !PyList_Check(letters)) {
        PyErr_SetString(PyExc_TypeError, "compile_trie: lists of ints expected");
        return NULL;
    }
    Trie *trie = calloc(1, sizeof(Trie));
    if (trie == NULL) {
        return PyErr_NoMemory();
    }
    trie->nodes = PyList_Size(first);
    trie->edges = PyList_Size(letters);
    Py_ssize_t nodes = trie->nodes, edges = trie->edges;
    Py_ssize_t *flags = malloc(sizeof(Py_ssize_t) * (size_t)(nodes ? nodes : 1));
    Py_ssize_t *codes = malloc(sizeof(Py_ssize_t) * (size_t)(edges ? edges : 1));
    trie->first = malloc(sizeof(Py_ssize_t) * (size_t)(nodes ? nodes : 1));
    trie->count = malloc(sizeof(Py_ssize_t) * (size_t)(nodes ? nodes : 1));
    trie->terminal = malloc((size_t)(nodes ? nodes : 1));
    trie->letters = malloc(sizeof(Py_UCS4) * (size_t)(edges ? edges : 1));
    trie->targets = malloc(sizeof(Py_ssize_t) * (size_t)(edges ? edges : 1));
    if (flags == NULL || codes == NULL || trie->first == NULL || trie->count == NULL || trie->terminal == NULL
        || trie->letters == NULL || trie->targets == NULL) {
        free(flags);
        free(codes);
        free_trie(trie);
        return PyErr_NoMemory();
    }
    if (nodes == 0 || read_ints(first, nodes, edges + 1, trie->first) < 0
        || read_ints(count, nodes, edges + 1, trie->count) < 0 || read_ints(terminal, nodes, 2, flags) < 0
        || read_ints(letters, edges, 0x110000, codes) < 0 || read_ints(targets, edges, nodes, trie->targets) < 0) {
        if (!PyErr_Occurred()) {
            PyErr_SetString(PyExc_ValueError, "compile_trie: a trie has a root");
        }
        free(flags);
        free(codes);
        free_trie(trie);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < nodes; i++) {
        trie->terminal[i] = (unsigned char)flags[i];
        if (trie->first[i] + trie->count[i] > edges) {
            PyErr_SetString(PyExc_ValueError, "compile_trie: a node's edges run past the last");
            free(flags);
            free(codes);
            free_trie(trie);
            return NULL;
        }
    }
    for (Py_ssize_t i = 0; i < edges; i++) {
        trie->letters[i] = (Py_UCS4)codes[i];
    }
    for (Py_ssize_t i = 0; i < BLOCK_SIZE; i++) {
        trie->root[i] = child(trie, 0, (Py_UCS4)(BLOCK_START + i));
    }
    free(flags);
    free(codes);
    Py_ssize_t length = PyUnicode_GetLength(inside);
    for (Py_ssize_t i = 0; i < length; i++) {
        Py_UCS4 c = PyUnicode_ReadChar(inside, i);
        if (c >= BLOCK_START && c < BLOCK_START + BLOCK_SIZE) {
            trie->inside[c - BLOCK_START] = 1;
        }
    }
    PyObject *capsule = PyCapsule_New(trie, CAPSULE_NAME, destroy_capsule);
    if (capsule == NULL) {
        free_trie(trie);
    }
    return capsule;
}

static PyObject *key_starts(PyObject *module, PyObject *args) {
    PyObject *capsule, *text;
    if (!PyArg_ParseTuple(args, "OU", &capsule, &text)) {
        return NULL;
    }
    const Trie *trie = PyCapsule_GetPointer(capsule, CAPSULE_NAME);
    if (trie == NULL) {
        return NULL;
    }
    Py_ssize_t length = PyUnicode_GetLength(text);
    Py_UCS4 *characters = PyUnicode_AsUCS4Copy(text);
    if (characters == NULL) {
        return NULL;
    }
    PyObject *found = PyList_New(0);
    if (found == NULL) {
        PyMem_Free(characters);
        return NULL;
    }
    for (Py_ssize_t start = 0; start + 1 < length; start++) {
        Py_UCS4 c = characters[start];
        if (c >= BLOCK_START && c < BLOCK_START + BLOCK_SIZE && trie->inside[c - BLOCK_START]) {
            continue;
        }
        Py_UCS4 next = characters[start + 1];
        Py_ssize_t node = next >= BLOCK_START && next < BLOCK_START + BLOCK_SIZE
            ? trie->root[next - BLOCK_START] : child(trie, 0, next);  /* the first letter: most are no key's */
        Py_ssize_t at = start + 2;
        while (node >= 0) {
            if (trie->terminal[node]) {
                PyObject *position = PyLong_FromSsize_t(start);
                if (position == NULL || PyList_Append(found, position) < 0) {
                    Py_XDECREF(position);
                    Py_DECREF(found);
                    PyMem_Free(characters);
                    return NULL;
                }
                Py_DECREF(position);
                break;
            }
            while (at < length && (characters[at] == ' ' || characters[at] == ZWNJ)) {
                at++;
            }
            node = at < length ? child(trie, node, characters[at++]) : -1;
        }
    }
    PyMem_Free(characters);
    return found;
}

static PyMethodDef methods[] = {
    {"compile_trie", compile_trie, METH_VARARGS,
     "compile_trie(first, count, terminal, letters, targets, inside) -> trie (key_scan.flat_trie's lists, and the "
     "letters that stand inside a word)."},
    {"key_starts", key_starts, METH_VARARGS,
     "key_starts(trie, text) -> list[int]: where a key may start (KeyScanner.python_starts)."},
    {NULL, NULL, 0, NULL},
};

STATELESS_MODULE(_key_scan_native, "The key scan's optional compiled part (key_scan_native.c).",
                 methods, add_source_digest)
