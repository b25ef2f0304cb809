"""The nlp stage: one spaCy ``Doc`` per article (sentences, tokens, lemmas, morphology,
parse, entities) from models trained by ``training/`` and stored under ``models/``.

Interface used by later stages:
- ``load(lang)`` -> a cached ``spacy.Language`` for that language;
- ``Token._.glued`` is True on the first token of a sentence whose boundary was inferred
  without punctuation (two sentences glued together);
- ``Token._.ud_words`` lists the Universal Dependencies words of a token our tokenizer keeps
  whole ("zum" = "zu" + "dem", "US-Präsident" = "US" "-" "Präsident"; newsgraph/nlp/contractions.py),
  ``[]`` for the others;
- ``Token._.upos`` / ``Token._.stts`` are the best UPOS / STTS tag the stage has for a token: the
  tagger's ``pos_`` / ``tag_`` with HanTa's second opinion applied where the tagger was unsure
  (``[hanta]`` in config/mood.toml; newsgraph/nlp/corrected.py). ``pos_`` / ``tag_`` / ``morph`` stay
  the tagger's own: every later component and stage was fit on those and reads them;
- ``sentences(analysis, doc)`` turns ``doc.sents`` into ``Sentence`` records.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.pipeline.edit_tree_lemmatizer import EditTreeLemmatizer
from spacy.tokens import Token
from spacy.vectors import Vectors
from thinc.api import Model, NumpyOps

from ..config import load as load_config
from ..config import models_dir
from ..model import Analysis, Sentence
from . import (  # noqa: F401  (register the newsgraph_* factories, Token._.ud_words, _.upos, _.stts)
    contractions,
    corrected,
    first_names,
    gazetteer,
    hanta_tags,
    label_votes,
    misc_rules,
    mood,
    ner_crf,
    ner_lstm,
    noun_filter,
    org_names,
    org_rules,
    person_names,
    segment,
)
from .lemma_memo import MemoEditTreeLemmatizer
from .vector_memo import MemoVectors

if not Token.has_extension("glued"):
    Token.set_extension("glued", default=False)


@lru_cache(maxsize=4)
def load(lang: str) -> spacy.Language:
    """The configured pipeline for ``lang`` plus the rule segmenter (and NER if trained).

    Without a trained model (English, or a clean checkout) this is a blank pipeline with
    the same segmentation rules, so ``doc.sents`` always exists.
    """
    cfg = load_config().get("nlp", {}).get(lang, {})
    path = models_dir() / cfg["model"] if cfg.get("model") else None
    if path is not None and path.exists():
        nlp = spacy.load(path)
    else:
        nlp = spacy.blank(lang if lang in ("de", "en") else "xx")
    for name in ("senter", "sentencizer"):
        if name in nlp.pipe_names:
            nlp.remove_pipe(name)
    # The segmenter uses tags/morphology, so it sits after them and before the parser,
    # which then parses within the preset sentences.
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsgraph_segmenter", before="parser")
    else:
        nlp.add_pipe("newsgraph_segmenter")
    if cfg.get("mood_rules", True):
        add_mood_rules(nlp)
    if lang == "de":
        hanta_tags.add(nlp)  # [hanta] in config/mood.toml; before the mood rules, which read the tags
    ner = models_dir() / cfg["ner"] if cfg.get("ner") else None
    if ner is not None and ner.exists() and "ner" not in nlp.pipe_names:
        add_ner(nlp, ner)
    speed_up(nlp, cfg)
    return nlp


def unread_by_stages(nlp: spacy.Language) -> list[str]:
    """Components of ``nlp`` whose output no later stage reads (today: HanTa's corrected tag layer,
    ``Token._.upos`` / ``_.stts``, see ``[hanta] in_batch``). The batch pipeline passes them to
    ``nlp.pipe(disable=...)``: the same model object, without their cost; ``load()`` users keep them."""
    return [name for name in hanta_tags.unread_by_stages() if name in nlp.pipe_names]


def speed_up(nlp: spacy.Language, cfg: dict) -> None:
    """Speed settings of ``[nlp.<lang>]`` that leave the models as trained (bench/README.md,
    thirteenth round):

    - ``gemm = "numpy"``: every thinc layer of the pipeline multiplies its matrices with numpy
      (OpenBLAS) instead of the ``blis`` wheel, which runs its generic, unvectorised kernels on this
      machine (31 against 91 GFLOP/s for a tok2vec-sized product). The products differ in the last
      bits (another summation order), so a near-tie could in principle decide otherwise; on the
      measured sets no tag, lemma, parse or entity changed. ``"blis"`` keeps thinc's default.
    - ``vector_memo = N``: the floret static vectors remember each word's vector for up to N words
      (newsgraph/nlp/vector_memo.py; bit-identical); 0 turns it off.
    - ``lemma_memo = N``: the edit-tree lemmatizer remembers each (tree, word) lemma for up to N pairs
      and writes a doc's lemmas in one array (newsgraph/nlp/lemma_memo.py; the same strings); 0 turns it off.
    """
    if cfg.get("gemm", "blis") == "numpy":
        ops = NumpyOps(use_blis=False)
        for _, proc in nlp.pipeline:
            model = getattr(proc, "model", None)
            if isinstance(model, Model):
                for node in model.walk():
                    node.ops = ops
    memo = int(cfg.get("vector_memo", 0))
    vectors = nlp.vocab.vectors
    if memo > 0 and isinstance(vectors, Vectors) and vectors.mode == "floret" and not isinstance(vectors, MemoVectors):
        nlp.vocab.vectors = MemoVectors.of(vectors, memo)
    lemma_memo = int(cfg.get("lemma_memo", 0))
    for _, proc in nlp.pipeline:
        if lemma_memo > 0 and type(proc) is EditTreeLemmatizer:
            MemoEditTreeLemmatizer.install(proc, lemma_memo)


def add_ner(nlp: spacy.Language, path) -> None:
    """Source the NER pipeline at ``path`` into ``nlp`` (its ``ner``), then the common-noun
    filter (newsgraph/nlp/noun_filter.py, config/ner.toml ``[noun_filter]``) and the place-name
    gazetteer that ships beside it (``gazetteer.txt``, newsgraph/nlp/gazetteer.py), the first-name
    person rule (``first_names.txt``, newsgraph/nlp/first_names.py, ``[first_names]``), the
    organisation-form rules (newsgraph/nlp/org_rules.py, ``[org_rules]``), the currency and
    acronym rules (newsgraph/nlp/misc_rules.py, ``[misc_rules]``), the one-word organisation rule
    (``org_names.txt``, newsgraph/nlp/org_names.py, ``[org_names]``), and last the
    article-level surname rule (newsgraph/nlp/person_names.py, ``[person_names]``). The filter
    goes first so that a place name the model mislabelled as a plain noun can still be filled.

    A NER trained with static vectors looks its words up in the vocab of the pipeline it runs
    in, so a pipeline without vectors gets the NER's table first (the core has none; a core
    with a different table of its own would make the NER read the wrong rows, so that fails)."""
    source = spacy.load(path)
    if source.vocab.vectors.size:
        if not nlp.vocab.vectors.size:
            nlp.vocab.vectors = source.vocab.vectors
        elif nlp.vocab.vectors.to_bytes() != source.vocab.vectors.to_bytes():
            raise ValueError(f"{path}: the NER's static vectors differ from the pipeline's own")
    for name in source.pipe_names:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, source=source)
    last = "ner"
    nf = noun_filter.settings()
    if nf.get("enabled", False) and "newsgraph_noun_filter" not in nlp.pipe_names:
        nlp.add_pipe("newsgraph_noun_filter", after="ner", config={"margin": float(nf.get("margin", 3.0))})
        last = "newsgraph_noun_filter"
    names = Path(path) / gazetteer.FILE
    if names.exists() and "newsgraph_gazetteer" not in nlp.pipe_names:
        trim = bool(noun_filter.settings("gazetteer").get("trim_nouns", False))
        nlp.add_pipe("newsgraph_gazetteer", after=last, config={"path": str(names), "trim_nouns": trim})
        last = "newsgraph_gazetteer"
    given = Path(path) / first_names.FILE
    fn = noun_filter.settings("first_names")
    if fn.get("enabled", False) and given.exists() and "newsgraph_first_names" not in nlp.pipe_names:
        nlp.add_pipe("newsgraph_first_names", after=last, config={"path": str(given), **first_names.rule_config(fn)})
        last = "newsgraph_first_names"
    org = noun_filter.settings("org_rules")
    if org.get("enabled", False) and "newsgraph_org_rules" not in nlp.pipe_names:
        nlp.add_pipe("newsgraph_org_rules", after=last, config=org_rules.rule_config(org))
        last = "newsgraph_org_rules"
    misc = noun_filter.settings("misc_rules")
    if misc.get("enabled", False) and "newsgraph_misc_rules" not in nlp.pipe_names:
        places = str(names) if names.exists() else None
        nlp.add_pipe("newsgraph_misc_rules", after=last,
                     config={**misc_rules.rule_config(misc), "places_path": places})
        last = "newsgraph_misc_rules"
    orgs = Path(path) / org_names.FILE
    on = noun_filter.settings("org_names")
    if on.get("enabled", False) and orgs.exists() and "newsgraph_org_names" not in nlp.pipe_names:
        nlp.add_pipe("newsgraph_org_names", after=last,
                     config={"path": str(orgs), **org_names.rule_config(on),
                             "not_names_paths": [str(names), str(given)]})
        last = "newsgraph_org_names"
    pn = noun_filter.settings("person_names")
    if pn.get("enabled", False) and "newsgraph_person_names" not in nlp.pipe_names:
        nlp.add_pipe("newsgraph_person_names", after=last, config={"fill": bool(pn.get("fill", True))})
        last = "newsgraph_person_names"
    lv = noun_filter.settings("label_votes")
    if any(lv.get(k, False) for k in ("coordination", "places", "document")) \
            and "newsgraph_label_votes" not in nlp.pipe_names:
        nlp.add_pipe("newsgraph_label_votes", after=last,
                     config={**label_votes.rule_config(lv), "places_path": str(names) if names.exists() else None,
                             "given_path": str(given) if given.exists() else None})
    # The two second-opinion taggers share one placement and config shape; only their defaults differ.
    _add_second_opinion(nlp, Path(path) / ner_crf.DIR, ner_crf.MODEL, "ner_crf", mode="fill", keep_longer=False)
    _add_second_opinion(nlp, Path(path) / ner_lstm.DIR, ner_lstm.MODEL, "ner_lstm", mode="override", keep_longer=True)


def _add_second_opinion(nlp: spacy.Language, model_dir: Path, model_file: str, key: str,
                        mode: str, keep_longer: bool) -> None:
    """Add ``newsgraph_<key>`` when config [<key>] enables it and its model file is shipped,
    before the rule named by ``before`` when that rule is in the chain, else last."""
    cfg = noun_filter.settings(key)
    name = f"newsgraph_{key}"
    if not cfg.get("enabled", False) or not (model_dir / model_file).exists() or name in nlp.pipe_names:
        return
    before = cfg.get("before", "")
    where = {"before": before} if before in nlp.pipe_names else {}
    nlp.add_pipe(name, **where,
                 config={"path": str(model_dir), "mode": cfg.get("mode", mode),
                         "threshold": float(cfg.get("threshold", 0.9)),
                         "fill_threshold": float(cfg.get("fill_threshold", 0.0)),
                         "keep_longer": bool(cfg.get("keep_longer", keep_longer))})


def add_mood_rules(nlp: spacy.Language) -> None:
    """Konjunktiv rules (mood.py) on a German pipeline that tags morphology; they read the
    parse for the subject, so they go last."""
    if nlp.lang == "de" and "morphologizer" in nlp.pipe_names and "newsgraph_mood" not in nlp.pipe_names:
        nlp.add_pipe("newsgraph_mood")


def sentences(analysis: Analysis, doc) -> None:
    """``doc.sents`` as ``Sentence`` records; spans exclude surrounding whitespace and
    whitespace-only "sentences" (blank lines) are dropped."""
    aid = analysis.article.id
    out = []
    for s in doc.sents:
        words = [t for t in s if not t.is_space]
        if not words:
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        out.append(
            Sentence(
                article_id=aid,
                index=len(out),
                span=analysis.article.span(start, end),
                glued=bool(words[0]._.glued),
            )
        )
    analysis.sentences = out
