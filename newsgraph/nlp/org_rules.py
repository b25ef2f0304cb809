"""Organisation names from their form: acronyms defined in parentheses, legal-form suffixes.

The NER calls many organisations LOC or MISC, or nothing, where the text itself says what they
are. After the gazetteer (settings in config/ner.toml ``[org_rules]``):
- ``acronyms``: an acronym alone in parentheses after the phrase it abbreviates ("International
  Council on Security and Development ( ICOS )", "Bundesverband deutscher Banken ( BdB )") is an
  organisation: its letters are, in order, initials of the words just before the parenthesis,
  the first of them capitalised. A phrase that the NER calls LOC as a whole ("Vereinigte Arabische
  Emirate ( VAE )") is a place and keeps its acronym's label; so does a PER acronym.
- ``legal_forms``: a legal-form word ("GmbH", "AG", "e.V.") outside any entity, after capitalised
  words (not articles or pronouns by HanTa: "Das SE kommt"; a plain noun only right before the
  legal form: "deren Tochter Zielpunkt GmbH"), makes those words (at most ``legal_max_words``) and it one ORG span ("Royal P & O
  Nedlloyd NV"), replacing the entities inside it.
The cross-validation behind the settings is in models/de_ner/MODEL_CARD.md.
"""

from __future__ import annotations

import re

import numpy as np
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .first_names import in_sorted

ORG = "ORG"
# Two or more capitals among letters/digits: "ICOS", "BdB", "FC", "ORF2"; not "Nr" or "Abb".
_ACRONYM = re.compile(r"^(?=(?:.*[A-ZÄÖÜ]){2})[A-ZÄÖÜ][A-Za-zÄÖÜäöü0-9&]{1,9}$")
_QUOTES = {'"', "“", "”", "„", "«", "»", "'", "‘", "’"}


# Closed-class STTS tags: a capitalised article or pronoun at a sentence start ("Das SE kommt")
# is no part of a company name.
_CLOSED = ("ART", "PD", "PI", "PP", "PR", "PW", "APPR", "KO", "PTK")


def _function_word(word: str) -> bool:
    from .noun_filter import _readings

    tag, margin = _readings(word)
    return margin is not None and margin > 3.0 and tag.startswith(_CLOSED)


def _plain_noun(word: str) -> bool:
    from .noun_filter import _readings

    tag, margin = _readings(word)
    return tag == "NN" and margin is not None and margin > 3.0


def _initials_match(acronym: str, words: list[str]) -> bool:
    """Are the acronym's letters, in order, initials of ``words`` (the first word's being its
    first letter, at most two words a letter)? Digits and "&" in the acronym are skipped."""
    letters = [c.lower() for c in acronym if c.isalpha()]
    # A loose fit over many words is chance ("... Meter ... Windpark ... Megawatt ( MW )").
    if not letters or not words or words[0][:1].lower() != letters[0] or len(words) > 2 * len(letters):
        return False
    k = 0
    for w in words:
        if k < len(letters) and w[:1].lower() == letters[k]:
            k += 1
    return k == len(letters)


RULE_KEYS = ("acronyms", "legal_forms", "max_words", "legal_max_words", "extend_phrase")


def rule_config(table: dict) -> dict:
    """The component's settings out of config/ner.toml ``[org_rules]``."""
    return {k: table[k] for k in RULE_KEYS if k in table}


class OrgRules:
    def __init__(self, acronyms: bool = True, legal_forms: list[str] | None = None, max_words: int = 10,
                 legal_max_words: int = 4, extend_phrase: bool = False):
        self.acronyms = acronyms
        self.legal_forms = set(legal_forms or ())
        self.max_words = max_words
        self.legal_max_words = legal_max_words
        self.extend_phrase = extend_phrase
        self._open = np.array([get_string_id("(")], dtype="uint64")
        self._close = get_string_id(")")
        self._legal_ids = np.array(sorted({get_string_id(w) for w in self.legal_forms}), dtype="uint64")

    def _phrase(self, doc: Doc, end: int, acronym: str) -> tuple[int, int] | None:
        """The shortest run of words ending at ``end`` (exclusive) whose initials spell the
        acronym, or None."""
        if end > 0 and doc[end - 1].text in _QUOTES:
            end -= 1
        for start in range(end - 1, max(-1, end - self.max_words - 1), -1):
            w = doc[start]
            if w.is_punct and w.text not in ("-", "&"):
                return None
            if w.text[:1].isupper() and _initials_match(acronym, [t.text for t in doc[start:end] if t.is_alpha]):
                return start, end
        return None

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:
            return doc
        # Candidate positions from the ORTH array, so that most words never become Token objects.
        orth = doc.to_array(ORTH)
        acr = []
        if self.acronyms:
            strings = doc.vocab.strings
            for j in in_sorted(orth[:-2], self._open).tolist():
                if int(orth[j + 2]) == self._close and _ACRONYM.match(strings[int(orth[j + 1])]):
                    acr.append(j + 1)
        legal = in_sorted(orth, self._legal_ids).tolist() if self.legal_forms else []
        if not acr and not legal:
            return doc
        ents = list(doc.ents)
        label_at = {i: e for e in ents for i in range(e.start, e.end)}
        new, drop = [], set()
        if acr:
            for i in acr:
                own = label_at.get(i)
                if own is not None and (own.label_ in (ORG, "PER") or len(own) > 1):
                    continue
                ph = self._phrase(doc, i - 1, doc[i].text)
                if ph is None:
                    continue
                whole = label_at.get(ph[0])
                if whole is not None and whole.label_ == "LOC" and whole.start == ph[0] and whole.end == ph[1]:
                    continue
                if own is not None:
                    drop.add(own.start)
                new.append(Span(doc, i, i + 1, label=ORG))
                if self.extend_phrase and not any(j in label_at for j in range(*ph)):
                    new.append(Span(doc, ph[0], ph[1], label=ORG))
        if legal:
            for i in legal:
                # A span the NER already ends there has its own view of where the name starts
                # ("Graphitwerke Buhl-Alberti AG": gold leaves the common noun out).
                if i == 0 or i in label_at:
                    continue
                start, n = i, 0
                while start > 0 and n < self.legal_max_words:
                    w = doc[start - 1].text
                    if (w[:1].isupper() and not _function_word(w) and not (n and _plain_noun(w))) or w == "&":
                        start -= 1
                        n += w != "&"
                    else:
                        break
                if n == 0:
                    continue
                for j in range(start, i + 1):
                    if j in label_at:
                        e = label_at[j]
                        if e.start < start or e.end > i + 1:
                            break
                else:
                    drop.update(label_at[j].start for j in range(start, i + 1) if j in label_at)
                    new.append(Span(doc, start, i + 1, label=ORG))
        if new:
            keep = [e for e in ents if e.start not in drop]
            taken = {i for e in keep for i in range(e.start, e.end)}
            add = [s for s in filter_spans(new) if not taken.intersection(range(s.start, s.end))]
            if add:
                doc.ents = sorted([*keep, *add], key=lambda e: e.start)
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


@Language.factory(
    "newsgraph_org_rules",
    default_config={"acronyms": True, "legal_forms": [], "max_words": 10, "legal_max_words": 4,
                    "extend_phrase": False},
)
def make_org_rules(nlp: Language, name: str, acronyms: bool, legal_forms: list[str], max_words: int,
                   legal_max_words: int, extend_phrase: bool) -> OrgRules:
    return OrgRules(acronyms, legal_forms, max_words, legal_max_words, extend_phrase)
