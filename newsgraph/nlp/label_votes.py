"""Entity labels from their neighbours: coordinated names, places after a locative preposition and
the same name elsewhere in the article.

The NER and the rules label each span from its own words and a small window, so the same text gets
different labels: "durch Deutschland , Holland , England und Frankreich" with "Holland" PER,
"Pinnick , Tabor und Gaskill" with "Gaskill" LOC, "von Helmand" PER. Last in the chain (after the
surname rule), three switches (config/ner.toml ``[label_votes]``):
- ``coordination``: entities joined by "," / und / oder / sowie (one token between them, at least
  one a conjunction) vote; a one-word span of a minority label takes the label that at least
  ``min_majority`` of them carry, when no other label has as many;
- ``places``: a PER span whose text is a listed place (``gazetteer.txt``) and whose first word is no
  listed given name becomes LOC after a locative preposition ("von Barcino", "nach Helmand"; "von"
  only when no capitalised word precedes it: "Fürst von Bismarck" is a person) or when a LOC entity
  is coordinated with it;
- ``unlisted``: a one-word PER span that is *not* a listed place (and no listed given name) becomes LOC
  right after one of ``unlisted_prepositions`` ("in Athen", "nach Sao Tomé"), unless a capitalised word
  follows it ("nach Buurmanns Ausscheiden": a genitive person before a noun);
- ``document``: every mention of a text that occurs at least twice in the doc takes the label most
  of its mentions carry (at least ``min_majority``, no tie) — news names a club, a firm or a
  town several times, and the model labels each mention alone — except that a listed place
  labelled LOC stays LOC.
GermEval CV and 10kGNAD by eye: models/de_ner/MODEL_CARD.md, "Round 17".
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

LOC, PER = "LOC", "PER"


class LabelVotes:
    def __init__(self, coordination: bool = False, places: bool = False, document: bool = False,
                 min_majority: int = 2, conjunctions: list[str] | None = None, separators: list[str] | None = None,
                 prepositions: list[str] | None = None, places_path: str | None = None,
                 given_path: str | None = None, unlisted: bool = False, unlisted_prepositions: list[str] | None = None):
        self.coordination, self.places, self.document = coordination, places, document
        self.unlisted = unlisted
        self.unlisted_prepositions = set(unlisted_prepositions or ())
        self.min_majority = min_majority
        self.conjunctions = set(conjunctions or ("und", "oder", "sowie"))
        self.joiners = self.conjunctions | set(separators or (",",))
        self.prepositions = set(prepositions or ())
        self.place_names = _lines(places_path) if (places or document) and places_path else set()
        self.given = _lines(given_path) if (places or unlisted) and given_path else set()
        if unlisted and places_path and not self.place_names:
            self.place_names = _lines(places_path)

    def __call__(self, doc: Doc) -> Doc:
        if not (self.coordination or self.places or self.document or self.unlisted):
            return doc
        ents = [(e.start, e.end, e.label_) for e in doc.ents]
        if not ents:
            return doc
        new = list(ents)
        # Coordination first: a place coordinated with a mislabelled neighbour ("Tabor und Gaskill"
        # LOC) would otherwise follow it.
        if self.coordination:
            new = self._coordination(doc, new)
        if self.places and self.place_names:
            new = self._places(doc, new)
        if self.unlisted:
            new = self._unlisted(doc, new)
        if self.document:
            new = self._document(doc, new)
        if new != ents:
            doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in new]
        return doc

    def _chains(self, doc: Doc, ents):
        """Runs of entities (as indices into ``ents``) with one joining token between neighbours."""
        run = [0]
        for j in range(1, len(ents)):
            prev, cur = ents[run[-1]], ents[j]
            if cur[0] - prev[1] == 1 and doc[prev[1]].text in self.joiners:
                run.append(j)
                continue
            yield run
            run = [j]
        yield run

    def _coordination(self, doc: Doc, ents):
        out = list(ents)
        for run in self._chains(doc, ents):
            if len(run) < self.min_majority + 1:
                continue
            if not any(doc[ents[j][1]].text in self.conjunctions for j in run[:-1]):
                continue
            votes = Counter(ents[j][2] for j in run).most_common()
            if len(votes) < 2 or votes[0][1] < self.min_majority or votes[0][1] == votes[1][1]:
                continue
            top = votes[0][0]
            for j in run:
                a, b, lab = ents[j]
                # Not a word that modifies a capitalised word after it ("Merkel , Davutoglu und
                # Frankreichs Präsident François Hollande": the list's item is the longer phrase).
                if lab != top and b - a == 1 and not (b < len(doc) and doc[b].text[:1].isupper()):
                    out[j] = (a, b, top)
        return out

    def _places(self, doc: Doc, ents):
        out = list(ents)
        for j, (a, b, lab) in enumerate(ents):
            if lab != PER or doc[a].text in self.given or doc[a:b].text not in self.place_names:
                continue
            prev = doc[a - 1].text if a else ""
            locative = prev.lower() in self.prepositions and not (
                prev == "von" and a > 1 and doc[a - 2].text[:1].isupper())
            coordinated = any(
                x[2] == LOC and ((x[1] == a - 1 and doc[a - 1].text in self.joiners)
                                 or (x[0] == b + 1 and doc[b].text in self.joiners))
                for x in ents)
            if locative or coordinated:
                out[j] = (a, b, LOC)
        return out

    def _unlisted(self, doc: Doc, ents):
        out = list(ents)
        for j, (a, b, lab) in enumerate(ents):
            if lab != PER or b - a != 1 or not a or doc[a - 1].text.lower() not in self.unlisted_prepositions:
                continue
            word = doc[a].text
            if word in self.given or word in self.place_names or (b < len(doc) and doc[b].text[:1].isupper()):
                continue
            out[j] = (a, b, LOC)
        return out

    def _document(self, doc: Doc, ents):
        by_text: dict[str, Counter] = {}
        for a, b, lab in ents:
            by_text.setdefault(doc[a:b].text, Counter())[lab] += 1
        out = []
        for a, b, lab in ents:
            text = doc[a:b].text
            votes = by_text[text].most_common()
            # A listed place labelled LOC keeps it ("Moskaus" LOC once and PER twice in one 10kGNAD article).
            if len(votes) > 1 and votes[0][1] >= self.min_majority and votes[0][1] > votes[1][1] \
                    and not (lab == LOC and text in self.place_names):
                lab = votes[0][0]
            out.append((a, b, lab))
        return out

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


def _lines(path: str) -> set[str]:
    return {x for x in Path(path).read_text("utf-8").split("\n") if x}


RULE_KEYS = ("coordination", "places", "document", "min_majority", "conjunctions", "separators", "prepositions",
             "unlisted", "unlisted_prepositions")


def rule_config(table: dict) -> dict:
    return {k: table[k] for k in RULE_KEYS if k in table}


@Language.factory(
    "newsgraph_label_votes",
    default_config={"coordination": False, "places": False, "document": False, "min_majority": 2,
                    "conjunctions": ["und", "oder", "sowie"], "separators": [","], "prepositions": [],
                    "places_path": None, "given_path": None, "unlisted": False, "unlisted_prepositions": []},
)
def make_label_votes(nlp: Language, name: str, coordination: bool, places: bool, document: bool,
                     min_majority: int, conjunctions: list[str], separators: list[str], prepositions: list[str],
                     places_path: str | None, given_path: str | None, unlisted: bool,
                     unlisted_prepositions: list[str]) -> LabelVotes:
    return LabelVotes(coordination, places, document, min_majority, conjunctions, separators, prepositions,
                      places_path, given_path, unlisted, unlisted_prepositions)
