/* zwnj_native.c, part: the Python type's methods. Included by zwnj_native.c in its place; not compiled alone. */

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

/* The decision of the str ``word`` into ``decision`` (WordAnalyser._decision): 0, or -1 with an exception set. */
static int decide_word(Core *core, PyObject *word, Decision *decision) {
    Py_ssize_t length;
    Py_UCS4 *letters = letters_of(word, &length);
    if (letters == NULL) {
        return -1;
    }
    int status = decide(core, letters, length, decision);
    PyMem_Free(letters);
    return status < 0 ? -1 : 0;
}

static PyObject *decision_of(Core *core, PyObject *form) {
    Decision decision;
    if (decide_word(core, form, &decision) < 0) {
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
    Decision decision;
    if (decide_word(core, form, &decision) < 0) {
        return NULL;
    }
    Py_ssize_t length = PyUnicode_GetLength(form); /* a str: decide_word checked it */
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
    Decision decision;
    if (decide_word(core, word, &decision) < 0) {
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
