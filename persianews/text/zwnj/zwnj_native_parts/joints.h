/* zwnj_native.c, part: roles and joints (joints.py). Included by zwnj_native.c in its place; not compiled alone. */

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
