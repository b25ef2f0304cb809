"""Offline language identification (py3langid ships its model inside the wheel)."""

from __future__ import annotations

from functools import lru_cache

SUPPORTED = ("de", "en")


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def detect(text: str) -> tuple[str, float]:
    """Language code and probability, judged on the first few thousand characters."""
    lang, prob = _identifier().classify(text[:4000])
    return lang, float(prob)
