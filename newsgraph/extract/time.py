"""extract.time: time expressions normalised against the publication date (TIMEX3 values).

Fills ``analysis.times`` with ``TimeExpression`` records. A TIMEX3 ``mod`` ("Anfang 2025" ->
value 2025, mod START) has no field of its own in the data model, so it rides in
``span.label``. Without a publication date there is no anchor, so relative expressions keep
an empty value and only explicit dates are resolved.
"""

from __future__ import annotations

import re
from datetime import date

from ..model import Analysis, TimeExpression, stable_id
from ..registry import component
from .timex_rules import find_times


def sentence_spans(analysis: Analysis, doc=None) -> list[tuple[int, int]]:
    """Sentence boundaries: the nlp stage's records, else the doc, else the whole text."""
    if analysis.sentences:
        return [(s.span.start, s.span.end) for s in analysis.sentences]
    if doc is not None and doc.has_annotation("SENT_START"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    return [(0, len(analysis.article.text))]


def times_for(analysis: Analysis, doc=None) -> list[TimeExpression]:
    art = analysis.article
    dct = art.published
    lang = art.language or "de"
    out: list[TimeExpression] = []
    # the last day the article named: a bare "am Abend" in a later sentence is that day's evening
    ref = None
    for s0, s1 in sentence_spans(analysis, doc):
        sent = art.text[s0:s1]
        for t in find_times(sent, dct or date.today(), lang, ref):
            if dct is not None and t.type in ("DATE", "TIME") and re.fullmatch(r"\d{4}-\d\d-\d\d", t.value[:10]):
                ref = date.fromisoformat(t.value[:10])
            value = t.value
            # relative values mean nothing without an anchor; keep only explicit ones
            if dct is None and not _explicit(value, t.text):
                value = ""
            span = art.span(s0 + t.start, s0 + t.end, label=t.mod)
            out.append(TimeExpression(
                id=stable_id("tx", art.id, span.start, span.end),
                article_id=art.id, span=span, type=t.type, value=value,
            ))
    return out


def _explicit(value: str, text: str) -> bool:
    year = value[:4]
    return year.isdigit() and year in text


@component("extract.time")
def make_time_extractor(**settings):
    def extract_time(analysis: Analysis, doc) -> None:
        analysis.times = times_for(analysis, doc)

    return extract_time
