/* zwnj_native.c, part: the hash table of the words. Included by zwnj_native.c in its place; not compiled alone. */

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
