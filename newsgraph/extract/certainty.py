"""How sure a claim is put: reported, hedged, possible, considered, conditional or denied.

Signals, strongest first: a denial cue ("dementierte", "wies zurück"); a conditional
opener ("falls", "wenn"); deliberation ("prüfen die Möglichkeit", "erwägen"); possibility
adverbs and modal subjunctives ("möglicherweise", "könnte"); hedges ("offenbar",
"Berichten zufolge") or a Konjunktiv-I verb carrying the claim. Konjunktiv is the German
reported-speech mood: it marks that the outlet does not vouch for the content, so an
attributed Konjunktiv claim is *hedged*, an attributed indicative one *reported*, and text
without any source *asserted*.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Certainty
from .quotes_features import config

POSSIBLE_WORDS = {
    "de": {"möglicherweise", "vielleicht", "eventuell", "womöglich", "könnte", "könnten", "dürfte", "dürften"},
    "en": {"possibly", "perhaps", "might", "may", "could"},
}


@lru_cache(maxsize=4)
def _lex(lang: str) -> dict:
    c = config().get(lang if lang in ("de", "en") else "de", {})
    return {k: [w.lower() for w in c.get(k, [])] for k in (
        "hedges", "hedge_phrases", "consider_words", "conditional_words", "denial_stems", "subjunctive")}


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def classify(message: str, cue: str, frame: str, lang: str = "de", attributed: bool = True,
             subjunctive_hint: bool = False) -> Certainty:
    """``frame`` is the sentence text around the message (cue and speaker side)."""
    lx = _lex(lang)
    cue_l = cue.lower()
    frame_l = frame.lower()
    words = _words(message)
    wset = set(words)
    fwords = set(_words(frame))
    if cue_l and any(cue_l.startswith(d.split()[0]) and all(p in frame_l for p in d.split()[1:])
                     for d in lx["denial_stems"]):
        return Certainty.denied
    if words and words[0] in lx["conditional_words"]:
        return Certainty.conditional
    if any(w in wset for w in lx["consider_words"] if " " not in w) or any(
            w in message.lower() for w in lx["consider_words"] if " " in w):
        return Certainty.considered
    if wset & POSSIBLE_WORDS.get(lang, set()):
        return Certainty.possible
    if (wset | fwords) & set(lx["hedges"]) or any(p in frame_l or p in message.lower() for p in lx["hedge_phrases"]):
        return Certainty.hedged
    if subjunctive_hint or wset & set(lx["subjunctive"]):
        return Certainty.hedged if attributed else Certainty.possible
    return Certainty.reported if attributed else Certainty.asserted
