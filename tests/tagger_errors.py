"""The rules' test sentences the default pipeline (rules merged with the learned tagger) still gets wrong, each
with why no merge rule takes it out (measured on the annotations' dev split and corpus-wide, see
persianews.entities.tagger_merge). The rules-only pipeline must pass them; the default one must still fail
them (a strict expected failure: when a retrained model gets one right, drop it from here)."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest

import persianews

#: Sentence → the tagger's error and why the merge keeps it.
KNOWN = {
    "نوری در انتهای تونل دیده می‌شود.":
        "PERSON «نوری» (a surname that is also a word, in no name lexicon): one-word tagger people without "
        "lexicon support are right 0.80 of the time on the dev split",
    "فدراسیون تیراندازی با کمان و هیئت تیراندازی با کمان استان اصفهان توانایی ندارند.":
        "a shorter ORG «فدراسیون تیراندازی»: where the tagger's organisation is a prefix of the rules', "
        "either is right about as often on the dev split",
    "اعضا و هواداران حزب مشارکت و تعدادی از فعالان حضور یافتند.":
        "the party vetoed: party vetoes are right 3 of 3 on the dev split, 4 of 10 corpus-wide",
    "استقلال کشور مهم است.":
        "ORG «استقلال» (a club that is also a word): one-word tagger organisations over an ambiguous "
        "lexicon name are right 0.79 of the time on the dev split",
    "مجلس ختم پدرش دیروز برگزار شد.":
        "ORG «مجلس» for a mourning gathering: the annotations take bare «مجلس» as the parliament (the README's "
        "rule, 29 more train spans corrected this round) and the gathering sense is rare in news (news-dev and "
        "news-dev-2: «مجلس ختم/ترحیم» 0 times, «مجلس عزا» twice, against ~5,000 other bare «مجلس»)",
    "FATF ایران را در فهرست سیاه نگه داشت.":
        "ORG «FATF ایران»: the tagger runs an organisation on over the country after it, as the annotations "
        "write agencies, armies and banks with their country (خبرگزاری اینترفکس روسیه, ارتش پاکستان, بانک "
        "مرکزی ژاپن); the tagger wins organisations (the rules stop at an international body's name)",
    "کشتی کروز در بندر لنگر انداخت.":
        "ORG «کروز» without context: in the annotations' train split «کروز» is inside an ORG 17 of 23 times "
        "(the Iranian company); the tagger wins organisations",
    "🎥\nتارتار: برای برد آمده بودیم نه تساوی":
        "PERSON «تارتار» (a speaker's label) vetoed: the tagger puts no span over it, and speakers' labels the "
        "tagger left out were wrong 13 of 13 times in the cross-validation of the annotations' train split "
        "(«آپدیت:» is 77 of the 121 such labels vetoed on news-dev and telegram-dev; 16 were real names)",
    "به گزارش تورنتواستار، سیل آمد.":
        "the plain-name outlet vetoed: vetoed outlets whose name is neither quoted nor Latin are mostly "
        "not outlets corpus-wide",
}


def tagged(pipeline: Any) -> bool:
    """Whether ``pipeline`` (a Pipeline, or a test's runner with a ``tagged`` attribute) merges the tagger."""
    if hasattr(pipeline, "tagged"):
        return bool(pipeline.tagged)
    return any(getattr(stage, "tagger", False) or getattr(stage, "model", None) for stage in pipeline.stages)


def tagger_error(pipeline: Any, text: str) -> contextlib.AbstractContextManager[Any]:
    """Around a test's assertions on ``text``: with the tagger and a :data:`KNOWN` sentence, they must fail."""
    if tagged(pipeline) and text in KNOWN:
        return pytest.raises(AssertionError)
    return contextlib.nullcontext()


def both_pipelines(stages: tuple[str, ...]) -> Any:
    """A module fixture over the default pipeline of ``stages`` and the rules alone (ids tagger, rules)."""

    @pytest.fixture(scope="module", params=[True, False], ids=["tagger", "rules"])
    def pipeline(request: pytest.FixtureRequest) -> Any:
        return persianews.load(stages=stages, entities={"tagger": request.param})

    return pipeline
