"""Figures in text with what they count: "mindestens 12 Menschen wurden getötet" -> (dead, 12)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_WORDS = {
    "ein": 1, "eine": 1, "einen": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "hundert": 100, "tausend": 1000,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "hundred": 100, "thousand": 1000,
    "dutzende": 24, "dozens": 24, "hunderte": 200, "hundreds": 200, "tausende": 2000, "thousands": 2000,
    "zehntausende": 20000, "tens of thousands": 20000,
}
_SCALE = {"million": 1e6, "millionen": 1e6, "mio": 1e6, "mio.": 1e6, "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9,
          "mrd.": 1e9, "billion": 1e9, "billionen": 1e12, "tausend": 1e3, "thousand": 1e3}
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:-[^\W\d_]+)*|[€$]", re.UNICODE)
_YEARISH = re.compile(r"^(1[89]|20)\d\d$")


@dataclass
class Figure:
    category: str
    value: float
    start: int
    end: int
    text: str


def _parse_digits(s: str, lang: str) -> float | None:
    if lang == "de":
        s2 = s.replace(".", "").replace(",", ".") if ("," in s or s.count(".") > 1 or re.search(r"\.\d{3}$", s)) else s
    else:
        s2 = s.replace(",", "")
    try:
        return float(s2)
    except ValueError:
        return None


def figures(text: str, lang: str, categories: dict[str, list[str]], window: int = 6) -> list[Figure]:
    toks = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    lowered = [t[0].lower() for t in toks]
    out: list[Figure] = []
    i = 0
    while i < len(toks):
        w, s, e = toks[i]
        lw = lowered[i]
        value = None
        if w[:1].isdigit():
            if _YEARISH.match(w):
                i += 1
                continue
            value = _parse_digits(w, lang)
        elif lw in _WORDS and lw not in ("ein", "eine", "einen", "one"):
            value = float(_WORDS[lw])
        if value is None:
            i += 1
            continue
        j = i + 1
        if j < len(toks) and lowered[j] in _SCALE:
            value *= _SCALE[lowered[j]]
            e = toks[j][2]
            j += 1
        # the keyword may precede the figure only for currencies ("$ 5 million", "€ 3")
        cat = "money" if i and lowered[i - 1] in ("€", "$") else None
        generic = None  # "12 Menschen" counts people unless a later word says what happened to them
        for k in range(j, min(len(toks), j + window)):
            if cat or toks[k][0][:1].isdigit():
                break
            for c, kws in categories.items():
                if lowered[k] in kws or (k + 1 < len(toks) and f"{lowered[k]} {lowered[k + 1]}" in kws):
                    if c == "people":
                        generic = generic or c
                    else:
                        cat = cat or c
        cat = cat or generic
        if cat:
            out.append(Figure(cat, value, s, e, text[s:e]))
        i = j
    return out


@dataclass
class Count:
    """A number with the word it counts and the words around it ("318 Passagieren an Bord")."""

    value: float
    start: int
    end: int
    text: str
    noun: str  # the counted word, lower-cased
    context: str  # the words around the figure, figures removed


def counts(text: str, lang: str, window: int = 8, skip: set[str] | frozenset[str] = frozenset(),
           sentences: list[tuple[int, int]] | None = None) -> list[Count]:
    """Every number followed by the word it counts. Unlike ``figures`` this knows no categories:
    it is for comparing near-identical passages of two reports, where any count that differs
    ("318 Passagiere" against "639 Passagiere") is a disagreement. With ``sentences`` (their
    offsets) the context stops at the count's sentence: the next sentence may be another one in
    another outlet's order."""
    toks = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    lowered = [t[0].lower() for t in toks]
    out: list[Count] = []
    for i, (w, s, e) in enumerate(toks):
        lw = lowered[i]
        if w[:1].isdigit():
            if _YEARISH.match(w) or (e < len(text) and text[e:e + 1] == "." and i + 1 < len(toks)
                                     and toks[i + 1][0][:1].isupper() and lowered[i + 1] in _MONTH_NAMES):
                continue  # a year or a date ("12. März"), not a count
            value = _parse_digits(w, lang)
        elif lw in _WORDS and lw not in ("ein", "eine", "einen", "one"):
            value = float(_WORDS[lw])
        else:
            continue
        if value is None or i + 1 >= len(toks):
            continue
        j = i + 1
        if lowered[j] in _SCALE:
            value *= _SCALE[lowered[j]]
            j += 1
        if j >= len(toks) or lowered[j] in skip or toks[j][0][:1].isdigit():
            continue
        lo, hi = max(0, i - window), min(len(toks), j + window + 1)
        first, last = 0, len(text)
        if sentences:
            k = bisect_right(sentences, (s, len(text) + 1)) - 1
            if k >= 0 and sentences[k][0] <= s < sentences[k][1]:
                first, last = sentences[k]
        context = " ".join(lowered[k] for k in range(lo, hi) if k != i and not toks[k][0][:1].isdigit()
                           and first <= toks[k][1] < last)
        out.append(Count(value, s, e, w, lowered[j], context))
    return out


_MONTH_NAMES = {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
                "november", "dezember", "january", "february", "march", "june", "july", "october", "december"}
