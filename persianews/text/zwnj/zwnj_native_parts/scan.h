/* zwnj_native.c, part: a text split into its words and gaps with their codes, and the pairs of words that may
 * join. Included by zwnj_native.c in its place; not compiled alone. */

/* ---- a text's words and codes ---- */

/* Whether ``letter`` is one of WORD_LETTERS (the letters of joints.WORD_OR_GAP's words). */
static int word_letter(const Core *core, Py_UCS4 letter) {
    return letter < WORD_LETTER_LIMIT && (core->word_letters[letter >> 3] >> (letter & 7) & 1);
}

/* The end of the word that starts at ``start`` (a word letter) of ``text``: letters, and further letters after
 * each run of half-spaces (joints.WORD_OR_GAP). */
static Py_ssize_t word_end(const Core *core, const Py_UCS4 *text, Py_ssize_t length, Py_ssize_t start) {
    Py_ssize_t end = start + 1;
    for (;;) {
        while (end < length && word_letter(core, text[end])) {
            end++;
        }
        Py_ssize_t after = end;
        while (after < length && text[after] == core->zwnj) {
            after++;
        }
        if (after == end || after == length || !word_letter(core, text[after])) {
            return end;
        }
        end = after + 1;
    }
}

/* text[start:end] appended to ``pieces``: 0, or -1 with an exception set. */
static int append_slice(PyObject *pieces, PyObject *text, Py_ssize_t start, Py_ssize_t end) {
    PyObject *piece = PyUnicode_Substring(text, start, end);
    if (piece == NULL) {
        return -1;
    }
    int status = PyList_Append(pieces, piece);
    Py_DECREF(piece);
    return status;
}

/* The words split_codes met last, each with its code, in a table indexed by a hash of its letters (one word a
 * slot: a word takes the slot of the one before it there). A word found there is appended to the pieces as the
 * str made when it was met (strs are immutable, so it is the same piece), with no str made nor dict looked up;
 * only words of at most SLOT_LETTERS letters are kept. */
#define WORD_SLOT_COUNT 16384 /* a power of two */
#define SLOT_LETTERS 24

struct WordSlot {
    PyObject *word; /* NULL: an empty slot */
    uint64_t hash;
    Py_ssize_t length;
    Py_UCS4 letters[SLOT_LETTERS], code[2];
};

static void release_word_slots(Core *core) {
    for (Py_ssize_t slot = 0; core->word_slots != NULL && slot < WORD_SLOT_COUNT; slot++) {
        Py_XDECREF(core->word_slots[slot].word);
    }
    PyMem_Free(core->word_slots);
    core->word_slots = NULL;
}

/* FNV-1a of ``length`` letters. */
static uint64_t letters_hash(const Py_UCS4 *letters, Py_ssize_t length) {
    uint64_t hash = 14695981039346656037ULL;
    for (Py_ssize_t index = 0; index < length; index++) {
        hash = (hash ^ letters[index]) * 1099511628211ULL;
    }
    return hash;
}

/* The code of the word text[start:end] (``letters`` are the text's) into codes[0:2], the word appended to
 * ``pieces``: from its slot when the word is there, else made and cached by word (and put in its slot). */
static int word_into(Core *core, PyObject *pieces, PyObject *text, const Py_UCS4 *letters, Py_ssize_t start,
                     Py_ssize_t end, Py_UCS4 *codes) {
    Py_ssize_t length = end - start;
    struct WordSlot *slot = NULL;
    uint64_t hash = 0;
    if (length <= SLOT_LETTERS) {
        if (core->word_slots == NULL
            && (core->word_slots = PyMem_Calloc(WORD_SLOT_COUNT, sizeof(struct WordSlot))) == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        hash = letters_hash(letters + start, length);
        slot = &core->word_slots[hash & (WORD_SLOT_COUNT - 1)];
        if (slot->word != NULL && slot->hash == hash && slot->length == length
            && memcmp(slot->letters, letters + start, (size_t)length * sizeof(Py_UCS4)) == 0) {
            codes[0] = slot->code[0];
            codes[1] = slot->code[1];
            return PyList_Append(pieces, slot->word);
        }
    }
    PyObject *word = PyUnicode_Substring(text, start, end); /* an exact str: hashed and compared in C */
    if (word == NULL) {
        return -1;
    }
    PyObject *code = PyList_Append(pieces, word) < 0 ? NULL
        : cached(core, &core->caches[WORD_CODES], word, length, Core_word_code);
    if (code == NULL) {
        Py_DECREF(word);
        return -1;
    }
    codes[0] = PyUnicode_ReadChar(code, 0);
    codes[1] = PyUnicode_ReadChar(code, 1);
    Py_DECREF(code);
    if (PyErr_Occurred()) {
        Py_DECREF(word);
        return -1;
    }
    if (slot != NULL) {
        Py_XDECREF(slot->word);
        slot->word = word; /* the slot takes the reference */
        slot->hash = hash;
        slot->length = length;
        memcpy(slot->letters, letters + start, (size_t)length * sizeof(Py_UCS4));
        slot->code[0] = codes[0];
        slot->code[1] = codes[1];
    } else {
        Py_DECREF(word);
    }
    return 0;
}

/* Analyser.split_codes(text) -> (pieces, codes), as joints.Analyser._split_codes: the text split into gaps and
 * words (gap, word, gap, ..., word, gap: joints.WORD_OR_GAP.split), and the codes of its words (see
 * joints.CODES): three characters a word, the gap's (APART for the first word; then NEAR when the gap before
 * is one space, else APART) and the word's code (cached by word); "" when the text has no word. Linear in the
 * length of the text (a word's code is computed once per cache life). */
static PyObject *Core_split_codes(Core *core, PyObject *text) {
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "split_codes(text: str)");
        return NULL;
    }
    Py_ssize_t length = PyUnicode_GetLength(text);
    Py_UCS4 *letters = PyUnicode_AsUCS4Copy(text);
    if (letters == NULL) {
        return NULL;
    }
    PyObject *pieces = PyList_New(0), *result = NULL;
    Py_UCS4 *codes = NULL;
    Py_ssize_t codes_used = 0, codes_size = 0, gap_start = 0;
    if (pieces == NULL) {
        goto done;
    }
    for (Py_ssize_t position = 0; position < length; position++) {
        if (!word_letter(core, letters[position])) {
            continue;
        }
        Py_ssize_t end = word_end(core, letters, length, position);
        if (grow((void **)&codes, &codes_size, codes_used + 3, sizeof(Py_UCS4)) < 0
            || append_slice(pieces, text, gap_start, position) < 0) {
            goto done;
        }
        int single_space = position - gap_start == 1 && letters[gap_start] == ' ';
        codes[codes_used] = codes_used && single_space ? core->near : core->apart;
        if (word_into(core, pieces, text, letters, position, end, codes + codes_used + 1) < 0) {
            goto done;
        }
        codes_used += 3;
        gap_start = end;
        position = end - 1;
    }
    if (append_slice(pieces, text, gap_start, length) < 0) {
        goto done;
    }
    PyObject *codes_text = text_of(codes, codes_used);
    if (codes_text != NULL) {
        result = PyTuple_Pack(2, pieces, codes_text);
        Py_DECREF(codes_text);
    }
done:
    PyMem_Free(letters);
    PyMem_Free(codes);
    Py_XDECREF(pieces);
    return result;
}

/* Analyser.pairs(codes) -> list[int], as joints.Analyser._pairs (the ends of joints.PAIRS's matches, over 3):
 * the words whose gap character is NEAR after the left character of a word and before the right character of
 * their own, of roles that may join (JOINABLE_ROLES) and without AFTER_INDEFINITE, found from the left, no two
 * sharing a character. Linear in the length of ``codes``. */
static PyObject *Core_pairs(Core *core, PyObject *codes_text) {
    if (!PyUnicode_Check(codes_text)) {
        PyErr_SetString(PyExc_TypeError, "pairs(codes: str)");
        return NULL;
    }
    Py_ssize_t length = PyUnicode_GetLength(codes_text);
    Py_UCS4 *codes = PyUnicode_AsUCS4Copy(codes_text);
    if (codes == NULL) {
        return NULL;
    }
    PyObject *pairs = PyList_New(0);
    long lefts = 1L << core->left_role_bits, rights = 1L << (core->role_bits + core->flag_bits);
    for (Py_ssize_t position = 1; pairs != NULL && position + 1 < length; position++) {
        if (codes[position] != core->near) {
            continue;
        }
        long left = (long)codes[position - 1] - core->left_codes, right = (long)codes[position + 1] - core->right_codes;
        if (left < 1 || left >= lefts || right < 0 || right >= rights || (right & core->after_indefinite_flag)
            || !core->joinable_roles[left << core->role_bits | right >> core->flag_bits]) {
            continue;
        }
        PyObject *word = PyLong_FromSsize_t((position + 2) / 3);
        if (word == NULL || PyList_Append(pairs, word) < 0) {
            Py_CLEAR(pairs);
        }
        Py_XDECREF(word);
        position++; /* the match takes the right character too */
    }
    PyMem_Free(codes);
    return pairs;
}

/* The constants of the split and the pairs: WORD_LETTERS (a str of the letters of words, each below
 * WORD_LETTER_LIMIT), ROLE_BITS, LEFT_ROLE_BITS and JOINABLE_ROLES (bytes, one per left and right role); 0, or
 * -1 with an exception set. */
static int read_scan_constants(Core *core, PyObject *constants) {
    if (read_integer(constants, "ROLE_BITS", &core->role_bits) < 0
        || read_integer(constants, "LEFT_ROLE_BITS", &core->left_role_bits) < 0) {
        return -1;
    }
    PyObject *letters = PyDict_GetItemString(constants, "WORD_LETTERS");
    PyObject *joinable = PyDict_GetItemString(constants, "JOINABLE_ROLES");
    if (core->role_bits < 0 || core->left_role_bits < 0 || core->role_bits + core->left_role_bits > ROLE_PAIR_BITS
        || core->flag_bits < 0 || core->role_bits + core->flag_bits > 20
        || letters == NULL || !PyUnicode_Check(letters) || joinable == NULL || !PyBytes_Check(joinable)
        || PyBytes_Size(joinable) != 1L << (core->role_bits + core->left_role_bits)) {
        PyErr_SetString(PyExc_ValueError, "zwnj analyser: WORD_LETTERS is a str, JOINABLE_ROLES bytes, one per "
                                          "pair of roles of at most ROLE_PAIR_BITS bits");
        return -1;
    }
    memcpy(core->joinable_roles, PyBytes_AsString(joinable), (size_t)PyBytes_Size(joinable));
    for (Py_ssize_t index = 0; index < PyUnicode_GetLength(letters); index++) {
        Py_UCS4 letter = PyUnicode_ReadChar(letters, index);
        if (letter >= WORD_LETTER_LIMIT) {
            PyErr_SetString(PyExc_ValueError, "zwnj analyser: a letter of WORD_LETTERS is beyond WORD_LETTER_LIMIT");
            return -1;
        }
        core->word_letters[letter >> 3] |= (unsigned char)(1 << (letter & 7));
    }
    return 0;
}
