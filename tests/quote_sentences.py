"""The set-up shared by the tests of the quote steps on real quotes-de sentences: the German parse and its tokens, a
token found by its text, spans read back from the text, a cue step run on one made quote, and a run under a [model]
key."""

from __future__ import annotations

from newsgraph import nlp as nlp_stage
from newsgraph.extract.quotes_features import config, tokens_from_doc


def parsed(text):
    doc = nlp_stage.load("de")(text)
    return doc, tokens_from_doc(doc, "de")


def at(toks, word):
    return next(k for k, t in enumerate(toks) if t.text == word)


def joined(text, spans):
    return " | ".join(text[a:b] for a, b in spans)


def cue_after(step, text, message, cue_words, speaker=""):
    """``step`` (a quotes_cues step: doc, tokens, quotes, token starts) on one Indirect quote of ``text`` with that
    message, a cue of those words (first match each, outside the message) and that speaker; the cue's words after."""
    from newsgraph.extract.quotes import RawQuote

    doc, toks = parsed(text)
    m0 = text.index(message)
    cue = []
    for w in cue_words:
        k = next(t for t in toks if t.text == w and not m0 <= t.start < m0 + len(message))
        cue.append((k.start, k.end))
    sp = [(text.index(speaker), text.index(speaker) + len(speaker))] if speaker else []
    q = RawQuote(message=[(m0, m0 + len(message))], mode="Indirect", cue=sorted(cue), speaker=sp)
    step(doc, toks, [q], [t.start for t in toks])
    return " ".join(text[a:b] for a, b in q.cue)


def under_key(key, on, run):
    """``run()`` with [model] ``key`` set to ``on``; the key's old value (False when unset) is put back after."""
    m = config()["model"]
    old = m.get(key, False)
    m[key] = on
    try:
        return run()
    finally:
        m[key] = old
