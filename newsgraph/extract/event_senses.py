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

- ``stage_context`` / ``stage_types`` (round 28, e1): in a sports or stage report (a league, a player, a
  coach, a race, an orchestra, a concert) hits of the diplomatic types (meeting, agreeing, support,
  rejecting, conceding, aid) are game and performance language ("vermittelte ... das Spiel", "den Spurt
  ... entschied ... für sich", "lobte der Cheftrainer", "Beifall für einen ... Konzertabend"); the types
  sports news does report (bans, fines, criticism, demands, resignations, riots, attacks) stay.
- ``assembly_nouns`` (round 28, e1): a meeting noun that names one body's session ("Sitzung", "Tagung",
  "Versammlung", "Konferenz") in a prepositional phrase or as another noun's attribute is the setting of
  the act the sentence reports ("in einer Klausurtagung ... gebilligt", "auf einer Versammlung der Vereine
  ... gewählt", "Präsidentin der Universitätenkonferenz"); as the subject it stays ("Die Konferenz soll im
  März ... stattfinden").

``verbal_noun`` (``[classifier.verbal_nouns]``, issue #5, round 25, h3) is applied to the typed hits: the acts
of some types are reported by their verb ("fordert", "einigten sich", "lehnte ab"); a noun of such a type
in a prepositional phrase or as a conjunct ("Maßnahmen zur Unterstützung", "nach der Ablehnung der
EU-Verfassung", "die Bereiche konsularische Tätigkeit oder wirtschaftliche Zusammenarbeit") names the act
as a topic or an attribute, not as what the sentence reports. ``reacted_object``
(``[classifier.reaction_objects]``, same round) is applied to them too: a noun that is the object of another typed
hit's verb of a reaction type ("dementierte die Festnahme", "hat den Angriff ... verurteilt", "diesen Vorwurf
zurückgewiesen") is what the reaction is about; the guide codes the reaction only.
"""

from __future__ import annotations

import json
import re
from datetime import date

_COMPILED: dict[str, dict] = {}
# the same settings dict as last time (the extractor's, read once): its compiled patterns without serialising it
# again; keyed by id with the dict itself kept, so a freed id never matches. Serialising it on every sentence
# with a hit was ~2.5 % of extract.events (bench/README, twenty-fifth round: our stages)
_BY_ID: dict[tuple[int, str], tuple[dict, dict]] = {}


def _compiled(cfg: dict, lang: str) -> dict:
    seen = _BY_ID.get((id(cfg), lang))
    if seen is not None and seen[0] is cfg:
        return seen[1]
    key = lang + json.dumps(cfg, sort_keys=True)
    if key in _COMPILED:
        _BY_ID[(id(cfg), lang)] = (cfg, _COMPILED[key])
        return _COMPILED[key]

    def rx(key: str, found_only: bool = False):
        v = cfg.get(key, {}).get(lang)
        if not v:
            return None
        if found_only and isinstance(v, list):
            v = [_bare(p) for p in v]
        return re.compile("|".join(f"(?:{p})" for p in v) if isinstance(v, list) else v)

    _COMPILED[key] = out = {
        "participants": rx("participants"),
        "historical": cfg.get("historical", {}).get(lang),
        "historical_types": set(cfg.get("historical_types", {}).get(lang, [])),
        "historical_words": rx("historical_words"),
        "historical_cues": rx("historical_cues"),
        "idioms": rx("idioms"),
        # read only as found / not found (``search``): see ``_bare``
        "sport_context": rx("sport_context", True),
        "sport_senses": rx("sport_senses"),
        "stage_context": rx("stage_context", True),
        "stage_types": set(cfg.get("stage_types", {}).get(lang, [])),
        "assembly_nouns": rx("assembly_nouns"),
        "assembly_types": set(cfg.get("assembly_types", {}).get(lang, [])),
    }
    _BY_ID[(id(cfg), lang)] = (cfg, out)
    return out


def _bare(p: str) -> str:
    """Pattern ``p`` without a leading or trailing ``\\w*``, for a pattern only asked whether it occurs anywhere:
    "\\w*X" occurs where X does (the ``\\w*`` may be empty; a lookbehind in X sees the same text either way) and "X\\w*"
    where X does; but a leading ``\\w*`` has the engine try every word prefix at every position (``stage_context``
    was ~0.3 of extract.events' ~5 CPU s per 300 articles at load 18, 4x faster without). Left as it is where what
    follows or precedes would change meaning (a lazy or possessive ``*``, an escaped backslash)."""
    if p.startswith("\\w*") and p[3:] and p[3] not in "?+*{":
        p = p[3:]
    if p.endswith("\\w*") and len(p) > 3 and (len(p) - 3 - len(p[:-3].rstrip("\\"))) % 2 == 0:
        p = p[:-3]
    return p


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


def _assembly_setting(doc, s0: int, hit) -> bool:
    """Whether the parse puts the noun of ``hit`` in a prepositional phrase (a case child) or makes it the bare
    (genitive) attribute of another noun: the setting or owner of something else, not the subject or object of
    its own clause."""
    if doc is None:
        return False
    span = doc.char_span(s0 + hit.start, s0 + hit.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    t = span[-1]
    if t.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "case" for c in t.children):
        return True
    return t.dep_ == "nmod" and t.head.i != t.i and t.head.pos_ in ("NOUN", "PROPN")


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


def stage_or_setting(cfg: dict | None, lang: str, sent: str, hit, doc, s0: int = 0) -> bool:
    """Whether the typed ``hit`` is game or performance language (``stage_types`` in a sentence of ``stage_context``)
    or one body's session as a setting (``assembly_types``, ``assembly_nouns``, ``_assembly_setting``). Applied to the
    typed hits, after the sentence model has typed them all: dropped before it, a session noun took the sentence's
    other event with it ("bei karnevalistischen Sitzungen zusammengearbeitet" lost its COOPERATE)."""
    if not cfg:
        return False
    c = _compiled(cfg, lang)
    if (c["stage_types"] and hit.type in c["stage_types"] and c["stage_context"] is not None
            and c["stage_context"].search(sent)):
        return True
    return (c["assembly_nouns"] is not None and hit.type in c["assembly_types"] and _noun_word(hit.text)
            and c["assembly_nouns"].fullmatch(hit.text) is not None and _assembly_setting(doc, s0, hit))


def verbal_noun(cfg: dict | None, lang: str, hit, doc, s0: int = 0) -> bool:
    """Whether the typed ``hit`` is a noun of one of ``cfg``'s ``types`` that the parse puts in one of its
    ``deps`` (obliques, conjuncts) or, for ``case_deps`` (noun modifiers), in a prepositional phrase: a demand,
    an agreement or support named as a topic ("Maßnahmen zur Unterstützung verwaister Kinder", "abhängig von
    Einwilligung der Regierung"), not reported. Subjects and objects stay ("Das dritte Nein der Ärztekammer
    ... löst ... aus", "Vorausgegangen waren Einigungen"), and so do genitive attributes ("zu der Annahme des
    ... Waffenstillstandes")."""
    if not cfg or doc is None or lang not in cfg.get("langs", []) or hit.type not in cfg.get("types", []):
        return False
    if not _noun_word(hit.text):
        return False
    span = doc.char_span(s0 + hit.start, s0 + hit.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.dep_ in cfg.get("deps", []):
        return True
    return tok.dep_ in cfg.get("case_deps", []) and any(c.dep_ == "case" for c in tok.children)


def reacted_object(cfg: dict | None, lang: str, hit, typed: list, doc, s0: int = 0) -> bool:
    """Whether the noun ``hit`` is, by the parse, in one of ``cfg``'s ``deps`` (object, passive subject) of a verb
    that is the trigger of another of the sentence's typed hits (``typed``: (hit, modality, confidence)) of one of
    its ``types`` (REJECT, ACCUSE, SUPPORT): "Ein Berater ... dementierte die Festnahme von Milinkewitsch",
    "International wurde die Festnahme einhellig begrüßt" -- the denied or welcomed act is no act the sentence
    reports. The demanded object of a REQUEST verb is ``request_objects``' case (extract/events.py)."""
    if not cfg or doc is None or lang not in cfg.get("langs", []) or not _noun_word(hit.text):
        return False
    span = doc.char_span(s0 + hit.start, s0 + hit.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ not in cfg.get("deps", []) or tok.head.i == tok.i:
        return False
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    types = set(cfg.get("types", []))
    for other, _, _ in typed:
        if other is hit or other.type not in types or other.type == hit.type:
            continue
        # the reaction's hit covers the verb (a split hit "lehnte ... ab" covers its finite part)
        if other.start <= verb.idx - s0 < other.end:
            return True
    return False
