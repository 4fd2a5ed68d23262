"""Build ``models/cues.tsv``, the quote-cue lexicon, from the hand list below.

The list is our own (MIT). It was drawn up from Persian news usage and ranked
against counts mined from a development corpus; the corpus text itself is
never copied: ``--mine`` only prints how often each verb phrase stands before
a colon, so that missing cues can be spotted.

Each lemma is inflected (3rd person past singular and plural, present
perfect, past perfect, present); a ZWNJ inside a form marks a joint the text
may write with a space, a ZWNJ or nothing (the matcher accepts all three at
every joint and at every space).

usage: python models/build/build_cues.py [--mine CORPUS.jsonl]
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from pathlib import Path

MODELS = Path(__file__).resolve().parent.parent
OUT = MODELS / "cues.tsv"
Z = "\u200c"

# Light and simple verbs: the last word of a lemma, with its inflected forms. «شد» has no
# present forms: «یادآور می‌شود» is the narrator's aside, not a quote. The bare participle of a light
# verb (تأکید کرده که …, خبر داده) is the present perfect of a news wire written without «است»; the
# bare «گفته» is not listed: it is a noun as often (این گفته، به گفته). The colloquial singular present of
# the posts («ثابتی میگه: …», «می‌نویسه که …»: 136 in telegram-dev, 98 quotes, about 3 in 4 a report, speaker
# right in about 2 of 5) is listed with the written one; the plural «میگن» is mostly impersonal («they say»:
# speaker right in 1 of 13 read) and is gated on a plural subject before it (LEMMAS). The past progressive
# «می‌گفت/می‌گفتند» (what someone used to say or was saying) reports as «گفت» does: 189 quotes in news-dev-2,
# news-dev and telegram-dev, of 40 read 37 the words said (the others a «سخن می‌گفت،» whose comma opens no clause).
# The same past progressive of the light verbs of compound cues and of the other simple verbs of saying («اعلام
# می‌کرد که …», «وعده می‌دادند …», «می‌نوشت: …», «می‌فرمودند …»): the tense, not a lemma, so every cue built on them
# has it; not of «دانست», «خواند», «خواست» («می‌دانست» knew, «می‌خواند» read, «می‌خواست» wanted), nor of «شد». It
# reports a clause or a statement only (PROGRESSIVE_PATTERNS), not a frame before the verb (deem, from, object, on):
# in news-dev-2, news-dev and telegram-dev of 13 such frames read 3 were reports («… از … خبر می‌داد» and «… را …
# عنوان می‌کردند» are mostly a narrative of what something did or was), of 60 clauses read 50.
VERB_FORMS = {
    "کرد": ["کرد", "کردند", "کرده است", "کرده‌اند", "کرده بود", "کرده", "می‌کند", "می‌کنند", "می‌کرد", "می‌کردند"],
    "نمود": ["نمود", "نمودند", "نموده است", "نموده‌اند", "نموده", "می‌نماید", "می‌نمایند", "می‌نمود", "می‌نمودند"],
    "شد": ["شد", "شدند", "شده است", "شده‌اند", "شده بود"],
    "داشت": ["داشت", "داشتند", "داشته است", "داشته‌اند", "می‌دارد", "می‌دارند"],
    "داد": ["داد", "دادند", "داده است", "داده‌اند", "داده بود", "داده", "می‌دهد", "می‌دهند", "می‌داد", "می‌دادند"],
    "ساخت": ["ساخت", "ساختند", "ساخته است", "می‌سازد"],
    "گفت": ["گفت", "گفتند", "گفته است", "گفته‌اند", "گفته بود", "گفته بودند", "می‌گوید", "می‌گویند", "می‌گه",
            "می‌گفت", "می‌گفتند"],
    "افزود": ["افزود", "افزودند", "افزوده است", "افزوده‌اند", "می‌افزاید", "می‌افزایند", "می‌افزود"],
    "نوشت": ["نوشت", "نوشتند", "نوشته است", "نوشته‌اند", "نوشته بودند", "می‌نویسد", "می‌نویسند", "می‌نویسه", "می‌نوشت",
             "می‌نوشتند"],
    "فرمود": ["فرمود", "فرمودند", "فرموده است", "فرموده‌اند", "می‌فرماید", "می‌فرمایند", "می‌فرمود", "می‌فرمودند"],
    "دانست": ["دانست", "دانستند", "دانسته است", "دانسته‌اند", "دانسته بود", "دانسته بودند", "دانسته", "می‌داند",
              "می‌دانند"],
    "ندانست": ["ندانست", "ندانستند", "ندانسته است", "نمی‌داند", "نمی‌دانند"],
    "خواند": ["خواند", "خواندند", "خوانده است", "خوانده‌اند", "خوانده بود", "خوانده بودند", "خوانده", "می‌خواند",
              "می‌خوانند"],
    "برشمرد": ["برشمرد", "برشمردند", "برشمرده است", "برمی‌شمارد", "بر‌می‌شمارد"],
    "شمرد": ["شمرد", "شمردند", "شمرده است", "می‌شمارد"],
    "خواست": ["خواست", "خواستند", "خواسته است", "خواسته‌اند", "خواسته بود"],
    "پرسید": ["پرسید", "پرسیدند", "پرسیده است", "پرسیده‌اند", "پرسیده بود", "می‌پرسد", "می‌پرسند"],
    # «آورد» reports only in its perfects («در یادداشت خود آورده است: …»); its simple past brings, not says
    "برد": ["برد", "بردند", "برده است", "برده‌اند", "برده بود", "برده", "می‌برد", "می‌برند"],
    "آورد": ["آورده است", "آورده‌اند", "آورده بود", "آورده"],
    "است": ["است", "هستند", "بود", "بودند"],
    "دارد": ["دارد", "دارند", "داشت", "داشتند"],
}

PAST_PROGRESSIVE = frozenset(f"می‌{stem}{ending}" for stem in ("کرد", "نمود", "داد", "گفت", "افزود", "نوشت", "فرمود")
                             for ending in ("", "ند"))
"""The past progressive forms of VERB_FORMS («می‌کرد», «می‌دادند», «می‌گفت»): «می‌» before a past stem that is no
present stem («می‌خواند» is both)."""
PROGRESSIVE_PATTERNS = frozenset({"say", "stance", "request", "gated", "promise"})
"""The patterns a past progressive form keeps: the frames before the verb (deem, from, object, on) are dropped."""
BARE_JUDGING = frozenset({"دانسته", "خوانده"})
"""The bare participles of the verbs of judging: gated (``persianews.quotes.cues._gate_open``), a verb only before «و»,
a comma or the sentence's end («… را خطرناک خوانده و …», «… را بعید دانسته.»), not before an auxiliary of the passive
or of another person («خوانده می‌شوند», «خوانده بودم», «خوانده خواهد شد»)."""

# (lemma, kind, patterns). Patterns:
#   say       reporting verb: direct before a colon, indirect before «که»
#   deem      «… را PREDICATE VERB»: the object and its predicate are the content
#   from      «از … VERB»: the content is what «از» introduces
#   on        «بر … VERB»: the content is what «بر» introduces (بر لزوم … تأکید کرد)
#   object    «… را VERB»: the content is the object (… را خواستار شد, … را تأیید کرد)
#   deny      a denial («… را تکذیب کرد»): an object cue whose object must be a claim (persianews.quotes.denials)
#   confirm   a confirmation («… را تأیید کرد»): an object cue whose object must name what was confirmed, not an
#             anaphor or another's words (persianews.quotes.denials.confirms_a_claim)
#   circumfix «OPEN … CLOSE»: the content stands between the two parts
#   stance    a stance verb whose clause may follow without «که»
#   request   «از X VERB (تا/که) …»: the clause after the verb is what the speaker asked for
#   promise   a claim, promise, threat or commitment (indirect only): its bare clause is what was claimed or
#             promised as a «که» clause is («وعده داده بود … حل خواهد شد», «مدعی بودند … وجود دارد»;
#             persianews.quotes.cues.reports_bare_clause)
#   as        a verb of naming, a cue only after «از X به عنوان Y» in its sentence (with gated)
#   ask       a verb of asking: its question before a colon is no quote in a transcript, where the next line
#             is another speaker's turn («خبرنگار از X پرسید:» / «…؟» / «X:»; persianews.quotes.dialogue)
#   according «به گفته X، …»: the rest of the sentence is X's statement
#   noun      «با/ضمن NOUN (بر/به) اینکه …»: a reported clause by the clause's subject
#   head      a word that opens a speaker phrase (headline style «X: …»)
#   label     a word that is never a speaker before a colon
#   medium    a word for what someone posted, before its owner («پست ترامپ، ترجمه ماشین: …» is ترامپ's)
#   honorific a word that stands before a name (حجت‌الاسلام حسن ترابی is a name, not a title)
#   gated     a cue only right before «که» or a colon: the bare participle «گفته» is a noun as often
#             (این گفته، گفته‌های، گفته می‌شود), the colloquial past «گفتن» an infinitive; the colloquial
#             plural present «می‌گن» only right after a plural subject (persianews.quotes.cues._group_before)
LEMMAS = [
    # simple verbs of saying
    ("گفت", "both", "say"),
    ("افزود", "both", "say"),
    ("نوشت", "both", "say"),
    ("فرمود", "both", "say"),
    # the bare participle of a wire written without «است» and the colloquial past (Telegram):
    # «X گفته که …», «X نوشته: …», «X گفتن که …», «X در بیانیه افزوده که …» (not «ارزش افزوده»)
    ("گفته", "both", "say,gated"),
    ("نوشته", "both", "say,gated"),
    ("گفتن", "both", "say,gated"),
    ("نوشتن", "both", "say,gated"),
    ("افزوده", "both", "say,gated"),
    # «کاربران میگن …», «مقامات میگن …»: the colloquial plural present after a group; alone it is
    # impersonal («میگن …», «they say»: speaker right in 1 of 13 read)
    ("می‌گن", "both", "say,gated"),
    # compound verbs of saying (ZWNJ: optional joint)
    ("اظهار داشت", "both", "say"),
    ("اظهار کرد", "both", "say"),
    ("اظهار نمود", "both", "say"),
    ("ادامه داد", "both", "say"),
    ("تصریح کرد", "both", "say"),
    ("تصریح نمود", "both", "say"),
    ("تصریح داشت", "both", "say"),
    ("خاطر‌نشان کرد", "both", "say"),
    ("خاطر‌نشان ساخت", "both", "say"),
    ("خاطر‌نشان نمود", "both", "say"),
    ("بیان کرد", "both", "say"),
    ("بیان داشت", "both", "say"),
    ("بیان نمود", "both", "say"),
    ("یاد‌آور شد", "both", "say"),
    ("یاد‌آوری کرد", "both", "say"),
    ("عنوان کرد", "both", "say,deem"),
    ("عنوان داشت", "both", "say"),
    ("عنوان نمود", "both", "say,deem"),
    ("تأکید کرد", "both", "say,on"),
    ("تأکید نمود", "both", "say,on"),
    ("تأکید داشت", "both", "say,on"),
    # the present «… تأکید دارد/دارند که …»: 35 before «که» or a colon in news-dev-2 and news-dev (lines ≢ 3 mod 4),
    # all read, each a reported proposition (of a person, a group, a letter or an organisation); indirect only: a
    # bare clause after it read wrong in 2 of 5
    ("تأکید دارد", "indirect", "say,on"),
    ("اصرار کرد", "indirect", "on"),
    ("اصرار داشت", "indirect", "on"),
    ("اضافه کرد", "both", "say"),
    ("اضافه نمود", "both", "say"),
    ("اعلام کرد", "both", "say,deem"),
    ("اعلام داشت", "both", "say"),
    ("اعلام نمود", "both", "say,deem"),
    ("متذکر شد", "both", "say"),
    ("اذعان کرد", "both", "say"),
    ("اذعان داشت", "both", "say"),
    ("اذعان نمود", "both", "say"),
    ("ابراز کرد", "both", "say"),
    ("ابراز داشت", "both", "say"),
    ("اظهار امیدواری کرد", "both", "say,stance"),
    ("ابراز امیدواری کرد", "both", "say,stance"),
    ("اظهار تأسف کرد", "both", "say"),
    ("ابراز تأسف کرد", "both", "say"),
    ("ابراز نگرانی کرد", "both", "say"),
    ("اظهار نگرانی کرد", "both", "say"),
    ("ابراز خرسندی کرد", "both", "say"),
    ("اظهار خرسندی کرد", "both", "say"),
    ("اظهار نظر کرد", "direct", "say"),
    # verbs of asking, before a colon only («مجری از X پرسید: …», «این نشریه می‌پرسد: «…»»): in the 50 dev sets
    # the 6 such questions are all quotes, while of 28 bare, comma or «که» clauses after them («خبرنگار پرسید آیا …»,
    # «باید پرسید چرا …») 3 are (an indirect question, a rhetorical one or a passive «پرسیده شد»)
    ("پرسید", "direct", "say,ask"),
    ("سؤال کرد", "direct", "say,ask"),
    ("پرسش کرد", "direct", "say,ask"),
    # verbs of writing and telling before a colon only («او در توییت خود آورده است: «…»», «X ماجرا را این‌گونه
    # روایت می‌کند: …», «وی جزئیات را چنین شرح داد: …»): in news-dev-2, news-dev and telegram-dev 31 «آورده» before a
    # colon, all read the written words of the subject (a person, an outlet, a statement); «روایت/شرح/توجیه» 4, all
    # read quotes. Direct and gated: a cue only before a colon (or «که», words in guillemets); elsewhere «به دست
    # آورده است», «ماجرا را روایت کرد» narrate and must not end a statement that runs over them
    ("آورد", "direct", "say,gated"),
    ("روایت کرد", "direct", "say,gated"),
    ("شرح داد", "direct", "say,gated"),
    ("توجیه کرد", "direct", "say,gated"),
    ("خبر داد", "both", "say,from"),
    ("توضیح داد", "both", "say"),
    ("هشدار داد", "both", "say"),
    ("گزارش داد", "both", "say"),
    ("گزارش کرد", "both", "say"),
    ("پاسخ داد", "both", "say"),
    ("مدعی شد", "both", "say"),
    # the wire's bare participle «مدعی شده» («شد» has no bare «شده» form: mostly a passive), a cue only right before
    # «که» or a colon (gated): 45 so in news-dev-2, news-dev (lines ≢ 3 mod 4) and telegram-dev, 10 of 10 read a
    # report of a claim («خبرگزاری X مدعی شده که …»). Not «مدعی است/بود»: narrative as often (round 14)
    ("مدعی شده", "both", "say,gated,promise"),
    # the copula «X مدعی است/هستند/بود/بودند/‌اند که …» (X claims that …), gated like «مدعی شده»: a cue only right before
    # «که» or a colon. 47 before «که» in news-dev, news-dev-2 and telegram-dev, 28 of 30 read a claim by the subject
    # (the others a narrative «یک ایرانی … مدعی است که …»); alone («مدعی است و …») it is narrative as often (round 14)
    ("مدعی است", "indirect", "say,gated,promise"),
    ("ادعا کرد", "both", "say"),
    ("استدلال کرد", "both", "say"),
    ("اطلاع داد", "both", "say"),
    ("اعتراف کرد", "both", "say"),
    ("فاش کرد", "both", "say"),
    ("تأیید کرد", "both", "say,object,confirm"),
    ("دستور داد", "indirect", "say,request"),
    ("حاکی است", "indirect", "say"),
    ("تشریح کرد", "direct", "say"),
    ("مطرح کرد", "direct", "say"),
    ("تبیین کرد", "direct", "say"),
    ("اشاره کرد", "both", "say"),
    ("پیشنهاد کرد", "both", "say"),
    ("پیشنهاد داد", "both", "say"),
    ("توصیه کرد", "both", "say"),
    ("اطمینان داد", "indirect", "say"),
    ("قول داد", "indirect", "say,promise"),
    # threats and promises, cues only right before «که» or a colon (gated: elsewhere «… را تهدید می‌کنند، …» is no
    # report and must not end a statement) and indirect only: counted before «که» in news-dev-2, news-dev (lines
    # ≢ 3 mod 4) and telegram-dev, «تهدید کرد/کرده/می‌کند …» 55 and «وعده داد/داده …» 24; of 24 read, 23 report
    # what the subject threatened or promised (one a narrative «وعده می‌دهد»)
    ("تهدید کرد", "indirect", "say,gated,promise"),
    ("وعده داد", "indirect", "say,gated,promise"),
    # commitments, gated and indirect alike: «X متعهد شد/شده که …» (15 before «که» in news-dev-2, news-dev and
    # telegram-dev, all read: what the subject committed to; none before a colon)
    ("متعهد شد", "indirect", "say,gated,promise"),
    ("متعهد شده", "indirect", "say,gated,promise"),
    ("توییت کرد", "indirect", "say"),
    ("یاد‌آوری نمود", "both", "say"),
    ("پیش‌بینی کرد", "both", "say,stance"),
    ("معتقد است", "both", "say,stance"),
    ("بر این باور است", "both", "say,stance"),
    ("عقیده دارد", "indirect", "stance"),
    ("اعتقاد دارد", "indirect", "stance"),
    # the present «… X دارد/دارند که …» of a stance noun (admits, insists, is sure, believes, expects, complains that …):
    # counted before «که» or a colon in news-dev-2, news-dev and telegram-dev, «انتظار» 25, «باور» 19, «اصرار» 16,
    # «اطمینان» 14, «یقین» 6, «اذعان» 3, «شکایت» 2; indirect only, as «تأکید دارد» (a «که» clause, not a bare one);
    # after the lemmas of their other tenses («اذعان داشت» stays a cue of both kinds)
    ("اذعان دارد", "indirect", "say"),
    ("اصرار دارد", "indirect", "say"),
    ("اطمینان دارد", "indirect", "say"),
    ("باور دارد", "indirect", "say"),
    ("یقین دارد", "indirect", "say"),
    ("انتظار دارد", "indirect", "say"),
    ("شکایت دارد", "indirect", "say"),
    # verbs of judging: «X را Y دانست»
    ("دانست", "indirect", "deem"),
    ("ندانست", "indirect", "deem"),
    ("خواند", "indirect", "deem"),
    ("برشمرد", "indirect", "deem"),
    ("شمرد", "indirect", "deem"),
    ("توصیف کرد", "indirect", "deem"),
    ("ارزیابی کرد", "indirect", "deem"),
    ("تلقی کرد", "indirect", "deem"),
    ("قلمداد کرد", "indirect", "deem"),
    ("ذکر کرد", "indirect", "deem"),
    ("تعبیر کرد", "indirect", "deem"),
    # accusing and likening: «X را به Y متهم کرد», «X را به Y تشبیه کرد» (issue 13, class 1: ~120 in news-dev-2, news-dev
    # and telegram-dev; «نامید» is left out: as often «آنچه را X می‌نامد» or an impersonal «می‌توان … نامید»)
    ("متهم کرد", "indirect", "deem"),
    ("تشبیه کرد", "indirect", "deem"),
    # presenting, «X را Y معرفی کرد» (round 28: 13 such gold quotes missed on the dev sets); not an appointment, a
    # referral, nor with a subject that is no entity or pronoun (persianews.quotes.introductions)
    ("معرفی کرد", "indirect", "deem"),
    ("معرفی نمود", "indirect", "deem"),
    # naming, «از X به عنوان Y یاد کرد/نام برد» (called X a Y; round 28: 6 such gold quotes missed on the dev sets):
    # a cue only in that frame (as: persianews.quotes.cues._gate_open); elsewhere «از شهدا یاد کرد» remembers
    ("یاد کرد", "indirect", "from,gated,as"),
    ("نام برد", "indirect", "from,gated,as"),
    ("خواستار شد", "indirect", "object"),
    ("خواهان شد", "indirect", "object"),
    # denials: «X را تکذیب کرد/انکار کرد/رد کرد»: the object is the claim denied (issue 13). Gated (deny, in
    # persianews.quotes.denials): no anaphor alone («آن را رد کرد», «این خبر را تکذیب کرد»: the claim stands
    # elsewhere), and «رد کرد», which rejects proposals and bills as often, only on a claim, an event or «هرگونه …»
    ("تکذیب کرد", "indirect", "object,deny"),
    ("انکار کرد", "indirect", "object,deny"),
    ("رد کرد", "indirect", "object,deny"),
    # requests: «از X خواست (تا) …», «از X درخواست کرد (که) …»
    ("خواست", "indirect", "request"),
    ("درخواست کرد", "indirect", "request"),
    ("درخواست نمود", "indirect", "request"),
    ("درخواست کرده", "indirect", "request"),
    ("مأموریت داد", "indirect", "request"),
    # discontinuous verbs
    ("خواستار … شد", "indirect", "circumfix"),
    ("خواهان … شد", "indirect", "circumfix"),
    # attribution phrases
    ("به گفته", "indirect", "according"),
    ("به اعتقاد", "indirect", "according"),
    ("به عقیده", "indirect", "according"),
    ("به باور", "indirect", "according"),
    ("به تعبیر", "indirect", "according"),
    ("به زعم", "indirect", "according"),
    ("به اذعان", "indirect", "according"),
    ("به نوشته", "indirect", "according"),
    ("به ادعای", "indirect", "according"),
    ("طبق گفته", "indirect", "according"),
    ("بر اساس گفته", "indirect", "according"),
    ("بنا بر گفته", "indirect", "according"),
    ("به گفته‌ی", "indirect", "according"),
    ("طبق گفته‌های", "indirect", "according"),
    ("بر اساس گفته‌های", "indirect", "according"),
    ("بنا بر گفته‌های", "indirect", "according"),
    ("بر پایه گفته", "indirect", "according"),
    ("بر پایه گفته‌های", "indirect", "according"),
    ("طبق ادعای", "indirect", "according"),
    ("بر اساس ادعای", "indirect", "according"),
    ("بنا بر ادعای", "indirect", "according"),
    ("طبق اظهارات", "indirect", "according"),
    ("بر اساس اظهارات", "indirect", "according"),
    ("بنا بر اظهارات", "indirect", "according"),
    # only with a named source (a person, an organisation or a pronoun): see indirect.according_quotes
    ("به تأکید", "indirect", "according"),
    ("طبق اعلام", "indirect", "according"),
    ("بر اساس اعلام", "indirect", "according"),
    ("بنا بر اعلام", "indirect", "according"),
    # «با اعلام باشگاه X، …» (the source opening right after the cue: not «با اعلام اینکه وزارت …»)
    ("با اعلام", "indirect", "according"),
    # reporting nouns before a clause: «با بیان اینکه …»
    ("بیان", "indirect", "noun"),
    ("تأکید", "indirect", "noun"),
    ("اشاره", "indirect", "noun"),
    ("اعلام", "indirect", "noun"),
    ("یاد‌آوری", "indirect", "noun"),
    ("ابراز", "indirect", "noun"),
    ("اذعان", "indirect", "noun"),
    ("تصریح", "indirect", "noun"),
    # «با ذکر این مطلب که …», «با طرح این ادعا که …» (14 in news-dev-2, news-dev and telegram-dev, all read: the
    # subject's own statement)
    ("ذکر", "indirect", "noun"),
    ("طرح", "indirect", "noun"),
]

# First-person verbs of saying (pattern ``first``): «… به او گفتم که …», «من می‌گویم …», «عرض کردم: …». In an
# interview or a memoir they report what the speaker of the account said; the speaker is that voice
# (persianews.quotes.first_person), never a subject before the verb. Only verbs of saying: a first-person stance
# («معتقدم», «فکر می‌کنم») is the speaker's own view, not a quote within the account.
FIRST_PERSON = {
    "گفت": ["گفتم", "گفتیم", "می‌گویم", "می‌گوییم", "گفته‌ام", "گفته‌ایم", "گفته بودم", "گفته بودیم", "می‌گفتم"],
    "عرض کرد": ["عرض کردم", "عرض کردیم", "عرض می‌کنم"],
    "پیشنهاد کرد": ["پیشنهاد کردم", "پیشنهاد کردیم"],
}

# Words that open a speaker phrase in headline style («سخنگوی وزارت بهداشت: …»).
SPEAKER_HEADS = """
سخنگوی سخنگو وزیر وزارت وزارتخانه رئیس رییس رئیس‌جمهور رئیس‌جمهوری معاون مشاور دبیر دبیرکل
نماینده نمایندگان فرماندار فرمانداری استاندار استانداری بخشدار بخشداری شهردار شهرداری
فرمانده فرماندهی سفیر سفارت کاردار مدیرکل مدیر مدیرعامل مسئول
رهبر رهبری امام دادستان دادستانی قاضی رئیس‌کل عضو اعضای کارشناس
خبرگزاری روزنامه شبکه پایگاه تلویزیون رادیو رسانه رسانه‌های منابع منبع
سازمان اداره اداره‌کل ستاد ستاد‌کل شورای شورا مجلس دولت قوه‌قضائیه کمیسیون کمیته
روابط‌عمومی پلیس سپاه ارتش نیروی قرارگاه بسیج انتظامی هلال‌احمر اورژانس بانک بانک‌مرکزی
دانشگاه جمعیت حزب جبهه جنبش گروه اتحادیه انجمن کانون بنیاد شرکت دفتر کاخ‌سفید پنتاگون
""".split()

# Words that stand before a name.
HONORIFICS = """
حجت‌الاسلام حجت‌الاسلام‌والمسلمین آیت‌الله سردار سرلشکر سرتیپ سرهنگ سرگرد دریادار امیر
دکتر مهندس ماموستا شیخ سید سیده آقای خانم استاد پرزیدنت پرنس
""".split()

# Words that stand before a colon without being a speaker.
LABELS = """
عکس تصویر فیلم ویدئو ویدیو مکان زمان تاریخ ساعت منبع منابع نشانی آدرس لینک پیوند توضیح
موضوع عنوان تیتر خلاصه متن پیام پانویس یادداشت شماره تلفن نمابر ایمیل سایت کد
ترکیب نتیجه نتایج گل داور برنده برندگان جدول امتیاز بازیکنان تیم
سوال سؤال پرسش پاسخ جواب نکته نکات هدف اهداف شرح شرایط مهلت هزینه قیمت مبلغ
نامه بیانیه اطلاعیه برنامه برنامه‌ها بخش فصل ماده تبصره بند گزارش گزارشگر تهیه تنظیم ترجمه مترجم نویسنده
عکاس خبرنگار تدوین کارگردان مجری میهمان مهمان
خبر فوری آپدیت بروزرسانی به‌روزرسانی پیام‌ها پیام‌های
ارسالی دریافتی ویدیوی ویدئوی تصاویر فیلم‌های پیش‌تر پیشتر یادآوری پی‌نوشت واقعیت حقیقت چرا جزئیات
جمع‌بندی عناوین محل شروط نحوه نزدیک‌ترین هم‌اکنون همزمان الان
""".split()
"""The last two lines: labels of Telegram posts, each counted before a colon in the telegram-dev corpus
(«ارسالی:» 36, «ویدیوی دریافتی:» 21, «تصاویر دریافتی:» 13, «نزدیک‌ترین شهرها:» 12, «چرا مهم است:» 12, «واقعیت:» 11,
«پیش‌تر:» 9, «یادآوری:» 8, «حقیقت:» 7, «محل وقوع:» 6, «شروط …:» 6 …), where they had been read as short names."""

# Words for a post, before its owner in a Telegram speaker line («پست‌های ترامپ، ترجمه ماشین: …»).
MEDIA = """
پست پست‌ها پست‌های توییت توییت‌ها توییت‌های توئیت توئیت‌ها توئیت‌های
ادعا ادعای اظهارات واکنش هشدار تهدید روایت مواضع توصیه
بیانیه اطلاعیه پیام گزارش اعتراف
""".split()
"""The second line: what someone claimed or warned, before its owner («ادعای العربیه: …» 79, «اظهارات X: …» 15,
«واکنش X: …» 13, «هشدار X: …» 6, «تهدید X: …» 4 in the telegram-dev corpus); the owner speaks when an entity.
The last line: a statement, a message, a report or an admission before its issuer («بیانیه سنتکام: …»,
«اطلاعیهٔ سپاه: …», «پیام قالیباف به …: …», «گزارش CNN: …», «اعتراف شرکت نفت امارات: …»: 44 lines no quote
covered in the telegram-dev corpus); they stay labels when no entity follows («پیام دریافتی:», «گزارش مردمی:»)."""


def forms(lemma: str) -> list[str]:
    """The inflected forms of a lemma (its last word conjugated when it is a known verb)."""
    if "…" in lemma:
        opener, closer = (part.strip() for part in lemma.split("…"))
        # The bare participle closes a conjoined clause: «خواستار … شده و …».
        closers = [*VERB_FORMS.get(closer, [closer]), f"{closer}ه"]
        return [f"{opener} … {form}" for form in closers]
    head, _, verb = lemma.rpartition(" ")
    if verb not in VERB_FORMS or (not head and verb in ("است", "دارد")):
        return [lemma]
    if verb == "است":
        # the plural written on the last word («معتقدند», «بر این باورند»: 55 of 60 in the news corpora) or apart
        # after a final vowel letter the plural takes «‌اند» («مدعی‌اند»)
        plural = f"{head}{Z}اند" if head.endswith("ی") else f"{head}ند"
        return [f"{head} است", plural, f"{head} هستند", f"{head} بود", f"{head} بودند"]
    return [f"{head} {form}".strip() for form in VERB_FORMS[verb]]


def rows():
    seen = set()
    for lemma, kind, all_patterns in LEMMAS:
        for form in forms(lemma):
            patterns = all_patterns
            if form.rpartition(" ")[2] in PAST_PROGRESSIVE:
                patterns = ",".join(p for p in all_patterns.split(",") if p in PROGRESSIVE_PATTERNS)
                patterns = "" if patterns == "gated" else patterns  # a gate alone reports nothing
            elif form in BARE_JUDGING:
                patterns = f"{all_patterns},gated"
            key = (form, patterns)
            if patterns and key not in seen:
                seen.add(key)
                yield form, kind, patterns, lemma.replace(Z, "")
    for lemma, first_forms in FIRST_PERSON.items():
        for form in first_forms:
            yield form, "both", "say,first", lemma.replace(Z, "")
    for word in SPEAKER_HEADS:
        yield word, "none", "head", word
    for word in LABELS:
        yield word, "none", "label", word
    for word in HONORIFICS:
        yield word, "none", "head,honorific", word
    for word in MEDIA:
        yield word, "none", "medium", word


def write() -> int:
    header = [
        "quote cues: reporting verbs and phrases, speaker heads, non-speaker labels and post media",
        "source: hand-written list of the persianews developers (licence MIT),",
        "ranked against counts of verb phrases before colons in a news development corpus",
        "built by: python models/build/build_cues.py",
        "a space or ZWNJ in a form matches a space, a ZWNJ or nothing in the text",
        "columns: form\tkind\tpatterns\tlemma",
    ]
    count = 0
    with open(OUT, "w", encoding="utf-8", newline="\n") as handle:
        for line in header:
            handle.write(f"# {line}\n")
        for row in rows():
            handle.write("\t".join(row) + "\n")
            count += 1
    return count


def mine(path: Path, top: int = 80) -> None:
    """Print the verb phrases most often seen before a colon, marking those not in the lexicon."""
    known = {re.sub(f"[ {Z}]", "", form) for form, _, _, _ in rows()}
    counts: collections.Counter[str] = collections.Counter()
    phrase = re.compile(rf"(\S+)[ {Z}]?(کرد|شد|داشت|داد|ساخت|نمود|کردند|شدند|داشتند|دادند|\S+)\s*:")
    fold = str.maketrans({"ي": "ی", "ك": "ک", "أ": "ا"})
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            for text in [record.get("abstract", ""), *record.get("paragraphs", [])]:
                for match in phrase.finditer(text.translate(fold)):
                    counts[f"{match.group(1)} {match.group(2)}"] += 1
    known_folded = {k.translate(fold) for k in known}
    for item, count in counts.most_common(top):
        mark = " " if re.sub(f"[ {Z}]", "", item) in known_folded or item.split()[-1] in known_folded else "+"
        print(f"{mark} {count:6d}  {item}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mine", type=Path, help="print cue candidates counted in a news JSONL corpus")
    args = parser.parse_args()
    if args.mine:
        mine(args.mine)
    else:
        print(f"wrote {write()} rows to {OUT}")


if __name__ == "__main__":
    main()
