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
 * Analyser.codes(pieces) -> str: the codes of the pieces of a text (see joints.CODES) from its first word to
 *   its last, a gap's NEAR or APART and a word's two characters (word_code); a piece is a word or a gap by its
 *   position (odd: word), as in joints.Analyser._codes.
 * Every method but word_code caches its results (and codes the words' codes and restored forms) in two
 * generations as bounded_cache.Memo does.
 *
 * A word is an array of code points here. The analyses of one word are a few dozen look-ups of its
 * slices in the hash table (no Python object is made for them); a set of the positions of the half-spaces
 * a word writes is made as a Python frozenset only where its iteration order matters (the compound
 * splits tried in _inflections), so that ties between splits go as in Python. Each call is linear in the
 * length of its words (at most LONGEST_WORD letters are analysed; the look-ups of a longer word's slices
 * stop at the longest compound head or the longest word of the scores).
 *
 * SOURCE_SHA256, the digest of this file (given by setup.py when it compiles it), lets persianews refuse a
 * binary built from another version of this source (persianews/native.py).
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

#define MAX_POSITIONS 64 /* positions of an analysed word (LONGEST_WORD letters and one more) */
#define MAX_BOUNDARIES 128
#define SHORT 8 /* the longest affix letter class or stem tail of a suffix option */
#define MAX_AFFIXES 32

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
    long memo_entries, memo_key_characters;
    PyObject *no_kinds;
    PyObject *decision_type; /* words.Decision */
    Cache caches[CACHE_COUNT];
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

/* ---- the hash table of the words ---- */

static uint64_t hash_more(uint64_t hash, const Py_UCS4 *text, Py_ssize_t length) {
    for (Py_ssize_t i = 0; i < length; i++) {
        hash = (hash ^ text[i]) * 1099511628211ULL;
    }
    return hash;
}

#define HASH_START 14695981039346656037ULL

/* The slot of entry ``index``: the high half of its hash (read before the entry), and index + 1. */
static uint64_t slot_of(const Entry *entry, Py_ssize_t index) {
    return (entry->hash >> 32 << 32) | (uint64_t)(index + 1);
}

/* The entry of the word a + b (two pieces, b maybe empty), or NULL. */
static const Entry *find2(const Core *core, const Py_UCS4 *a, Py_ssize_t a_length, const Py_UCS4 *b,
                          Py_ssize_t b_length) {
    uint64_t hash = hash_more(hash_more(HASH_START, a, a_length), b, b_length);
    Py_ssize_t length = a_length + b_length;
    for (size_t slot = (size_t)hash & core->mask;; slot = (slot + 1) & core->mask) {
        uint64_t value = core->slots[slot];
        if (value == 0) {
            return NULL;
        }
        if (value >> 32 != hash >> 32) { /* another word: its entry is not read */
            continue;
        }
        const Entry *entry = &core->entries[(uint32_t)value - 1];
        if (entry->hash == hash && entry->length == length) {
            const Py_UCS4 *letters = core->letters + entry->start;
            if (memcmp(letters, a, (size_t)a_length * sizeof(Py_UCS4)) == 0
                && memcmp(letters + a_length, b, (size_t)b_length * sizeof(Py_UCS4)) == 0) {
                return entry;
            }
        }
    }
}

static const Entry *find(const Core *core, const Py_UCS4 *text, Py_ssize_t length) {
    return find2(core, text, length, NULL, 0);
}

static uint32_t flags_of(const Core *core, const Py_UCS4 *text, Py_ssize_t length) {
    const Entry *entry = find(core, text, length);
    return entry ? entry->flags : 0;
}

static int has(const Core *core, const Py_UCS4 *text, Py_ssize_t length, uint32_t flag) {
    return (flags_of(core, text, length) & flag) != 0;
}

static int grow(void **buffer, Py_ssize_t *size, Py_ssize_t needed, size_t item) {
    if (needed <= *size) {
        return 0;
    }
    Py_ssize_t size_now = *size ? *size : 1024;
    while (size_now < needed) {
        size_now *= 2;
    }
    void *grown = PyMem_Realloc(*buffer, (size_t)size_now * item);
    if (grown == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    *buffer = grown;
    *size = size_now;
    return 0;
}

/* The letters of ``text`` (a str) added to core->letters: their start, or -1 with an exception set. */
static Py_ssize_t store_letters(Core *core, PyObject *text, Py_ssize_t *length) {
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "zwnj analyser: a table holds a key that is no str");
        return -1;
    }
    *length = PyUnicode_GetLength(text);
    Py_ssize_t start = core->letters_used;
    if (grow((void **)&core->letters, &core->letters_size, start + *length + 1, sizeof(Py_UCS4)) < 0) {
        return -1;
    }
    if (*length && PyUnicode_AsUCS4(text, core->letters + start, *length + 1, 0) == NULL) {
        return -1;
    }
    core->letters_used += *length;
    return start;
}

static int rehash(Core *core, size_t slot_count) {
    uint64_t *slots = PyMem_Calloc(slot_count, sizeof(uint64_t));
    if (slots == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t index = 0; index < core->entry_count; index++) {
        size_t slot = (size_t)core->entries[index].hash & (slot_count - 1);
        while (slots[slot]) {
            slot = (slot + 1) & (slot_count - 1);
        }
        slots[slot] = slot_of(&core->entries[index], index);
    }
    PyMem_Free(core->slots);
    core->slots = slots;
    core->mask = slot_count - 1;
    return 0;
}

/* The entry of the word ``key`` (a str), made when it is new; NULL with an exception set. */
static Entry *entry_for(Core *core, PyObject *key) {
    Py_ssize_t length;
    Py_ssize_t start = store_letters(core, key, &length);
    if (start < 0) {
        return NULL;
    }
    const Entry *found = find(core, core->letters + start, length);
    if (found != NULL) {
        core->letters_used = start; /* known: its letters are not kept twice */
        return (Entry *)found;
    }
    if (grow((void **)&core->entries, &core->entry_size, core->entry_count + 1, sizeof(Entry)) < 0) {
        return NULL;
    }
    if ((size_t)(core->entry_count + 1) * 2 > core->mask + 1 && rehash(core, (core->mask + 1) * 2) < 0) {
        return NULL;
    }
    Entry *entry = &core->entries[core->entry_count++];
    memset(entry, 0, sizeof(Entry));
    entry->hash = hash_more(HASH_START, core->letters + start, length);
    entry->start = start;
    entry->length = length;
    entry->bound_head = -1;
    size_t slot = (size_t)entry->hash & core->mask;
    while (core->slots[slot]) {
        slot = (slot + 1) & core->mask;
    }
    core->slots[slot] = slot_of(entry, core->entry_count - 1);
    return entry;
}

/* ---- the lexicon handed over ---- */

static int add_position(Core *core, int position) {
    Py_ssize_t size = core->positions_size;
    if (grow((void **)&core->positions, &size, core->positions_used + 1, sizeof(int)) < 0) {
        return -1;
    }
    core->positions_size = (int)size;
    core->positions[core->positions_used++] = position;
    return 0;
}

/* A short string (at most SHORT letters) into ``letters``; -1 with an exception set. */
static int short_string(PyObject *text, Py_UCS4 *letters, int *length) {
    if (!PyUnicode_Check(text) || PyUnicode_GetLength(text) > SHORT) {
        PyErr_SetString(PyExc_ValueError, "zwnj analyser: a suffix option holds no short str");
        return -1;
    }
    *length = (int)PyUnicode_GetLength(text);
    return *length && PyUnicode_AsUCS4(text, letters, SHORT, 0) == NULL ? -1 : 0;
}

static int kind_of(PyObject *text, char *kind) {
    if (!PyUnicode_Check(text) || PyUnicode_GetLength(text) != 1 || PyUnicode_ReadChar(text, 0) > 127) {
        PyErr_SetString(PyExc_ValueError, "zwnj analyser: a kind is one ASCII letter");
        return -1;
    }
    *kind = (char)PyUnicode_ReadChar(text, 0);
    return 0;
}

/* The suffix options (lexicon.Suffix tuples) of ``entry``. */
static int add_options(Core *core, Entry *entry, PyObject *options) {
    PyObject *sequence = PySequence_Fast(options, "zwnj analyser: suffix options are a sequence");
    if (sequence == NULL) {
        return -1;
    }
    Py_ssize_t count = PySequence_Size(sequence);
    entry->option_start = core->option_count;
    entry->option_count = (int)count;
    for (Py_ssize_t index = 0; index < count; index++) {
        Py_ssize_t size = core->option_size;
        if (grow((void **)&core->options, &size, core->option_count + 1, sizeof(Option)) < 0) {
            Py_DECREF(sequence);
            return -1;
        }
        core->option_size = (int)size;
        Option *option = &core->options[core->option_count++];
        memset(option, 0, sizeof(Option));
        PyObject *item = PySequence_GetItem(sequence, index);
        PyObject *fields = item != NULL ? PySequence_Tuple(item) : NULL;
        Py_XDECREF(item);
        if (fields == NULL || PyTuple_Size(fields) != 8) {
            Py_XDECREF(fields);
            Py_DECREF(sequence);
            if (!PyErr_Occurred()) {
                PyErr_SetString(PyExc_ValueError, "zwnj analyser: a suffix option has 8 fields");
            }
            return -1;
        }
        PyObject *after = PyTuple_GetItem(fields, 2), *minimum = PyTuple_GetItem(fields, 5);
        int failed = kind_of(PyTuple_GetItem(fields, 0), &option->kind) < 0;
        option->penalty = PyFloat_AsDouble(PyTuple_GetItem(fields, 1));
        option->has_after = after != Py_None;
        failed = failed || (option->has_after && short_string(after, option->after, &option->after_length) < 0);
        failed = failed || short_string(PyTuple_GetItem(fields, 3), option->not_after, &option->not_after_length) < 0;
        failed = failed || short_string(PyTuple_GetItem(fields, 4), option->stem_tail, &option->stem_tail_length) < 0;
        option->has_min_stem_score = minimum != Py_None;
        option->min_stem_score = option->has_min_stem_score ? PyFloat_AsDouble(minimum) : 0.0;
        option->after_function_word = PyObject_IsTrue(PyTuple_GetItem(fields, 6));
        option->comparative = PyObject_IsTrue(PyTuple_GetItem(fields, 7));
        Py_DECREF(fields);
        if (failed || PyErr_Occurred()) {
            Py_DECREF(sequence);
            return -1;
        }
    }
    Py_DECREF(sequence);
    return 0;
}

/* The values ``value`` of the key of ``entry`` in a table read as TABLES[table] says. */
static int take(Core *core, Entry *entry, int table, PyObject *value) {
    entry->flags |= TABLES[table].flag;
    switch (TABLES[table].how) {
    case AS_SCORE: entry->score = PyFloat_AsDouble(value); break;
    case AS_VERB_TAIL: entry->verb_tail = PyFloat_AsDouble(value); break;
    case AS_PARTICIPLE: entry->participle = PyFloat_AsDouble(value); break;
    case AS_LEFT_COUNT: entry->left_compounds = PyLong_AsLong(value); break;
    case AS_RIGHT_COUNT: entry->right_compounds = PyLong_AsLong(value); break;
    case AS_SOFT: {
        /* a position of the word: 1 << position must be defined */
        long position = PyLong_AsLong(value);
        if (position == -1 && PyErr_Occurred()) {
            return -1;
        }
        if (position < 0 || position >= MAX_POSITIONS) {
            PyErr_SetString(PyExc_ValueError, "zwnj analyser: a soft word's position is out of range");
            return -1;
        }
        entry->soft_word = (int)position;
        break;
    }
    case AS_HEAD: entry->bound_head = PyObject_IsTrue(value); break;
    case AS_SUFFIXES: return add_options(core, entry, value);
    case AS_FORM: {
        /* the boundaries of the ZWNJ spelling (_boundaries_of): the letters before each ZWNJ */
        if (!PyUnicode_Check(value)) {
            PyErr_SetString(PyExc_TypeError, "zwnj analyser: a compound form is a str");
            return -1;
        }
        entry->form_start = core->positions_used;
        Py_ssize_t length = PyUnicode_GetLength(value);
        int letters = 0;
        for (Py_ssize_t i = 0; i < length; i++) {
            if (PyUnicode_ReadChar(value, i) == core->zwnj) {
                if (add_position(core, letters) < 0) {
                    return -1;
                }
                entry->form_count++;
            } else {
                letters++;
            }
        }
        break;
    }
    default: break;
    }
    return PyErr_Occurred() ? -1 : 0;
}

static int read_table(Core *core, int table, PyObject *collection) {
    if (PyDict_Check(collection)) { /* its items copied: Python code that take() runs may change the dict */
        PyObject *items = PyDict_Items(collection);
        if (items == NULL) {
            return -1;
        }
        for (Py_ssize_t index = 0; index < PyList_Size(items); index++) {
            PyObject *item = PyList_GetItem(items, index);
            Entry *entry = entry_for(core, PyTuple_GetItem(item, 0));
            if (entry == NULL || take(core, entry, table, PyTuple_GetItem(item, 1)) < 0) {
                Py_DECREF(items);
                return -1;
            }
        }
        Py_DECREF(items);
        return 0;
    }
    PyObject *iterator = PyObject_GetIter(collection);
    if (iterator == NULL) {
        return -1;
    }
    PyObject *key;
    while ((key = PyIter_Next(iterator)) != NULL) {
        Entry *entry = entry_for(core, key);
        int failed = entry == NULL || take(core, entry, table, Py_None) < 0;
        Py_DECREF(key);
        if (failed) {
            Py_DECREF(iterator);
            return -1;
        }
    }
    Py_DECREF(iterator);
    return PyErr_Occurred() ? -1 : 0;
}

static int read_affixes(Core *core, PyObject *constants, const char *name, Affixes *affixes) {
    PyObject *tuple = PyDict_GetItemString(constants, name);
    if (tuple == NULL || !PyTuple_Check(tuple) || PyTuple_Size(tuple) > MAX_AFFIXES) {
        PyErr_Format(PyExc_ValueError, "zwnj analyser: constant %s is no tuple of at most %d str", name, MAX_AFFIXES);
        return -1;
    }
    affixes->count = (int)PyTuple_Size(tuple);
    for (int index = 0; index < affixes->count; index++) {
        affixes->start[index] = store_letters(core, PyTuple_GetItem(tuple, index), &affixes->length[index]);
        if (affixes->start[index] < 0) {
            return -1;
        }
    }
    return 0;
}

static int read_number(PyObject *constants, const char *name, double *value) {
    PyObject *item = PyDict_GetItemString(constants, name);
    if (item == NULL) {
        PyErr_Format(PyExc_ValueError, "zwnj analyser: constant %s is missing", name);
        return -1;
    }
    *value = PyFloat_AsDouble(item);
    return *value == -1.0 && PyErr_Occurred() ? -1 : 0;
}

static int read_integer(PyObject *constants, const char *name, long *value) {
    double number;
    if (read_number(constants, name, &number) < 0) {
        return -1;
    }
    *value = (long)number;
    return 0;
}

static int read_letter(PyObject *constants, const char *name, Py_UCS4 *letter) {
    PyObject *item = PyDict_GetItemString(constants, name);
    if (item == NULL || !PyUnicode_Check(item) || PyUnicode_GetLength(item) != 1) {
        PyErr_Format(PyExc_ValueError, "zwnj analyser: constant %s is no letter", name);
        return -1;
    }
    *letter = PyUnicode_ReadChar(item, 0);
    return 0;
}

static int read_kind(PyObject *constants, const char *name, char *kind) {
    PyObject *item = PyDict_GetItemString(constants, name);
    if (item == NULL) {
        PyErr_Format(PyExc_ValueError, "zwnj analyser: constant %s is missing", name);
        return -1;
    }
    return kind_of(item, kind);
}

static int read_constants(Core *core, PyObject *constants) {
    struct { const char *name; double *value; } numbers[] = {
        {"ATTESTED_WORD", &core->attested_word}, {"STRONG_WORD", &core->strong_word},
        {"INDEFINITE_PENALTY", &core->indefinite_penalty}, {"PREFIX_BI_PENALTY", &core->prefix_bi_penalty},
        {"PLURAL_PERFECT_SCORE", &core->plural_perfect_score},
        {"PARTICIPLE_CLITIC_SCORE", &core->participle_clitic_score}, {"PREVERB_PENALTY", &core->preverb_penalty},
        {"ZWNJ_SUFFIX_PENALTY", &core->zwnj_suffix_penalty}, {"UNKNOWN_STEM_SCORE", &core->unknown_stem_score},
        {"VERB_WORD_SCORE", &core->verb_word_score}, {"JOINED_SUFFIX_PENALTY", &core->joined_suffix_penalty},
        {"HEAD_SCORE", &core->head_score}, {"HEAD_COMPOUND_PENALTY", &core->head_compound_penalty},
        {"HEAD_LEFT_MIN_SCORE", &core->head_left_min_score}, {"FREE_COMPOUND_PENALTY", &core->free_compound_penalty},
        {"FREE_COMPOUND_MIN_SCORE", &core->free_compound_min_score}, {"FREE_WORD", &core->free_word},
        {"ATTESTED_COMPOUND", &core->attested_compound},
    };
    for (size_t i = 0; i < sizeof(numbers) / sizeof(numbers[0]); i++) {
        if (read_number(constants, numbers[i].name, numbers[i].value) < 0) {
            return -1;
        }
    }
    struct { const char *name; long *value; } integers[] = {
        {"MIN_COMPOUND_PART", &core->min_compound_part}, {"LONGEST_WORD", &core->longest_word},
        {"PRODUCTIVE_PART_COMPOUNDS", &core->productive_part_compounds}, {"L_WORD", &core->l_word},
        {"L_SOFT", &core->l_soft}, {"L_PREFIX", &core->l_prefix}, {"L_DETERMINER", &core->l_determiner},
        {"L_FIRST", &core->l_first}, {"L_LOOSE", &core->l_loose}, {"R_WORD", &core->r_word},
        {"R_AFFIX", &core->r_affix}, {"R_SOFT", &core->r_soft}, {"R_HEAD", &core->r_head},
        {"R_FREE", &core->r_free}, {"R_VERB", &core->r_verb}, {"AFTER_INDEFINITE", &core->after_indefinite_flag},
        {"PARTICIPLE_HEAD", &core->participle_head_flag}, {"CHANGED", &core->changed_flag},
        {"FLAG_BITS", &core->flag_bits}, {"RIGHT_CODES", &core->right_codes}, {"LEFT_CODES", &core->left_codes},
    };
    for (size_t i = 0; i < sizeof(integers) / sizeof(integers[0]); i++) {
        if (read_integer(constants, integers[i].name, integers[i].value) < 0) {
            return -1;
        }
    }
    if (core->longest_word + 1 >= MAX_POSITIONS) {
        PyErr_SetString(PyExc_ValueError, "zwnj analyser: LONGEST_WORD is too long for this build");
        return -1;
    }
    struct { const char *name; char *kind; } kinds[] = {
        {"PREFIX", &core->prefix}, {"SUFFIX", &core->suffix}, {"LEXICON_COMPOUND", &core->lexicon_compound},
        {"BOUND_HEAD", &core->bound_head}, {"FREE_COMPOUND", &core->free_compound}, {"PARTED", &core->parted},
        {"SOFT", &core->soft}, {"JOINED", &core->joined}, {"EITHER", &core->either},
    };
    for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
        if (read_kind(constants, kinds[i].name, kinds[i].kind) < 0) {
            return -1;
        }
    }
    if (read_integer(constants, "MEMO_ENTRIES", &core->memo_entries) < 0
        || read_integer(constants, "MEMO_KEY_CHARACTERS", &core->memo_key_characters) < 0
        || read_letter(constants, "NEAR", &core->near) < 0 || read_letter(constants, "APART", &core->apart) < 0) {
        return -1;
    }
    if (read_letter(constants, "ZWNJ", &core->zwnj) < 0 || read_letter(constants, "HEH_YEH", &core->heh_yeh) < 0
        || read_letter(constants, "SILENT_HE", &core->silent_he) < 0) {
        return -1;
    }
    PyObject *written = PyDict_GetItemString(constants, "WRITTEN_KINDS");
    PyObject *non_joining = PyDict_GetItemString(constants, "NON_JOINING");
    if (written == NULL || non_joining == NULL || !PyUnicode_Check(written) || !PyUnicode_Check(non_joining)
        || PyUnicode_GetLength(written) >= (Py_ssize_t)sizeof(core->written_kinds)
        || PyUnicode_GetLength(non_joining) > MAX_AFFIXES) {
        PyErr_SetString(PyExc_ValueError, "zwnj analyser: WRITTEN_KINDS and NON_JOINING are short str");
        return -1;
    }
    for (Py_ssize_t i = 0; i < PyUnicode_GetLength(written); i++) {
        core->written_kinds[i] = (char)PyUnicode_ReadChar(written, i);
    }
    core->non_joining_count = (int)PyUnicode_GetLength(non_joining);
    for (int i = 0; i < core->non_joining_count; i++) {
        core->non_joining[i] = PyUnicode_ReadChar(non_joining, i);
    }
    return read_affixes(core, constants, "VERB_PREFIXES", &core->verb_prefixes)
        || read_affixes(core, constants, "VERB_PREFIX_STARTS", &core->verb_prefix_starts)
        || read_affixes(core, constants, "PREFIX_STARTS", &core->prefix_starts)
        || read_affixes(core, constants, "PARTICIPLE_CLITICS", &core->participle_clitics)
        || read_affixes(core, constants, "COPULA_CLITICS", &core->copula_clitics)
        || read_affixes(core, constants, "ZWNJ_SUFFIXES", &core->zwnj_suffixes) ? -1 : 0;
}

/* suffix_lengths (last letter -> increasing lengths of the suffixes ending with it). */
static int read_suffix_lengths(Core *core, PyObject *lengths) {
    if (!PyDict_Check(lengths)) {
        PyErr_SetString(PyExc_TypeError, "zwnj analyser: suffix_lengths is a dict");
        return -1;
    }
    PyObject *items = PyDict_Items(lengths); /* copied: PyLong_AsLong may run Python code that changes the dict */
    if (items == NULL) {
        return -1;
    }
    for (Py_ssize_t item = 0; item < PyList_Size(items); item++) {
        PyObject *key = PyTuple_GetItem(PyList_GetItem(items, item), 0);
        PyObject *value = PyTuple_GetItem(PyList_GetItem(items, item), 1);
        int index = core->suffix_last_count;
        if (index >= MAX_AFFIXES || !PyUnicode_Check(key) || PyUnicode_GetLength(key) != 1 || !PyTuple_Check(value)
            || PyTuple_Size(value) > MAX_AFFIXES) {
            PyErr_SetString(PyExc_ValueError, "zwnj analyser: suffix_lengths maps letters to short tuples");
            Py_DECREF(items);
            return -1;
        }
        core->suffix_last[index] = PyUnicode_ReadChar(key, 0);
        core->suffix_length_count[index] = (int)PyTuple_Size(value);
        for (int i = 0; i < core->suffix_length_count[index]; i++) {
            core->suffix_lengths[index][i] = (int)PyLong_AsLong(PyTuple_GetItem(value, i));
        }
        core->suffix_last_count++;
    }
    Py_DECREF(items);
    return PyErr_Occurred() ? -1 : 0;
}

/* ---- string helpers ---- */

static int starts_with(const Core *core, const Py_UCS4 *text, Py_ssize_t length, const Affixes *affixes, int index) {
    Py_ssize_t n = affixes->length[index];
    return n <= length && memcmp(text, core->letters + affixes->start[index], (size_t)n * sizeof(Py_UCS4)) == 0;
}

static int ends_with(const Core *core, const Py_UCS4 *text, Py_ssize_t length, const Affixes *affixes, int index) {
    Py_ssize_t n = affixes->length[index];
    return n <= length
        && memcmp(text + length - n, core->letters + affixes->start[index], (size_t)n * sizeof(Py_UCS4)) == 0;
}

static int starts_with_any(const Core *core, const Py_UCS4 *text, Py_ssize_t length, const Affixes *affixes) {
    for (int i = 0; i < affixes->count; i++) {
        if (starts_with(core, text, length, affixes, i)) {
            return 1;
        }
    }
    return 0;
}

static int ends_with_any(const Core *core, const Py_UCS4 *text, Py_ssize_t length, const Affixes *affixes) {
    for (int i = 0; i < affixes->count; i++) {
        if (ends_with(core, text, length, affixes, i)) {
            return 1;
        }
    }
    return 0;
}

static int among(Py_UCS4 letter, const Py_UCS4 *letters, int count) {
    for (int i = 0; i < count; i++) {
        if (letters[i] == letter) {
            return 1;
        }
    }
    return 0;
}

static int written_kind(const Core *core, char kind) {
    return kind && strchr(core->written_kinds, kind) != NULL;
}

/* ``text`` without its ZWNJs (and with ۀ as ه when ``fold``) into ``key`` (as long as text): its length. */
static Py_ssize_t key_of(const Core *core, const Py_UCS4 *text, Py_ssize_t length, Py_UCS4 *key, int fold) {
    Py_ssize_t n = 0;
    for (Py_ssize_t i = 0; i < length; i++) {
        if (text[i] != core->zwnj) {
            key[n++] = fold && text[i] == core->heh_yeh ? HEH : text[i];
        }
    }
    return n;
}

/* ---- analyses (words.py) ---- */

static void set_empty(Analysis *analysis, double score) {
    analysis->score = score;
    analysis->count = 0;
}

static void append(Analysis *analysis, int position, char kind) {
    if (analysis->count < MAX_BOUNDARIES) {
        analysis->at[analysis->count].position = position;
        analysis->at[analysis->count].kind = kind;
        analysis->count++;
    }
}

/* ``to`` gets the boundaries of ``from`` shifted by ``offset``. */
static void append_shifted(Analysis *to, const Analysis *from, int offset) {
    for (int i = 0; i < from->count; i++) {
        append(to, from->at[i].position + offset, from->at[i].kind);
    }
}

/* WordAnalyser.word: 1 with the analysis, 0 for None. */
static int word(const Core *core, const Py_UCS4 *key, Py_ssize_t n, Analysis *out) {
    const Entry *entry = find(core, key, n);
    if (entry == NULL) {
        return 0;
    }
    if (entry->flags & SOFT_WORD) {
        set_empty(out, core->attested_word);
        append(out, entry->soft_word, core->soft);
        return 1;
    }
    if (!(entry->flags & SCORED)) {
        return 0;
    }
    set_empty(out, entry->score);
    if (entry->flags & COMPOUND_FORM) {
        char kind = entry->flags & EITHER_WORD ? core->either : core->lexicon_compound;
        for (int i = 0; i < entry->form_count; i++) {
            append(out, core->positions[entry->form_start + i], kind);
        }
    }
    return 1;
}

/* WordAnalyser._subjunctive */
static int subjunctive(const Core *core, const Py_UCS4 *key, Py_ssize_t n) {
    if (n < 1 || (key[0] != BEH && key[0] != NOON)) {
        return 0;
    }
    const Py_UCS4 *rest = key + 1;
    Py_ssize_t rest_length = n - 1;
    if (has(core, rest, rest_length, FINITE_VERB)) {
        return 1;
    }
    if (rest_length < 1 || rest[0] != YEH) {
        return 0;
    }
    static const Py_UCS4 alef = ALEF, alef_madda = ALEF_MADDA;
    const Entry *entry = find2(core, &alef, 1, rest + 1, rest_length - 1);
    if (entry != NULL && (entry->flags & FINITE_VERB)) {
        return 1;
    }
    Py_ssize_t skip = rest_length < 2 ? rest_length : 2;
    entry = find2(core, &alef_madda, 1, rest + skip, rest_length - skip);
    return entry != NULL && (entry->flags & FINITE_VERB);
}

/* WordAnalyser._verb_tail */
static int verb_tail(const Core *core, const Py_UCS4 *tail, Py_ssize_t n, Analysis *out) {
    const Entry *entry = find(core, tail, n);
    if (entry != NULL && (entry->flags & VERB_TAIL)) {
        set_empty(out, entry->verb_tail);
        return 1;
    }
    for (int i = 0; i < core->participle_clitics.count; i++) {
        if (ends_with(core, tail, n, &core->participle_clitics, i)) {
            Py_ssize_t rest = n - core->participle_clitics.length[i];
            entry = find(core, tail, rest);
            if (entry != NULL && (entry->flags & PARTICIPLE)) {
                set_empty(out, entry->participle - core->zwnj_suffix_penalty);
                append(out, (int)rest, core->suffix);
                return 1;
            }
        }
    }
    return 0;
}

/* One analysis of _verbs (its prefix is verb_prefixes[index]), or 0. */
static int verb_with(const Core *core, const Py_UCS4 *key, Py_ssize_t n, int index, Analysis *out) {
    if (!starts_with(core, key, n, &core->verb_prefixes, index)) {
        return 0;
    }
    Py_ssize_t length = core->verb_prefixes.length[index];
    Analysis tail;
    if (!verb_tail(core, key + length, n - length, &tail)) {
        return 0;
    }
    double penalty = length > 3 ? core->preverb_penalty : 0.0;
    set_empty(out, tail.score - penalty);
    append(out, (int)length, core->prefix);
    append_shifted(out, &tail, (int)length);
    return 1;
}

/* WordAnalyser._verb_form */
static int verb_form(const Core *core, const Py_UCS4 *key, Py_ssize_t n) {
    uint32_t flags = flags_of(core, key, n);
    if (flags & (FINITE_VERB | PARTICIPLE | INFINITIVE)) {
        return 1;
    }
    if ((n == 0 || key[0] == BEH || key[0] == NOON) && subjunctive(core, key, n)) {
        return 1;
    }
    Analysis analysis;
    if (ends_with_any(core, key, n, &core->participle_clitics) && verb_tail(core, key, n, &analysis)
        && analysis.count) {
        return 1;
    }
    if (!starts_with_any(core, key, n, &core->verb_prefix_starts)) {
        return 0;
    }
    for (int i = 0; i < core->verb_prefixes.count; i++) {
        if (verb_with(core, key, n, i, &analysis)) {
            return 1;
        }
    }
    return 0;
}

/* derivation_base: the length of the base kept from key, and whether a ه follows it; -1 for None. */
static Py_ssize_t derivation_base(const Py_UCS4 *key, Py_ssize_t n, int *with_heh) {
    *with_heh = 0;
    if (n >= 2 && key[n - 2] == GAF && key[n - 1] == YEH) {
        *with_heh = 1;
        return n - 2;
    }
    if (n >= 3 && key[n - 2] == YEH && key[n - 1] == YEH && (key[n - 3] == ALEF || key[n - 3] == WAW)) {
        return n - 2;
    }
    if (n >= 2 && key[n - 1] == YEH && key[n - 2] != ALEF && key[n - 2] != WAW && key[n - 2] != YEH) {
        return n - 1;
    }
    return -1;
}

/* WordAnalyser._derived */
static int derived(const Core *core, const Py_UCS4 *key, Py_ssize_t n, Analysis *out) {
    int with_heh;
    Py_ssize_t base = derivation_base(key, n, &with_heh);
    if (base < 0 || base >= MAX_POSITIONS) {
        return 0;
    }
    Py_UCS4 letters[MAX_POSITIONS + 1];
    memcpy(letters, key, (size_t)base * sizeof(Py_UCS4));
    if (with_heh) {
        letters[base++] = HEH;
    }
    if (!word(core, letters, base, out) || out->score < core->strong_word) {
        return 0;
    }
    out->score -= core->joined_suffix_penalty;
    return 1;
}

/* WordAnalyser._prefixed */
static int prefixed(const Core *core, const Py_UCS4 *key, Py_ssize_t n, Analysis *out) {
    if (n < 5 || key[0] != BEH || key[1] != YEH) {
        return 0;
    }
    Analysis rest;
    if (!word(core, key + 2, n - 2, &rest) || rest.score < core->strong_word) {
        return 0;
    }
    set_empty(out, rest.score - core->prefix_bi_penalty);
    append(out, 2, core->prefix);
    append_shifted(out, &rest, 2);
    return 1;
}

/* WordAnalyser._simple_stem */
static int simple_stem(const Core *core, const Py_UCS4 *key, Py_ssize_t n, Analysis *out) {
    int found = word(core, key, n, out);
    const Entry *entry = find(core, key, n);
    double verb_score = entry != NULL && (entry->flags & PARTICIPLE) ? entry->participle : -1.0;
    if (verb_score < 0 && ((entry != NULL && (entry->flags & VERB_TAIL))
                           || ((n == 0 || key[0] == BEH || key[0] == NOON) && subjunctive(core, key, n)))) {
        verb_score = core->verb_word_score;
    }
    if (verb_score >= 0 && (!found || out->score < verb_score)) {
        if (!found) {
            out->count = 0;
        }
        out->score = verb_score;
        found = 1;
    }
    if (!found || out->score < core->strong_word) {
        Analysis candidate;
        if (n >= 1 && key[n - 1] == YEH && derived(core, key, n, &candidate)
            && (!found || candidate.score > out->score)) {
            *out = candidate;
            found = 1;
        }
        if (n >= 2 && key[0] == BEH && key[1] == YEH && prefixed(core, key, n, &candidate)
            && (!found || candidate.score > out->score)) {
            *out = candidate;
            found = 1;
        }
    }
    return found;
}

/* WordAnalyser._compound over ``splits`` (count of them; NULL: every split). */
static int compound(const Core *core, const Py_UCS4 *key, Py_ssize_t n, const int *splits, int count, Analysis *out) {
    int found = 0;
    Py_ssize_t first = core->min_compound_part, last = n - core->min_compound_part;
    Py_ssize_t steps = splits != NULL ? count : (last >= first ? last - first + 1 : 0);
    for (Py_ssize_t step = 0; step < steps; step++) {
        Py_ssize_t split = splits != NULL ? splits[step] : first + step;
        Py_ssize_t right_length = n - split;
        if ((split < right_length ? split : right_length) < core->min_compound_part) {
            continue;
        }
        const Entry *left_entry = find(core, key, split);
        if (left_entry == NULL || !(left_entry->flags & SCORED) || left_entry->score < core->head_left_min_score
            || (left_entry->flags & FUNCTION_WORD)) {
            continue;
        }
        double left_score = left_entry->score, score;
        const Py_UCS4 *right_key = key + split;
        const Entry *right_entry = find(core, right_key, right_length);
        char kind;
        Analysis right;
        right.count = 0;
        if (right_entry != NULL && (right_entry->flags & HEAD)) {
            score = (core->head_score < left_score ? core->head_score : left_score) - core->head_compound_penalty;
            kind = right_entry->bound_head ? core->bound_head : core->free_compound;
        } else {
            if (!word(core, right_key, right_length, &right) || (right_entry->flags & FUNCTION_WORD)) {
                continue;
            }
            if (right.count) {
                double plus = right.score + core->free_compound_penalty;
                score = (plus < left_score ? plus : left_score) - core->free_compound_penalty;
            } else {
                double least = right.score < left_score ? right.score : left_score;
                if (least < core->free_compound_min_score) {
                    continue;
                }
                score = least - core->free_compound_penalty;
            }
            if (verb_form(core, right_key, right_length)) {
                continue;
            }
            kind = core->free_compound;
        }
        if (!found || score > out->score) {
            Analysis left;
            if (!word(core, key, split, &left)) {
                continue;
            }
            set_empty(out, score);
            append_shifted(out, &left, 0);
            append(out, (int)split, kind);
            append_shifted(out, &right, (int)split);
            found = 1;
        }
    }
    return found;
}

/* WordAnalyser._stem */
static int stem(const Core *core, const Py_UCS4 *key, Py_ssize_t n, Analysis *out) {
    return simple_stem(core, key, n, out) || compound(core, key, n, NULL, 0, out);
}

/* The analysis of one joined word with its required boundaries (positions written with a ZWNJ): a mask,
 * and the positions in the order their frozenset gives them (made when first needed). */
typedef struct {
    const Core *core;
    const Py_UCS4 *key;
    Py_ssize_t n;
    uint64_t required;
    const int *written; /* the ZWNJ positions as _zwnj_positions accumulates them */
    int written_count, extra; /* extra: a position added to the set (|), or -1 */
    int order[MAX_POSITIONS], order_count, ordered, failed;
    Analysis best;
    int found;
} Query;

/* The required positions in the iteration order of the frozenset Python makes of them. */
static int required_order(Query *query) {
    if (query->ordered) {
        return 0;
    }
    PyObject *list = PyList_New(0), *set = NULL, *iterator = NULL, *item;
    if (list == NULL) {
        return -1;
    }
    for (int i = 0; i < query->written_count; i++) {
        PyObject *position = PyLong_FromLong(query->written[i]);
        if (position == NULL || PyList_Append(list, position) < 0) {
            Py_XDECREF(position);
            goto error;
        }
        Py_DECREF(position);
    }
    set = PyFrozenSet_New(list);
    if (set == NULL) {
        goto error;
    }
    if (query->extra >= 0) {
        PyObject *extra = PySet_New(NULL), *position = PyLong_FromLong(query->extra);
        PyObject *joined = extra != NULL && position != NULL && PySet_Add(extra, position) == 0
            ? PyNumber_Or(set, extra) : NULL;
        Py_XDECREF(extra);
        Py_XDECREF(position);
        Py_DECREF(set);
        set = joined;
        if (set == NULL) {
            goto error;
        }
    }
    iterator = PyObject_GetIter(set);
    if (iterator == NULL) {
        goto error;
    }
    query->order_count = 0;
    while ((item = PyIter_Next(iterator)) != NULL) {
        if (query->order_count < MAX_POSITIONS) {
            query->order[query->order_count++] = (int)PyLong_AsLong(item);
        }
        Py_DECREF(item);
    }
    if (PyErr_Occurred()) {
        goto error;
    }
    Py_DECREF(iterator);
    Py_DECREF(set);
    Py_DECREF(list);
    query->ordered = 1;
    return 0;
error:
    Py_XDECREF(iterator);
    Py_XDECREF(set);
    Py_DECREF(list);
    query->failed = 1;
    return -1;
}

/* best()'s test of one candidate. */
static void consider(Query *query, const Analysis *candidate) {
    if (query->found && candidate->score <= query->best.score) {
        return;
    }
    if (query->required) {
        uint64_t positions = 0;
        for (int i = 0; i < candidate->count; i++) {
            int position = candidate->at[i].position;
            if (position >= 0 && position < MAX_POSITIONS) {
                positions |= (uint64_t)1 << position;
            }
        }
        if ((query->required & ~positions) != 0) {
            return;
        }
    }
    query->best = *candidate;
    query->found = 1;
}

/* The highest position of a mask (not empty). */
static int highest_position(uint64_t positions) {
    int highest = 0;
    while (positions >>= 1) {
        highest++;
    }
    return highest;
}

static int is_required(const Query *query, Py_ssize_t position) {
    return position >= 0 && position < MAX_POSITIONS && (query->required >> position & 1);
}

/* WordAnalyser._inflections, each analysis considered. */
static void inflections(Query *query, int known_stems) {
    const Core *core = query->core;
    const Py_UCS4 *key = query->key;
    Py_ssize_t n = query->n;
    if (n == 0) {
        return;
    }
    int highest = 2;
    if (query->required) {
        highest = highest_position(query->required);
    }
    Py_ssize_t longest = n - highest;
    int last = -1;
    for (int i = 0; i < core->suffix_last_count; i++) {
        if (core->suffix_last[i] == key[n - 1]) {
            last = i;
        }
    }
    if (last < 0) {
        return;
    }
    for (int l = 0; l < core->suffix_length_count[last]; l++) {
        Py_ssize_t length = core->suffix_lengths[last][l];
        if (length > longest) {
            break;
        }
        const Entry *surface = find(core, key + n - length, length);
        if (surface == NULL || !(surface->flags & SUFFIX_SURFACE)) {
            continue;
        }
        Py_ssize_t joint = n - length;
        if (joint < 1) {
            continue; /* no letter before the suffix: Python's base[-1] fails; never a word of a text */
        }
        Py_UCS4 final = key[joint - 1];
        if (final == HEH && joint >= 3 && key[joint - 2] != ALEF) {
            final = core->silent_he;
        }
        int inside[MAX_POSITIONS], inside_count = 0;
        if (query->required) {
            uint64_t below = joint >= 64 ? query->required : query->required & (((uint64_t)1 << joint) - 1);
            if (below && (below & (below - 1))) { /* two or more: their order is the frozenset's */
                if (required_order(query) < 0) {
                    return;
                }
                for (int i = 0; i < query->order_count; i++) {
                    if (query->order[i] < joint) {
                        inside[inside_count++] = query->order[i];
                    }
                }
            } else if (below) {
                inside[inside_count++] = highest_position(below);
            }
        }
        for (int o = 0; o < surface->option_count; o++) {
            const Option *option = &core->options[surface->option_start + o];
            if ((option->has_after && !among(final, option->after, option->after_length))
                || among(final, option->not_after, option->not_after_length)) {
                continue;
            }
            Py_UCS4 stem_key[MAX_POSITIONS + SHORT];
            memcpy(stem_key, key, (size_t)joint * sizeof(Py_UCS4));
            memcpy(stem_key + joint, option->stem_tail, (size_t)option->stem_tail_length * sizeof(Py_UCS4));
            Py_ssize_t stem_length = joint + option->stem_tail_length;
            const Entry *stem_entry = find(core, stem_key, stem_length);
            uint32_t stem_flags = stem_entry ? stem_entry->flags : 0;
            if (!option->after_function_word && (stem_flags & NOT_STEM)) {
                continue;
            }
            if (option->comparative) {
                static const Py_UCS4 tar[2] = {TEH, REH};
                const Entry *comparative = find2(core, stem_key, stem_length, tar, 2);
                double score = comparative != NULL && (comparative->flags & SCORED) ? comparative->score : 0.0;
                if (score >= core->strong_word) {
                    continue;
                }
            }
            if (known_stems && !(stem_flags & (SCORED | VERB_TAIL | PARTICIPLE))) {
                continue;
            }
            Analysis found_stem, candidate;
            int found;
            if (inside_count) {
                found = simple_stem(core, stem_key, stem_length, &found_stem)
                    || compound(core, stem_key, stem_length, inside, inside_count, &found_stem);
            } else {
                found = stem(core, stem_key, stem_length, &found_stem);
            }
            if (!found) {
                if ((option->has_min_stem_score && !query->required) || stem_length < 3) {
                    continue;
                }
                set_empty(&candidate, core->unknown_stem_score - option->penalty);
            } else if (option->has_min_stem_score
                       && (found_stem.score < option->min_stem_score || stem_length < 3)) {
                continue;
            } else {
                set_empty(&candidate, found_stem.score - option->penalty);
                append_shifted(&candidate, &found_stem, 0);
            }
            append(&candidate, (int)joint, option->kind);
            consider(query, &candidate);
        }
    }
}

/* WordAnalyser._candidates, each considered. */
static void candidates(Query *query) {
    const Core *core = query->core;
    const Py_UCS4 *key = query->key;
    Py_ssize_t n = query->n;
    Analysis whole, candidate;
    int found_whole = query->required ? simple_stem(core, key, n, &whole) : stem(core, key, n, &whole);
    if (found_whole) {
        consider(query, &whole);
    }
    if (query->required && (!found_whole || whole.count == 0)) {
        int splits[MAX_POSITIONS], count = 0;
        for (int position = 0; position < MAX_POSITIONS; position++) {
            if (is_required(query, position)) {
                splits[count++] = position;
            }
        }
        Analysis parted;
        if (compound(core, key, n, splits, count, &parted)) {
            if (found_whole && whole.score >= core->attested_word) {
                parted.score = whole.score;
                for (int i = 0; i < parted.count; i++) {
                    if (is_required(query, parted.at[i].position)) {
                        parted.at[i].kind = core->parted;
                    }
                }
            }
            consider(query, &parted);
        }
        if (is_required(query, 2) && n >= 2 && key[0] == BEH && key[1] == YEH) {
            Analysis rest;
            if (word(core, key + 2, n - 2, &rest) && !has(core, key + 2, n - 2, NOT_STEM)) {
                set_empty(&candidate, rest.score - core->prefix_bi_penalty);
                append(&candidate, 2, core->prefix);
                append_shifted(&candidate, &rest, 2);
                consider(query, &candidate);
            }
        }
    }
    if (starts_with_any(core, key, n, &core->verb_prefix_starts)) {
        for (int i = 0; i < core->verb_prefixes.count; i++) {
            if (verb_with(core, key, n, i, &candidate)) {
                consider(query, &candidate);
            }
        }
    }
    Analysis perfect;
    if (verb_tail(core, key, n, &perfect) && perfect.count) {
        int plural = ends_with_any(core, key, n, &core->copula_clitics);
        perfect.score = plural ? core->plural_perfect_score : core->participle_clitic_score;
        consider(query, &perfect);
    }
    inflections(query, has(core, key, n, SCORED));
}

/* WordAnalyser.best: 1 with query->best, 0 for None, -1 on an error (exception set). */
static int best(Query *query) {
    const Core *core = query->core;
    const Entry *entry = find(core, query->key, query->n);
    query->found = 0;
    if (entry != NULL && (entry->flags & SOFT_WORD)) {
        uint64_t allowed = entry->soft_word >= 0 && entry->soft_word < MAX_POSITIONS
            ? (uint64_t)1 << entry->soft_word : 0;
        if ((query->required & ~allowed) != 0) {
            return 0;
        }
        return word(core, query->key, query->n, &query->best);
    }
    if (!query->required && entry != NULL && (entry->flags & SCORED) && entry->score >= core->attested_word) {
        return word(core, query->key, query->n, &query->best);
    }
    candidates(query);
    return query->failed ? -1 : query->found;
}

/* WordAnalyser._unchanging */
static int unchanging(const Core *core, const Py_UCS4 *key, Py_ssize_t n) {
    if (starts_with_any(core, key, n, &core->prefix_starts) || ends_with_any(core, key, n, &core->zwnj_suffixes)) {
        return 0;
    }
    Py_ssize_t last_left = n - core->min_compound_part;
    for (Py_ssize_t end = 1; end <= n; end++) {
        const Entry *entry = find(core, key, end);
        if (entry == NULL) {
            continue;
        }
        if (entry->flags & COMPOUND_STEM) {
            return 0;
        }
        if (core->min_compound_part <= end && end <= last_left && (entry->flags & SCORED)
            && entry->score >= core->head_left_min_score && !(entry->flags & FUNCTION_WORD)) {
            return 0;
        }
    }
    return 1;
}

/* ---- decisions ---- */

/* A decision (words.Decision): the restored form and the form after an indefinite determiner own their
 * letters (PyMem); kinds are the best analysis's boundaries, in order (a dict of them keeps the last
 * kind of a position at its first place). */
typedef struct {
    Py_UCS4 *restored, *indefinite;
    Py_ssize_t restored_length, indefinite_length;
    int has_indefinite, changed;
    Analysis kinds;
} Decision;

static void release(Decision *decision) {
    PyMem_Free(decision->restored);
    PyMem_Free(decision->indefinite);
    decision->restored = decision->indefinite = NULL;
}

static Py_UCS4 *copy_letters(const Py_UCS4 *text, Py_ssize_t length) {
    Py_UCS4 *copy = PyMem_Malloc((size_t)(length + 1) * sizeof(Py_UCS4));
    if (copy == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    memcpy(copy, text, (size_t)length * sizeof(Py_UCS4));
    return copy;
}

static int same(const Py_UCS4 *a, Py_ssize_t a_length, const Py_UCS4 *b, Py_ssize_t b_length) {
    return a_length == b_length && memcmp(a, b, (size_t)a_length * sizeof(Py_UCS4)) == 0;
}

/* _with_zwnj: ``form`` with a ZWNJ before each of the sorted ``positions`` (a mask) of its key. */
static Py_UCS4 *with_zwnj(const Core *core, const Py_UCS4 *form, Py_ssize_t length, uint64_t positions,
                          Py_ssize_t *result_length) {
    Py_UCS4 *result = PyMem_Malloc((size_t)(length + MAX_POSITIONS + 1) * sizeof(Py_UCS4));
    if (result == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    Py_ssize_t n = 0, letters = 0;
    int has_zwnj = 0;
    for (Py_ssize_t i = 0; i < length; i++) {
        has_zwnj |= form[i] == core->zwnj;
    }
    if (!has_zwnj) { /* slices between the positions, joined by ZWNJ (one at the ends too) */
        for (Py_ssize_t i = 0; i <= length; i++) {
            if (i < MAX_POSITIONS && (positions >> i & 1)) {
                result[n++] = core->zwnj;
            }
            if (i < length) {
                result[n++] = form[i];
            }
        }
    } else {
        uint64_t wanted = positions;
        for (Py_ssize_t i = 0; i < length; i++) {
            Py_UCS4 letter = form[i];
            if (letter == core->zwnj) {
                if (letters < MAX_POSITIONS) {
                    wanted &= ~((uint64_t)1 << letters);
                }
            } else if (letters < MAX_POSITIONS && (wanted >> letters & 1)) {
                result[n++] = core->zwnj;
            }
            if (letter != core->zwnj) {
                letters++;
            }
            result[n++] = letter;
        }
    }
    *result_length = n;
    return result;
}

/* _written: the positions (a mask) of written boundaries after a joining letter. */
static uint64_t written_positions(const Core *core, const Py_UCS4 *key, Py_ssize_t n, const Analysis *analysis) {
    uint64_t positions = 0;
    for (int i = 0; i < analysis->count; i++) {
        int position = analysis->at[i].position;
        if (!written_kind(core, analysis->at[i].kind) || position >= MAX_POSITIONS || position > n) {
            continue;
        }
        Py_ssize_t before = position >= 1 ? position - 1 : n + position - 1; /* key[-1] for 0, as in Python */
        if (before >= 0 && before < n && !among(key[before], core->non_joining, core->non_joining_count)) {
            positions |= (uint64_t)1 << position;
        }
    }
    return positions;
}

static int unchanged(Decision *decision, const Py_UCS4 *form, Py_ssize_t length) {
    memset(decision, 0, sizeof(Decision));
    decision->restored = copy_letters(form, length);
    decision->restored_length = length;
    return decision->restored == NULL ? -1 : 0;
}

/* WordAnalyser._decide (a form without ۀ); 0, or -1 with an exception set. */
static int decide_plain(const Core *core, const Py_UCS4 *form, Py_ssize_t length, Decision *decision) {
    const Entry *entry = find(core, form, length);
    if (entry != NULL && (entry->flags & SCORED) && entry->score >= core->attested_word
        && !(entry->flags & COMPOUND_FORM)) {
        return unchanged(decision, form, length);
    }
    Py_UCS4 key[MAX_POSITIONS];
    int written[MAX_POSITIONS], written_count = 0;
    uint64_t required = 0;
    Py_ssize_t n = 0;
    for (Py_ssize_t i = 0; i < length; i++) {
        if (form[i] == core->zwnj) {
            if (!(required >> n & 1)) { /* a ZWNJ run: one position (the frozenset's layout is the same) */
                written[written_count++] = (int)n;
                required |= (uint64_t)1 << n;
            }
        } else {
            if (n >= core->longest_word) {
                return unchanged(decision, form, length);
            }
            key[n++] = form[i];
        }
    }
    if (!required && unchanging(core, key, n)) {
        return unchanged(decision, form, length);
    }
    Query query = {.core = core, .key = key, .n = n, .required = required, .written = written,
                   .written_count = written_count, .extra = -1};
    int found = best(&query);
    if (found < 0) {
        return -1;
    }
    int ends_heheh = n >= 4 && key[n - 4] == HEH && key[n - 3] == HEH && key[n - 2] == ALEF && key[n - 1] == YEH;
    if (!found) {
        return unchanged(decision, form, length);
    }
    if (!required && !ends_heheh) {
        int any = 0;
        for (int i = 0; i < query.best.count && !any; i++) {
            any = written_kind(core, query.best.at[i].kind);
        }
        if (!any) {
            return unchanged(decision, form, length);
        }
    }
    memset(decision, 0, sizeof(Decision));
    decision->kinds = query.best;
    uint64_t positions = written_positions(core, key, n, &query.best);
    if ((positions & ~required) == 0) {
        decision->restored = copy_letters(form, length);
        decision->restored_length = length;
    } else {
        decision->restored = with_zwnj(core, form, length, positions, &decision->restored_length);
    }
    if (decision->restored == NULL) {
        return -1;
    }
    if (ends_heheh) {
        Query indefinite = {.core = core, .key = key, .n = n, .required = required | (uint64_t)1 << (n - 2),
                            .written = written, .written_count = written_count, .extra = (int)n - 2};
        found = best(&indefinite);
        if (found < 0) {
            release(decision);
            return -1;
        }
        if (found && indefinite.best.score >= core->strong_word - core->indefinite_penalty) {
            decision->indefinite = with_zwnj(core, form, length, written_positions(core, key, n, &indefinite.best),
                                             &decision->indefinite_length);
            if (decision->indefinite == NULL) {
                release(decision);
                return -1;
            }
            decision->has_indefinite = !same(decision->indefinite, decision->indefinite_length, decision->restored,
                                             decision->restored_length);
        }
    }
    decision->changed = !same(decision->restored, decision->restored_length, form, length);
    return 0;
}

/* _unfold: ``restored`` (of ``form`` with ۀ folded) with the letters of ``form``. */
static Py_UCS4 *unfold(const Core *core, const Py_UCS4 *restored, Py_ssize_t restored_length, const Py_UCS4 *form,
                       Py_ssize_t length, Py_ssize_t *result_length) {
    Py_UCS4 *result = PyMem_Malloc((size_t)(restored_length + 1) * sizeof(Py_UCS4));
    if (result == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    Py_ssize_t index = 0;
    for (Py_ssize_t i = 0; i < restored_length; i++) {
        if (restored[i] == core->zwnj && !(index < length && form[index] == core->zwnj)) {
            result[i] = core->zwnj;
            continue;
        }
        result[i] = index < length ? form[index] : restored[i];
        index++;
    }
    *result_length = restored_length;
    return result;
}

/* WordAnalyser._decision; 0, or -1 with an exception set. */
static int decide(const Core *core, const Py_UCS4 *form, Py_ssize_t length, Decision *decision) {
    int folds = 0;
    for (Py_ssize_t i = 0; i < length && !folds; i++) {
        folds = form[i] == core->heh_yeh;
    }
    if (!folds) {
        return decide_plain(core, form, length, decision);
    }
    Py_UCS4 *folded_form = copy_letters(form, length);
    if (folded_form == NULL) {
        return -1;
    }
    for (Py_ssize_t i = 0; i < length; i++) {
        if (folded_form[i] == core->heh_yeh) {
            folded_form[i] = HEH;
        }
    }
    Decision folded;
    int status = decide_plain(core, folded_form, length, &folded);
    PyMem_Free(folded_form);
    if (status < 0) {
        return -1;
    }
    memset(decision, 0, sizeof(Decision));
    decision->kinds = folded.kinds;
    decision->restored = unfold(core, folded.restored, folded.restored_length, form, length,
                                &decision->restored_length);
    if (decision->restored != NULL && folded.has_indefinite) {
        decision->indefinite = unfold(core, folded.indefinite, folded.indefinite_length, form, length,
                                      &decision->indefinite_length);
        decision->has_indefinite = decision->indefinite != NULL;
    }
    release(&folded);
    if (decision->restored == NULL || (folded.has_indefinite && decision->indefinite == NULL)) {
        release(decision);
        return -1;
    }
    decision->changed = !same(decision->restored, decision->restored_length, form, length);
    return 0;
}

/* ---- roles and joints (joints.py) ---- */

/* Analyser._right_part: whether ``key`` starts with a compound head (bound only: ``flag``), and (into
 * *free) whether it is a free word. */
static int starts_with_head(const Core *core, const Py_UCS4 *key, Py_ssize_t n, uint32_t flag) {
    /* the heads of head_lengths[key[:2]] no longer than key: those starting with key[:2] */
    Py_ssize_t shortest = n >= 2 ? 2 : n, longest = n < core->max_head_length ? n : core->max_head_length;
    for (Py_ssize_t length = shortest; length <= longest; length++) {
        if (has(core, key, length, flag)) {
            return 1;
        }
    }
    return 0;
}

static int is_free(const Core *core, const Py_UCS4 *key, Py_ssize_t n) {
    Py_ssize_t right_word = n;
    if (n >= 2 && key[n - 1] == YEH && (key[n - 2] == ALEF || key[n - 2] == WAW)) {
        right_word = n - 1;
    }
    const Entry *entry = find(core, key, right_word);
    double alone;
    if (entry != NULL && (entry->flags & SCORED)) {
        alone = entry->score;
    } else {
        int with_heh;
        Py_ssize_t base = derivation_base(key, right_word, &with_heh);
        static const Py_UCS4 heh = HEH;
        const Entry *base_entry = base < 0 ? NULL : find2(core, key, base, &heh, with_heh);
        if (base < 0 || (base_entry != NULL && (base_entry->flags & PRESENT_STEM))) {
            alone = -1.0;
        } else {
            alone = base_entry != NULL && (base_entry->flags & SCORED) ? base_entry->score : -1.0;
        }
    }
    long compounds = entry != NULL ? entry->right_compounds : 0;
    return alone >= core->free_word && compounds < core->productive_part_compounds;
}

/* Analyser._left_role of a form, from its key (without ZWNJ) and whether it ends with ۀ. */
static long left_role(const Core *core, const Py_UCS4 *key, Py_ssize_t n, int ezafe) {
    if (ezafe) {
        return 0;
    }
    const Entry *entry = find(core, key, n);
    uint32_t flags = entry ? entry->flags : 0;
    if (flags & SOFT_LEFT) {
        return core->l_soft;
    }
    if (flags & FUNCTION_WORD) {
        return 0;
    }
    if (flags & PREFIX_WORD) {
        return core->l_prefix;
    }
    if (flags & DETERMINER) {
        return core->l_determiner;
    }
    long role = core->l_word;
    if (flags & COMPOUND_FIRST) {
        role |= core->l_first;
    }
    if ((entry != NULL && entry->left_compounds >= core->productive_part_compounds) || !(flags & SCORED)) {
        role |= core->l_loose;
    }
    return role;
}

/* Analyser._right_role of a form, from its key (without ZWNJ, ۀ as ه). */
static long right_role(const Core *core, const Py_UCS4 *key, Py_ssize_t n) {
    uint32_t flags = flags_of(core, key, n);
    if (flags & FUNCTION_WORD) {
        return 0;
    }
    long role = core->r_word;
    if (flags & SUFFIX_SURFACE) {
        role |= core->r_affix;
        if (flags & SOFT_RIGHT) {
            role |= core->r_soft;
        }
    }
    if (starts_with_head(core, key, n, HEAD)) {
        role |= core->r_head;
    }
    if (is_free(core, key, n)) {
        role |= core->r_free;
    }
    if (verb_form(core, key, n)) {
        role |= core->r_verb;
    }
    return role;
}

/* Analyser._may_join */
static int may_join(const Core *core, const Py_UCS4 *left, Py_ssize_t left_length, const Py_UCS4 *right,
                    Py_ssize_t right_length) {
    /* no scored word is longer than longest_scored: the slices stop there (linear in the right word) */
    Py_ssize_t last = core->longest_scored - left_length < right_length ? core->longest_scored - left_length
                                                                         : right_length;
    for (Py_ssize_t end = 1; end <= last; end++) {
        const Entry *entry = find2(core, left, left_length, right, end);
        if (entry != NULL && (entry->flags & SCORED)) {
            return 1;
        }
    }
    return starts_with_head(core, right, right_length, BOUND_HEAD_WORD);
}

/* Analyser._may_compound */
static int may_compound(const Core *core, const Py_UCS4 *left, Py_ssize_t left_length, const Py_UCS4 *right,
                        Py_ssize_t right_length) {
    const Entry *left_entry = find(core, left, left_length);
    uint32_t left_flags = left_entry ? left_entry->flags : 0;
    if (left_flags & DETERMINER) {
        return 0;
    }
    int head = starts_with_head(core, right, right_length, HEAD), free = is_free(core, right, right_length);
    if (!(left_flags & COMPOUND_FIRST) && !head) {
        return 0;
    }
    long left_compounds = left_entry ? left_entry->left_compounds : 0;
    const Entry *joined = find2(core, left, left_length, right, right_length);
    if (free && left_compounds < core->productive_part_compounds) {
        /* compound_forms.get(left + right, "").startswith(left + ZWNJ): its first boundary after left */
        int parted_there = joined != NULL && (joined->flags & COMPOUND_FORM) && joined->form_count
            && core->positions[joined->form_start] == left_length;
        if (!(!(left_flags & SCORED) && parted_there)) {
            return 0;
        }
    }
    if (free && (left_flags & SCORED) && !(left_flags & PREFIX_WORD)) {
        double score = joined != NULL && (joined->flags & SCORED) ? joined->score : core->attested_compound;
        if (score < core->attested_compound) {
            return 0;
        }
    }
    return !verb_form(core, right, right_length);
}

static char kind_at(const Analysis *kinds, int position) {
    char kind = 0;
    for (int i = 0; i < kinds->count; i++) {
        if (kinds->at[i].position == position) {
            kind = kinds->at[i].kind; /* the last one, as dict() keeps it */
        }
    }
    return kind;
}

/* Analyser._pair_joint of two restored forms: the kind, 0 for None, -1 on an error. */
static int pair_joint(const Core *core, const Py_UCS4 *left, Py_ssize_t left_length, const Py_UCS4 *right,
                      Py_ssize_t right_length) {
    if (left_length && left[left_length - 1] == core->heh_yeh) {
        return 0;
    }
    int result = 0;
    Py_UCS4 *buffer = PyMem_Malloc((size_t)(2 * (left_length + right_length) + 2) * sizeof(Py_UCS4));
    if (buffer == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    Py_UCS4 *left_key = buffer, *right_key = buffer + left_length, *joined = right_key + right_length;
    Py_ssize_t left_n = key_of(core, left, left_length, left_key, 0);
    Py_ssize_t right_n = key_of(core, right, right_length, right_key, 1);
    const Entry *both = find2(core, left_key, left_n, right_key, right_n);
    if (both != NULL && (both->flags & SOFT_WORD) && both->soft_word == left_n) {
        result = core->soft;
        goto done;
    }
    if (has(core, left_key, left_n, FUNCTION_WORD) || has(core, right_key, right_n, FUNCTION_WORD)) {
        goto done;
    }
    int affix = has(core, right_key, right_n, SUFFIX_SURFACE) || has(core, left_key, left_n, PREFIX_WORD);
    if (!affix && !(may_compound(core, left_key, left_n, right_key, right_n)
                    && may_join(core, left_key, left_n, right_key, right_n))) {
        goto done;
    }
    memcpy(joined, left, (size_t)left_length * sizeof(Py_UCS4));
    joined[left_length] = core->zwnj;
    memcpy(joined + left_length + 1, right, (size_t)right_length * sizeof(Py_UCS4));
    Decision whole;
    if (decide(core, joined, left_length + 1 + right_length, &whole) < 0) {
        result = -1;
        goto done;
    }
    release(&whole);
    char kind = kind_at(&whole.kinds, (int)left_n);
    if (kind) { /* the join does not read the right word anew */
        Decision own;
        if (decide(core, right, right_length, &own) < 0) {
            result = -1;
            goto done;
        }
        release(&own);
        for (int i = 0; i < whole.kinds.count; i++) {
            int position = whole.kinds.at[i].position;
            if (position > left_n && written_kind(core, kind_at(&whole.kinds, position))) {
                char own_kind = kind_at(&own.kinds, (int)(position - left_n));
                if (!written_kind(core, own_kind)) {
                    goto done;
                }
            }
        }
    }
    if (!kind) {
        goto done;
    }
    if (kind == core->prefix || kind == core->suffix || kind == core->soft
        || (kind == core->joined && has(core, right_key, right_n, PLURAL_CLITIC))) {
        result = kind;
        goto done;
    }
    int joins;
    if (kind == core->bound_head) {
        joins = !has(core, left_key, left_n, NUMBER);
        for (int i = 0; i < whole.kinds.count && joins; i++) {
            int position = whole.kinds.at[i].position;
            joins = position <= left_n || kind_at(&whole.kinds, position) == core->suffix;
        }
        joins = joins && (!affix || may_compound(core, left_key, left_n, right_key, right_n));
    } else if (kind == core->parted) {
        const Entry *entry = find(core, right_key, right_n);
        int head = (entry != NULL && entry->right_compounds >= core->productive_part_compounds)
            || (entry != NULL && (entry->flags & SCORED) ? entry->score : -1.0) < core->free_word;
        joins = head && !has(core, left_key, left_n, DETERMINER)
            && (!affix || may_compound(core, left_key, left_n, right_key, right_n));
    } else {
        joins = (kind == core->lexicon_compound || kind == core->either)
            && (!affix || may_compound(core, left_key, left_n, right_key, right_n));
    }
    result = joins ? kind : 0;
done:
    PyMem_Free(buffer);
    return result;
}

/* ---- the Python type ---- */

static PyObject *text_of(const Py_UCS4 *letters, Py_ssize_t length) {
#if PY_LITTLE_ENDIAN
    int order = -1;
#else
    int order = 1;
#endif
    /* surrogatepass: a lone surrogate of the input comes back as it came, as in Python */
    return PyUnicode_DecodeUTF32((const char *)letters, length * (Py_ssize_t)sizeof(Py_UCS4), "surrogatepass",
                                 &order);
}

/* The code points of ``text`` (a str; PyMem), or NULL with an exception set. */
static Py_UCS4 *letters_of(PyObject *text, Py_ssize_t *length) {
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "a word is a str");
        return NULL;
    }
    *length = PyUnicode_GetLength(text);
    Py_UCS4 *letters = PyMem_Malloc((size_t)(*length + 1) * sizeof(Py_UCS4));
    if (letters == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    if (PyUnicode_AsUCS4(text, letters, *length + 1, 0) == NULL) {
        PyMem_Free(letters);
        return NULL;
    }
    return letters;
}

static PyObject *kinds_dict(const Core *core, const Analysis *kinds) {
    if (kinds->count == 0) {
        Py_INCREF(core->no_kinds);
        return core->no_kinds;
    }
    PyObject *dict = PyDict_New();
    for (int i = 0; dict != NULL && i < kinds->count; i++) {
        PyObject *position = PyLong_FromLong(kinds->at[i].position);
        PyObject *kind = PyUnicode_FromStringAndSize(&kinds->at[i].kind, 1);
        if (position == NULL || kind == NULL || PyDict_SetItem(dict, position, kind) < 0) {
            Py_CLEAR(dict);
        }
        Py_XDECREF(position);
        Py_XDECREF(kind);
    }
    return dict;
}

static PyObject *decision_of(Core *core, PyObject *form) {
    Py_ssize_t length;
    Py_UCS4 *letters = letters_of(form, &length);
    if (letters == NULL) {
        return NULL;
    }
    Decision decision;
    int status = decide(core, letters, length, &decision);
    PyMem_Free(letters);
    if (status < 0) {
        return NULL;
    }
    PyObject *restored;
    if (decision.changed) {
        restored = text_of(decision.restored, decision.restored_length);
    } else {
        restored = form;
        Py_INCREF(form);
    }
    PyObject *indefinite = decision.has_indefinite ? text_of(decision.indefinite, decision.indefinite_length)
                                                   : (Py_INCREF(Py_None), Py_None);
    PyObject *kinds = kinds_dict(core, &decision.kinds);
    release(&decision);
    if (restored == NULL || indefinite == NULL || kinds == NULL) {
        Py_XDECREF(restored);
        Py_XDECREF(indefinite);
        Py_XDECREF(kinds);
        return NULL;
    }
    PyObject *changed = PyBool_FromLong(decision.changed);
    PyObject *fields = PyTuple_Pack(4, restored, kinds, indefinite, changed);
    Py_DECREF(restored);
    Py_DECREF(kinds);
    Py_DECREF(indefinite);
    Py_DECREF(changed);
    PyObject *arguments = fields != NULL ? PyTuple_Pack(1, fields) : NULL;
    Py_XDECREF(fields);
    if (arguments == NULL) {
        return NULL;
    }
    /* tuple.__new__(Decision, fields), as words.as_decision */
    newfunc tuple_new = (newfunc)PyType_GetSlot(&PyTuple_Type, Py_tp_new);
    PyObject *result = tuple_new((PyTypeObject *)core->decision_type, arguments, NULL);
    Py_DECREF(arguments);
    return result;
}

/* The role of ``form`` (a str) on the ``right`` or the left of a join. */
static long role_of(const Core *core, const Py_UCS4 *form, Py_ssize_t length, int right, int *failed) {
    Py_UCS4 *key = PyMem_Malloc((size_t)(length + 1) * sizeof(Py_UCS4));
    if (key == NULL) {
        PyErr_NoMemory();
        *failed = 1;
        return 0;
    }
    Py_ssize_t n = key_of(core, form, length, key, right);
    long role = right ? right_role(core, key, n)
                      : left_role(core, key, n, length && form[length - 1] == core->heh_yeh);
    PyMem_Free(key);
    return role;
}

static PyObject *role_call(Core *core, PyObject *form, int right) {
    Py_ssize_t length;
    Py_UCS4 *letters = letters_of(form, &length);
    if (letters == NULL) {
        return NULL;
    }
    int failed = 0;
    long role = role_of(core, letters, length, right, &failed);
    PyMem_Free(letters);
    return failed ? NULL : PyLong_FromLong(role);
}

static PyObject *left_role_of(Core *core, PyObject *form) { return role_call(core, form, 0); }
static PyObject *right_role_of(Core *core, PyObject *form) { return role_call(core, form, 1); }

/* ``value`` stored for ``key`` (of ``size`` characters) in ``cache`` unless the key is too long; 0, or -1 with
 * an exception set. */
static int remember(Core *core, Cache *cache, PyObject *key, Py_ssize_t size, PyObject *value) {
    if (size > core->memo_key_characters) {
        return 0;
    }
    if (PyDict_Size(cache->recent) >= core->memo_entries) {
        PyObject *recent = PyDict_New();
        if (recent == NULL) {
            return -1;
        }
        Py_DECREF(cache->older);
        cache->older = cache->recent;
        cache->recent = recent;
    }
    return PyDict_SetItem(cache->recent, key, value);
}

static PyObject *Core_word_code(Core *core, PyObject *form) {
    Py_ssize_t length;
    Py_UCS4 *letters = letters_of(form, &length);
    if (letters == NULL) {
        return NULL;
    }
    Decision decision;
    int status = decide(core, letters, length, &decision);
    PyMem_Free(letters);
    if (status < 0) {
        return NULL;
    }
    PyObject *restored = decision.changed ? text_of(decision.restored, decision.restored_length) : form;
    int failed = restored == NULL
        || remember(core, &core->caches[RESTORED_FORMS], form, length, restored) < 0; /* for plain_joint */
    if (decision.changed) {
        Py_XDECREF(restored);
    }
    long flags = (decision.has_indefinite ? core->after_indefinite_flag : 0)
        | (has(core, decision.restored, decision.restored_length, PARTICIPLE_HEAD_WORD) ? core->participle_head_flag : 0)
        | (decision.changed ? core->changed_flag : 0);
    long right = role_of(core, decision.restored, decision.restored_length, 1, &failed);
    long left = role_of(core, decision.restored, decision.restored_length, 0, &failed);
    release(&decision);
    if (failed) {
        return NULL;
    }
    Py_UCS4 code[2] = {(Py_UCS4)(core->right_codes + (right << core->flag_bits | flags)),
                       (Py_UCS4)(core->left_codes + left)};
    return text_of(code, 2);
}

static PyObject *joint_result(int kind) {
    if (kind < 0) {
        return NULL;
    }
    if (kind == 0) {
        Py_RETURN_NONE;
    }
    char letter = (char)kind;
    return PyUnicode_FromStringAndSize(&letter, 1);
}

/* Analyser._pair_joint of a pair (a tuple) of restored forms. */
static PyObject *pair_joint_of(Core *core, PyObject *pair) {
    if (!PyTuple_Check(pair) || PyTuple_Size(pair) != 2) {
        PyErr_SetString(PyExc_TypeError, "pair_joint((left, right))");
        return NULL;
    }
    Py_ssize_t left_length, right_length;
    Py_UCS4 *left = letters_of(PyTuple_GetItem(pair, 0), &left_length);
    Py_UCS4 *right = left ? letters_of(PyTuple_GetItem(pair, 1), &right_length) : NULL;
    int kind = right ? pair_joint(core, left, left_length, right, right_length) : -1;
    PyMem_Free(left);
    PyMem_Free(right);
    return joint_result(kind);
}

/* The value of ``key`` (of ``size`` characters) in ``cache``, computed by ``compute`` when it is in neither
 * generation (new reference; NULL with an exception set). */
static PyObject *cached(Core *core, Cache *cache, PyObject *key, Py_ssize_t size,
                        PyObject *(*compute)(Core *, PyObject *)) {
    PyObject *value = PyDict_GetItemWithError(cache->recent, key);
    if (value != NULL || PyErr_Occurred()) {
        Py_XINCREF(value);
        return value;
    }
    value = PyDict_Size(cache->older) ? PyDict_GetItemWithError(cache->older, key) : NULL;
    if (value != NULL) {
        Py_INCREF(value);
        if (PyDict_DelItem(cache->older, key) < 0) {
            Py_DECREF(value);
            return NULL;
        }
    } else if (PyErr_Occurred() || (value = compute(core, key)) == NULL) {
        return NULL;
    }
    if (remember(core, cache, key, size, value) < 0) {
        Py_DECREF(value);
        return NULL;
    }
    return value;
}

/* The restored form of a written word (Analyser.decide(word).restored). */
static PyObject *restored_form(Core *core, PyObject *word) {
    Py_ssize_t length;
    Py_UCS4 *letters = letters_of(word, &length);
    if (letters == NULL) {
        return NULL;
    }
    Decision decision;
    int status = decide(core, letters, length, &decision);
    PyMem_Free(letters);
    if (status < 0) {
        return NULL;
    }
    PyObject *restored = word;
    if (decision.changed) {
        restored = text_of(decision.restored, decision.restored_length);
    } else {
        Py_INCREF(word);
    }
    release(&decision);
    return restored;
}

/* Analyser._plain_joint of a pair (a tuple) of written words, from their restored forms (cached). */
static PyObject *plain_joint(Core *core, PyObject *pair) {
    if (!PyTuple_Check(pair) || PyTuple_Size(pair) != 2 || !PyUnicode_Check(PyTuple_GetItem(pair, 0))
        || !PyUnicode_Check(PyTuple_GetItem(pair, 1))) {
        PyErr_SetString(PyExc_TypeError, "plain_joint((left: str, right: str))");
        return NULL;
    }
    PyObject *forms[2];
    for (int side = 0; side < 2; side++) {
        PyObject *word = PyTuple_GetItem(pair, side);
        forms[side] = cached(core, &core->caches[RESTORED_FORMS], word, PyUnicode_GetLength(word), restored_form);
        if (forms[side] == NULL) {
            Py_XDECREF(side ? forms[0] : NULL);
            return NULL;
        }
    }
    Py_ssize_t left_length, right_length;
    Py_UCS4 *left = letters_of(forms[0], &left_length);
    Py_UCS4 *right = left ? letters_of(forms[1], &right_length) : NULL;
    int kind = right ? pair_joint(core, left, left_length, right, right_length) : -1;
    PyMem_Free(left);
    PyMem_Free(right);
    Py_DECREF(forms[0]);
    Py_DECREF(forms[1]);
    return joint_result(kind);
}

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

/* Analyser.codes: the codes of the pieces of a text (gap, word, gap, ..., word, gap) from the first word to
 * the last, a piece read as a word or a gap by its position alone (odd: word, as joints.Analyser._codes): for a
 * gap NEAR when it is one space, else APART; for a word its code (cached). The list is copied first: the
 * pieces' __hash__ and __eq__ (str subclasses) may run Python code that changes it. */
static PyObject *Core_codes(Core *core, PyObject *list) {
    if (!PyList_Check(list)) {
        PyErr_SetString(PyExc_TypeError, "codes(pieces: list)");
        return NULL;
    }
    PyObject *pieces = PyList_AsTuple(list);
    if (pieces == NULL) {
        return NULL;
    }
    Py_ssize_t count = PyTuple_Size(pieces);
    Py_UCS4 *codes = PyMem_Malloc((size_t)(2 * count + 1) * sizeof(Py_UCS4));
    if (codes == NULL) {
        Py_DECREF(pieces);
        return PyErr_NoMemory();
    }
    PyObject *result = NULL;
    Py_ssize_t length = 0;
    for (Py_ssize_t index = 1; index < count - 1; index++) {
        PyObject *piece = PyTuple_GetItem(pieces, index);
        if (!PyUnicode_Check(piece)) {
            PyErr_SetString(PyExc_TypeError, "codes(pieces): a piece is no str");
            goto done;
        }
        if (index % 2 == 0) {
            codes[length++] = PyUnicode_GetLength(piece) == 1 && PyUnicode_ReadChar(piece, 0) == ' ' ? core->near
                                                                                                     : core->apart;
            continue;
        }
        PyObject *code = cached(core, &core->caches[WORD_CODES], piece, PyUnicode_GetLength(piece), Core_word_code);
        if (code == NULL) {
            goto done;
        }
        codes[length++] = PyUnicode_ReadChar(code, 0);
        codes[length++] = PyUnicode_ReadChar(code, 1);
        Py_DECREF(code);
    }
    result = text_of(codes, length);
done:
    PyMem_Free(codes);
    Py_DECREF(pieces);
    return result;
}

static void Core_dealloc(Core *core) {
    PyTypeObject *type = Py_TYPE((PyObject *)core);
    PyMem_Free(core->letters);
    PyMem_Free(core->entries);
    PyMem_Free(core->slots);
    PyMem_Free(core->positions);
    PyMem_Free(core->options);
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
    {"codes", (PyCFunction)Core_codes, METH_O,
     "codes(pieces) -> the codes of the pieces of a text from its first word to its last (cached by word)."},
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
    if (rehash(core, 1 << 16) < 0 || read_constants(core, args[1]) < 0) {
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
