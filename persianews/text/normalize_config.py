"""The configuration of normalization and the registry of its rules.

:mod:`persianews.text.normalize` defines the built-in rules (each registered
by :func:`rule`, in the order it applies them) and runs them.
"""

from __future__ import annotations

import re
from typing import Callable, Literal, Mapping, Union

import attrs
import regex

from persianews.records import Span
from persianews.text.alignment import Edit

ZWNJ = "\u200c"
ARABIC_LETTER = r"[\u0620-\u063F\u0641-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF]"
"""A letter of the Arabic script (tatweel, marks and digits excluded)."""

RuleFunction = Callable[[str, "NormalizationConfig"], list[Edit]]
Pattern = Union[re.Pattern, regex.Pattern]
DIGIT_SYSTEMS = ("ascii", "fa", "keep")


def _known_rule_names(instance: NormalizationConfig, attribute: attrs.Attribute, names: frozenset[str]) -> None:
    unknown = sorted(names - RULES_BY_NAME.keys())
    if unknown:
        raise ValueError(f"unknown normalization rule(s) {', '.join(unknown)}; "
                         f"known rules: {', '.join(RULES_BY_NAME)}")


@attrs.frozen
class NormalizationConfig:
    """Which rules run and how; an immutable value (change it with ``attrs.evolve``).

    * ``digits``: ``"ascii"`` (default), ``"fa"`` (Persian digits) or ``"keep"``.
    * ``half_spaces``: restore ZWNJ in prefixes, suffixes and compounds (default on).
    * ``guillemets``: paired ``"…"`` and ``“…”`` around Persian text become ``«…»`` (on).
    * ``punctuation_spacing``: no space before punctuation, one after it (on).
    * ``disabled``: names of further rules to skip (see :data:`RULES`).
    * ``explain``: record every edit of every rule in :attr:`NormalizedText.changes`.
    * ``extra_rules``: rules of your own (:meth:`Rule.custom`), run after the letter and spacing
      rules and before half-space restoration, with the alignment kept: the hook for spelling
      correction or informal-to-formal conversion, which persianews does not ship.
    """

    digits: Literal["ascii", "fa", "keep"] = attrs.field(default="ascii", validator=attrs.validators.in_(DIGIT_SYSTEMS))
    half_spaces: bool = True
    guillemets: bool = True
    punctuation_spacing: bool = True
    disabled: frozenset[str] = attrs.field(default=frozenset(), converter=frozenset, validator=_known_rule_names)
    explain: bool = False
    extra_rules: tuple["Rule", ...] = attrs.field(default=(), converter=tuple)


@attrs.frozen
class Rule:
    """A named normalization step.

    ``function`` returns the edits to make on a text; ``trigger`` finds what the
    rule could change (a text without a match is skipped at once); ``switch``
    says whether a config turns the rule on; ``characters`` gives, for rules
    that only replace single characters by single characters, the mapping that
    makes the same edits with ``str.replace`` (``trigger`` then finds exactly
    the characters it changes, and no replacement is itself replaced); ``starts`` gives the
    characters that every match of ``trigger`` starts with, for rules that look for rare characters
    (a text without any of them skips the rule without a search; see :func:`normalize`).
    """

    name: str
    doc: str
    function: RuleFunction = attrs.field(repr=False)
    trigger: Callable[[NormalizationConfig], Pattern] = attrs.field(repr=False)
    switch: Callable[[NormalizationConfig], bool] = attrs.field(default=lambda config: True, repr=False)
    characters: Callable[[NormalizationConfig], Mapping[str, str]] | None = attrs.field(default=None, repr=False)
    starts: Callable[[NormalizationConfig], str] | None = attrs.field(default=None, repr=False)

    def enabled(self, config: NormalizationConfig) -> bool:
        """Whether ``config`` turns this rule on."""
        return self.name not in config.disabled and self.switch(config)

    @classmethod
    def custom(cls, function: RuleFunction, trigger: Pattern | None = None) -> Rule:
        """A rule of your own for ``NormalizationConfig.extra_rules``: ``function(text, config)``
        returns sorted, non-overlapping edits ``(start, end, replacement)``; ``trigger`` (default:
        any non-space character) lets texts it does not match skip the rule."""
        pattern = trigger if trigger is not None else _ANY_TEXT
        return cls(function.__name__, " ".join((function.__doc__ or "").split()), function,
                   lambda config: pattern)


@attrs.frozen
class Change:
    """What one rule did: how many edits, and (when explained) each edit in source terms."""

    rule: str
    count: int
    edits: tuple[tuple[Span, str, str], ...] = ()


_ANY_TEXT = re.compile(r"\S")
RULES: list[Rule] = []
"""Every rule, in the order ``normalize`` applies them."""
RULES_BY_NAME: dict[str, Rule] = {}


def rule(trigger: Pattern | Callable[[NormalizationConfig], Pattern],
         switch: Callable[[NormalizationConfig], bool] | None = None,
         characters: Callable[[NormalizationConfig], Mapping[str, str]] | None = None,
         starts: str | Callable[[NormalizationConfig], str] | None = None):
    """Register the decorated function as a rule named after it and documented by its docstring.

    ``trigger`` is a compiled pattern, or a function giving the pattern for a config; ``starts``
    the characters its matches start with (see :class:`Rule`), or a function giving them.
    """
    def register(function: RuleFunction) -> RuleFunction:
        entry = Rule(function.__name__, " ".join((function.__doc__ or "").split()), function,
                     (lambda config: trigger) if isinstance(trigger, (re.Pattern, regex.Pattern)) else trigger,
                     switch or (lambda config: True), characters,
                     (lambda config: starts) if isinstance(starts, str) else starts)
        RULES.append(entry)
        RULES_BY_NAME[entry.name] = entry
        return function
    return register
