"""The ``link.mentions`` component: every name and role description in an article becomes a
``Mention`` linked to an ``Entity`` (KB or new), and the entities used are added to
``analysis.entities``.

Sources of mentions, in order of trust: KB names found by the gazetteer, NER spans
(``doc.ents``) resolved by name, then role descriptions and anaphoric nouns resolved
against what the article already mentions (type DESC, with a confidence).
"""

from __future__ import annotations

import re
from datetime import date

from ..model import Analysis, Entity, Mention, stable_id
from ..registry import component
from .config import link_config
from .descriptions import Desc, finder, holders, role_targets
from .gazetteer import gazetteer
from .kb import kb
from .names import matcher, person_compatible, phonetic_tokens, same_surname, strip_roles
from .resolve import entity, new_entity_id, resolve

NER_LABELS = {"PER": "PER", "PERSON": "PER", "LOC": "LOC", "GPE": "LOC", "ORG": "ORG", "MISC": "MISC", "NORP": "MISC"}
_DATELINE = re.compile(r"(?:/[\w. ]+)*\s*(?:\([^)]{0,30}\)\s*)?[–—-]\s")
_PREV_WORD = re.compile(r"(\w+)[^\w\n]*$")
_WORD_CHAR = re.compile(r"\w")


class _Found:
    """A mention in the making."""

    def __init__(self, start: int, end: int, type: str, entity_id: str | None, confidence: float,
                 metonymy: str | None = None, name: str | None = None, source: str = "kb"):
        self.start, self.end, self.type = start, end, type
        self.entity_id, self.confidence, self.metonymy, self.name = entity_id, confidence, metonymy, name
        self.source = source  # kb (gazetteer) | ner | desc


def link_article(analysis: Analysis, doc=None) -> None:
    art = analysis.article
    text = art.text
    lang = art.language or "de"
    cfg = link_config()["mentions"]
    base = kb()

    found: list[_Found] = []
    for h in gazetteer().find(text, lang):
        found.append(_Found(h.start, h.end, h.type, h.entity_id, cfg["gazetteer_confidence"]))

    ents = list(getattr(doc, "ents", []) or []) if doc is not None else []
    for e in ents:
        label = NER_LABELS.get(e.label_)
        if label is None or label not in cfg["ent_types"]:
            continue
        inside = [f for f in found if e.start_char <= f.start and f.end <= e.end_char]
        if inside and not (label == "PER" and any(f.type == "PER" for f in inside)) and _extends_name(e, inside):
            # a longer name around a KB name is another entity ("Dinamo Zagreb", "Universität Wien")
            found = [f for f in found if f not in inside]
        if any(f.start < e.end_char and e.start_char < f.end for f in found):
            continue
        found.append(_Found(e.start_char, e.end_char, label, None, 0.0, name=e.text, source="ner"))
    found.sort(key=lambda f: f.start)

    # NER spans: a bare surname of a person named in the article is that person; else
    # the KB; else an earlier new entity of the article the matcher accepts; else new.
    _resolve_ner(found, text, lang, cfg)

    _by_country(found, text, art.outlet, base)

    _metonymy(found, text, doc, cfg)

    descs = _descriptions(found, text, art.published, base)
    # an NER span inside a description ("Blockmitgliedschaft" tagged ORG) gives way to it
    found = [f for f in found if not (f.source == "ner" and any(d.start <= f.start and f.end <= d.end for d in descs))]
    found += descs
    found.sort(key=lambda f: (f.start, f.end))

    mentions, used = [], {}
    for f in found:
        mentions.append(Mention(
            id=stable_id("men", art.id, f.start, f.end), article_id=art.id, span=art.span(f.start, f.end),
            type=f.type, entity_id=f.entity_id, confidence=round(f.confidence, 3), metonymy=f.metonymy,
        ))
        if f.entity_id and f.entity_id not in used:
            used[f.entity_id] = entity(f.entity_id, f.name or text[f.start:f.end], f.type if f.type != "DESC" else None)
        if f.entity_id and f.type != "DESC":
            surface = text[f.start:f.end]
            e = used[f.entity_id]
            # whether the KB holds it, asked of its records: ``KB.get`` builds a validated Entity
            # per call, ~0.2 CPU s per 300 articles here for a yes/no (bench/README, sixteenth round)
            if base.record(f.entity_id) is None and surface not in e.variants:
                e.variants.append(surface)
    analysis.mentions.extend(mentions)
    have = {e.id: e for e in analysis.entities}
    for eid, e in used.items():
        if eid in have:
            have[eid].variants = list(dict.fromkeys([*have[eid].variants, *e.variants]))
        else:
            analysis.entities.append(e)


def _by_country(found: list[_Found], text: str, outlet: str | None, base) -> None:
    """A name that several KB entities of one type share ("die Grünen" in Germany and in
    Austria) goes to the one of the country the article is about: the country most of its
    other KB names belong to, the outlet's country counting too."""
    from .records import outlet_entity

    def cands(f: _Found) -> list[str]:
        name = f.name or text[f.start:f.end]
        ids = base.exact(name) or (base.exact(name[:-1]) if name.endswith("s") else [])
        return [i for i in ids if base.records[i].get("type") == base.records[f.entity_id].get("type")]

    ambiguous = [f for f in found if f.entity_id in base and f.source == "ner" and len(cands(f)) > 1]
    if not ambiguous:
        return
    votes: dict[str, int] = {}
    for f in found:
        if f in ambiguous or f.entity_id not in base:
            continue
        cc = base.records[f.entity_id].get("country")
        if cc and len(cc) == 2:
            votes[cc] = votes.get(cc, 0) + 1
    home = outlet_entity(outlet)
    if home and (cc := base.records[home].get("country")):
        votes[cc] = votes.get(cc, 0) + 2
    if not votes:
        return
    top = max(votes, key=lambda c: (votes[c], c))
    for f in ambiguous:
        local = [i for i in cands(f) if base.records[i].get("country") == top]
        if len(local) == 1:
            f.entity_id = local[0]


def _extends_name(ent, inside: list[_Found]) -> bool:
    """Whether an NER span is a longer proper name around KB names ("Dinamo Zagreb"), not
    a KB name with a noun glued on by a tagging error ("Trump Interesse")."""
    extra = [t for t in ent if not any(f.start <= t.idx < f.end for f in inside)]
    return bool(extra) and all(t.pos_ == "PROPN" or t.is_punct for t in extra) and any(t.pos_ == "PROPN" for t in extra)


def _metonymy(found: list[_Found], text: str, doc, cfg: dict) -> None:
    base = kb()
    preps = set(cfg["metonymy_preps"])
    for f in found:
        rec = base.record(f.entity_id or "")
        if not (rec and rec.get("capital_of")) or f.type != "LOC":
            continue
        prev = _prev_word(text, f.start)
        surface = text[f.start:f.end]
        genitive = surface.endswith("s") and not any(v == surface for v in rec["variants"])
        if _DATELINE.match(text, f.end):
            continue  # "Wien – Die Wiener Börse …", "Athen/Skopje –": where the report was filed
        if genitive or (prev and prev.group(1).lower() in preps) or _is_subject(doc, f):
            f.metonymy = "government"


def _prev_word(text: str, end: int) -> re.Match | None:
    """``_PREV_WORD.search(text[:end])`` without scanning the text from its start for every
    name: a window before ``end`` gives the same word unless the window cuts into it."""
    start = max(0, end - 80)
    m = _PREV_WORD.search(text, start, end)
    if start > 0 and (m is None or (m.start() == start and _WORD_CHAR.match(text, start - 1))):
        return _PREV_WORD.search(text[:end])
    return m


def _is_subject(doc, f: _Found) -> bool:
    if doc is None or not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    return span is not None and any(t.dep_ in ("sb", "nsubj", "nsubj:pass") and t.head.pos_ in ("VERB", "AUX")
                                    for t in span)


def _resolve_ner(found: list[_Found], text: str, lang: str, cfg: dict) -> None:
    base = kb()
    m = matcher()
    min_p = link_config()["resolve"]["min_probability"]
    for f in found:
        if f.source == "ner" and f.type == "PER" and f.name:
            # "Präsident Barack Obama", "Teamchef Koller": the person's name is what follows the
            # role noun, for the KB, for the surname rule and for a new entity's id (which
            # otherwise differed from the same person's in the next article)
            f.name = strip_roles(f.name)

    def bare(f: _Found) -> bool:
        return f.type == "PER" and len(phonetic_tokens(f.name or text[f.start:f.end])) == 1

    # full names first: a headline's bare surname ("Mitterlehner rüffelt Lopatka") belongs to
    # the full name the body gives later
    for i in sorted(range(len(found)), key=lambda i: (bare(found[i]), i)):
        f = found[i]
        if f.entity_id is not None:
            continue
        name = f.name or text[f.start:f.end]
        linked = [g for g in found[:i] if g.entity_id] + [g for g in found[i + 1:] if g.entity_id]
        if bare(f):
            keys = {phonetic_tokens(name)[0]}
            if lang == "de" and name.endswith("s") and len(name) > 4:
                keys.add(phonetic_tokens(name[:-1])[0])  # "Mitterlehners"
            same = [g for g in linked if g.type == "PER" and
                    keys & set(phonetic_tokens(g.name or text[g.start:g.end])[-1:])]
            if same:
                f.entity_id, f.confidence = same[0].entity_id, cfg["surname_confidence"]
                continue
        eid, conf = resolve(name, f.type, lang)
        if conf == 0.0 and lang == "de" and name.endswith("s") and len(name) > 4:
            eid2, conf2 = resolve(name[:-1], f.type, lang)  # genitive "Selenskyjs"
            if conf2 > 0:
                eid, conf = eid2, conf2
        if conf == 0.0:
            # an unknown name spelt differently earlier in the article
            for g in found[:i]:
                gname = g.name or text[g.start:g.end]
                if g.entity_id and g.type == f.type and g.entity_id not in base and (
                        f.type != "PER" or person_compatible(name, gname) and same_surname(name, gname)) \
                        and (p := m.probability(name, gname)) >= min_p:
                    eid, conf = g.entity_id, p
                    break
            else:
                eid, conf = new_entity_id(name, f.type), 1.0
        f.entity_id, f.confidence = eid, conf


def _descriptions(found: list[_Found], text: str, published: date | None, base) -> list[_Found]:
    out: list[_Found] = []
    for d in finder().find(text):
        if any(d.start < f.end and f.start < d.end and not _contains(d, f) for f in found):
            continue
        if any(f.start <= d.start and d.end <= f.end and f.source == "kb" for f in found):
            continue  # inside a known name ("Bündnis Sahra Wagenknecht")
        eid, conf = None, 0.0
        if d.kind == "person":
            eid, conf = _resolve_person(d, found, text, published, base)
        elif d.kind == "media" and (app := _apposition(d, found, text, ("ORG", "MISC"))):
            eid, conf = app.entity_id, 0.9  # "dem Sender RTS"
        elif d.kind == "media":
            eid, conf = _resolve_antecedent(d, found, base, lambda r, s=d.short, k=tuple(d.kinds): (
                r.get("kind") == "media" and (s is None or s in r.get("short", []))
                and (not k or r.get("medium") in k)))
        elif d.kind == "bloc":
            for k in d.kinds:
                eid, conf = _resolve_antecedent(d, found, base, lambda r, k=k: r.get("kind") == k)
                if eid:
                    break
        elif d.kind == "group":
            eid, conf = d.entity_id, 0.9
            out.append(_Found(d.start, d.end, "LOC", eid, conf, source="desc"))
            continue
        if d.kind != "person" and eid is None:
            continue  # "die Zeitung" with no medium in the article: nothing to say
        out.append(_Found(d.start, d.end, "DESC", eid, conf, source="desc"))
    return out


def _apposition(d: Desc, found: list[_Found], text: str, types: tuple[str, ...]) -> _Found | None:
    nxt = [f for f in found if f.start >= d.end and f.type in types and f.source != "desc"
           and text[d.end:f.start].strip() == ""]
    return nxt[0] if nxt and nxt[0].entity_id else None


def _contains(d: Desc, f: _Found) -> bool:
    # A description may contain a name only as its prefix ("NATO-Chef", "US-Präsidenten").
    return d.start <= f.start and f.end <= d.end or (f.source == "ner" and f.start <= d.start and d.end <= f.end)


def _resolve_person(d: Desc, found: list[_Found], text: str, published: date | None, base) -> tuple[str | None, float]:
    targets = role_targets(base, d)
    former = d.modifier == "former"
    on = published
    # apposition: "der ukrainische Staatschef Wladimir Selenskyj"
    app = _apposition(d, found, text, ("PER",))
    if app:
        ok = any(app.entity_id in holders(base, r, of, on, former) for r, of in targets)
        return app.entity_id, 0.98 if ok else 0.85
    in_article = {f.entity_id for f in found if f.type == "PER" and f.entity_id}
    # the first target is what the words say; later ones are looser readings, trusted only
    # for people the article names
    for i, (r, of) in enumerate(targets):
        cands = holders(base, r, of, on, former)
        here = [c for c in cands if c in in_article]
        if here:
            before = [f for f in found if f.entity_id in here and f.start < d.start]
            return (before[-1].entity_id if before else here[0]), 0.9 if i == 0 else 0.75
    # not named in the article: the office holder on the publication date (without a
    # date, today's holder would be a guess about an archive article)
    cands = holders(base, *targets[0], on, former) if on is not None and not former else []
    if len(cands) == 1:
        return cands[0], 0.7
    return None, 0.0


def _resolve_antecedent(d: Desc, found: list[_Found], base, ok) -> tuple[str | None, float]:
    cands = [f for f in found if f.entity_id and (r := base.record(f.entity_id)) is not None and ok(r)]
    if not cands:
        return None, 0.0
    before = [f for f in cands if f.end <= d.start]
    if before:
        return before[-1].entity_id, 0.85
    # only named later (a headline before the body): the most mentioned one
    counts: dict[str, int] = {}
    for f in cands:
        counts[f.entity_id] = counts.get(f.entity_id, 0) + 1
    return max(counts, key=counts.get), 0.75


class LinkMentions:
    def __call__(self, analysis: Analysis, doc) -> None:
        link_article(analysis, doc)


@component("link.mentions")
def make_link_mentions(**settings) -> LinkMentions:
    return LinkMentions()


__all__ = ["Entity", "LinkMentions", "link_article"]
