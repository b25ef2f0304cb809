"""The nlp stage: one spaCy ``Doc`` per article (sentences, tokens, lemmas, morphology,
parse, entities) from models trained by ``training/`` and stored under ``models/``.

Interface used by later stages:
- ``load(lang)`` -> a cached ``spacy.Language`` for that language;
- ``Token._.glued`` is True on the first token of a sentence whose boundary was inferred
  without punctuation (two sentences glued together);
- ``sentences(analysis, doc)`` turns ``doc.sents`` into ``Sentence`` records.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.tokens import Token

from ..config import load as load_config
from ..config import models_dir
from ..model import Analysis, Sentence

if not Token.has_extension("glued"):
    Token.set_extension("glued", default=False)


@lru_cache(maxsize=4)
def load(lang: str) -> spacy.Language:
    cfg = load_config().get("nlp", {}).get(lang, {})
    path = models_dir() / cfg.get("model", "") if cfg.get("model") else None
    if path is not None and path.exists():
        nlp = spacy.load(path)
    else:
        nlp = spacy.blank(lang if lang in ("de", "en") else "xx")
    if not any(nlp.has_factory(n) and n in nlp.pipe_names for n in ("parser", "senter", "sentencizer")):
        nlp.add_pipe("sentencizer", first=True)
    return nlp


def sentences(analysis: Analysis, doc) -> None:
    aid = analysis.article.id
    analysis.sentences = [
        Sentence(
            article_id=aid,
            index=i,
            span=analysis.article.span(s.start_char, s.end_char),
            glued=bool(s[0]._.glued),
        )
        for i, s in enumerate(doc.sents)
    ]
