"""Universal Dependencies words of a token: ``Token._.ud_words``.

Our tokenizer keeps some strings whole that UD (and so every UD-trained tool or scorer) analyses
as several syntactic words. ``token._.ud_words`` gives that analysis, derived from the token's
own reading, and ``[]`` for every other token; the token itself keeps its text, offsets and
tags. It is computed when read, so the pipeline pays nothing for it. The reading is the corrected
tag layer (``Token._.upos`` / ``Token._.stts``, newsgraph/nlp/corrected.py): these words are the UD
view of the token, read by ``eval ud``, and no stage reads them. Two kinds:

* preposition + article contractions ("zum" = ADP "zu" + DET "dem", "ins" = "in" + "das"):
  a UD multi-word token, both words share the token's characters. The table is
  ``[contractions]`` in newsgraph/config/tokens.toml. "dem" is masculine or neuter: the gender
  comes from the noun the token attaches to when the parser gives one with a gender, else from
  the morphologizer's reading of the token itself.
* hyphenated compounds ("US-Präsident", "Rohstoff-" in "Rohstoff- und Energiekosten",
  "Baden-Württemberg"): UD German GSD writes each part and each hyphen as a word of its own
  (German news text and our NER data keep them whole, so the tokenizer does too). The part
  that heads the compound carries the token's analysis: the last part of a compound
  (earlier parts are its ``compound`` dependents), the first part of a name (later parts are
  ``flat``), the only part of a truncation. ``[hyphens]`` in tokens.toml.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from . import corrected  # noqa: F401  (registers Token._.upos / Token._.stts)

CONFIG = Path(__file__).resolve().parent.parent / "config" / "tokens.toml"


@dataclass(frozen=True)
class UDWord:
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    deprel: str
    head: Token  # the token whose word this one attaches to
    head_word: int | None  # index into head._.ud_words; None: the head token's main word
    start: int  # character offsets in the document (a multi-word token's words share its span)
    end: int
    main: bool = False  # the word that carries the token's own head and relation
    shared: bool = False  # True for the words of a multi-word token ("zum")


@lru_cache(maxsize=4)
def _config(lang: str) -> dict:
    return tomllib.loads(CONFIG.read_text("utf-8"))


@lru_cache(maxsize=4)
def _contractions(lang: str) -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    cfg = _config(lang).get("contractions", {}).get(lang, {})
    words = {k.lower(): tuple(v) for k, v in cfg.get("words", {}).items()}
    return words, dict(cfg.get("article_feats", {}))


@lru_cache(maxsize=4)
def _hyphens(lang: str) -> dict:
    return _config(lang).get("hyphens", {}).get(lang, {})


def _gender(tok: Token) -> str:
    head = tok.head
    if head.i != tok.i and head._.upos in ("NOUN", "PROPN"):
        g = head.morph.get("Gender")
        if len(g) == 1 and g[0] in ("Masc", "Neut"):
            return g[0]
    g = tok.morph.get("Gender")
    return g[0] if len(g) == 1 and g[0] in ("Masc", "Neut") else "Masc"


def _case_form(src: str, word: str) -> str:
    # "Am" -> "An", "ZUR" -> "ZU": the surface's capitalisation carries over.
    if src.isupper() and len(src) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if src[:1].isupper() else word


def _contraction(tok: Token) -> list[UDWord]:
    words, feats = _contractions(tok.lang_)
    split = words.get(tok.lower_)
    if split is None:
        return []
    prep, art = split
    art_feats = feats.get(art, "")
    if art == "dem":
        art_feats = "|".join(sorted(art_feats.split("|") + [f"Gender={_gender(tok)}"]))
    a, b = tok.idx, tok.idx + len(tok.text)
    root = tok.head.i == tok.i
    return [
        UDWord(_case_form(tok.text, prep), prep, "ADP", "APPR", "", tok.dep_ or "case", tok.head, None, a, b,
               main=True, shared=True),
        UDWord(_case_form(tok.text, art) if tok.text.isupper() else art, "der", "DET", "ART", art_feats, "det",
               tok, 0, a, b, shared=True) if root else
        UDWord(_case_form(tok.text, art) if tok.text.isupper() else art, "der", "DET", "ART", art_feats, "det",
               tok.head, None, a, b, shared=True),
    ]


_PART = re.compile(r"[^-]+|-")


@lru_cache(maxsize=20000)
def _lexicon_tag(word: str) -> str:
    """HanTa's most likely STTS tag of a word out of context ("" without HanTa)."""
    from .segment import _hanta

    tagger = _hanta()
    if tagger is None:
        return ""
    tags = tagger.tag_word(word)
    return tags[0][0] if tags else ""


def _part_upos(part: str, cfg: dict) -> tuple[str, str]:
    """UPOS and STTS of a compound's non-head part: GSD tags these NN whatever the word, and
    calls names and acronyms PROPN ("US-", "SPD-", "Asien-Reise"), other words NOUN or ADJ."""
    if part.isdigit():
        return "NUM", "CARD"
    if len(part) > 1 and part.isupper() or any(c.isdigit() for c in part):
        return "PROPN", "NN"
    if cfg.get("lexicon", True):
        upos = cfg.get("part_upos_by_tag", {}).get(_lexicon_tag(part).split("(")[0])
        if upos:
            return upos, "NN"
    return cfg.get("part_upos", "NOUN"), "NN"


def _is_name(tok: Token, last: str, cfg: dict) -> bool:
    """A hyphenated name ("Baden-Württemberg", "Saro-Wiwa") rather than a compound whose last
    part heads it ("E-Mail-Adresse", which the tagger may also call PROPN): the token is tagged
    as a name and its last part is one by the lexicon."""
    if tok._.upos != "PROPN" and tok._.stts != "NE":
        return False
    if not cfg.get("lexicon", True):
        return True
    return _lexicon_tag(last) in ("NE", "")


def _hyphenated(tok: Token) -> list[UDWord]:
    text = tok.text
    cfg = _hyphens(tok.lang_)
    if "-" not in text or not cfg.get("split", False) or text.startswith("-") or "--" in text:
        return []
    if any(c.isdigit() for c in text) and not cfg.get("digits", False):
        return []
    if not any(c.isalpha() for c in text):
        return []
    pieces = [(m.group(), tok.idx + m.start()) for m in _PART.finditer(text)]
    parts = [i for i, (p, _) in enumerate(pieces) if p != "-"]
    if len(pieces) < 2:
        return []
    if text.endswith("-"):
        main = parts[-1]  # a truncation: "Rohstoff-" keeps its reading, the hyphen follows it
    elif _is_name(tok, pieces[parts[-1]][0], cfg):
        main = parts[0]  # a name: "Baden-Württemberg", later parts are flat
    else:
        main = parts[-1]  # a compound: the last part heads it
    root = tok.head.i == tok.i
    if main == parts[-1] and len(parts) > 1:  # compound: the lemma's last part ("Präsident")
        lemma = tok.lemma_.rsplit("-", 1)[-1] if "-" in tok.lemma_ else pieces[main][0]
    elif len(parts) == 1:
        lemma = tok.lemma_.rstrip("-") or pieces[main][0]
    else:
        lemma = pieces[main][0]
    upos, xpos = tok._.upos, tok._.stts
    head_part = pieces[main][0]
    if main == parts[-1] and len(parts) > 1 and head_part[:1].isupper() and upos not in ("NOUN", "NUM"):
        # Our tagger saw hyphenated tokens only split (GSD) and misreads some whole ones
        # ("E-Mail-Adresse" PROPN, "Kosovo-Konflikt" ADP): a capitalised head part the lexicon
        # reads as a noun is the noun the compound is.
        by_lex = cfg.get("part_upos_by_tag", {}).get(_lexicon_tag(head_part).split("(")[0]) if cfg.get("lexicon", True) else None
        if by_lex == "NOUN" or (by_lex is None and upos == "PROPN"):
            upos, xpos = "NOUN", "NN"
    out = []
    for i, (p, start) in enumerate(pieces):
        end = start + len(p)
        if i == main:
            out.append(UDWord(p, lemma, upos, xpos, str(tok.morph), tok.dep_, tok.head, None, start, end,
                              main=True))
            continue
        if p == "-":
            # The hyphen of a truncation attaches where its part does ("Rohstoff- und Energiekosten").
            if text.endswith("-") and i == len(pieces) - 1:
                head, hw = (tok, main) if root else (tok.head, None)
            elif main == parts[0]:
                head, hw = tok, i + 1  # a name's hyphen hangs on the part after it (GSD)
            else:
                head, hw = tok, i - 1  # a compound's hyphen hangs on the part before it (GSD)
            out.append(UDWord(p, p, "PUNCT", "$(", "", "punct", head, hw, start, end))
            continue
        if main == parts[0]:
            out.append(UDWord(p, p, "PROPN", "NE", str(tok.morph), "flat", tok, main, start, end))
        else:
            part_upos, part_xpos = _part_upos(p, cfg)
            out.append(UDWord(p, p, part_upos, part_xpos, str(tok.morph) if part_upos in ("NOUN", "PROPN") else "",
                              "compound", tok, main, start, end))
    return out


def ud_words(tok: Token) -> list[UDWord]:
    return _contraction(tok) or _hyphenated(tok)


if not Token.has_extension("ud_words"):
    Token.set_extension("ud_words", getter=ud_words)
