"""The corrected tag layer: ``Token._.upos`` and ``Token._.stts``, the best UPOS and STTS tag the nlp
stage has for a token, next to the tagger's own ``pos_`` / ``tag_``.

Why two layers: HanTa's second opinion (newsgraph/nlp/hanta_tags.py) makes the tags better against
UD GSD (UPOS 0.927 / 0.917 -> ~0.95 on the two folds, de_core card "Round 18"), but every later reader
of tags in this project (the Konjunktiv rules, the NER rules, the quote CRFs and act models, the speaker
linker, the event actor rules, the checks) was fit or tuned on the tagger's own tags, and moves when
they change (card "Round 17"). So the component leaves ``pos_``, ``tag_`` and ``morph`` as the tagger
set them and records its correction here; the project's readers keep reading ``pos_`` / ``tag_`` and
their output is the same with the second opinion on or off, while ``eval ud`` and a user who wants the
better tags read ``_.upos`` / ``_.stts``.

A correction holds for the tags it corrected: if a later component re-tags the token (the Konjunktiv
rules make a contested word a finite verb, with its tag and UPOS), that later decision is the token's
value in this layer too. Without a correction (component off, token sure, HanTa agreeing) the layer is
``pos_`` / ``tag_``.

The correction is kept as ``Token._.tag_fix`` = ``(tag seen, UPOS seen, new tag, new UPOS)`` in the
doc's user data, so it survives ``DocBin(store_user_data=True)`` and ``Doc.to_bytes``.
"""

from __future__ import annotations

from spacy.tokens import Token


def upos(tok: Token) -> str:
    """The token's corrected UPOS (``Token._.upos``)."""
    fix = tok._.tag_fix
    if fix is None:
        return tok.pos_
    pos = tok.pos_
    return fix[3] if fix[1] == pos and fix[0] == tok.tag_ else pos


def stts(tok: Token) -> str:
    """The token's corrected STTS tag (``Token._.stts``)."""
    fix = tok._.tag_fix
    if fix is None:
        return tok.tag_
    tag = tok.tag_
    return fix[2] if fix[0] == tag and fix[1] == tok.pos_ else tag


def record(tok: Token, tag: str, pos: str) -> None:
    """Record that ``tok``'s tags should read ``tag`` / ``pos`` (its own ``tag_`` / ``pos_`` untouched)."""
    if (tag, pos) != (tok.tag_, tok.pos_):
        tok._.tag_fix = (tok.tag_, tok.pos_, tag, pos)


if not Token.has_extension("tag_fix"):
    Token.set_extension("tag_fix", default=None)
if not Token.has_extension("upos"):
    Token.set_extension("upos", getter=upos)
if not Token.has_extension("stts"):
    Token.set_extension("stts", getter=stts)
