"""Modality of an event from cue words around its trigger.

Scope is the trigger's clause; when the trigger sits in a zu-/to-infinitive or a
dass-/that-clause, the governing clause before it is in scope too ("prüfen die Möglichkeit,
Truppen ... zu entsenden" is considered). Negation only counts near the trigger, so a "nicht"
elsewhere in a long clause does not deny the event.
"""

from __future__ import annotations

import re

from ..model import Modality
from .event_actors import Tok
from .event_lexicon import Lexicon

CLAUSE_SPLIT = re.compile(r"[,;:–—()„“”\"«»]")
EMBEDDED_START = re.compile(r"^\s*(dass|ob|um|that|whether)\b", re.IGNORECASE)
# negation particles deny only what is near them; "gescheitert", "dementiert" deny their clause
PARTICLE = re.compile(r"^(?:nicht|kein\w*|nie|niemals|not|n't|never|no)$", re.IGNORECASE)
INFINITIVE = re.compile(r"\b(zu\s+\w+|\w+zu\w+en|to\s+\w+)\b", re.IGNORECASE)


def _clauses(sentence: str) -> list[tuple[int, int]]:
    out, a = [], 0
    for m in CLAUSE_SPLIT.finditer(sentence):
        out.append((a, m.start()))
        a = m.end()
    out.append((a, len(sentence)))
    return out


def modality_for(sentence: str, start: int, end: int, toks: list[Tok], trig_tok: int, lex: Lexicon) -> Modality:
    clauses = _clauses(sentence)
    k = next((i for i, (a, b) in enumerate(clauses) if a <= start < b), len(clauses) - 1)
    a, b = clauses[k]
    scope = [(a, b)]
    clause = sentence[a:b]
    if k > 0 and (EMBEDDED_START.search(clause) or INFINITIVE.search(clause[max(0, start - a - 20):])):
        scope.insert(0, clauses[k - 1])
    for cls in lex.modality_order:
        rx = lex.modality.get(cls)
        if rx is None:
            continue
        before = cls in lex.modality_before
        if before and lex.modality_done is not None and lex.modality_done.search(sentence, max(0, start - 40), start):
            continue  # a perfect ("has called off") reports the act as done, whatever was announced
        for sa, sb in scope:
            for m in rx.finditer(sentence, sa, min(sb, start) if before else sb):
                if m.start() >= start and m.end() <= end:
                    continue  # the trigger itself ("Angriff" is not a cue)
                if cls == "denied" and PARTICLE.match(m.group(0)) and not _near(toks, m.start(), start, end, lex.negation_window):
                    continue
                return Modality(cls)
    return Modality.happened


def _near(toks: list[Tok], cue: int, start: int, end: int, window: int) -> bool:
    ci = next((t.i for t in toks if t.end > cue), None)
    ts = next((t.i for t in toks if t.end > start), None)
    te = next((t.i for t in toks if t.end >= end), ts)
    if ci is None or ts is None:
        return False
    return ts - window <= ci <= (te or ts) + window
