"""The German event extractor run on one sentence the way the pipeline runs it (parse, sentences,
times against a fixed publication date), for the event tests that switch one rule or lexicon at a time."""

from datetime import date

import pytest

from newsgraph import nlp
from newsgraph.extract.events import EventExtractor
from newsgraph.extract.time import times_for
from newsgraph.model import Analysis, Article


def german_events(text, lex=None, settings=None):
    """Events of ``text``; ``lex`` replaces the lexicon, ``settings`` maps the extractor's settings to
    the variant under test. Skips where no trained German parser is in models/."""
    a = Analysis(article=Article(id="t", text=text, language="de", published=date(2016, 1, 15)))
    doc = nlp.load("de")(text)
    if not doc.has_annotation("DEP"):
        pytest.skip("no trained German parser in models/")
    nlp.sentences(a, doc)
    a.times = times_for(a, doc)
    ex = EventExtractor("de")
    if lex is not None:
        ex.lex = lex
    if settings is not None:
        ex.settings = settings(ex.settings)
    return ex.run(a, doc)
