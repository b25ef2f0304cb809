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

from bisect import bisect_left, bisect_right

from ..nlp.table import token_table
from .quotes import RawQuote
from .quotes_features import (
    Tok,
    config,
    lexicon,
    quote_depth,  # noqa: F401  (the training A/B scripts import it from here)
    rule_quote_depth,
)

PUNCT_STOP = {",", ";", ":", ".", "!", "?", "–", "—", "(", ")"}
TIME_WORDS = {
    "on", "late", "early", "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "am", "heute", "gestern", "montag", "dienstag", "mittwoch", "donnerstag",
    "freitag", "samstag", "sonntag", "abend", "morgen", "in", "a", "statement", "interview", "an",
}
AUXILIARIES = {"has", "have", "had", "is", "was", "were", "will", "would", "hat", "hatte", "habe", "haben", "hatten", "wird", "würde"}
EN_SPEAKER_STOP = {"and", "but", "while", "as", "which", "who", "that", "on", "in", "at", "after", "before", "when",
                   "had", "has", "have", "was", "were", "is", "are", "will", "would", "could", "did", "does"}


_SENTS_MEMO: list = [None, None]  # (tokens list, its sentences): five rules ask for the same list


def _sentences(toks: list[Tok]) -> list[list[int]]:
    """Token indices of each sentence (callers must not modify the lists; the last answer is kept)."""
    if _SENTS_MEMO[0] is toks:
        return _SENTS_MEMO[1]
    out: dict[int, list[int]] = {}
    for i, t in enumerate(toks):
        out.setdefault(t.sent, []).append(i)
    res = [out[k] for k in sorted(out)]
    _SENTS_MEMO[0], _SENTS_MEMO[1] = toks, res
    return res


def covered_tokens(toks: list[Tok], spans) -> set[int]:
    """Indices of the tokens whose start lies in one of the character ``spans`` [s, e) (tokens are
    in text order, so each span is a bisection instead of a test of every token)."""
    starts = _starts(toks)
    out: set[int] = set()
    for s, e in spans:
        out.update(range(bisect_left(starts, s), bisect_left(starts, e)))
    return out


def _span(toks: list[Tok], i: int, j: int) -> tuple[int, int]:
    return toks[i].start, toks[j - 1].end


def _strip(toks: list[Tok], i: int, j: int) -> tuple[int, int]:
    """Drop leading/trailing punctuation (not quotation marks) from [i, j)."""
    while i < j and toks[i].text in PUNCT_STOP | {"that", "dass", "{", "}", "[", "]"}:
        i += 1
    while j > i and toks[j - 1].text in PUNCT_STOP | {"{", "}", "[", "]"}:
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
    inq = rule_quote_depth(toks)
    has_dep = doc.has_annotation("DEP")
    low = [t.text.lower() for t in toks]
    quotes: list[RawQuote] = []
    for sent in _sentences(toks):
        s0, s1 = sent[0], sent[-1] + 1
        cues = [i for i in sent if not inq[i] and lex.is_rule_cue(low[i])]
        if lang == "en":
            # a cue verb deep inside a clause ("… that Nitze believed could …") is not the frame
            cues = [c for c in cues if low[c - 1] == "," or s1 - c <= 4
                    or not any(low[k] in ("that", "which", "who", "whom") for k in range(s0, c))]
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
                if w == "laut" and laut_adjective(toks, k, low):
                    continue
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
            # "MSG, said the spokesman for …" when a speaker alone follows the cue
            after = _speaker_after(toks, cue + 1, s1)
            rest = [k for k in range(after[1], s1) if low[k] not in TIME_WORDS and toks[k].text not in PUNCT_STOP] if after else [1]
            forward = bool(rest)
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
            # "…, the Washington Post reported": a second frame closes the sentence
            late = [x for x in cues if x > m[0] + 2 and s1 - x <= 7]
            if late:
                comma = max((x for x in range(m[0], late[-1]) if low[x] == ","), default=None)
                if comma is not None:
                    m = _strip(toks, m[0], comma)
            if rng is None and cue > s0 + 1 and low[cue - 1] == "," and cue - 1 - s0 <= 15:
                rng = (s0, cue - 1)  # "Officials, speaking on condition of anonymity, said …"
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


# --- German frames the tagger tends to miss ----------------------------------------------
# reporting verbs that frame the preceding clause even when it is in the indicative
STRONG_CUES = {
    "berichtete", "berichteten", "berichtet", "sagte", "sagten", "sagt", "erklärte", "erklärten", "meldete",
    "meldeten", "schrieb", "schreibt", "teilte", "teilten", "hieß", "betonte", "fügte", "ergänzte",
}
DE_NP_GLUE = {
    "der", "des", "die", "dem", "den", "das", "von", "vom", "eines", "einer", "einem", "ein", "eine", "und",
    "aus", "im", "in", "zur", "zum", "für", "sowie", "seiner", "ihrer", "seines", "ihres",
    # genitive quantifiers without an article ("nach Meinung vieler Experten")
    "vieler", "mehrerer", "einiger", "zahlreicher",
}
DE_SOURCE_NOUNS = {
    "angaben", "informationen", "aussagen", "aussage", "berichten", "bericht", "meldungen", "meldung",
    "darstellung", "einschätzung", "schätzungen", "ansicht", "auffassung", "untersuchungen", "erkenntnissen",
    "worten", "mitteilung", "sprechers", "polizeiangaben", "medienberichten", "expertenschätzungen",
}


NEW_NP = {"die", "das", "den", "dem", "ein", "eine", "einen", "einem", "sein", "seine", "seinen", "seinem",
          "ihr", "ihre", "ihren", "ihrem", "diese", "diesen", "dieser", "dieses"}
NOT_MODIFIER = {"wurde", "wurden", "ist", "sind", "war", "waren", "hat", "habe", "hatte", "wird", "werden",
                "sei", "seien", "auch", "noch", "bereits", "am", "heute", "gestern", "zudem", "jedoch"}


def _np_end(toks: list[Tok], k: int, end: int) -> int:
    """End of a German noun group starting at k, without a tagger: determiners and lower-case
    modifiers until a capitalised head ("ein namentlich nicht genannter europäischer Diplomat"),
    then genitive/prepositional attachments ("Angaben der Polizei", "Angaben von n24")."""
    j = k
    need_noun = True
    while j < end and j - k < 16:
        w = toks[j].text
        low = w.lower()
        if _is_quote(w) or w[:1].isupper() or w[:1].isdigit() or w in ("-", "(", ")"):
            if w[:1].isupper() and low in NEW_NP and not need_noun:
                break
            j += 1
            need_noun = False
        elif low in NEW_NP:
            if not need_noun:
                break
            j += 1
        elif low in DE_NP_GLUE:
            j += 1
            need_noun = True
        elif need_noun and w[:1].islower() and low not in NOT_MODIFIER and not _is_punct(w) and j + 1 < end:
            j += 1
        else:
            break
    while j > k and (toks[j - 1].text.lower() in DE_NP_GLUE | NEW_NP or toks[j - 1].text in ("(", "-")
                     or toks[j - 1].text[:1].islower()):
        j -= 1
    return j


def _is_punct(w: str) -> bool:
    return not any(c.isalnum() for c in w)


def _pieces(toks: list[Tok], s0: int, s1: int, f0: int, f1: int) -> list[tuple[int, int]]:
    out = []
    for a, b in ((s0, f0), (f1, s1)):
        a, b = _strip(toks, a, b)
        if b - a >= 3:
            out.append(_span(toks, a, b))
    return out


def laut_adjective(toks: list[Tok], k: int, low: list[str] | None = None) -> bool:
    """"laut" at ``k`` is the adjective of "laut werden" ("war Kritik laut geworden"), not the source preposition,
    which is always followed by its noun group: the word after it is a form of "werden"/"sein" ([de]
    laut_adjective_next; empty = every "laut" may be the preposition). The tagger is no help: "laut" in "laut geworden"
    is ADJD but its coarse POS ADP, as for the preposition (quotes-de dev). "Vorwürfe werden laut, <clause>" (the
    particle at the clause's end) is left alone: quotes-de makes the clause a quote of the noun group before it."""
    nxt = config().get("de", {}).get("laut_adjective_next", [])
    if not nxt or k + 1 >= len(toks):
        return False
    return (low[k + 1] if low is not None else toks[k + 1].text.lower()) in nxt


def german_frames(toks: list[Tok]) -> list[RawQuote]:
    """"Nach Angaben der Polizei …", "laut X", "X zufolge", "…, so X." and "X sagte, …"."""
    inq = rule_quote_depth(toks)
    lex = lexicon("de")
    low = [t.text.lower() for t in toks]
    quotes: list[RawQuote] = []
    nouns = DE_SOURCE_NOUNS | frozenset(config().get("de", {}).get("frame_source_nouns", []))
    for sent in _sentences(toks):
        s0, s1 = sent[0], sent[-1] + 1
        for k in sent:
            if inq[k]:
                continue
            w = low[k]
            frame = None
            if w in ("nach", "gemäß", "laut") and k + 1 < s1:
                if w == "laut" and laut_adjective(toks, k, low):
                    continue
                j = k + 1
                # "nach jüngsten Untersuchungen", "nach einem Bericht der Zeitung …"
                e = _np_end(toks, j, s1)
                head_ok = any(low[x] in nouns or low[x].endswith(("angaben", "berichten", "meldungen"))
                              for x in range(j, min(e, j + 4)))
                if w == "laut" and e == j and toks[j].text[:1].isalpha():
                    # "laut el-Baradei", "laut ecuadorianischen Presseinformationen"
                    e = j + 1
                    if j + 1 < s1 and toks[j + 1].text[:1].isupper() and low[j].endswith(("e", "en", "er", "em", "es")):
                        e = max(e, _np_end(toks, j + 1, s1))
                if e > j and (w == "laut" or head_ok):
                    frame = (k, k + 1, j, e)
            elif w == "zufolge" and k > s0:
                # the noun group right before it, not all back to the last comma
                # ("Es handele sich ersten Angaben zufolge um …")
                i = _np_start(toks, k, s0)
                if i == k:
                    while i > s0 and toks[i - 1].text not in SPEAKER_STOP and k - i < 10:
                        i -= 1
                if i < k:
                    frame = (k, k + 1, i, k)
            elif w == "so" and k > s0 and low[k - 1] == "," and k + 1 < s1 and (
                    toks[k + 1].text[:1].isupper() or low[k + 1] in DE_NP_GLUE):
                e = _np_end(toks, k + 1, s1)
                if e > k + 1 and (e >= s1 - 1 or toks[e].text in PUNCT_STOP):
                    frame = (k, k + 1, k + 1, e)
            if frame is None:
                continue
            c0, c1, p0, p1 = frame
            f0, f1 = min(c0, p0), max(c1, p1)
            msg = _pieces(toks, s0, s1, f0, f1)
            if msg:
                quotes.append(RawQuote(message=msg, mode="Indirect", cue=[_span(toks, c0, c1)],
                                       speaker=[_span(toks, p0, p1)], sent=toks[k].sent))
                break
        else:
            # "X sagte, MSG" / "… sagte X, MSG" / "MSG, sagte X."
            cues = [i for i in sent if not inq[i] and lex.is_rule_cue(low[i]) and toks[i].text[:1].islower()]
            for c in cues:
                comma = next((x for x in range(c + 1, min(s1, c + 8)) if low[x] in (",", ":")), None)
                if comma is not None and comma + 2 < s1:
                    nxt = low[comma + 1]
                    if not (nxt in lex.complementizers or any(low[x] in lex.subjunctive for x in range(comma + 1, s1))):
                        continue
                    if comma > c + 1 and toks[c + 1].text[:1].isupper() or low[c + 1] in DE_NP_GLUE:
                        spk = (c + 1, _np_end(toks, c + 1, comma))
                    else:
                        spk = _speaker_before(toks, c, s0)
                    m = _strip(toks, comma + 1, s1)
                    if spk and spk[1] > spk[0] and m[1] - m[0] >= 3:
                        quotes.append(RawQuote(message=[_span(toks, *m)], mode="Indirect", cue=[_span(toks, c, c + 1)],
                                               speaker=[_span(toks, *spk)], sent=toks[c].sent))
                        break
                elif c > s0 + 3 and low[c - 1] == ",":
                    e = _np_end(toks, c + 1, s1)
                    m = _strip(toks, s0, c - 1)
                    strong = low[c] in STRONG_CUES
                    if e > c + 1 and (strong or any(low[x] in lex.subjunctive for x in range(m[0], m[1]))):
                        quotes.append(RawQuote(message=[_span(toks, *m)], mode="Indirect", cue=[_span(toks, c, c + 1)],
                                               speaker=[_span(toks, c + 1, e)], sent=toks[c].sent))
                        break
    return quotes


DE_PRONOUNS = {"er", "sie", "es", "man", "wir", "ich"}


def fallback_speaker(toks: list[Tok], c: int, blocked: set[int]) -> tuple[int, int] | None:
    """Speaker of a German cue verb the tagger found no speaker for: the noun group right
    after it ("sagte Rice", "betonte der Minister") or right before it ("Der Minister sagte")."""
    sent = toks[c].sent
    end = c + 1
    while end < len(toks) and toks[end].sent == sent:
        end += 1
    s0 = c
    while s0 > 0 and toks[s0 - 1].sent == sent:
        s0 -= 1
    nominal = not toks[s0].pos or any(toks[x].pos in ("NOUN", "PROPN", "PRON") for x in range(s0, c))
    if c > s0 and toks[s0].text[:1].isupper() and nominal and _np_end(toks, s0, c) == c and not any(
            x in blocked for x in range(s0, c)):
        # "Die parlamentarische Opposition wies … zurück": the sentence opens with the speaker
        return s0, c
    if c > s0 and toks[c - 1].text.lower() == "und" and toks[s0].text[:1].isupper():
        # "Selenskyj hat … unterstützt und betont, dass …": the sentence's subject
        e = _np_end(toks, s0, c)
        if e > s0 and not any(x in blocked for x in range(s0, e)):
            return s0, e
    if c + 1 < end and (c + 1) not in blocked:
        w = toks[c + 1].text
        if w.lower() in DE_PRONOUNS:
            return c + 1, c + 2
        if w[:1].isupper() or w.lower() in DE_NP_GLUE:
            e = _np_end(toks, c + 1, end)
            if e > c + 1 and not any(x in blocked for x in range(c + 1, e)):
                return c + 1, e
    i = c
    while i > 0 and toks[i - 1].sent == sent and (i - 1) not in blocked and c - i < 10:
        w = toks[i - 1].text
        if w in SPEAKER_STOP or _is_quote(w):
            break
        if not (w[:1].isupper() or w.lower() in DE_NP_GLUE or w[:1].isdigit()
                or (w[:1].islower() and toks[i].text[:1].isupper())):
            break
        i -= 1
    return (i, c) if i < c else None


def _np_start(toks: list[Tok], e: int, start: int) -> int:
    """Start of the German noun group that ends at e (exclusive), scanning backwards."""
    i = e
    while i > start and e - i < 14:
        w = toks[i - 1].text
        low = w.lower()
        if w[:1].isupper() or w[:1].isdigit() or _is_quote(w) or w in ("-", "(", ")"):
            i -= 1
        elif low in DE_NP_GLUE or low in NEW_NP:
            i -= 1
        elif w[:1].islower() and low not in NOT_MODIFIER and not _is_punct(w) and i < e and \
                toks[i].text[:1].isupper() and (low.endswith("sten") or not low.endswith(("te", "ten", "et"))):
            i -= 1
        else:
            break
    while i < e and toks[i].text.lower() in DE_NP_GLUE - {"der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einer", "eines"}:
        i += 1
    return i


def trim_speaker(toks: list[Tok], sp: tuple[int, int], cue: tuple[int, int] | None) -> tuple[int, int]:
    """Cut a tagged speaker back to the noun group next to its cue."""
    i, j = sp
    if cue is None:
        return sp
    if j == cue[0] and j - i > 1:
        ni = _np_start(toks, j, i)
        if ni < j:
            return ni, j
    if i == cue[1] and j - i > 1:
        nj = _np_end(toks, i, j)
        if nj > i:
            return i, nj
    return sp


def _sent_range(tok) -> tuple[int, int]:
    """The token range [start, end) of ``tok``'s sentence: ``x.sent == tok.sent`` holds exactly for the tokens in it
    (the sentences partition the doc). Read once per subtree: comparing ``x.sent`` per token made two sentence Spans
    per token, each found by scanning the sentence starts."""
    s = tok.sent
    return s.start, s.end


# (token table, {token index: _verb_lemma}), replaced whole: the rules, the act classifier and the cue steps ask ~80
# times per article, mostly of the same few verbs, and each answer made a Token per child of the verb
_VERB_LEMMAS: tuple = (None, None)


def _verb_lemma(tok) -> str:
    """Lemma with its separated particle ("warf … vor" -> "vorwerfen"): the first "compound:prt" / "svp" child's
    lower-case text before ``lemma_.lower()``."""
    return verb_lemma_at(tok.doc, tok.i)


def verb_lemma_at(doc, i: int) -> str:
    """``_verb_lemma(doc[i])``, each token's answer kept with the doc's token table (unchecked: the claims extractor
    checked it when it began), so a doc read anew after its annotations changed is asked anew; a Token is made only
    the first time a token is asked about. (Read from the table's lemma and children columns instead, the answers
    were the same but building those two columns per document cost what the kept answers saved: round 28, p1.)"""
    global _VERB_LEMMAS
    tab = token_table(doc, check=False)
    memo = _VERB_LEMMAS
    if memo[0] is not tab:
        memo = _VERB_LEMMAS = (tab, {})
    got = memo[1].get(i)
    if got is None:
        tok = doc[i]
        prt = [c.text.lower() for c in tok.children if c.dep_ in ("compound:prt", "svp")]
        got = memo[1][i] = (prt[0] if prt else "") + tok.lemma_.lower()
    return got


def _needs_met(word: str, low: list[str], needs: dict[str, list[str]]) -> bool:
    for stem, words in needs.items():
        if word.startswith(stem) and not any(w in low for w in words):
            return False
    return True


def reported_acts(toks: list[Tok], stems: tuple[str, ...], doc=None,
                  lemmas: frozenset[str] = frozenset(), max_quoted: float = 0.0,
                  needs: dict[str, list[str]] | None = None,
                  hanta_lemmas: frozenset[str] = frozenset()) -> list[RawQuote]:
    """Speech acts without a content clause ("Müntefering sprach von einem Riesenerfolg"):
    quotes-de's Reported type, the whole sentence being the message. With a parse, the
    verbs are also matched by lemma (``lemmas``); a sentence may hold quoted fragments up to
    ``max_quoted`` of its tokens ("attackierte den Iran als den „führenden Förderer …“"). A stem
    in ``needs`` counts only in a sentence holding one of its words ("sprach" with "von": not
    "sprach mit seiner Frau", "sprach sich … aus"). ``hanta_lemmas`` ([de] reported_hanta_lemmas) are
    matched by HanTa's lemma as well: the stems are finite forms and the parser leaves participles as
    they are, so "hat … angekündigt", "wurde … gewarnt" were never matched (round 24, h2: measured, off)."""
    needs = needs if isinstance(needs, dict) else {}
    inq = rule_quote_depth(toks)
    out: list[RawQuote] = []
    parsed = doc is not None and doc.has_annotation("DEP") and doc.has_annotation("LEMMA")
    for sent in _sentences(toks):
        s0, s1 = sent[0], sent[-1] + 1
        quoted = sum(1 for k in sent if inq[k])
        if s1 - s0 < 5 or (quoted and (inq[s0] or quoted > max_quoted * (s1 - s0))):
            continue
        low = [toks[k].text.lower() for k in sent]
        # the stem / lemma test before _needs_met (all pure tests: the same words pass), and each word lowered once
        cues = [k for k, lw in zip(sent, low) if not inq[k] and toks[k].text[:1].islower() and (
            lw.startswith(stems) or (
                parsed and lemmas and toks[k].i >= 0 and toks[k].pos == "VERB"
                and verb_lemma_at(doc, toks[k].i) in lemmas) or (
                parsed and hanta_lemmas and toks[k].i >= 0 and toks[k].pos == "VERB"
                and (verb_lemma_at(doc, toks[k].i) in hanta_lemmas
                     or _hanta_lemma(doc[toks[k].i]) in hanta_lemmas))) and _needs_met(lw, low, needs)]
        if not cues:
            continue
        c = cues[0]
        blocked: set[int] = set()
        spk = parse_subject(doc, toks, c, blocked) if doc is not None else None
        spk = spk or fallback_speaker(toks, c, blocked)
        if spk is None or "," in low[:2]:
            continue
        m = _strip(toks, s0, s1)
        out.append(RawQuote(message=[_span(toks, m[0], s1)], mode="Reported", cue=[],
                            speaker=[_span(toks, *spk)], sent=toks[s0].sent))
    return out


FINITE_TAGS = {"VVFIN", "VAFIN", "VMFIN"}
STRAY_TAGS = {"PTKVZ", "PAV", "PROAV"}
CLAUSE_STOPS = {",", ";", ":", "(", ")", "„", "“", "”", "\"", "»", "«", "–"}


def stray_particle_verb(doc, toks: list[Tok], j: int) -> int | None:
    """A separable particle or pronominal adverb the parser hung on a non-verb ("ging die
    Anwältin noch davon aus" with "davon aus" on "noch", "teilte Feuerwehrsprecher Axel Stüken
    mit" with "mit" on the noun) belongs to the nearest finite verb to its left in its clause:
    that verb's Tok index, else None. Parsers differ in where they hang these (the width-64
    de_core does it more often), so the verb complex is read from the surface here."""
    t = toks[j]
    if t.i < 0:
        return None
    tok = doc[t.i]
    if tok.tag_ not in STRAY_TAGS or tok.head.pos_ in ("VERB", "AUX"):
        return None
    from .quotes import PRONOMINAL_ADVERBS

    if tok.tag_ != "PTKVZ" and tok.lower_ not in PRONOMINAL_ADVERBS:
        return None  # "demnach", "danach" frame a source on their own
    k = j - 1
    while k > max(-1, j - 25):
        if toks[k].sent != t.sent:
            return None
        if toks[k].text == ",":
            # "ging Celebi, die Anwältin der Frau, noch davon aus": a verbless stretch between two
            # commas is an inserted apposition, not another clause
            c = k - 1
            while c >= 0 and toks[c].sent == t.sent and toks[c].text not in CLAUSE_STOPS and toks[c].pos not in ("VERB", "AUX"):
                c -= 1
            if c < 1 or toks[c].text != "," or toks[c].sent != t.sent or c == k - 1 \
                    or toks[c - 1].pos not in ("NOUN", "PROPN"):
                return None
            k = c - 1
            continue
        if toks[k].text in CLAUSE_STOPS:
            return None
        if toks[k].i >= 0 and doc[toks[k].i].tag_ in FINITE_TAGS:
            return k
        k -= 1
    return None


SUBJECT_DEPS = {"nsubj", "nsubj:pass", "nsubjpass", "sb", "csubj"}
_STARTS_MEMO: list = [None, None]  # (tokens list, their start offsets): parse_subject runs per cue token


def _starts(toks: list[Tok]) -> list[int]:
    if _STARTS_MEMO[0] is not toks:
        _STARTS_MEMO[0], _STARTS_MEMO[1] = toks, [t.start for t in toks]
    return _STARTS_MEMO[1]


def _speaker_and_end(doc, toks: list[Tok], k: int, a: int, b: int) -> tuple[tuple[int, int], int] | None:
    """The subject of the cue verb at ``k`` outside the message toks[a:b], and the message end
    without trailing punctuation; None without a subject (no speaker, no quote)."""
    spk = parse_subject(doc, toks, k, set(range(a, b)))
    if spk is None:
        return None
    while b > a + 1 and toks[b - 1].text in PUNCT_STOP:
        b -= 1
    return spk, b


def cue_verb_heads(doc, toks: list[Tok], c: int) -> list:
    """The spaCy tokens a cue's arguments may hang on: the cue itself, the head of an auxiliary
    or particle cue ("teilte … mit", "hat … erklärt"), and the verb a stray particle belongs to.
    The caller has checked toks[c].i >= 0."""
    verb = doc[toks[c].i]
    heads = [verb]
    if verb.dep_ in ("aux", "compound:prt", "svp") or verb.pos_ == "AUX" or (
            verb.pos_ not in ("VERB", "NOUN", "PROPN") and verb.head.pos_ == "VERB"):
        heads.append(verb.head)
    v = stray_particle_verb(doc, toks, c)
    if v is not None and toks[v].i >= 0:
        heads.append(doc[toks[v].i])
    return heads


def parse_subject(doc, toks: list[Tok], c: int, blocked: set[int]) -> tuple[int, int] | None:
    """The cue verb's subject from the dependency parse, as a Tok range (None without one)."""
    if not doc.has_annotation("DEP") or toks[c].i < 0:
        return None
    verb = doc[toks[c].i]
    for h in cue_verb_heads(doc, toks, c):
        for ch in h.children:
            if ch.dep_ in SUBJECT_DEPS:
                lo, hi = _sent_range(verb)
                sub = [t for t in ch.subtree if lo <= t.i < hi]
                a, b = sub[0].idx, sub[-1].idx + len(sub[-1].text)
                starts = _starts(toks)
                ids = [k for k in range(bisect_left(starts, a), bisect_right(starts, b)) if toks[k].end <= b]
                if ids and not any(k in blocked for k in ids) and len(ids) <= 20:
                    return ids[0], ids[-1] + 1
    return None


KONJ1 = {
    "sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "gebe", "stehe", "liege",
    "komme", "gehe", "bleibe", "wisse", "lasse", "sehe", "halte", "gelte", "brauche", "plane", "befinde",
    "handele", "handle", "bestehe", "verfüge", "fehle", "diene", "reiche", "führe", "trage", "erwarte",
}


def free_indirect(toks: list[Tok], quotes: list[RawQuote], window: int = 2) -> list[RawQuote]:
    """Konjunktiv-I sentences with no cue of their own that follow a quote: the speaker of
    that quote goes on talking (quotes-de's IndirectFreeIndirect)."""
    inq = rule_quote_depth(toks)
    by_sent: dict[int, RawQuote] = {}
    for q in quotes:
        by_sent[q.sent] = q
    covered = {toks[k].sent for k in covered_tokens(toks, [sp for q in quotes for sp in q.message])}
    out: list[RawQuote] = []
    last: RawQuote | None = None
    sents = _sentences(toks)
    for sent in sents:
        sid = toks[sent[0]].sent
        if sid in by_sent:
            last = by_sent[sid]
            continue
        nxt = by_sent.get(sid + 1)
        if (last is None or sid - last.sent > window) and nxt is not None and nxt.speaker \
                and nxt.speaker[0][0] >= nxt.message[-1][1] and sid not in covered:
            # "X sei … . Y habe …, fügte die Zeitung hinzu": the postposed frame covers it
            words = [toks[k].text.lower() for k in sent if not inq[k]]
            if len(words) >= 4 and any(w in KONJ1 for w in words):
                a, b = _strip(toks, sent[0], sent[-1] + 1)
                out.append(RawQuote(message=[_span(toks, a, sent[-1] + 1)], mode="IndirectFreeIndirect",
                                    speaker=list(nxt.speaker), sent=sid, inherited=True))
                continue
        if sid in covered or last is None or sid - last.sent > window or not last.speaker:
            continue
        words = [toks[k].text.lower() for k in sent if not inq[k]]
        if len(words) < 5 or not any(w in KONJ1 for w in words):
            continue
        a, b = _strip(toks, sent[0], sent[-1] + 1)
        q = RawQuote(message=[_span(toks, a, sent[-1] + 1)], mode="IndirectFreeIndirect",
                     speaker=list(last.speaker), sent=sid, inherited=True)
        out.append(q)
        last = RawQuote(message=q.message, mode=q.mode, speaker=q.speaker, sent=sid)
    return out


def _zu_infinitive(ch) -> bool:
    """A zu-infinitive clause head ("zu rufen", "aufzugeben")."""
    return ch.tag_ == "VVIZU" or any(c.text == "zu" and c.dep_ == "mark" for c in ch.children)


def _stem_key(v) -> str:
    """The verb's word form with its separated particle in front ("forderte … auf" ->
    "aufforderte"): directive verbs are matched on it by prefix, as their lemmas are unreliable."""
    prt = [c.text.lower() for c in v.children if c.dep_ in ("compound:prt", "svp")]
    return (prt[0] if prt else "") + v.text.lower()


# tags of a clause's first word that make it a relative or adverbial clause, not the content of the verb before it
HANTA_OPENERS = ("KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT")


def _hanta_lemma(v) -> str:
    """The verb's lemma from HanTa's analysis of its form (the nlp stage's cached one), particle joined: the
    de_core lemmatizer leaves participles of periphrastic tenses as they are ("hat darauf hingewiesen" ->
    "hingewiesen", "angenommen", "festgestellt"), HanTa gives their stem ("hinweis" -> "hinweisen")."""
    from ..nlp.segment import hanta_analysis

    analysis = hanta_analysis(v.text.lower())
    if not analysis or not analysis[-1].startswith("VV"):
        return ""
    stem = analysis[0].lower()
    prt = [c.text.lower() for c in v.children if c.dep_ in ("compound:prt", "svp")]
    # "äußer" -> "äußern", "hinweis" -> "hinweisen"
    return (prt[0] if prt else "") + stem + ("n" if stem.endswith(("er", "el")) else "en")


def parsed_indirect(doc, toks: list[Tok], lemmas: frozenset[str], zu_stems: tuple[str, ...] = (),
                    stems: tuple[str, ...] = ()) -> list[RawQuote]:
    """"Stoiber sagte, die Union benötige …", "Litauen geht davon aus, dass …": a speech or
    thought verb (by lemma, particle joined) whose clausal complement opens with "dass"/"ob"
    or holds a Konjunktiv verb. Message = the complement, cue = the verb (the caller adds its
    auxiliaries), speaker = its subject. With ``zu_stems``, a verb of those word forms
    (particle in front, see _stem_key) or of ``lemmas`` whose zu-infinitive complement follows
    a comma ("forderte die SPD auf, stärker auf Einsparungen zu setzen") is one too: quotes-de
    makes such complements Indirect quotes. Needs the dependency parse."""
    if doc is None or not doc.has_annotation("DEP") or not lemmas:
        return []
    inq = rule_quote_depth(toks)
    by_i = {t.i: k for k, t in enumerate(toks)}
    subj = lexicon("de").subjunctive
    # [model] parsed_indirect_hanta: a verb whose parser lemma is not in ``lemmas`` is matched by HanTa's lemma too
    hanta = bool(config().get("model", {}).get("parsed_indirect_hanta", False))
    out: list[RawQuote] = []
    for k, t in enumerate(toks):
        # Tok.pos is the token's pos_ (a Token object only for verbs)
        if inq[k] or t.i < 0 or not t.text[:1].islower() or t.pos != "VERB":
            continue
        v = doc[t.i]
        kids = [c for c in v.children if c.i > v.i and c.dep_ in ("ccomp", "parataxis", "advcl", "xcomp")]
        if not kids:
            continue
        # ``stems``: word forms (particle in front) for verbs the lemmatizer garbles ("hervorhob", "beschlossn")
        by_lemma = _verb_lemma(v) in lemmas or bool(stems) and _stem_key(v).startswith(stems)
        # matched by HanTa's lemma only: its complement must be marked (dass / ob, Konjunktiv, zu-infinitive) and
        # open with no other subordinator or relative word: on cross-fitted train all 3 of its false fires were
        # relative or temporal clauses ("…, gemeldet, die …", "…, gemeldet, nachdem er … zu sehen war")
        hanta_only = not by_lemma and hanta and _hanta_lemma(v) in lemmas
        by_lemma = by_lemma or hanta_only
        zu_ok = bool(zu_stems) and (by_lemma or _stem_key(v).startswith(zu_stems))
        if not by_lemma and not zu_ok:
            continue
        if any(c.dep_ == "mark" and c.text.lower() in ("als", "wie") for c in v.children):
            continue  # "höher als erwartet", "wie angekündigt"
        for ch in kids:
            zu = zu_ok and _zu_infinitive(ch)
            if not zu and (ch.dep_ == "xcomp" or not by_lemma):
                continue
            lo, hi = _sent_range(v)
            sub = [x for x in ch.subtree if lo <= x.i < hi]
            ids = [by_i[x.i] for x in sub if x.i in by_i]
            while ids and _is_punct(toks[ids[0]].text):
                ids = ids[1:]
            if zu and ids and toks[ids[0] - 1].text != ",":
                # the parser hangs the infinitive's own adverbs and objects on the verb ("forderte
                # …, stärker auf Einsparungen zu setzen"): the clause starts after the comma
                comma = [j for j in range(k + 1, ids[0]) if toks[j].text == "," and toks[j].sent == t.sent]
                if comma and ids == list(range(ids[0], ids[-1] + 1)):
                    ids = list(range(comma[-1] + 1, ids[-1] + 1))
            if len(ids) < 3 or inq[ids[0]]:
                continue
            first = toks[ids[0]].text.lower()
            konj = any(toks[j].mood_sub or toks[j].text.lower() in subj for j in ids)
            # "Stoiber sagte, die Union benötige …" with the Konjunktiv missed by the tagger:
            # a complement right after "<verb> [subject]," is the content
            close = toks[ids[0] - 1].text == "," and ids[0] - k <= 4 and config().get("model", {}).get(
                "indirect_comma", True)
            if first not in ("dass", "ob") and not konj and not close and not (zu and toks[ids[0] - 1].text == ","):
                continue
            if hanta_only and (first not in ("dass", "ob") and not konj and not zu
                               or first not in ("dass", "ob") and doc[toks[ids[0]].i].tag_ in HANTA_OPENERS):
                continue
            a, b = ids[0], ids[-1] + 1
            if first in ("dass", "ob") and toks[a - 1].text != ",":
                continue
            found = _speaker_and_end(doc, toks, k, a, b)
            if found is None:
                continue
            spk, b = found
            # quotes-de's message keeps "dass"; the cue is the verb with its auxiliaries and particle
            from .quotes import CUE_AUX_DEPS, CUE_EXTRA

            extra = CUE_EXTRA.get(v.lemma_.lower(), set())
            cue = sorted({k} | {by_i[c.i] for c in v.children if c.i in by_i and (
                c.dep_ in CUE_AUX_DEPS or c.text.lower() in extra) and not a <= by_i[c.i] < b})
            out.append(RawQuote(message=[_span(toks, a, b)], mode="Indirect", cue=[_span(toks, j, j + 1) for j in cue],
                                speaker=[_span(toks, *spk)], sent=t.sent))
            break
    return out


def surface_indirect(doc, toks: list[Tok], lemmas: frozenset[str], max_gap: int = 4) -> list[RawQuote]:
    """parsed_indirect's complement read from the surface where the parse has none: a speech
    verb (by lemma) without a ccomp/parataxis, "<verb> [subject/adverb …]," within ``max_gap``
    tokens, and after the comma a clause with a finite verb up to the end of the sentence ("Ein
    Polizeisprecher meinte nun, der Ehemann „konnte …“", which the width-64 de_core parses as
    an apposition of "meinte" with "konnte" its copula). Message = that clause, cue = the verb,
    speaker = its subject. The caller uses these only around quoted fragments (direct_outer)."""
    if doc is None or not doc.has_annotation("DEP") or not lemmas:
        return []
    inq = rule_quote_depth(toks)
    out: list[RawQuote] = []
    for k, t in enumerate(toks):
        if inq[k] or t.i < 0 or not t.text[:1].islower() or t.pos != "VERB":
            continue
        v = doc[t.i]
        if _verb_lemma(v) not in lemmas or any(c.dep_ in ("ccomp", "parataxis") for c in v.children) \
                or any(c.dep_ == "mark" for c in v.children):
            continue
        comma = next((j for j in range(k + 1, min(len(toks), k + max_gap + 2))
                      if toks[j].sent != t.sent or toks[j].text in PUNCT_STOP or inq[j]), None)
        if comma is None or toks[comma].text != "," or toks[comma].sent != t.sent:
            continue
        a = comma + 1
        b = a
        while b < len(toks) and toks[b].sent == t.sent and toks[b].text not in (".", "!", "?", ";"):
            b += 1
        if b - a < 3 or inq[a] or toks[a].i < 0 or doc[toks[a].i].tag_ in ("KOUS", "PRELS", "PWAV", "KON"):
            continue
        if not any(toks[j].i >= 0 and doc[toks[j].i].tag_ in FINITE_TAGS for j in range(a, b)):
            continue
        found = _speaker_and_end(doc, toks, k, a, b)
        if found is None:
            continue
        spk, b = found
        out.append(RawQuote(message=[_span(toks, a, b)], mode="Indirect", cue=[_span(toks, k, k + 1)],
                            speaker=[_span(toks, *spk)], sent=t.sent))
    return out


def _parsed_wie_clause(doc, toks: list[Tok], k: int, s1: int, inq: list[int]) -> tuple[int, int] | None:
    """([model] wie_frames_parse) The wie-clause at toks[k] where the surface scan cuts it short at an apposition's comma,
    a parenthesis or a quoted name ("…, wie Burt Rutan, Chef der Firma …, mitteilte.", "Wie aus einer Verlautbarung der
    … (ISAF) hervorgeht, …", "Wie die Sportzeitung „L′Equipe“ veröffentlichte, …"): the clause is verb-final, so its verb
    is the first full verb after "wie" by the tagger's POS (no verb or auxiliary before it; the parser hangs "wie" on the
    nouns as often as on the verb), the clause ends after it and its auxiliaries at punctuation. (verb's Tok index,
    clause end), None if the sentence does not read so."""
    for v in range(k + 2, min(s1, k + 24)):
        if toks[v].i < 0:
            return None
        pos = doc[toks[v].i].pos_
        if pos == "AUX":
            return None
        if pos != "VERB":
            continue
        if inq[v]:
            return None
        e = v + 1
        while e < s1 and toks[e].i >= 0 and doc[toks[e].i].pos_ == "AUX":
            e += 1
        return (v, e) if e >= s1 or toks[e].text in PUNCT_STOP else None
    return None


def wie_frames(doc, toks: list[Tok], lemmas: frozenset[str]) -> list[RawQuote]:
    """"Wie ein Sprecher der Feuerwehr mitteilt, wurde …" / "…, wie EADS gestern mitteilte.": a
    wie-clause ending in a speech verb (by lemma, or a curated cue stem) frames the rest of its
    sentence as an Indirect quote; cue = "wie" + the verb and its auxiliaries, speaker = the
    verb's subject. The tagger misses these where the clause is long or the verb rare
    ("Wie aus Reihen des Gerichts verlautete"). Needs the dependency parse."""
    if doc is None or not doc.has_annotation("DEP"):
        return []
    inq = rule_quote_depth(toks)
    lex = lexicon("de")
    by_parse = bool(config().get("model", {}).get("wie_frames_parse", False))
    out: list[RawQuote] = []
    for sent in _sentences(toks):
        s0, s1 = sent[0], sent[-1] + 1
        for k in sent:
            if inq[k] or toks[k].text.lower() != "wie" or toks[k].i < 0:
                continue
            initial = k == s0
            if not initial and toks[k - 1].text != ",":
                continue
            e = next((j for j in range(k + 1, min(s1, k + 16)) if toks[j].text in PUNCT_STOP or inq[j]), None)
            if e is None:
                if s1 - k > 16:
                    continue
                e = s1
            v = e - 1
            while v > k and doc[toks[v].i].pos_ == "AUX":
                v -= 1
            if v <= k + 1:
                continue  # "wie erwartet", "wie angekündigt": no source named
            vt = doc[toks[v].i]
            if vt.pos_ != "VERB" or not (_verb_lemma(vt) in lemmas or lex.is_rule_cue(toks[v].text.lower())):
                parsed = _parsed_wie_clause(doc, toks, k, s1, inq) if by_parse else None
                if parsed is None:
                    continue
                v, e = parsed
                vt = doc[toks[v].i]
                if not (_verb_lemma(vt) in lemmas or lex.is_rule_cue(toks[v].text.lower())):
                    continue
            if initial:
                if e >= s1 or toks[e].text != ",":
                    continue
                a, b = _strip(toks, e + 1, s1)
            else:
                if any(toks[j].text not in PUNCT_STOP for j in range(e, s1)):
                    continue  # ", wie … sagte, …" in mid-sentence: which side is the content is unclear
                a, b = _strip(toks, s0, k)
            if b - a < 4 or inq[a]:
                continue
            spk = parse_subject(doc, toks, v, set(range(a, b)))
            cue = [_span(toks, k, k + 1)] + [_span(toks, j, j + 1) for j in range(v, e)]
            out.append(RawQuote(message=[_span(toks, a, b)], mode="Indirect", cue=cue,
                                speaker=[_span(toks, *spk)] if spk else [], sent=toks[k].sent))
            break
    return out


_NOUN_NP_DEPS = {"case", "det", "det:poss", "amod", "nummod", "advmod"}
_LIGHT_VERB_DEPS = {"obj", "obl", "obl:arg", "nsubj", "nsubj:pass", "iobj"}


def _complement_end(doc, toks: list[Tok], a: int, by_i: dict[int, int]) -> int:
    """The end (exclusive Tok index) of the clause opening at toks[a]: the subtree of the clause's
    verb (the head of its first word, "dass" or the subject), cut at the sentence end; the rest of
    the sentence where the parse does not give a contiguous clause starting at ``a``."""
    sent = toks[a].sent
    last = a
    while last + 1 < len(toks) and toks[last + 1].sent == sent:
        last += 1
    h = doc[toks[a].i]
    while h.head.i != h.i and h.pos_ not in ("VERB", "AUX") and h.head.i > doc[toks[a].i].i - 1:
        h = h.head
    if h.pos_ in ("VERB", "AUX"):
        while h.dep_ in ("aux", "aux:pass", "cop") and h.head.i > h.i:
            h = h.head
        lo, hi = _sent_range(h)
        ids = sorted(by_i[x.i] for x in h.subtree if x.i in by_i and lo <= x.i < hi)
        ids = [j for j in ids if j >= a]
        if ids and ids == list(range(a, ids[-1] + 1)):
            last = ids[-1]
    b = last + 1
    while b > a + 1 and toks[b - 1].text in PUNCT_STOP:
        b -= 1
    return b


def light_verb_indirect(doc, toks: list[Tok], nouns: frozenset[str], max_np: int = 8) -> list[RawQuote]:
    """"ist der Meinung, dass …", "kamen zu dem Ergebnis, dass …", "vertritt die Ansicht, Clarkson
    habe …", "fassten den Beschluss, Koalitionsgespräche … zu führen": a speech/attitude noun (by
    lemma, [de] light_verb_nouns) followed, after at most its genitive group, by a comma and a
    "dass"/"ob" clause, a Konjunktiv clause or a zu-infinitive. quotes-de marks the clause as an
    Indirect quote whose cue is the light verb with the noun group ("kamen zu dem Ergebnis") and
    whose speaker is the verb's subject; a noun on no verb ("trotz einer Warnung der Wärter, …")
    is the cue alone with its genitive as the speaker. Needs the dependency parse."""
    if doc is None or not doc.has_annotation("DEP") or not nouns:
        return []
    inq = rule_quote_depth(toks)
    by_i = {t.i: k for k, t in enumerate(toks)}
    subj = lexicon("de").subjunctive
    out: list[RawQuote] = []
    for k, t in enumerate(toks):
        if inq[k] or t.i < 0 or t.pos != "NOUN":
            continue
        n = doc[t.i]
        if n.lemma_.lower() not in nouns and t.text.lower() not in nouns:
            continue
        # the comma after the noun and its genitive/prepositional group ("die Forderung des CSU-Vorsitzenden, …")
        j = k + 1
        while j < len(toks) and j - k <= max_np and toks[j].sent == t.sent and toks[j].text != "," \
                and toks[j].i >= 0 and n in doc[toks[j].i].ancestors and not inq[j]:
            j += 1
        if j >= len(toks) - 2 or toks[j].text != "," or toks[j].sent != t.sent:
            continue
        a = j + 1
        if inq[a] or toks[a].i < 0 or toks[a].sent != t.sent:
            continue
        b = _complement_end(doc, toks, a, by_i)
        if b - a < 3:
            continue
        first = toks[a].text.lower()
        ids = range(a, b)
        konj = any(toks[x].mood_sub or toks[x].text.lower() in subj for x in ids)
        zu = any(toks[x].i >= 0 and doc[toks[x].i].tag_ in ("PTKZU", "VVIZU") for x in ids)
        if first not in ("dass", "ob") and not konj and not zu:
            continue
        if first not in ("dass", "ob") and doc[toks[a].i].tag_ in ("PRELS", "PRELAT", "KOUS", "PWAV", "PWS"):
            continue  # a relative or adverbial clause on the noun, not its content
        v = n.head if n.dep_ in _LIGHT_VERB_DEPS and n.head.pos_ in ("VERB", "AUX") else None
        if v is None:
            cop = [c for c in n.children if c.dep_ == "cop"]
            v = cop[0] if cop else None
        cue = {k} | {by_i[c.i] for c in n.children if c.i < n.i and c.dep_ in _NOUN_NP_DEPS and c.i in by_i}
        spk = None
        if v is not None and v.i in by_i:
            c = by_i[v.i]
            cue |= {c} | {by_i[x.i] for x in v.children if x.i in by_i and x.dep_ in ("aux", "aux:pass", "compound:prt")}
            head = v.head if v.dep_ in ("cop", "aux", "aux:pass") else v
            cue |= {by_i[x.i] for x in head.children if x.i in by_i and x.dep_ in ("aux", "aux:pass", "compound:prt")}
            if head.i in by_i and head.i != v.i and head.pos_ in ("VERB",):
                cue.add(by_i[head.i])
            spk = parse_subject(doc, toks, c, set(range(a, b)) | cue)
        else:
            gen = [x for x in n.children if x.i > n.i and x.dep_ in ("nmod", "nmod:poss") and x.i in by_i]
            if gen:
                sub = sorted(by_i[x.i] for x in gen[0].subtree if x.i in by_i)
                if sub and sub[-1] < j:
                    spk = (sub[0], sub[-1] + 1)
        cue = {x for x in cue if not a <= x < b}
        out.append(RawQuote(message=[_span(toks, a, b)], mode="Indirect", cue=[_span(toks, x, x + 1) for x in sorted(cue)],
                            speaker=[_span(toks, *spk)] if spk else [], sent=t.sent))
    return out


COMPLEMENT_BAD_TAGS = {"PRELS", "PRELAT", "PWAV", "PWS", "KON", "APPR", "APPRART"}


def _zu_clause_end(doc, toks: list[Tok], a: int, b: int) -> bool:
    """The clause toks[a:b] is a zu-infinitive: it ends in "aufzugeben" (VVIZU) or "zu" + infinitive
    ("zukommen zu lassen", "haftbar zu machen") and holds no finite verb of its own."""
    ids = [j for j in range(a, b) if toks[j].i >= 0 and toks[j].text[:1].isalnum()]
    if len(ids) < 2:
        return False
    tags = [doc[toks[j].i].tag_ for j in ids]
    if any(t in FINITE_TAGS for t in tags):
        return False
    last = toks[ids[-1]].text.lower()
    # the tagger calls some joined forms plain infinitives ("nachzudenken" VVINF)
    joined = tags[-1] == "VVINF" and len(last) > 7 and "zu" in last[2:-3] and last.endswith("en")
    return tags[-1] == "VVIZU" or joined or (tags[-1] in ("VVINF", "VAINF", "VMINF") and tags[-2] == "PTKZU")


def reported_complements(doc, toks: list[Tok], quotes: list[RawQuote], lemmas: frozenset[str],
                         stems: tuple[str, ...], zu_stems: tuple[str, ...], max_gap: int = 5, *,
                         quoted_names: bool = False, zu_cut: bool = False, zu_prep: bool = False,
                         any_verb: bool = False, verb_ok=None) -> None:
    """A Reported quote whose sentence holds "<speech verb> [object/subject/particle …]," and then a
    content clause is quotes-de's Indirect quote of that clause ("Greenpeace fordert, die Firma … haftbar
    zu machen", "appellierte sie, den Hilfsorganisationen … zukommen zu lassen"): the parse hangs such clauses on the wrong word (xcomp of the first
    infinitive, an object taken for the subject), so parsed_indirect misses them and the tagger calls
    the sentence a speech act. Read from the surface: the clause after the comma opens with
    "dass"/"ob" or holds a Konjunktiv verb (verbs of ``lemmas``/``stems``), or is a zu-infinitive
    (those and ``zu_stems``). The quote becomes Indirect, message = the clause, cue = the verb (finish_cues adds
    its particle and auxiliaries), speaker = the tagged one outside the clause, else the verb's subject.

    Round 23's extensions, measured and off (cue_r23_ab.py compx*): ``quoted_names``, a quoted name may stand between
    the verb and the comma ("meldete die Internet-Nachrichtensite „Golem“, Wikimedia … habe …"); ``zu_cut``, a
    zu-clause may end at a comma before a subordinate clause ("…, den … fallen gelassen zu haben, als …"); ``zu_prep``,
    a zu-clause may open with a preposition ("forderte May auf, über einen Rücktritt nachzudenken"); ``any_verb``, any
    verb takes a dass / ob / Konjunktiv clause; ``verb_ok(verb, a, b, konj)``, with ``any_verb``, decides whether an
    unlisted verb may take the clause toks[a:b] (round 24's learned speech-verb decision, quotes_cues)."""
    if doc is None or not doc.has_annotation("DEP"):
        return
    inq = rule_quote_depth(toks)
    subj = lexicon("de").subjunctive
    starts = _starts(toks)
    for q in quotes:
        if q.mode != "Reported" or q.nested or not q.message:
            continue
        k0 = bisect_left(starts, q.message[0][0])
        if k0 >= len(toks):
            continue
        sid = toks[k0].sent
        lo = k0
        while lo > 0 and toks[lo - 1].sent == sid:
            lo -= 1
        hi = k0
        while hi < len(toks) and toks[hi].sent == sid:
            hi += 1
        for k in range(lo, hi):
            t = toks[k]
            if inq[k] or t.i < 0 or t.pos != "VERB" or not t.text[:1].islower():
                continue
            v = doc[t.i]
            key = _stem_key(v)
            by_lemma = _verb_lemma(v) in lemmas or (bool(stems) and (key.startswith(stems) or t.text.lower().startswith(stems)))
            if not (by_lemma or any_verb or (bool(zu_stems) and key.startswith(zu_stems))):
                continue
            comma = next((j for j in range(k + 1, min(hi, k + max_gap + 2))
                          if toks[j].text in PUNCT_STOP or (inq[j] and not quoted_names)), None)
            if comma is None or toks[comma].text != ",":
                continue
            a = comma + 1
            b = a
            while b < hi and toks[b].text not in (".", "!", "?", ";", ":") and not inq[b]:
                b += 1
            if b - a < 3 or toks[a].i < 0:
                continue
            first = toks[a].text.lower()
            konj = any(toks[j].mood_sub or toks[j].text.lower() in subj for j in range(a, b))
            zu_b = b
            if zu_cut and not _zu_clause_end(doc, toks, a, b):
                cut = next((j for j in range(a + 2, b - 1) if toks[j].text == "," and toks[j + 1].i >= 0
                            and doc[toks[j + 1].i].tag_ in ("KOUS", "PRELS", "PWAV")), None)
                if cut is not None and _zu_clause_end(doc, toks, a, cut):
                    zu_b = cut
            zu = _zu_clause_end(doc, toks, a, zu_b)
            if first not in ("dass", "ob") and doc[toks[a].i].tag_ in COMPLEMENT_BAD_TAGS | {"KOUS", "KOUI"} \
                    and not (zu_prep and zu and doc[toks[a].i].tag_ in ("APPR", "APPRART")):
                continue
            if any_verb and not by_lemma:
                if zu and not (first in ("dass", "ob") or konj):
                    continue
                if verb_ok is not None and not verb_ok(v, a, b, konj):
                    continue
                by_lemma = True
            if not (by_lemma and (first in ("dass", "ob") or konj) or zu):
                continue
            if zu and not (by_lemma and (first in ("dass", "ob") or konj)):
                b = zu_b
            spk = None
            if q.speaker:
                s_ids = [j for j in range(lo, hi) if q.speaker[0][0] <= toks[j].start < q.speaker[-1][1]]
                if s_ids and not any(a <= j < b for j in s_ids):
                    spk = list(q.speaker)
            if spk is None:
                rng = parse_subject(doc, toks, k, set(range(a, b)))
                spk = [_span(toks, *rng)] if rng else []
            q.mode, q.message, q.cue, q.speaker, q.inherited = "Indirect", [_span(toks, a, b)], [_span(toks, k, k + 1)], spk, False
            break


# relative pronouns after "nach" in a source frame's relative clause ("Gerüchte, nach denen Barrett an Krebs litt")
NACH_RELATIVE = {"denen", "der", "welchem", "welcher", "welchen"}  # not "dem": "…, nach dem das AKW stillgelegt worden war" is temporal


def empty_frames(doc, toks: list[Tok], quotes: list[RawQuote], kinds: frozenset[str]) -> list[RawQuote]:
    """Source frames in sentences no quote of ours touches ([model] empty_frames; de_quotes card, Round 18): quotes-de
    marks them as Indirect quotes whose cue is the frame word, and the taggers and ``german_frames`` miss them.

    * "wonach" — "Spekulationen, wonach der Auftraggeber … gewesen sein könnte, konnte …": message = the clause the
      word opens (its verb's subtree), cue = "wonach" (or "nach denen"), speaker = the noun the clause hangs on;
    * "demnach" — a sentence opening with "Demnach": message = the rest, cue and speaker = "Demnach" (quotes-de's CS);
    * "gemäß" — "gemäß der Netzzeitung", any noun group as with "laut": message = the sentence minus the frame.
    """
    if not doc.has_annotation("DEP"):
        return []
    inq = rule_quote_depth(toks)
    starts = _starts(toks)
    used: set[int] = set()
    for q in quotes:
        for s, e in q.message:
            for k in range(bisect_left(starts, s), bisect_left(starts, e)):
                used.add(toks[k].sent)
    by_i = {t.i: k for k, t in enumerate(toks) if t.i >= 0}
    out: list[RawQuote] = []
    for sent in _sentences(toks):
        s0, s1 = sent[0], sent[-1] + 1
        if toks[s0].sent in used:
            continue
        low = [t.text.lower() for t in toks[s0:s1]]
        r = None
        for k in range(s0, s1):
            w = low[k - s0]
            if inq[k] or toks[k].i < 0:
                continue
            if "wonach" in kinds and k > s0 and toks[k - 1].text == "," and (
                    w == "wonach" or (w == "nach" and k + 1 < s1 and low[k + 1 - s0] in NACH_RELATIVE
                                      and toks[k + 1].i >= 0 and doc[toks[k + 1].i].tag_ in ("PRELS", "PDS"))):
                # quotes-de: "wonach" is cue (speaker the noun before), "nach denen" is cue "nach", speaker "denen"
                cue_end = k + 1 if w == "wonach" else k + 2
                h = doc[toks[cue_end - 1].i].head
                while h.pos_ not in ("VERB", "AUX") and h.head.i != h.i:
                    h = h.head  # the parser hangs "denen" on the clause's subject
                sub = sorted(by_i[x.i] for x in h.subtree if x.i in by_i and by_i[x.i] >= cue_end)
                if not sub or h.pos_ not in ("VERB", "AUX"):
                    continue
                end = sub[-1] + 1
                while end < s1 and toks[end].i >= 0 and doc[toks[end].i].tag_.startswith("V"):
                    end += 1  # the verb-final cluster the parser hung elsewhere ("gewesen | sein könnte")
                m0, m1 = _strip(toks, cue_end, end)
                if m1 - m0 < 3:
                    continue
                r = RawQuote(message=[_span(toks, m0, m1)], mode="Indirect", cue=[_span(toks, k, k + 1)],
                             sent=toks[k].sent, origin="rule")
                if w == "nach":
                    r.speaker = [_span(toks, k + 1, k + 2)]
                    break
                noun = h.head
                if noun.pos_ in ("VERB", "AUX") and toks[k - 2].i >= 0 and doc[toks[k - 2].i].pos_ in ("NOUN", "PROPN"):
                    noun = doc[toks[k - 2].i]  # the clause hung on the main verb: the noun right before the comma
                kn = by_i.get(noun.i)
                if kn is not None and kn < k - 1 and noun.pos_ in ("NOUN", "PROPN"):
                    left = min(by_i[x.i] for x in noun.subtree if x.i in by_i)
                    if left >= s0:
                        a, b = _strip(toks, left, k - 1)
                        if b > a:
                            r.speaker = [_span(toks, a, b)]
                break
            if "demnach" in kinds and k == s0 and w == "demnach" and s1 - s0 > 4:
                m0, m1 = _strip(toks, k + 1, s1)
                r = RawQuote(message=[_span(toks, m0, m1)], mode="Indirect", cue=[_span(toks, k, k + 1)],
                             speaker=[_span(toks, k, k + 1)] if "demnach_cs" in kinds else [],
                             sent=toks[k].sent, origin="rule")
                break
            if "gemäß" in kinds and w == "gemäß" and k + 1 < s1:
                # the noun group is the subtree of the noun "gemäß" hangs on ("gemäß der Netzzeitung 40 Menschen": the
                # surface noun-group reader runs on into the number)
                noun = doc[toks[k].i].head
                kn = by_i.get(noun.i)
                if kn is None or kn <= k or noun.pos_ not in ("NOUN", "PROPN"):
                    continue
                e = max(by_i[x.i] for x in noun.subtree if x.i in by_i) + 1
                if e > s1 or e <= k + 1:
                    continue
                msg = _pieces(toks, s0, s1, k, e)
                if msg:
                    r = RawQuote(message=msg, mode="Indirect", cue=[_span(toks, k, k + 1)],
                                 speaker=[_span(toks, k + 1, e)], sent=toks[k].sent, origin="rule")
                break
        if r is None and "surface" in kinds:
            r = _surface_frame(doc, toks, s0, s1)
        if r is not None:
            out.append(r)
    return out


# the closing mark of each opening mark a sentence's own quotation pairs use (surface_frame)
_SENT_PAIRS = {"„": "“", "»": "«", '"': '"', "‚": "‘"}


def _sentence_quoted(toks: list[Tok], s0: int, s1: int) -> set[int]:
    """The tokens of toks[s0:s1] inside a quotation pair that opens and closes in the sentence, marks included: the
    article-wide quote_depth runs on for 60 tokens after a mark it cannot close ("„ Bild“-Zeitung" is one token,
    "« Schweizerhaus »" opens with the closing mark), hiding whole sentences from the frame rules."""
    out: set[int] = set()
    k = s0
    while k < s1:
        close = _SENT_PAIRS.get(toks[k].text)
        if close is not None:
            e = next((j for j in range(k + 1, s1) if toks[j].text == close), None)
            if e is not None:
                out.update(range(k, e + 1))
                k = e + 1
                continue
        k += 1
    return out


def _surface_frame(doc, toks: list[Tok], s0: int, s1: int) -> RawQuote | None:
    """[model] empty_frames_surface (kind "surface" of ``empty_frames``): the first source frame of an empty sentence read
    off the surface, where the parse and the article's quote depth hide it from german_frames and the parsed kinds above
    (de_cues card, Round 27): "gemäß <noun group>" whatever the tagger calls "gemäß" ("Der Unfall kostete gemäß der
    Netzzeitung 40 Menschen das Leben": ADJ, hung on the verb), "laut <noun group>", "<noun group> zufolge" / "zu Folge",
    and a clause-closing ", so <noun group>" with a lower-case opener ("…, so verdi-Verhandlungsführer Frank Bäsler.",
    "…, so eine Information des Bundeskriminalamtes (BKA) in Wiesbaden nach …"). cue = the frame word(s), speaker = the
    noun group, message = the sentence around the frame. Not "nach" / "danach" / "demnach": in the sentences left empty
    they are mostly temporal (quotes-de train: 5 of 300 inner "nach", 11 of 83 sentence-initial "Nach" in a gold cue)."""
    quoted = _sentence_quoted(toks, s0, s1)
    low = [t.text.lower() for t in toks[s0:s1]]

    def w(k: int) -> str:
        return low[k - s0]

    def group_before(e: int) -> int:
        # back over the noun group's own words only (_np_start runs on over a verb: "Es bestand Überlieferungen zufolge")
        i = e
        while i > s0 and toks[i - 1].i >= 0 and (doc[toks[i - 1].i].pos_ in ("NOUN", "PROPN", "ADJ", "DET", "NUM")
                                                  or _is_quote(toks[i - 1].text)):
            i -= 1
        return i

    for k in range(s0, s1):
        if k in quoted or toks[k].i < 0:
            continue
        frame = None
        if w(k) in ("gemäß", "laut") and k + 1 < s1:
            if w(k) == "laut" and laut_adjective(toks, k):
                continue
            e = _np_end(toks, k + 1, s1)
            if w(k) == "laut" and e == k + 1 and toks[k + 1].text[:1].isalpha():
                e = k + 2  # "laut el-Baradei"
            # a number after the group's capitalised head opens the next group ("gemäß der Netzzeitung 40 Menschen"),
            # not after an abbreviation ("gemäß dem Dekret Nr. 72")
            for j in range(k + 2, e):
                if toks[j].text[:1].isdigit() and toks[j - 1].text[:1].isupper() and not toks[j - 1].text.endswith("."):
                    e = j
                    break
            if e > k + 1 and any(toks[j].text[:1].isalnum() for j in range(k + 1, e)):
                frame = (k, k + 1, k + 1, e)
        elif w(k) == "zufolge" and k > s0:
            i = group_before(k)
            if i < k:
                frame = (k, k + 1, i, k)
        elif w(k) == "folge" and toks[k].text == "Folge" and k - 1 > s0 and w(k - 1) == "zu":
            i = group_before(k - 1)
            if i < k - 1:
                frame = (k - 1, k + 1, i, k - 1)
        elif w(k) == "so" and k > s0 + 2 and toks[k - 1].text == "," and k + 1 < s1 and toks[k + 1].i >= 0 \
                and doc[toks[k + 1].i].pos_ in ("DET", "NOUN", "PROPN"):
            e = _np_end(toks, k + 1, s1)
            rest = [x for x in range(e, s1) if toks[x].i >= 0 and doc[toks[x].i].pos_ in ("VERB", "AUX")]
            if e > k + 1 and not rest:
                # the frame runs to the sentence's end: what follows the noun group is its own attachment
                frame = (k, k + 1, k + 1, e)
                end = s1
                while end > e and toks[end - 1].text in PUNCT_STOP:
                    end -= 1
                msg = _pieces(toks, s0, s1, k, max(e, end))
                if msg:
                    return RawQuote(message=msg, mode="Indirect", cue=[_span(toks, k, k + 1)],
                                    speaker=[_span(toks, k + 1, e)], sent=toks[k].sent, origin="rule")
                return None
        if frame is None:
            continue
        c0, c1, p0, p1 = frame
        msg = _pieces(toks, s0, s1, min(c0, p0), max(c1, p1))
        if not msg:
            return None
        return RawQuote(message=msg, mode="Indirect", cue=[_span(toks, c0, c1)], speaker=[_span(toks, p0, p1)],
                        sent=toks[k].sent, origin="rule")
    return None


SENTENCE_MARKS = (".", "!", "?")


def close_final_mark(toks: list[Tok], quotes: list[RawQuote], origins: frozenset[str]) -> None:
    """A cue-less quote made by a step in ``origins`` whose message stops right before its sentence's closing mark
    takes the mark in.

    The act classifier's quotes are whole sentences cut before the full stop (``_strip``), where quotes-de ends a
    free indirect or Reported sentence-long message with it. Counts and the A/B (other steps' quotes, cued quotes,
    by mode): de_quotes card, Round 19, message (h9).
    """
    if not origins or not toks:
        return
    starts = [t.start for t in toks]
    for q in quotes:
        if q.cue or q.nested or q.origin not in origins or not q.message:
            continue
        a, b = q.message[-1]
        k = bisect_left(starts, b)  # the first token starting at or after the message's end
        if k == 0 or k >= len(toks) or toks[k].text not in SENTENCE_MARKS or toks[k - 1].end != b:
            continue
        if toks[k].sent != toks[k - 1].sent or (k + 1 < len(toks) and toks[k + 1].sent == toks[k].sent):
            continue  # not the mark that closes the message's own sentence
        q.message[-1] = (a, toks[k].end)
