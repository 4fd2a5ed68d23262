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
 * word_shape(classes, text) -> str | None: tagger_features.word_shape(text), reading each character's class
 *   from ``classes`` (tagger_features.shape_classes(): a 16-bit code unit per code point below its length),
 *   runs collapsed; None when a character lies beyond the table (the Python twin's then).
 * lent_sums(table, plain, coarse) -> tuple: the summed weights (as table_sum's, None for none known) of the
 *   four feature groups of tagger_features.lent_features(plain, coarse): ``w-2=plain``; ``w-1=plain``,
 *   ``c-1=coarse``; ``w+1=plain``, ``c+1=coarse``; ``w+2=plain`` (``coarse`` None: no cluster features).
 * type_sum(table, classes, analyses, key, plain, text) -> (bytes | None, str): FeatureParts._own of
 *   tagger_features.py with the lexicon features and the clusters (EmissionScorer's compiled path): the
 *   sum of form_features(plain, text) (the shape as word_shape reads it, from ``classes``, or by the
 *   Python word_shape in ``analyses`` for a character beyond them), then lexical_features(key, plain)
 *   (each word analysis read from ``analyses``, tagger_features.type_analyses(), in the twin's order),
 *   then ``c=``/``cf=`` of the word's clusters; and its coarse cluster ("-" for none).
 * type_parts(types, by_piece, keys, pieces, new_type, maker) -> list: FeatureParts._type_parts of every
 *   token: the parts of each token's word type, ``types[(key, piece)]``, else new_type(key, piece)'s (which
 *   caches them) or, with ``maker`` (table, classes, analyses, neighbours, by_cluster, lent, zero, limit),
 *   the twin of EmissionScorer._new_type made here: the type_sum of its own features (``zero`` for None),
 *   then the lent_sums of a word of ``neighbours`` (``zero`` for None), else ``by_cluster[coarse]`` or
 *   lent(plain, coarse); stored in ``types`` while it holds fewer than ``limit``. ``by_piece`` (a dict,
 *   filled here) indexes ``types`` by the piece alone, ``by_piece[piece] = (key, parts)`` for the last
 *   type of that piece found in ``types``: a token whose key is that one takes its parts with one look-up
 *   of its piece (no (key, piece) pair made, hashed and compared: about half the time); it holds no more
 *   entries than ``types``, and no parts ``types`` did not hold.
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
 * tag_document(weights, bos, eos, types, matches, phrase_parts, new_phrase, rules, rule_parts, new_rule,
 *   ranges) -> list[list[int]]: EmissionScorer.document_labels of tagger_scores.py, the compiled twin of
 *   decode_window(EmissionScorer.window(...)) for every (start, end) of ``ranges`` (crf_native_parts/document.h):
 *   each token's word type's five vectors from ``types`` (a tuple per token of the document), the lexicon
 *   phrases over each sentence read off ``matches`` (TokenMatches.reads, or None) as
 *   TokenMatches.starting gives them, their parts by the
 *   identity of their entries (``phrase_parts``, else new_phrase(entries)), and each token's rule tags'
 *   parts (``rule_parts``, else new_rule(tags); ``rules`` None: none), gathered into each token's context
 *   vector in the order FeatureParts._add_context gathers them, summed with the type vectors as
 *   decode_window sums them and decoded. Linear in the tokens and the phrases.
 *
 * SOURCE_SHA256, the digest of this file and its parts (given by setup.py when it compiles them), lets crf_native.py
 * refuse a binary built from another version of this source.
 */

#include <Python.h> /* setup.py defines PY_SSIZE_T_CLEAN, Py_LIMITED_API and SOURCE_SHA256 */

#include <stdint.h>
#include <string.h>


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

/* Add the ``width`` doubles packed at ``data`` to ``sums``, or store them there when ``first``. */
static void add_packed(const char *data, Py_ssize_t width, double *sums, int first) {
    for (Py_ssize_t j = 0; j < width; j++) {
        double value;
        memcpy(&value, data + j * (Py_ssize_t)sizeof(double), sizeof(double));
        sums[j] = first ? value : sums[j] + value;
    }
}

/* Add the ``width`` doubles packed in ``vector`` to ``sums``, or store them there when ``first``; 0 on
 * success, -1 with an exception set. */
static int add_vector(PyObject *vector, Py_ssize_t width, double *sums, int first) {
    const char *data = packed(vector, width);
    if (data == NULL) {
        return -1;
    }
    add_packed(data, width, sums, first);
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

/* Into ``sums``, the sum of the word types' parts that token ``t`` of a window of ``length`` tokens
 * starting at item ``first`` of ``types`` gets (see decode_window, without the context); 0, or -1 with an
 * exception set. */
static int type_scores(PyObject *types, Py_ssize_t first, PyObject *bos, PyObject *eos, Py_ssize_t length,
                       Py_ssize_t t, Py_ssize_t width, double *sums) {
    Py_ssize_t at = first + t;
    if (add_part(types, at, 0, width, sums, 1) < 0
            || (t >= 2 && add_part(types, at - 2, 1, width, sums, 0) < 0)
            || (t >= 1 ? add_part(types, at - 1, 2, width, sums, 0) : add_vector(bos, width, sums, 0)) < 0
            || (t + 1 < length ? add_part(types, at + 1, 3, width, sums, 0) : add_vector(eos, width, sums, 0)) < 0
            || (t + 2 < length && add_part(types, at + 2, 4, width, sums, 0) < 0)) {
        return -1;
    }
    return 0;
}

/* The scores of token ``t`` of ``length`` into ``sums`` (see decode_window); 0, or -1 with an exception. */
static int window_scores(PyObject *types, PyObject *context, PyObject *bos, PyObject *eos, Py_ssize_t length,
                         Py_ssize_t t, Py_ssize_t width, double *sums) {
    if (type_scores(types, 0, bos, eos, length, t, width, sums) < 0) {
        return -1;
    }
    return add_vector(item_of(context, t), width, sums, 0);
}

/* The Viterbi labels (a new list) of the ``length`` tokens whose scores by label are ``emissions``
 * (``length`` rows of ``width`` doubles, length > 0) under the transition ``weights`` (see decode_window);
 * NULL with an exception set. */
static PyObject *best_path(const double *weights, Py_ssize_t width, const double *emissions, Py_ssize_t length) {
    PyObject *result = NULL;
    double *scores = PyMem_Malloc(sizeof(double) * (size_t)width * 2);
    unsigned int *pointers = PyMem_Malloc(sizeof(unsigned int) * (size_t)width * (size_t)length);
    if (scores == NULL || pointers == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    double *best = scores, *next = scores + width;
    memcpy(best, emissions, sizeof(double) * (size_t)width);
    for (Py_ssize_t t = 1; t < length; t++) {
        const double *sums = emissions + t * width;
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

static PyObject *viterbi(const double *weights, Py_ssize_t width, PyObject *types, PyObject *context,
                         PyObject *bos, PyObject *eos, Py_ssize_t length) {
    double *emissions = PyMem_Malloc(sizeof(double) * (size_t)width * (size_t)length);
    if (emissions == NULL) {
        return PyErr_NoMemory();
    }
    PyObject *result = NULL;
    Py_ssize_t t = 0;
    while (t < length && window_scores(types, context, bos, eos, length, t, width, emissions + t * width) == 0) {
        t++;
    }
    if (t == length) {
        result = best_path(weights, width, emissions, length);
    }
    PyMem_Free(emissions);
    return result;
}

/* A copy of the transition weights packed in ``matrix`` (bytes of a square matrix of doubles, see
 * decode_window) with their number of labels in ``*width``, or NULL with an exception set. */
static double *transition_weights(PyObject *matrix, Py_ssize_t *width) {
    if (!PyBytes_Check(matrix)) {
        PyErr_SetString(PyExc_TypeError, "the transition weights must be bytes");
        return NULL;
    }
    Py_ssize_t size = PyBytes_Size(matrix);
    *width = 0;
    while ((*width + 1) * (*width + 1) * (Py_ssize_t)sizeof(double) <= size) {
        (*width)++;
    }
    if (*width == 0 || *width * *width * (Py_ssize_t)sizeof(double) != size) {
        PyErr_SetString(PyExc_ValueError, "the weights must be a square matrix of doubles");
        return NULL;
    }
    double *weights = PyMem_Malloc((size_t)size);
    if (weights == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    memcpy(weights, PyBytes_AsString(matrix), (size_t)size);
    return weights;
}

static PyObject *decode_window(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    (void)module;
    if (nargs != 5) {
        PyErr_SetString(PyExc_TypeError, "decode_window(weights: bytes, types, context, bos, eos)");
        return NULL;
    }
    PyObject *types = args[1], *context = args[2];
    Py_ssize_t length = length_of(types);
    if (length < 0 || length_of(context) != length) {
        PyErr_SetString(PyExc_ValueError, "the word types' parts and the context vectors: a list or tuple each, "
                                          "one item per token");
        return NULL;
    }
    Py_ssize_t width;
    double *weights = transition_weights(args[0], &width);
    if (weights == NULL) {
        return NULL;
    }
    PyObject *result = length == 0 ? PyList_New(0) : viterbi(weights, width, types, context, args[3], args[4], length);
    PyMem_Free(weights);
    return result;
}

#include "crf_native_parts/weight_table.h"
#include "crf_native_parts/document.h"
#include "crf_native_parts/word_parts.h"
#include "crf_native_parts/type_sum.h"

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
    {"word_shape", (PyCFunction)(void (*)(void))word_shape, METH_FASTCALL,
     "word_shape(classes, text) -> tagger_features.word_shape(text), or None for a character beyond classes."},
    {"lent_sums", (PyCFunction)(void (*)(void))lent_sums, METH_FASTCALL,
     "lent_sums(table, plain, coarse) -> the summed weights (packed, or None) a word lends its four neighbours."},
    {"type_sum", (PyCFunction)(void (*)(void))type_sum, METH_FASTCALL,
     "type_sum(table, classes, analyses, key, plain, text) -> (a word type's own summed weights, or None; "
     "its coarse cluster)."},
    {"type_parts", (PyCFunction)(void (*)(void))type_parts, METH_FASTCALL,
     "type_parts(types, by_piece, keys, pieces, new_type, maker) -> each token's word type's parts."},
    {"tag_document", (PyCFunction)(void (*)(void))tag_document, METH_FASTCALL,
     "tag_document(weights, bos, eos, types, matches, phrase_parts, new_phrase, rules, rule_parts, new_rule, "
     "ranges) -> the label indexes of every range's best sequence."},
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
