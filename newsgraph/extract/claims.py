"""extract.claims: who said what, according to whom, how sure.

For each quotation found by ``quotes.extract_quotes`` (message, cue, speaker, addressee,
quote type) this makes a ``Claim`` with its certainty and source chain, and the ``Source``
records of the article: the outlet as root, cited media, and the persons, organisations
and anonymous sources reported through them (see ``sources.SourceBook``).
"""

from __future__ import annotations

import re

from ..model import Analysis, Certainty, Claim, ClaimMode, SourceKind, Span, stable_id
from ..nlp.table import token_table
from ..registry import component
from .certainty import classify
from .quotes import PARTICLES, RawQuote, extract_quotes
from .sources import SourceBook

MINOR_CUE_PARTS = PARTICLES | {"wie"}


def _sentence_text(analysis: Analysis, start: int, end: int) -> str:
    parts = [s.span for s in analysis.sentences if s.span.start < end and start < s.span.end]
    if not parts:
        return analysis.article.text[max(0, start - 200):end + 200]
    return analysis.article.text[parts[0].start:parts[-1].end]


ADDRESSEE_RE = {
    "de": re.compile(r"\b(?:gegenüber\s+)?(?:dem|der)\s+(?:Medium|Zeitung|Blatt|Sender|Magazin|Agentur|Nachrichtenagentur)\b"),
    "en": re.compile(r"\btold\s+(the\s+(?:newspaper|paper|outlet|agency|broadcaster|network|magazine))\b"),
}


def _medium_addressee(text: str, cue: Span, q: RawQuote, lang: str) -> Span | None:
    """"sagte … dem Medium": the addressee next to the cue when the tagger left it out."""
    rx = ADDRESSEE_RE.get(lang)
    if rx is None:
        return None
    lo, hi = cue.start, min(len(text), cue.end + 120)
    for m in rx.finditer(text, lo, hi):
        g = m.lastindex or 0
        s, e = m.span(g)
        if not any(ms <= s < me for ms, me in q.message):
            return Span(start=s, end=e, text=text[s:e])
    return None


def sentence_start(analysis: Analysis, offset: int) -> int:
    return next((s.span.start for s in analysis.sentences if s.span.start <= offset < s.span.end), offset)


def _medium_in_frame(book: SourceBook, sentence: str, base: int, q: RawQuote, text: str) -> None:
    """A medium named in the claim's sentence outside message and speaker ("…, the Washington
    Post reported") is the open medium the sentence's sources are reported through."""
    taken = list(q.message) + list(q.speaker)
    for s, e, name in book.media_ahead:
        if base <= s < base + len(sentence) and not any(a <= s < b for a, b in taken):
            src = book.add(SourceKind.medium, name, Span(start=s, end=e, text=text[s:e]), book.outlet)
            book.open_medium = src
            return


class _DocFacts:
    """What the claims of one document ask of its doc again and again, read once: the PER
    entities (``doc.ents`` builds a Span per entity on each access) and, per token, whether it is a
    Konjunktiv."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self._persons: list[tuple[int, int, int, str]] | None = None
        self._sub: list[bool] | None = None

    def persons(self) -> list[tuple[int, int, int, str]]:
        if self._persons is None:
            self._persons = [(e.start_char, e.end_char, len(e), e.text) for e in self.doc.ents
                             if e.label_ in ("PER", "PERSON")]
        return self._persons

    def subjunctive(self, i: int) -> bool:
        if self._sub is None:
            # the token table's column, ``"Sub" in Token.morph.get("Mood")`` per token, which tokens_from_doc read for
            # this doc when the extraction began (unchecked: it checked the table then)
            self._sub = token_table(self.doc, check=False).mood_sub
        return self._sub[i]


def _person_name(doc, span: Span | None, facts: _DocFacts | None = None) -> str | None:
    """The longest PER entity inside the speaker span, when the doc has NER."""
    if span is None or not doc.has_annotation("ENT_IOB"):
        return None
    ents = [e for e in (facts or _DocFacts(doc)).persons() if e[0] >= span.start and e[1] <= span.end]
    # the first of the longest (in tokens), as max() over the Spans by len
    return max(ents, key=lambda e: e[2])[3] if ents else None


def _subjunctive(doc, start: int, end: int, facts: _DocFacts | None = None) -> bool:
    if not doc.has_annotation("MORPH"):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    facts = facts or _DocFacts(doc)
    return any(facts.subjunctive(i) for i in range(span.start, span.end))


def claims_from_quotes(analysis: Analysis, doc, quotes: list[RawQuote], lang: str) -> None:
    art = analysis.article
    book = SourceBook(art.id, art.text, lang, art.outlet)
    facts = _DocFacts(doc)
    parent_source: dict[tuple[int, int], str | None] = {}
    by_id = book.by_id
    claims: list[Claim] = []
    prev_src = None
    for q in sorted(quotes, key=lambda q: (q.message[0][0], q.nested)):
        ms, me = q.message[0][0], q.message[-1][1]
        message = art.span(ms, me)
        cue = None
        # a Reported act keeps its verb apart from the cue (quotes-de gives such quotes none)
        cue_spans = q.cue or q.act
        if cue_spans:
            # the verb carries the cue span; "wie" and separable particles stay in the label
            main = next(((s, e) for s, e in cue_spans if art.text[s:e].lower() not in MINOR_CUE_PARTS), cue_spans[0])
            cue = art.span(*main)
            cue.label = " ".join(art.text[s:e] for s, e in cue_spans)
        speaker = art.span(*q.speaker[0]) if q.speaker else None
        addressee = art.span(*q.addressee[0]) if q.addressee else None
        if addressee is None and cue is not None:
            addressee = _medium_addressee(art.text, cue, q, lang)
        sentence = _sentence_text(analysis, min([ms] + [s for s, _ in q.speaker]), me)
        if q.nested:
            outer = next((parent_source[k] for k in parent_source if k[0] <= ms and me <= k[1]), None)
            src = by_id.get(outer) if outer else None
        else:
            ctx = ""
            if speaker is not None:
                # the relative clause after the speaker ("…, die unter der Bedingung der Anonymität sprachen")
                ctx_end = cue.start if cue is not None and cue.start > speaker.end else speaker.end + 80
                sent_end = next((s.span.end for s in analysis.sentences
                                 if s.span.start <= speaker.start < s.span.end), ctx_end)
                ctx = art.text[speaker.start:min(ctx_end, sent_end)]
            _medium_in_frame(book, sentence, sentence_start(analysis, ms), q, art.text)
            src = book.resolve(speaker, ctx, addressee, _person_name(doc, speaker, facts))
            if src is None and q.mode in ("FreeIndirect", "IndirectFreeIndirect"):
                src = prev_src
        certainty = classify(message.text, cue.label if cue else "", sentence, lang,
                             attributed=src is not None, subjunctive_hint=_subjunctive(doc, ms, me, facts))
        claim = Claim(
            id=stable_id("clm", art.id, ms, me),
            article_id=art.id,
            message=message,
            cue=cue,
            speaker=speaker,
            addressee=addressee,
            source_id=src.id if src else None,
            mode=ClaimMode(q.mode),
            certainty=certainty,
            chain=book.chain(src),
            confidence=1.0,
        )
        claims.append(claim)
        parent_source[(ms, me)] = claim.source_id
        if not q.nested:
            prev_src = src
    _close_over(claims, book)
    analysis.sources.extend(book.sources)
    analysis.claims.extend(claims)


def _close_over(claims: list[Claim], book: SourceBook) -> None:
    """"…, fügte die Zeitung hinzu" closes over the Konjunktiv claims just before it that have
    no source of their own: they are the same source's reported speech."""
    for i, c in enumerate(claims):
        if c.source_id is not None or c.mode == ClaimMode.direct:
            continue
        frame_after = [n for n in claims[i + 1:i + 3] if n.source_id and (
            (n.cue is not None and n.cue.start >= n.message.end)
            or (n.speaker is not None and n.speaker.start >= n.message.end))]
        nxt = frame_after[0] if frame_after else None
        if nxt is None or nxt.message.start - c.message.end > 400:
            continue
        c.source_id = nxt.source_id
        c.chain = list(nxt.chain)
        if c.certainty in (Certainty.asserted, Certainty.possible):
            # re-judged as attributed speech (classify() called it unattributed)
            c.certainty = Certainty.hedged


@component("extract.claims")
def make_claims(**settings):
    def run(analysis: Analysis, doc) -> None:
        lang = analysis.article.language or "de"
        claims_from_quotes(analysis, doc, extract_quotes(doc, lang), lang)

    return run


__all__ = ["make_claims", "claims_from_quotes", "Span"]
