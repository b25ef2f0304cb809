"""``checks.article``: defects inside one article, as ``Flag`` records with span and reason.

Runs last among the per-article components. Kinds: glued_sentence, off_topic,
dangling_reference, duplicate_paragraph, truncated, mixed_language.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ..config import models_dir
from ..model import Analysis, Flag, stable_id
from ..registry import component
from . import layout
from .config import section
from .dangling import (
    BRIDGE_FEATURES,
    BRIDGE_PART_FEATURES,
    PF_CONTRAST,
    PF_FEATURES,
    PF_SELECT,
    PF_SLOT,
    RELATIONAL_FEATURES,
    bridge_features,
    bridge_part_features,
    load_relational,
    noun_counts,
    pf_slot,
    plural,
    predicate_fit,
    relational_features,
    synonym_index,
    unresolved,
)
from .dangling import features as dangling_features
from .dangling_context import copula_clause
from .dangling_verbs import VERB_FEATURES, load_table
from .dangling_verbs import features as verb_features
from .glued import find_camel, find_glued, merge_unpunctuated
from .resolve import event_noun_keys
from .tagging import Tok, semicolon_units, tag_doc
from .topic import ArticleTopic, article_topic, off_topic, probability
from .vectors import SubwordVectors, WordVectors, load_subword, load_vectors


@lru_cache(maxsize=4)
def _anaphoricity(directory: str) -> dict[str, tuple[int, ...]]:
    """noun stem -> (definite first mentions, definite later mentions, other first mentions,
    indefinite mentions, all mentions); see training/checks/build_model.py."""
    p = Path(directory) / "anaphoricity.json"
    return {k: tuple(v) for k, v in json.loads(p.read_text("utf-8")).items()} if p.exists() else {}


@lru_cache(maxsize=4)
def _bridges(directory: str) -> dict[str, dict[str, float]] | None:
    """noun stem -> {earlier word key: PMI} (training/checks/build_bridges.py); None when not built."""
    p = Path(directory) / "bridges.json"
    return json.loads(p.read_text("utf-8"))["table"] if p.exists() else None


@lru_cache(maxsize=4)
def _json_model(directory: str, name: str) -> dict | None:
    """Logistic regressions exported by training/checks/train_offtopic.py and train_dangling.py."""
    p = Path(directory) / name
    return json.loads(p.read_text("utf-8")) if p.exists() else None


class ArticleChecks:
    def __init__(self, **overrides):
        self.cfg = {name: section(name, overrides.get(name)) for name in ("article", "glued", "topic", "dangling", "layout")}
        model_dir = str(models_dir() / self.cfg["article"].get("model", "checks_de"))
        self.vectors: WordVectors | None = load_vectors(model_dir)
        self.subword: SubwordVectors | None = load_subword(model_dir)
        self.anaphoricity = _anaphoricity(model_dir)
        # model_file: another regression to judge by (an absolute path replaces the model directory), for A/B runs
        self.offtopic_model = (_json_model(model_dir, self.cfg["topic"].get("model_file", "offtopic.json"))
                               if self.cfg["topic"].get("classifier", True) else None)
        dcfg = self.cfg["dangling"]
        # round 24: predicate_fit judges by its own model file (the shipped one + pf_*) and threshold
        pf_on = dcfg.get("predicate_fit", False)
        self.dangling_model = (_json_model(model_dir, dcfg.get("predicate_fit_model" if pf_on else "model_file",
                                                               "dangling_pf.json" if pf_on else "dangling.json")) or {}).get("model") \
            if dcfg.get("classifier", True) else None
        self.dangling_min_prob = dcfg.get("predicate_fit_min_prob" if pf_on else "min_prob", 0.5)
        # round 29: a second regression without the topic-fit features (``[dangling] intro_model``): a real dangling
        # reference fits its story, so only the noun's need of an introduction can tell it; either model flags
        self.intro_model = ((_json_model(model_dir, dcfg["intro_model"]) or {}).get("model")
                            if dcfg.get("intro_model") and self.dangling_model is not None else None)
        self.intro_min_prob = dcfg.get("intro_min_prob", 1.0)
        self.predicate_fit = self.dangling_model is not None and any(f in PF_FEATURES + PF_SELECT + PF_CONTRAST + PF_SLOT for f in self.dangling_model["features"])
        self.dangling_extended = self.dangling_model is not None and any(
            f.startswith(("sub_", "slot", "prefix", "contained", "per_", "person")) for f in self.dangling_model["features"])
        # the learnt bridging associations, read only when the model judges by them
        read = set(self.dangling_model["features"] if self.dangling_model is not None else ()) \
            | set(self.intro_model["features"] if self.intro_model is not None else ())
        self.bridge_table = (_bridges(model_dir) if read & set(BRIDGE_FEATURES + BRIDGE_PART_FEATURES) else None)
        # the parts reading repeats bridge_features' scan of the earlier sentences: only for a model that judges by it
        self.bridge_parts = self.bridge_table is not None and bool(read & set(BRIDGE_PART_FEATURES))
        # round 19: the verb-argument counts (models/checks_de/verb_args.json), read only when the model judges by them
        self.verb_table = (load_table(model_dir, self.cfg["dangling"].get("verb_table", "verb_args.json"))
                           if self.dangling_model is not None and any(f in VERB_FEATURES for f in self.dangling_model["features"])
                           else None)
        # round 21: the relational-noun counts (models/checks_de/relational.json), read only when the model judges by them
        self.relational = (load_relational(model_dir, self.cfg["dangling"].get("relational_table", "relational.json"))
                           if self.dangling_model is not None
                           and any(f in RELATIONAL_FEATURES for f in self.dangling_model["features"]) else None)
        self.synonyms = synonym_index(self.cfg["dangling"].get("synonyms", []))
        self.part_nouns = {w.lower() for w in self.cfg["dangling"].get("part_nouns", [])}
        # part or role -> the words that name its whole (hand-checked table in config; substrings of earlier words)
        self.bridges = {}
        for group in self.cfg["dangling"].get("bridges", []):
            self.bridges.setdefault(group[0].lower(), set()).update(w.lower() for w in group[1:])
        # the reader's resolvers (derivation, event nouns, synonyms' compound heads) as generator v5 uses them
        self.event_nouns = (event_noun_keys(self.cfg["dangling"].get("event_nouns", []))
                            if self.cfg["dangling"].get("resolvers", False) else None)
        # round 22: the event nouns alone as a filter, without the other resolvers (``[dangling] event_filter``)
        self.event_keys = event_noun_keys(self.cfg["dangling"].get("event_nouns", []))
        self.person_nouns = (event_noun_keys(self.cfg["dangling"].get("person_nouns", []))
                             if self.cfg["dangling"].get("resolvers", False) else None)

    # ---------------------------------------------------------------------------------
    def __call__(self, analysis: Analysis, doc) -> None:
        art = analysis.article
        text = art.text
        lang = art.language or "de"
        flags: list[Flag] = []

        def add(kind: str, start: int, end: int, reason: str, score: float) -> None:
            flags.append(Flag(id=stable_id("flag", art.id, kind, start, end), article_id=art.id, kind=kind,
                              span=art.span(start, end), reason=reason, score=round(score, 3)))

        # the segmenter's marker is a hint; the tag clues below decide (see _glued)
        marked = {s.span.start for s in analysis.sentences if s.glued}
        lmc = self.cfg["layout"]
        for f in layout.duplicates(text, lmc.get("min_paragraph_chars", 60)):
            add("duplicate_paragraph", f.start, f.end, f.reason, f.score)
        for f in layout.truncated(text):
            add("truncated", f.start, f.end, f.reason, f.score)
        sent_spans = [(s.span.start, s.span.end) for s in analysis.sentences] or [(s.start_char, s.end_char) for s in doc.sents]
        for f in layout.mixed_language(sent_spans, text, lang, lmc.get("mixed_min_sentence_chars", 40),
                                       lmc.get("mixed_min_prob", 0.9), lmc.get("markers")):
            add("mixed_language", f.start, f.end, f.reason, f.score)

        if lang in self.cfg["article"].get("languages", ["de"]):
            sents = tag_doc(doc)
            self._glued(sents, text, add, marked)
            topic = article_topic(sents, self.vectors, self.cfg["topic"], self.subword) if self.vectors is not None else None
            if topic is not None:
                topic.doc = doc
            units = semicolon_units(sents) if self.cfg["topic"].get("semicolon_units", False) else sents
            if units is sents or topic is None:
                self._off_topic(sents, topic, add)
            else:
                # its own topic: the dangling check below reads the first one's sentence indices
                unit_topic = article_topic(units, self.vectors, self.cfg["topic"], self.subword)
                if unit_topic is not None:
                    unit_topic.doc = doc
                self._off_topic(units, unit_topic, add)
            self._dangling(sents, topic, add)

        seen = {f.id for f in analysis.flags}
        analysis.flags.extend(f for f in flags if f.id not in seen)

    # ---------------------------------------------------------------------------------
    def _glued(self, sents: list[list[Tok]], text: str, add, marked: set[int]) -> None:
        merged = merge_unpunctuated(sents, text)
        seen: set[int] = set()
        for g in find_glued(merged, self.cfg["glued"], text) + find_camel(merged):
            if g.right.start in seen:
                continue
            seen.add(g.right.start)
            score = min(1.0, g.score + 0.1) if g.right.start in marked else g.score
            add("glued_sentence", g.left.start, g.right.end, g.reason, score)

    def _off_topic(self, sents: list[list[Tok]], topic: ArticleTopic | None, add) -> None:
        if topic is None:
            return
        for o in off_topic(sents, topic, self.cfg["topic"], self.offtopic_model):
            add("off_topic", o.segment.start, o.segment.end, o.reason, min(1.0, 0.6 + max(0.0, 0.4 - o.score)))

    def _bridged(self, noun: Tok, before: list[list[Tok]]) -> bool:
        low = noun.text.lower()
        # the table's part may be the head of a compound ("Der Elektromotor")
        part = next((p for p in self.bridges if low.endswith(p)), None)
        if part is None:
            return False
        wholes = self.bridges[part]
        return any(w in t.text.lower() for toks in before for t in toks if len(t.text) >= 3 for w in wholes)

    def _dangling(self, sents: list[list[Tok]], topic: ArticleTopic | None, add) -> None:
        dc = self.cfg["dangling"]
        model = self.dangling_model
        nouns = [t for toks in sents for t in toks if t.is_noun] if self.verb_table is not None else []
        for cand, has in unresolved(sents, self.synonyms, dc.get("skip_first_sentences", 1), self.event_nouns,
                                     self.person_nouns, dc.get("attribute_anchors", False),
                                     dc.get("modifier_antecedents", False), dc.get("relational_candidates", False),
                                     self.vectors.index if dc.get("short_heads", False) and self.vectors is not None else None):
            if has:
                continue
            noun = cand.noun
            if dc.get("skip_plurals", True) and plural(cand, sents[cand.sent], dc.get("plural_by_verb", False)):
                continue  # "Die Demonstranten", "Die Ermittler": groups are introduced definite
            if noun.text.lower() in self.part_nouns:
                continue  # "Der Großteil reise weiter": a share of a set the text named, whatever the set
            if self._bridged(noun, sents[:cand.sent]):
                continue  # "Der Motor" of the car the text named: a part or role of a whole is no dangling reference
            if dc.get("copula_anchors", False) and copula_clause(sents[cand.sent], _index(sents[cand.sent], noun)):
                continue  # "Die Frage ist, wann …": the clause after the copula says which one (round 22)
            if dc.get("event_filter", False) and cand.sent > 0 and noun.key in self.event_keys:
                continue  # "Der Vorgang", "Die Maßnahme": whatever the text before described (round 22)
            counts = noun_counts(self.anaphoricity, noun.text, dc)
            f = dangling_features(cand, counts, topic, len(sents), dc, sents[cand.sent], self.dangling_extended)
            if self.bridge_table is not None:
                f.update(bridge_features(noun, sents[:cand.sent], self.bridge_table))
                if self.bridge_parts:
                    f.update(bridge_part_features(noun, sents[:cand.sent], self.bridge_table))
            if self.verb_table is not None:
                f.update(verb_features(noun, sents[cand.sent], nouns, self.verb_table, dc))
            if self.relational is not None:
                f.update(relational_features(noun.text, self.relational))
            if self.predicate_fit:
                f.update(predicate_fit(cand, topic, sents[cand.sent]))
                f.update(pf_slot(f))
            # the score: how often the noun is definite at its first mention (unique and generic referents
            # are: "die Polizei"), + its topic fit (bridging: "Der Sprecher" of the police in a police report
            # stays on topic, an object from nowhere does not), - how often it is introduced with "ein"
            # (countable things that need an antecedent: "ein Brief")
            if model is not None:
                p = probability(model, f)
                if self.intro_model is not None:
                    q = probability(self.intro_model, f)
                    if q >= self.intro_min_prob:
                        p = max(p, q, self.dangling_min_prob)
                if p < self.dangling_min_prob:
                    continue
                strength = p
            else:
                if f["score"] > dc.get("max_score", 0.3):
                    continue
                strength = min(1.0, max(0.5, 1.0 - f["score"]))
            add("dangling_reference", cand.det.start, noun.end,
                f"'{cand.det.text} {noun.text}' refers back, but no {noun.text} (or synonym) was mentioned before; "
                f"the noun is definite at its first mention in {f['ratio']:.0%} of corpus texts"
                + (f" and fits the article's topic weakly ({f['fit']:.2f})" if f["has_fit"] else ""),
                strength)


def _index(toks: list[Tok], tok: Tok) -> int:
    return next(k for k, t in enumerate(toks) if t.i == tok.i)


@component("checks.article")
def make_article_checks(**settings) -> ArticleChecks:
    return ArticleChecks(**settings)
