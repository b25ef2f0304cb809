"""Trigger hits that name no act the sentence reports (issue #5, round 22, h5).

The lexicon matches words; on unseen text many of its false events are the same words in
another sense or role. Each filter here is one ``[senses]`` key of config/events.toml
(per language; empty is off), read off the errors of the spent blind sets pooled
(models/events_type/MODEL_CARD.md, "Round 22", h5):

- ``participants``: a noun naming who takes part in or suffers an act ("Demonstranten",
  "Verletzten") is a person, not the act, unless the parse makes it the subject of a verb
  (then what they do is the act: "Demonstranten ... haben das Regierungsgebäude besetzt").
- ``historical`` / ``historical_types`` / ``historical_words``: a noun trigger of ``historical_types``
  whose own phrase dates it years before the article ("die Terroranschläge vom 11. September 2001", "das Massaker von Srebrenica 1995"),
  or a named past war ("des Zweiten Weltkrieges"), is a reference to history, not a reported act.
- ``historical_cues``: a noun trigger a few words after a commemoration or anniversary word
  ("anlässlich des 16. Jahrestages der blutigen Niederschlagung") is remembered, not reported.
- ``idioms``: fixed phrases in which a trigger word has no act sense ("mit Hilfe von" = by
  means of, "in der Gewalt" = in the hands of, "für sich entschieden" = won, a disaster
  "forderte zwölf Todesopfer").
- ``sport_context`` / ``sport_senses``: in a sports report, "geschlagen", "verteidigt",
  "entschieden" are results of a game, not assaults, support or decisions.
"""

from __future__ import annotations

import json
import re
from datetime import date

_COMPILED: dict[str, dict] = {}


def _compiled(cfg: dict, lang: str) -> dict:
    key = lang + json.dumps(cfg, sort_keys=True)
    if key in _COMPILED:
        return _COMPILED[key]

    def rx(key: str):
        v = cfg.get(key, {}).get(lang)
        if not v:
            return None
        return re.compile("|".join(f"(?:{p})" for p in v) if isinstance(v, list) else v)

    _COMPILED[key] = out = {
        "participants": rx("participants"),
        "historical": cfg.get("historical", {}).get(lang),
        "historical_types": set(cfg.get("historical_types", {}).get(lang, [])),
        "historical_words": rx("historical_words"),
        "historical_cues": rx("historical_cues"),
        "idioms": rx("idioms"),
        "sport_context": rx("sport_context"),
        "sport_senses": rx("sport_senses"),
    }
    return out


def _noun_word(text: str) -> bool:
    return " " not in text and text[:1].isupper()


_MONTH = r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)"
# what may stand between a noun and the year that dates it: "vom 11. September 2001", "von Srebrenica 1995",
# "im Jahr 1968", "des Jahres 1989"
_DATED = re.compile(r"\s+(?:(?:vom|von|im|aus dem|des|am|in)\s+)?(?:Jahre?s?\s+)?(?:[A-ZÄÖÜ][\w.-]*\s+){0,3}?"
                    r"(?:(?:\d{1,2}\.\s*)?" + _MONTH + r"\s+)?(1[5-9]\d\d|20\d\d)\b")


def _old_year(sent: str, hit, published: date, gap: int) -> bool:
    """Whether the noun of ``hit`` is dated, right after it in its own phrase ("vom 11. September 2001",
    "von Srebrenica 1995"), by a year at least ``gap`` years before ``published``."""
    m = _DATED.match(sent, hit.end)
    return m is not None and published.year - int(m.group(1)) >= gap


def _after_cue(sent: str, hit, cues, reach: int) -> bool:
    """Whether a commemoration or anniversary word stands at most ``reach`` words before ``hit`` in its clause
    ("anlässlich des 16. Jahrestages der blutigen Niederschlagung", "jährte sich zum einundsechzigsten Mal der
    Anschlag"): the act is remembered, not reported."""
    left = sent[:hit.start]
    cut = max(left.rfind(x) for x in (",", ";", ":", "(", "–"))
    words = left[cut + 1:].split()[-reach:]
    return bool(words) and cues.search(" ".join(words)) is not None


def _acting(doc, s0: int, hit) -> bool:
    """Whether the parse makes the noun of ``hit`` the subject of a verb: protesters who storm or occupy
    something are the protest the sentence reports ("haben hunderte Demonstranten ein Treffen ... gestürmt")."""
    if doc is None:
        return False
    span = doc.char_span(s0 + hit.start, s0 + hit.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[-1].dep_ == "nsubj" and span[-1].head.pos_ in ("VERB", "AUX")


def sense_filter(cfg: dict | None, lang: str, sent: str, hits: list, published: date | None = None,
                 doc=None, s0: int = 0) -> list:
    """``hits`` without those the ``[classifier.senses]`` filters (``cfg``) of ``lang`` call no reported act."""
    if not cfg or not hits:
        return hits
    c = _compiled(cfg, lang)
    if not hits or not any(c.values()):
        return hits
    idioms = [(m.start(), m.end()) for m in c["idioms"].finditer(sent)] if c["idioms"] is not None else []
    sport = c["sport_context"] is not None and c["sport_senses"] is not None and c["sport_context"].search(sent)
    keep = []
    for h in hits:
        if (c["participants"] is not None and _noun_word(h.text) and c["participants"].fullmatch(h.text)
                and not _acting(doc, s0, h)):
            continue
        if any(a <= h.start < b for a, b in idioms):
            continue
        if sport and c["sport_senses"].fullmatch(h.text):
            continue
        if c["historical_words"] is not None and _noun_word(h.text) and c["historical_words"].search(h.text):
            continue
        if (c["historical"] and published is not None and _noun_word(h.text) and h.type in c["historical_types"]
                and _old_year(sent, h, published, int(c["historical"]))):
            continue
        if (c["historical_cues"] is not None and _noun_word(h.text)
                and _after_cue(sent, h, c["historical_cues"], int(cfg.get("historical_reach", {}).get(lang, 6)))):
            continue
        keep.append(h)
    return keep
