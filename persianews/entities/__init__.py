"""Entities and officials, fully offline: lexicons compiled into one automaton, and grammar rules.

* :mod:`~persianews.entities.keys`: matching keys (spelling variants fold together);
* :mod:`~persianews.entities.trie`: the lexicons' trie;
* :mod:`~persianews.entities.matcher`: a document's token view and its lexicon matches;
* :mod:`~persianews.entities.lexicons`: the data files of ``models/``, loaded once;
* :mod:`~persianews.entities.words`: what a single word is (function word, verb, surname-shaped …);
* :mod:`~persianews.entities.places`, :mod:`~persianews.entities.organizations`,
  :mod:`~persianews.entities.titles`, :mod:`~persianews.entities.people`: the rules per label;
* :mod:`~persianews.entities.extract`: candidates resolved into nested entities;
* :mod:`~persianews.entities.linker`: clusters and officials.
"""
