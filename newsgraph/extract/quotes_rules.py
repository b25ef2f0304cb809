"""Rule-based quotations for English (and German when no trained tagger is installed).

Per sentence, three patterns, tried in order:

* direct: a quotation in marks, its cue verb and speaker next to it
  (“…,” he said / X said: “…”);
* according to / laut / zufolge: "according to X, MSG" or "MSG, according to X";
* indirect: "X said (that) MSG" / "MSG, X said." with a cue verb outside quotation marks.

The speaker is a short noun group next to the cue: with a dependency parse the cue verb's
subject subtree, else the capitalised/determiner-led tokens between the cue and the
nearest comma or clause boundary.
"""

from __future__ import annotations

from .quotes import RawQuote
from .quotes_features import Tok, config, lexicon, quote_depth

PUNCT_STOP = {",", ";", ":", ".", "!", "?", "–", "—", "(", ")"}
TIME_WORDS = {
    "on", "late", "early", "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "am", "heute", "gestern", "montag", "dienstag", "mittwoch", "donnerstag",
    "freitag", "samstag", "sonntag", "abend", "morgen", "in", "a", "statement", "interview", "an",
}
AUXILIARIES = {"has", "have", "had", "is", "was", "were", "will", "would", "hat", "hatte", "habe", "haben", "hatten", "wird", "würde"}
EN_SPEAKER_STOP = {"and", "but", "while", "as", "which", "who", "that", "on", "in", "at", "after", "before", "when"}


def _sentences(toks: list[Tok]) -> list[list[int]]:
    out: dict[int, list[int]] = {}
    for i, t in enumerate(toks):
        out.setdefault(t.sent, []).append(i)
    return [out[k] for k in sorted(out)]


def _span(toks: list[Tok], i: int, j: int) -> tuple[int, int]:
    return toks[i].start, toks[j - 1].end


def _strip(toks: list[Tok], i: int, j: int) -> tuple[int, int]:
    """Drop leading/trailing punctuation (not quotation marks) from [i, j)."""
    while i < j and toks[i].text in PUNCT_STOP | {"that", "dass"}:
        i += 1
    while j > i and toks[j - 1].text in PUNCT_STOP:
        j -= 1
    return i, j


SPEAKER_STOP = PUNCT_STOP - {"(", ")"}


def _speaker_after(toks: list[Tok], k: int, end: int) -> tuple[int, int] | None:
    j = k
    while j < end and toks[j].text not in SPEAKER_STOP and toks[j].text.lower() not in EN_SPEAKER_STOP and j - k < 12:
        j += 1
    return (k, j) if j > k else None


def _speaker_before(toks: list[Tok], k: int, start: int) -> tuple[int, int] | None:
    i = k
    while i > start and toks[i - 1].text not in SPEAKER_STOP and not _is_quote(toks[i - 1].text) and k - i < 10:
        i -= 1
    return (i, k) if i < k else None


def _is_quote(w: str) -> bool:
    return w in {"„", "“", "”", '"', "»", "«", "‚", "‘"}


def _subject_from_parse(doc, toks: list[Tok], cue_i: int) -> tuple[int, int] | None:
    tok = doc.char_span(toks[cue_i].start, toks[cue_i].end, alignment_mode="expand")
    if tok is None:
        return None
    head = tok[0]
    for c in head.children:
        if c.dep_ in ("nsubj", "sb", "nsubjpass"):
            sub = list(c.subtree)
            return sub[0].idx, sub[-1].idx + len(sub[-1].text)
    return None


def rule_quotes(doc, toks: list[Tok], lang: str) -> list[RawQuote]:
    lex = lexicon(lang)
    inq = quote_depth(toks)
    has_dep = doc.has_annotation("DEP")
    low = [t.text.lower() for t in toks]
    quotes: list[RawQuote] = []
    for sent in _sentences(toks):
        s0, s1 = sent[0], sent[-1] + 1
        cues = [i for i in sent if not inq[i] and lex.is_cue(low[i])]
        made = False
        # direct quotations in this sentence
        i = s0
        while i < s1:
            if inq[i] and _is_quote(toks[i].text):
                j = i + 1
                while j < s1 and inq[j] and not (_is_quote(toks[j].text) and (j + 1 >= s1 or not inq[j + 1])):
                    j += 1
                j = min(j + 1, s1)
                if j - i >= 4:
                    near = sorted(cues, key=lambda c: min(abs(c - i), abs(c - j)))
                    cue = near[0] if near else None
                    spk = None
                    if cue is not None:
                        spk_t = _subject_from_parse(doc, toks, cue) if has_dep else None
                        if spk_t:
                            spk = spk_t
                        else:
                            # "…,” a diplomat told X  vs  "…,” said the minister
                            rng = _speaker_before(toks, cue, j if cue >= j else s0)
                            if cue >= j and (rng is None or rng[1] - rng[0] == 0):
                                rng = _speaker_after(toks, cue + 1, s1)
                            spk = _span(toks, *rng) if rng else None
                    quotes.append(RawQuote(
                        message=[_span(toks, i, j)], mode="Direct",
                        cue=[_span(toks, cue, cue + 1)] if cue is not None else [],
                        speaker=[spk] if spk else [], sent=toks[i].sent))
                    made = True
                i = j
            else:
                i += 1
        if made:
            continue
        # according to X / laut X / X zufolge (a cue verb, when there is one, frames the claim instead)
        for k in ([] if cues else sent):
            if inq[k]:
                continue
            w = low[k]
            if lang == "en" and w == "according" and k + 1 < s1 and low[k + 1] == "to":
                rng = _speaker_after(toks, k + 2, s1)
                if not rng:
                    continue
                if k <= s0 + 1:
                    m = _strip(toks, rng[1], s1)
                else:
                    m = _strip(toks, s0, k)
                if m[1] > m[0]:
                    quotes.append(RawQuote(message=[_span(toks, *m)], mode="Indirect", cue=[_span(toks, k, k + 2)],
                                           speaker=[_span(toks, *rng)], sent=toks[k].sent))
                    made = True
                    break
            if lang == "de" and w in ("laut", "zufolge") and not made:
                if w == "laut":
                    rng = _speaker_after(toks, k + 1, s1)
                    m = _strip(toks, rng[1], s1) if rng and k <= s0 + 1 else _strip(toks, s0, k)
                else:
                    rng = _speaker_before(toks, k, s0)
                    m = _strip(toks, k + 1, s1) if rng and rng[0] <= s0 + 1 else _strip(toks, s0, rng[0] if rng else k)
                if rng and m[1] > m[0]:
                    quotes.append(RawQuote(message=[_span(toks, *m)], mode="Indirect", cue=[_span(toks, k, k + 1)],
                                           speaker=[_span(toks, *rng)], sent=toks[k].sent))
                    made = True
                    break
        if made or not cues:
            continue
        # indirect: X said (that) MSG  |  MSG, X said / MSG, said X
        cue = cues[0]
        comma_before = max((k for k in range(s0, cue) if low[k] == ","), default=None)
        spk_t = _subject_from_parse(doc, toks, cue) if has_dep else None
        tail = [k for k in range(cue + 1, s1) if low[k] not in TIME_WORDS and toks[k].text not in PUNCT_STOP]
        forward = bool(tail) and (low[tail[0]] in lex.complementizers or len(tail) >= 5)
        if comma_before is not None and cue == comma_before + 1:
            forward = False  # "MSG, said the spokesman for …"
        if comma_before is not None and comma_before > s0 + 2 and not forward:
            # message first, frame after the comma
            m = _strip(toks, s0, comma_before)
            rng = _speaker_after(toks, cue + 1, s1) if cue == comma_before + 1 else _speaker_before(toks, cue, comma_before + 1)
        else:
            rng = _speaker_before(toks, cue, s0)
            k = cue + 1
            # skip the addressee/particles up to the complementizer or comma
            while k < s1 and k - cue <= 4 and low[k] not in lex.complementizers and low[k] != ",":
                k += 1
            if k >= s1 or k - cue > 4:
                k = cue + 1
            while k < s1 and low[k] in TIME_WORDS and k - cue <= 3:
                k += 1
            m = _strip(toks, k, s1)
        if m[1] - m[0] < 3:
            continue
        if rng:
            a, b = rng
            while b > a and low[b - 1] in AUXILIARIES:
                b -= 1
            rng = (a, b) if b > a else None
        spk = spk_t or (_span(toks, *rng) if rng else None)
        quotes.append(RawQuote(message=[_span(toks, *m)], mode="Indirect", cue=[_span(toks, cue, cue + 1)],
                               speaker=[spk] if spk else [], sent=toks[cue].sent))
    return quotes


__all__ = ["rule_quotes", "config"]
