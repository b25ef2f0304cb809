"""HanTa's answers for frequent German word forms, computed once and shipped (``models/hanta/``).

The nlp stage asks HanTa two context-free questions about single words: ``analyze(low,
taglevel=3)`` (segmenter, mood rules, HanTa second opinion) and ``tag_word(word)`` (the noun
filter and the NER rules that read it). Each answer is a function of the word and HanTa's model
alone, and costs 0.3-1 ms cold, so a fresh process (a new ingest, every Ray worker) paid several
CPU seconds per few hundred articles before its per-word caches were warm. The table holds the
answers for the forms that unlabelled news asks about most (built by
``training/hanta/build_words.py`` from articles outside the bench corpus); a form not in it is
asked as before. The table names the HanTa model file it was computed with (SHA-1); with another
model installed it is ignored, so the answers are always those of the HanTa that would run.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

from ..config import load as load_config
from ..config import models_dir

MODEL_FILE = "morphmodel_ger.pgz"


def hanta_model_sha1() -> str | None:
    """SHA-1 of the installed German HanTa model file, None without HanTa."""
    try:
        import HanTa
    except ImportError:
        return None
    path = Path(HanTa.__file__).resolve().parent / MODEL_FILE
    return hashlib.sha1(path.read_bytes()).hexdigest() if path.exists() else None


def table_path() -> Path | None:
    name = load_config().get("nlp", {}).get("de", {}).get("hanta_table", "")
    return models_dir() / name if name else None


def encode_analysis(value: tuple) -> list:
    stem, morphemes, tag = value
    return [stem, [list(m) for m in morphemes], tag]


def decode_analysis(value: list) -> tuple:
    # the shape analyze() returns: (stem, [(morpheme, tag), ...], tag)
    return value[0], [tuple(m) for m in value[1]], value[2]


@lru_cache(maxsize=1)
def tables() -> tuple[dict[str, tuple], dict[str, tuple[str, float | None]]]:
    """(analyses keyed by lower-case form, readings keyed by the form as written); both empty
    without a table or when it was computed with another HanTa model."""
    path = table_path()
    # NEWSGRAPH_NO_HANTA_TABLE: to collect which words are asked (and to time without the table)
    if path is None or not path.exists() or os.environ.get("NEWSGRAPH_NO_HANTA_TABLE"):
        return {}, {}
    with path.open(encoding="utf-8") as f:
        header = json.loads(f.readline())
        if header.get("model_sha1") != hanta_model_sha1():
            return {}, {}
        analyses: dict[str, tuple] = {}
        readings: dict[str, tuple[str, float | None]] = {}
        for line in f:
            kind, word, value = json.loads(line)
            if kind == "a":
                analyses[word] = decode_analysis(value)
            else:
                readings[word] = (value[0], value[1])
    return analyses, readings
