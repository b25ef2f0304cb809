"""The set-up shared by the tests of the quote steps on real quotes-de sentences: the German parse and its tokens, a
token found by its text, and spans read back from the text."""

from __future__ import annotations

from newsgraph import nlp as nlp_stage
from newsgraph.extract.quotes_features import tokens_from_doc


def parsed(text):
    doc = nlp_stage.load("de")(text)
    return doc, tokens_from_doc(doc, "de")


def at(toks, word):
    return next(k for k, t in enumerate(toks) if t.text == word)


def joined(text, spans):
    return " | ".join(text[a:b] for a, b in spans)
