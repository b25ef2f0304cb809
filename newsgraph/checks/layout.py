"""Defects visible without grammar: duplicated paragraphs, truncated endings, passages in
another language."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

_TERMINAL = tuple(".!?…:")
_CLOSERS = tuple("\"“”»«)'’")
_SENT_RE = re.compile(r"[^.!?\n]+[.!?]?")


@dataclass
class Finding:
    start: int
    end: int
    score: float
    reason: str


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.split("\n"):
        s = pos + len(line) - len(line.lstrip())
        e = pos + len(line.rstrip())
        if e > s:
            out.append((s, e))
        pos += len(line) + 1
    return out


def duplicates(text: str, min_chars: int = 60) -> list[Finding]:
    """Repeated paragraphs, and long sentences repeated inside one paragraph (a copy-paste
    of a paragraph into a single-line text looks like that)."""
    out: list[Finding] = []
    seen: list[tuple[str, int, int]] = []
    units: list[tuple[int, int]] = []
    for ps, pe in _paragraphs(text):
        units.append((ps, pe))
        for m in _SENT_RE.finditer(text, ps, pe):
            if m.end() - m.start() >= min_chars and (m.start(), m.end()) != (ps, pe):
                units.append((m.start(), m.end()))
    for s, e in units:
        norm = " ".join(text[s:e].split())
        if len(norm) < min_chars:
            continue
        for other, os_, oe in seen:
            if os_ <= s < oe or s <= os_ < e:
                continue  # a sentence inside its own paragraph
            if norm == other or (abs(len(norm) - len(other)) < 0.1 * len(norm) and fuzz.ratio(norm, other) >= 95):
                out.append(Finding(s, e, 0.95, f"repeats the text at {os_}–{oe}"))
                break
        else:
            seen.append((norm, s, e))
    # a repeated sentence inside a repeated paragraph is the same defect
    out.sort(key=lambda f: (f.start, -(f.end - f.start)))
    kept: list[Finding] = []
    for f in out:
        if not any(k.start <= f.start and f.end <= k.end for k in kept):
            kept.append(f)
    return kept


def truncated(text: str, min_line_chars: int = 20) -> list[Finding]:
    """The last substantial line stops without terminal punctuation, or mid-word."""
    paras = []
    for s, e in reversed(_paragraphs(text)):  # only the last substantial line and whether there are others matter
        if e - s >= min_line_chars and sum(c.isalpha() for c in text[s:s + 8 * min_line_chars]) >= min_line_chars:
            paras.insert(0, (s, e))
            if len(paras) == 2:
                break
    if len(paras) < 1:
        return []
    s, e = paras[-1]
    if len(paras) == 1 and "\n" not in text.strip():
        body = text[s:e]
    else:
        body = text[s:e]
    end = body.rstrip()
    # a closing byline or date "(APA, 25.7.2015)", link markup "[… Mehr Bilder]", a table row ending in a
    # figure: the text ends there by design
    if end.endswith((")", "]")) and re.search(r"[\d\]]", end[-40:]) or end[-1:].isdigit():
        return []
    # a byline or a list item closed by its bracket ("(stro, APA)", "Ronivaldo (Schambeinentzündung)"), the last
    # item of a line-up or fixture list ("Gelbe Karten: Toth, Starkl bzw. keine"): the text ends there by design;
    # a text stopping at a comma or mid-sentence without a colon before is still cut
    last = re.split(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ])", end)[-1]
    if end.endswith(")") and re.search(r"\([^()]{1,40}\)$", end) or ":" in last and not end.endswith((",", ";", "-", "–")):
        return []
    while end.endswith(_CLOSERS):  # a closing quote ends a sentence only after its own period
        end = end[:-1].rstrip()
    if end.endswith(_TERMINAL):
        return []
    if len(paras) > 1 and len(end.split()) <= 4 and "\n" in text[paras[-2][1]:s]:
        return []  # a short last paragraph of its own is a heading ("Themenverwandter Artikel"), not a cut
    tail_start = max(s, body.rstrip().rfind(" ") + s + 1)
    last_word = text[tail_start:e]
    reason = f"the text stops at '{last_word}' without closing punctuation"
    score = 0.9 if body.rstrip()[-1:] in ",;-–" or body.rstrip()[-1:].islower() else 0.7
    return [Finding(tail_start, e, score, reason)]


def mixed_language(sentences: list[tuple[int, int]], text: str, language: str, min_chars: int = 40,
                   min_prob: float = 0.9, markers: dict[str, list[str]] | None = None) -> list[Finding]:
    from ..ingest.language import detect

    # a sentence full of the article language's function words and free of the other's is
    # in that language: the classifier (about 1 ms a sentence) is only asked about the rest
    own = set((markers or {}).get(language, []))
    other = set(w for lang, ws in (markers or {}).items() if lang != language for w in ws)
    out = []
    for s, e in sentences:
        seg = text[s:e]
        words = seg.split()
        if len(seg) < min_chars or len(words) < 6:
            continue
        if own:
            low = [w.lower() for w in words]
            if sum(w in own for w in low) >= 2 and not any(w in other for w in low):
                continue
        stripped = seg.strip()
        if stripped[:1] in "„\"«»“" and stripped[-2:].strip(".,") [-1:] in "“\"«»":
            continue  # a quotation in its original language is not a defect
        lang, prob = detect(seg)
        if lang in ("de", "en") and lang != language and prob >= min_prob:
            out.append(Finding(s, e, prob, f"sentence is in {lang}, the article in {language}"))
    return out
