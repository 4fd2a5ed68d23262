/* Half-space restoration's compiled analysis core (module persianews.text.zwnj._zwnj_native): the per-word
 * and per-pair decisions of words.py (WordAnalyser) and joints.py (Analyser), each step the same test or the
 * same float operation in the same order as its pure-Python twin, so the same results.
 *
 * analyser(tables, constants, no_kinds, decision_type) -> Analyser: the lexicon handed over once: ``tables`` maps the
 *   names of TABLES below to the lexicon's dicts and sets (copied into one hash table of the words, with
 *   every class and score of a word in its entry), ``constants`` the names of the scores, penalties,
 *   kinds, role flags and codes to their values (lexicon.py and joints.py), ``no_kinds`` is the empty dict
 *   shared by the decisions without boundaries, ``decision_type`` words.Decision.
 * Analyser.decide(form) -> Decision: WordAnalyser._decision.
 * Analyser.word_code(word) -> str: the code of a written word (Analyser._piece_code of a word).
 * Analyser.left_role(form) -> int, Analyser.right_role(form) -> int: Analyser._left_role, _right_role.
 * Analyser.pair_joint((left, right)) -> str | None: Analyser._pair_joint of two restored forms.
 * Analyser.plain_joint((left, right)) -> str | None: Analyser._plain_joint of two written words.
 * Analyser.split_codes(text) -> (pieces, codes): the text split into gaps and words and the codes of its words
 *   (see joints.CODES), as joints.Analyser._split_codes.
 * Analyser.pairs(codes) -> list[int]: the words that may join the word before them, as joints.Analyser._pairs.
 * Every method but word_code, split_codes and pairs caches its results (split_codes the codes of the words, and
 * the restored forms of the words it codes) in two generations as bounded_cache.Memo does; split_codes also keeps
 * the words it met last, each with its str and code, in a fixed table of slots (scan.h).
 *
 * A word is an array of code points here. The analyses of one word are a few dozen look-ups of its
 * slices in the hash table (no Python object is made for them); a set of the positions of the half-spaces
 * a word writes is made as a Python frozenset only where its iteration order matters (the compound
 * splits tried in _inflections), so that ties between splits go as in Python. Each call is linear in the
 * length of its words (at most LONGEST_WORD letters are analysed; the look-ups of a longer word's slices
 * stop at the longest compound head or the longest word of the scores).
 *
 * SOURCE_SHA256, the digest of this file and of its parts in zwnj_native_parts/ (given by setup.py when it
 * compiles them: persianews.native.source_digest), lets persianews refuse a
 * binary built from another version of this source (persianews/native.py).
 */

#include <Python.h> /* setup.py defines PY_SSIZE_T_CLEAN, Py_LIMITED_API and SOURCE_SHA256 */

#include <stdint.h>
#include <string.h>


#define MAX_POSITIONS 64 /* positions of an analysed word (LONGEST_WORD letters and one more) */
#define MAX_BOUNDARIES 128
#define SHORT 8 /* the longest affix letter class or stem tail of a suffix option */
#define MAX_AFFIXES 32
#define WORD_LETTER_LIMIT 0x10000 /* the letters of words are below this (a bit each in Core.word_letters) */
#define ROLE_PAIR_BITS 12 /* a left role and a right role in at most this many bits (Core.joinable_roles) */

/* The classes of a word (Entry.flags), one per set of TABLES. */
enum {
    COMPOUND_FIRST = 1 << 0, EITHER_WORD = 1 << 1, FINITE_VERB = 1 << 2, PRESENT_STEM = 1 << 3,
    INFINITIVE = 1 << 4, PARTICIPLE_HEAD_WORD = 1 << 5, COMPOUND_STEM = 1 << 6, FUNCTION_WORD = 1 << 7,
    DETERMINER = 1 << 8, NUMBER = 1 << 9, NOT_NOUN = 1 << 10, NOT_STEM = 1 << 11, PREFIX_WORD = 1 << 12,
    SOFT_LEFT = 1 << 13, SOFT_RIGHT = 1 << 14, PLURAL_CLITIC = 1 << 15, BOUND_HEAD_WORD = 1 << 16,
    HEAD = 1 << 17, SCORED = 1 << 18, VERB_TAIL = 1 << 19, PARTICIPLE = 1 << 20, SOFT_WORD = 1 << 21,
    COMPOUND_FORM = 1 << 22, SUFFIX_SURFACE = 1 << 23,
};

/* How a table's values go into an entry. */
enum { AS_FLAG, AS_SCORE, AS_VERB_TAIL, AS_PARTICIPLE, AS_FORM, AS_HEAD, AS_LEFT_COUNT, AS_RIGHT_COUNT,
       AS_SOFT, AS_SUFFIXES };

static const struct { const char *name; int how; uint32_t flag; } TABLES[] = {
    {"scores", AS_SCORE, SCORED}, {"compound_forms", AS_FORM, COMPOUND_FORM},
    {"compound_firsts", AS_FLAG, COMPOUND_FIRST}, {"either", AS_FLAG, EITHER_WORD},
    {"verb_tails", AS_VERB_TAIL, VERB_TAIL}, {"finite_verbs", AS_FLAG, FINITE_VERB},
    {"participles", AS_PARTICIPLE, PARTICIPLE}, {"present_stems", AS_FLAG, PRESENT_STEM},
    {"infinitives", AS_FLAG, INFINITIVE}, {"heads", AS_HEAD, HEAD}, {"bound_heads", AS_FLAG, BOUND_HEAD_WORD},
    {"left_compounds", AS_LEFT_COUNT, 0}, {"right_compounds", AS_RIGHT_COUNT, 0},
    {"participle_heads", AS_FLAG, PARTICIPLE_HEAD_WORD}, {"compound_stems", AS_FLAG, COMPOUND_STEM},
    {"function_words", AS_FLAG, FUNCTION_WORD}, {"determiners", AS_FLAG, DETERMINER},
    {"numbers", AS_FLAG, NUMBER}, {"not_nouns", AS_FLAG, NOT_NOUN}, {"not_stems", AS_FLAG, NOT_STEM},
    {"prefix_words", AS_FLAG, PREFIX_WORD}, {"soft_lefts", AS_FLAG, SOFT_LEFT},
    {"soft_rights", AS_FLAG, SOFT_RIGHT}, {"plural_clitics", AS_FLAG, PLURAL_CLITIC},
    {"soft_words", AS_SOFT, SOFT_WORD}, {"suffixes", AS_SUFFIXES, SUFFIX_SURFACE},
};
#define TABLE_COUNT ((int)(sizeof(TABLES) / sizeof(TABLES[0])))

/* A word of the lexicon with everything the tables say of it; its letters are letters[start:start+length]. */
typedef struct {
    uint64_t hash;
    Py_ssize_t start, length;
    uint32_t flags;
    double score, verb_tail, participle;
    long left_compounds, right_compounds;
    int soft_word, bound_head;
    int form_start, form_count; /* the boundaries of its ZWNJ spelling, in positions[] */
    int option_start, option_count; /* its options as a suffix, in options[] */
} Entry;

/* One reading of a suffix (lexicon.Suffix). */
typedef struct {
    char kind;
    double penalty;
    int has_after, after_length, not_after_length, stem_tail_length, has_min_stem_score;
    Py_UCS4 after[SHORT], not_after[SHORT], stem_tail[SHORT];
    double min_stem_score;
    int after_function_word, comparative;
} Option;

/* A list of affixes (VERB_PREFIXES...): each letters[start:start+length]. */
typedef struct { int count; Py_ssize_t start[MAX_AFFIXES], length[MAX_AFFIXES]; } Affixes;

typedef struct { int position; char kind; } Boundary;
typedef struct { double score; int count; Boundary at[MAX_BOUNDARIES]; } Analysis;

/* A bounded cache of one computation, as persianews.text.bounded_cache.Memo: the recent entries, and the older
 * ones that the recent ones replaced when they were MEMO_ENTRIES (an entry found there moves back). */
typedef struct { PyObject *recent, *older; } Cache;

/* The caches of an analyser: what the methods give, by their arguments. */
enum { WORD_CODES, PLAIN_JOINTS, RESTORED_FORMS, DECISIONS, LEFT_ROLES, RIGHT_ROLES, PAIR_JOINTS, CACHE_COUNT };

typedef struct {
    PyObject_HEAD
    Py_UCS4 *letters;
    Py_ssize_t letters_used, letters_size;
    Entry *entries;
    Py_ssize_t entry_count, entry_size;
    uint64_t *slots; /* open addressing: a slot(), 0 for none */
    size_t mask;
    int *positions, positions_used, positions_size;
    Option *options;
    int option_count, option_size;
    Affixes verb_prefixes, verb_prefix_starts, prefix_starts, participle_clitics, copula_clitics, zwnj_suffixes;
    Py_UCS4 suffix_last[MAX_AFFIXES]; /* the last letters of the suffixes, and the lengths of those ending so */
    int suffix_lengths[MAX_AFFIXES][MAX_AFFIXES], suffix_length_count[MAX_AFFIXES], suffix_last_count;
    Py_UCS4 non_joining[MAX_AFFIXES];
    int non_joining_count, max_head_length;
    Py_ssize_t longest_scored; /* the letters of the longest word of scores */
    char prefix, suffix, lexicon_compound, bound_head, free_compound, parted, soft, joined, either;
    char written_kinds[16];
    Py_UCS4 zwnj, heh_yeh, silent_he;
    double attested_word, strong_word, indefinite_penalty, prefix_bi_penalty, plural_perfect_score,
        participle_clitic_score, preverb_penalty, zwnj_suffix_penalty, unknown_stem_score, verb_word_score,
        joined_suffix_penalty, head_score, head_compound_penalty, head_left_min_score, free_compound_penalty,
        free_compound_min_score, free_word, attested_compound;
    long min_compound_part, longest_word, productive_part_compounds;
    long l_word, l_soft, l_prefix, l_determiner, l_first, l_loose, r_word, r_affix, r_soft, r_head, r_free, r_verb;
    long after_indefinite_flag, participle_head_flag, changed_flag, flag_bits, right_codes, left_codes;
    Py_UCS4 near, apart;
    long role_bits, left_role_bits;
    unsigned char joinable_roles[1 << ROLE_PAIR_BITS]; /* JOINABLE_ROLES */
    unsigned char word_letters[WORD_LETTER_LIMIT / 8];
    long memo_entries, memo_key_characters;
    PyObject *no_kinds;
    PyObject *decision_type; /* words.Decision */
    Cache caches[CACHE_COUNT];
    struct WordSlot *word_slots; /* split_codes' words by their letters (scan.h), made on first use */
} Core;

/* Letters of Persian used by the analysis itself. */
#define HEH 0x0647
#define YEH 0x06CC
#define BEH 0x0628
#define NOON 0x0646
#define ALEF 0x0627
#define ALEF_MADDA 0x0622
#define WAW 0x0648
#define GAF 0x06AF
#define TEH 0x062A
#define REH 0x0631

/* The parts, in order (one compilation unit; SOURCE_SHA256 covers them too). */
#include "zwnj_native_parts/table.h"
#include "zwnj_native_parts/lexicon.h"
#include "zwnj_native_parts/words.h"
#include "zwnj_native_parts/inflections.h"
#include "zwnj_native_parts/decisions.h"
#include "zwnj_native_parts/joints.h"
#include "zwnj_native_parts/methods.h"
#include "zwnj_native_parts/scan.h"

/* The characters of ``key``: of a str, or of the strings of a tuple (as Memo counts them). */
static Py_ssize_t size_of(PyObject *key) {
    if (PyUnicode_Check(key)) {
        return PyUnicode_GetLength(key);
    }
    Py_ssize_t size = 0;
    for (Py_ssize_t i = 0; PyTuple_Check(key) && i < PyTuple_Size(key); i++) {
        PyObject *item = PyTuple_GetItem(key, i);
        size += PyUnicode_Check(item) ? PyUnicode_GetLength(item) : 0;
    }
    return size;
}

static PyObject *Core_plain_joint(Core *core, PyObject *pair) {
    return cached(core, &core->caches[PLAIN_JOINTS], pair, size_of(pair), plain_joint);
}

static PyObject *Core_decide(Core *core, PyObject *form) {
    return cached(core, &core->caches[DECISIONS], form, size_of(form), decision_of);
}

static PyObject *Core_left_role(Core *core, PyObject *form) {
    return cached(core, &core->caches[LEFT_ROLES], form, size_of(form), left_role_of);
}

static PyObject *Core_right_role(Core *core, PyObject *form) {
    return cached(core, &core->caches[RIGHT_ROLES], form, size_of(form), right_role_of);
}

static PyObject *Core_pair_joint(Core *core, PyObject *pair) {
    return cached(core, &core->caches[PAIR_JOINTS], pair, size_of(pair), pair_joint_of);
}

static void Core_dealloc(Core *core) {
    PyTypeObject *type = Py_TYPE((PyObject *)core);
    PyMem_Free(core->letters);
    PyMem_Free(core->entries);
    PyMem_Free(core->slots);
    PyMem_Free(core->positions);
    PyMem_Free(core->options);
    release_word_slots(core);
    Py_XDECREF(core->no_kinds);
    Py_XDECREF(core->decision_type);
    for (int cache = 0; cache < CACHE_COUNT; cache++) {
        Py_XDECREF(core->caches[cache].recent);
        Py_XDECREF(core->caches[cache].older);
    }
    freefunc free_slot = (freefunc)PyType_GetSlot(type, Py_tp_free);
    free_slot(core);
    Py_DECREF(type);
}

static PyMethodDef core_methods[] = {
    {"decide", (PyCFunction)Core_decide, METH_O, "decide(form) -> Decision: WordAnalyser._decision (cached)."},
    {"word_code", (PyCFunction)Core_word_code, METH_O, "word_code(word) -> the code of a written word."},
    {"left_role", (PyCFunction)Core_left_role, METH_O, "left_role(form) -> Analyser._left_role (cached)."},
    {"right_role", (PyCFunction)Core_right_role, METH_O, "right_role(form) -> Analyser._right_role (cached)."},
    {"pair_joint", (PyCFunction)Core_pair_joint, METH_O,
     "pair_joint((left, right)) -> Analyser._pair_joint of two restored forms (cached)."},
    {"plain_joint", (PyCFunction)Core_plain_joint, METH_O,
     "plain_joint((left, right)) -> Analyser._plain_joint of two written words (cached)."},
    {"split_codes", (PyCFunction)Core_split_codes, METH_O,
     "split_codes(text) -> (pieces, codes): the text's gaps and words, and the words' codes (cached by word)."},
    {"pairs", (PyCFunction)Core_pairs, METH_O, "pairs(codes) -> the words that may join the word before them."},
    {NULL, NULL, 0, NULL},
};

static PyType_Slot core_slots[] = {
    {Py_tp_dealloc, Core_dealloc},
    {Py_tp_methods, core_methods},
    {Py_tp_doc, "The half-space analysis of one lexicon (see zwnj_native.c)."},
    {0, NULL},
};

static PyType_Spec core_spec = {
    "persianews.text.zwnj._zwnj_native.Analyser", sizeof(Core), 0,
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_DISALLOW_INSTANTIATION, core_slots, /* made by analyser() only */
};

/* The Analyser type made at module init (a strong reference): analyser() allocates from it, not from whatever
 * the module's attribute is bound to now. The module has single-phase init, so one type per process. */
static PyTypeObject *analyser_type;

static PyObject *analyser(PyObject *module, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 4 || !PyDict_Check(args[0]) || !PyDict_Check(args[1]) || !PyDict_Check(args[2])
        || !PyType_Check(args[3]) || !PyType_IsSubtype((PyTypeObject *)args[3], &PyTuple_Type)) {
        PyErr_SetString(PyExc_TypeError,
                        "analyser(tables: dict, constants: dict, no_kinds: dict, decision_type: type[tuple])");
        return NULL;
    }
    (void)module;
    allocfunc alloc = (allocfunc)PyType_GetSlot(analyser_type, Py_tp_alloc);
    Core *core = (Core *)alloc(analyser_type, 0);
    if (core == NULL) {
        return NULL;
    }
    core->no_kinds = args[2];
    Py_INCREF(args[2]);
    core->decision_type = args[3];
    Py_INCREF(args[3]);
    for (int cache = 0; cache < CACHE_COUNT; cache++) {
        core->caches[cache].recent = PyDict_New();
        core->caches[cache].older = PyDict_New();
        if (core->caches[cache].recent == NULL || core->caches[cache].older == NULL) {
            Py_DECREF(core);
            return NULL;
        }
    }
    if (rehash(core, 1 << 16) < 0 || read_constants(core, args[1]) < 0
        || read_scan_constants(core, args[1]) < 0) {
        Py_DECREF(core);
        return NULL;
    }
    for (int table = 0; table < TABLE_COUNT; table++) {
        PyObject *collection = PyDict_GetItemString(args[0], TABLES[table].name);
        if (collection == NULL) {
            PyErr_Format(PyExc_ValueError, "zwnj analyser: table %s is missing", TABLES[table].name);
            Py_DECREF(core);
            return NULL;
        }
        if (read_table(core, table, collection) < 0) {
            Py_DECREF(core);
            return NULL;
        }
    }
    PyObject *lengths = PyDict_GetItemString(args[0], "suffix_lengths");
    if (lengths == NULL || read_suffix_lengths(core, lengths) < 0) {
        if (!PyErr_Occurred()) {
            PyErr_SetString(PyExc_ValueError, "zwnj analyser: table suffix_lengths is missing");
        }
        Py_DECREF(core);
        return NULL;
    }
    for (Py_ssize_t index = 0; index < core->entry_count; index++) {
        const Entry *entry = &core->entries[index];
        if ((entry->flags & HEAD) && entry->length > core->max_head_length) {
            core->max_head_length = (int)entry->length;
        }
        if ((entry->flags & SCORED) && entry->length > core->longest_scored) {
            core->longest_scored = entry->length;
        }
    }
    return (PyObject *)core;
}

static PyMethodDef module_methods[] = {
    {"analyser", (PyCFunction)(void (*)(void))analyser, METH_FASTCALL,
     "analyser(tables, constants, no_kinds, decision_type) -> Analyser: the analysis of one lexicon."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_zwnj_native", "Half-space restoration's compiled analysis (see zwnj/native.py).",
    -1, module_methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__zwnj_native(void) {
    PyObject *result = PyModule_Create(&module);
    if (result == NULL) {
        return NULL;
    }
    PyObject *type = PyType_FromSpec(&core_spec);
    if (type == NULL || PyModule_AddObjectRef(result, "Analyser", type) < 0
        || PyModule_AddStringConstant(result, "SOURCE_SHA256", SOURCE_SHA256) < 0) {
        Py_XDECREF(type);
        Py_DECREF(result);
        return NULL;
    }
    Py_XDECREF((PyObject *)analyser_type);
    analyser_type = (PyTypeObject *)type; /* the reference PyType_FromSpec gave */
    return result;
}
