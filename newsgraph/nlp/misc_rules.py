"""Currency names after an amount are MISC; one-word all-capital MISC acronyms are organisations.

GermEval 2014 tags currencies as OTH (our MISC): "30 Cent", "23 Mio . Franc", "1.000 Reichsmark".
The NER, trained mostly on CoNLL-2003 where currencies are O, finds the frequent "Euro" but
misses the rest. After the organisation rules (settings in config/ner.toml ``[misc_rules]``):
- ``currencies``: a listed currency word (compounds such as "Taiwan-Dollar" are listed
  too) right after an amount (a number, a number word such as "Millionen", or an
  abbreviation such as "Mio ." with its split-off full stop) becomes MISC where no entity covers
  it, and so does a one-word entity of another label there ("100 Franken" is money, not Franconia).
- ``acronym_org``: a one-word MISC span of capitals ("ADAC", "ETTU") that is no listed place
  becomes ORG: products and events are rarely spelled as bare acronyms, bodies often are.
The cross-validation behind the settings is in models/de_ner/MODEL_CARD.md.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import ENT_IOB, ENT_TYPE, ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from .first_names import in_sorted

MISC = "MISC"
ORG = "ORG"
_NUMBER = re.compile(r"^[+-]?\d[\d.,']*$")
_CAPS = re.compile(r"^[A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,6}$")
_OPEN = ('"', "„", "“", "«", "»", "‚")
_CLOSE = {'"', "“", "”", "«", "»", "‘"}
_SENTENCE_PUNCT = {".", "!", "?", ";", ","}


class MiscRules:
    def __init__(self, currencies: list[str] | None = None, amount_words: list[str] | None = None,
                 abbreviations: list[str] | None = None, acronym_org: bool = False,
                 places: frozenset[str] | None = None, work_nouns: list[str] | None = None,
                 press_nouns: list[str] | None = None, title_max_words: int = 8):
        self.currencies = set(currencies or [])
        # Candidates come from the doc's ORTH array (string hashes), not from a Token object per
        # word, so the rule costs little beside the NER.
        self._ids = np.array(sorted(get_string_id(w) for w in self.currencies), dtype="uint64")
        self._misc = get_string_id(MISC)
        self.amount_words = set(amount_words or [])
        self.abbreviations = set(abbreviations or [])
        self.acronym_org = acronym_org
        self.places = places or frozenset()
        self.work_nouns = tuple(w.lower() for w in work_nouns or ())
        self.press_nouns = tuple(w.lower() for w in press_nouns or ())
        self.title_max_words = title_max_words
        self._open_ids = np.array(sorted(get_string_id(q) for q in _OPEN), dtype="uint64")

    def _currency(self, word: str) -> bool:
        return word in self.currencies

    def _after_amount(self, doc: Doc, i: int) -> bool:
        if i == 0:
            return False
        prev = doc[i - 1].text
        if prev == "." and i >= 2:
            # GermEval and our tokenizer may split "Mio." into "Mio" "."
            prev = doc[i - 2].text + "."
            return prev in self.abbreviations
        return bool(_NUMBER.match(prev)) or prev in self.amount_words or prev in self.abbreviations

    def _titles(self, doc: Doc, orth: np.ndarray) -> Doc:
        """A quoted capitalised phrase right after a noun naming a work ("Film", "Revue",
        "Action-Spiels", "Bild") is a title, MISC; after a noun naming a periodical ("Magazins",
        "Literaturzeitschrift") it is the periodical, ORG. Entities inside it give way."""
        found = []
        for i in in_sorted(orth, self._open_ids).tolist():
            if i == 0 or i + 2 >= len(doc):
                continue
            prev = doc[i - 1].text.lower()
            label = MISC if prev.endswith(self.work_nouns) else ORG if prev.endswith(self.press_nouns) else None
            if label is None or not doc[i - 1].text[:1].isupper() or not doc[i + 1].text[:1].isupper():
                continue
            for j in range(i + 2, min(len(doc), i + 2 + self.title_max_words)):
                t = doc[j].text
                if t in _CLOSE:
                    found.append(Span(doc, i + 1, j, label=label))
                    break
                if t in _SENTENCE_PUNCT:
                    break
        if not found:
            return doc
        ents = list(doc.ents)
        add = []
        for t in found:
            inside = [e for e in ents if e.start < t.end and t.start < e.end]
            # An entity reaching outside the quotes is the NER's longer name: the title gives way.
            if all(t.start <= e.start and e.end <= t.end for e in inside):
                add.append(t)
        if add:
            ents = [e for e in ents if not any(t.start <= e.start < t.end for t in add)]
            doc.ents = sorted([*ents, *add], key=lambda e: e.start)
        return doc

    def __call__(self, doc: Doc) -> Doc:
        doc = self._money_acronyms(doc)
        if self.work_nouns or self.press_nouns:
            # After the acronym rule, so that a title in capitals ("MASH") stays MISC.
            doc = self._titles(doc, doc.to_array(ORTH))
        return doc

    def _money_acronyms(self, doc: Doc) -> Doc:
        arr = doc.to_array([ORTH, ENT_IOB, ENT_TYPE])
        # One-token MISC spans: B-MISC not followed by I-.
        iob, typ = arr[:, 1], arr[:, 2]
        lone_misc = (iob == 3) & (typ == self._misc) & (np.append(iob[1:], 0) != 1)
        cands = []
        if self.currencies:
            # The NER already gets most "Euro": only the others need their context read.
            hits = in_sorted(arr[:, 0], self._ids)
            cands = [i for i in hits[~lone_misc[hits]].tolist() if self._after_amount(doc, i)]
        acronyms = []
        if self.acronym_org:
            acronyms = np.flatnonzero(lone_misc).tolist()
            acronyms = [i for i in acronyms if _CAPS.match(doc[i].text) and doc[i].text not in self.places
                        and not self._currency(doc[i].text)]
        if not cands and not acronyms:
            return doc
        ents = list(doc.ents)
        changed = False
        covered = {i: e for e in ents for i in range(e.start, e.end)}
        for i in cands:
            e = covered.get(i)
            if e is None:
                ents.append(Span(doc, i, i + 1, label=MISC))
                changed = True
            elif len(e) == 1 and e.label_ != MISC:
                ents[ents.index(e)] = Span(doc, e.start, e.end, label=MISC)
                changed = True
        for i in acronyms:
            e = covered[i]
            ents[ents.index(e)] = Span(doc, e.start, e.end, label=ORG)
            changed = True
        if changed:
            doc.ents = sorted(ents, key=lambda e: e.start)
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


def rule_config(settings: dict) -> dict:
    """The component's config from config/ner.toml ``[misc_rules]`` (without ``enabled``)."""
    return {
        "currencies": list(settings.get("currencies", [])),
        "amount_words": list(settings.get("amount_words", [])),
        "abbreviations": list(settings.get("abbreviations", [])),
        "acronym_org": bool(settings.get("acronym_org", False)),
        "work_nouns": list(settings.get("work_nouns", [])),
        "press_nouns": list(settings.get("press_nouns", [])),
        "title_max_words": int(settings.get("title_max_words", 8)),
    }


@Language.factory(
    "newsgraph_misc_rules",
    default_config={"currencies": [], "amount_words": [], "abbreviations": [], "acronym_org": False,
                    "places_path": None, "work_nouns": [], "press_nouns": [], "title_max_words": 8},
)
def make_misc_rules(nlp: Language, name: str, currencies: list[str], amount_words: list[str],
                    abbreviations: list[str], acronym_org: bool, places_path: str | None, work_nouns: list[str],
                    press_nouns: list[str], title_max_words: int) -> MiscRules:
    places = frozenset()
    if places_path:
        from pathlib import Path

        places = frozenset(Path(places_path).read_text("utf-8").split("\n"))
    return MiscRules(currencies, amount_words, abbreviations, acronym_org, places, work_nouns, press_nouns,
                     title_max_words)
