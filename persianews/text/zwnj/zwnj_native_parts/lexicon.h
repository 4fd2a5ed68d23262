/* zwnj_native.c, part: the lexicon handed over. Included by zwnj_native.c in its place; not compiled alone. */

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
