/* zwnj_native.c, part: string helpers and the analyses of words.py. Included by zwnj_native.c in its place; not compiled alone. */

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
