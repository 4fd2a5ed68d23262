/* zwnj_native.c, part: decisions. Included by zwnj_native.c in its place; not compiled alone. */

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
