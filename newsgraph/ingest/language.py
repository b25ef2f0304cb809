"""Offline language identification (py3langid ships its model inside the wheel)."""

from __future__ import annotations

import logging
import pickle
import sys
from functools import lru_cache
from pathlib import Path

SUPPORTED = ("de", "en")

log = logging.getLogger("newsgraph")


def _cache_file(model: Path) -> Path:
    """Where the loaded identifier is kept: one file per py3langid version, model file, Python
    and numpy (pickles of numpy arrays are read by the same numpy they were written with)."""
    import numpy
    import py3langid

    st = model.stat()
    key = (f"{getattr(py3langid, '__version__', '0')}-{st.st_size}-{st.st_mtime_ns}-"
           f"py{sys.version_info[0]}{sys.version_info[1]}-np{numpy.__version__}")
    from ..built_cache import cache_root

    return cache_root() / f"langid-{key}.pickle"


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    # The model ships xz-compressed: unpacking it was ~0.6-1.0 CPU s in every process that
    # detects a language (each Ray worker, each CLI run), reading the unpacked identifier
    # back ~0.1 s. It is written by this module only; any failure falls back to the model.
    model = MODEL_DIR / MODEL_FILE
    cache = None
    try:
        cache = _cache_file(model)
        if cache.exists():
            with cache.open("rb") as fh:
                ident = pickle.load(fh)
            if isinstance(ident, LanguageIdentifier):
                return ident
    except Exception as e:  # noqa: BLE001  (unreadable: load the model, write it again)
        log.debug("language identifier cache unreadable: %s", e)
    ident = LanguageIdentifier.from_modelpath(model, norm_probs=True)
    if cache is not None:
        from ..built_cache import write

        write(cache, ident, "language identifier")
    return ident


def detect(text: str) -> tuple[str, float]:
    """Language code and probability, judged on the first few thousand characters."""
    lang, prob = _identifier().classify(text[:4000])
    return lang, float(prob)
