/* zwnj_native.c, part: the inflections and candidates of words.py. Included by zwnj_native.c in its place; not compiled alone. */

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
            continue; /* no letter before the suffix (a word opened by a half-space), as in Python */
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
