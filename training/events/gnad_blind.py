"""The pool a blind 10kGNAD event set draws from, shared by build_de_fresh20.py and build_de_fresh21.py.

A row is in the pool when no earlier set, exclusion list or test could have shown it to anyone: not a row
build_de_fresh9 excludes, not a row of fresh9's, fresh10's, fresh11's, fresh12's, fresh14's or fresh16's draws (nor
of ``also_used``), not a row a tests/data file but the set itself names, not an article holding a timex_*.tml
sentence or sharing a sentence of 40 characters or more with a text file under tests/, not the "Volltext" stub.
Each section is ordered by SHA-1 of ``SEED:row``, so a row a later set takes does not reorder the others.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_de_fresh9 as fresh9  # noqa: E402  (10kGNAD rows, their exclusions, the sentence split)
import build_de_fresh10 as fresh10  # noqa: E402  (its draw, rows named elsewhere)
import build_de_fresh11 as fresh11  # noqa: E402  (its draw)
import build_de_fresh12 as fresh12  # noqa: E402  (its draw: all 80 rows were read)
import build_de_fresh14 as fresh14  # noqa: E402  (its 10kGNAD draw)
import build_de_fresh16 as fresh16  # noqa: E402  (its 10kGNAD rows)

ROOT = Path(__file__).resolve().parents[2]
# sets that take later sentences (4-6) of rows the pool's earlier sets drew, and fresh24-27 (CoNLL text, no 10kGNAD row):
# not counted as users, so that the draws of fresh20-fresh22 repeat after they exist (their own Panorama rows are out
# of those sets' sections anyway)
LATER: tuple[str, ...] = ("events_de_fresh23.jsonl", "events_de_fresh24.jsonl", "events_de_fresh25.jsonl",
                          "events_de_fresh26.jsonl", "events_de_fresh27.jsonl",
                          "events_de_fresh28.jsonl", "events_de_fresh29.jsonl", "events_de_fresh30.jsonl")


def test_sentences(own: Path) -> str:
    """Every text file under tests/ but the set ``own``, in one string: a row sharing a sentence with a test is
    used."""
    parts = []
    for p in sorted((ROOT / "tests").rglob("*")):
        if p.is_file() and p != own and p.name not in LATER and p.suffix in {".py", ".json", ".jsonl", ".csv", ".md", ".txt", ".tsv", ".tml",
                                                     ".conllu"}:
            raw = p.read_text("utf-8", errors="ignore")
            parts.append(raw)
            if p.suffix == ".jsonl":
                for line in raw.splitlines():
                    try:
                        parts.append(json.dumps(json.loads(line), ensure_ascii=False))
                    except ValueError:
                        pass
    return "\n".join(parts)


def order(seed: int, sections: tuple[str, ...], own: Path, also_used: set[int] = frozenset()) -> list[int]:
    """The pool's rows of ``sections`` for the set written to ``own``, section by section, each ordered by SHA-1 of
    ``seed:row``."""
    rows = fresh9._rows()
    used = (fresh9._used(rows) | set(fresh9.draw()) | set(fresh10.draw()) | set(fresh11.draw()) | set(fresh12.draw())
            | set(fresh14.draw_gnad()) | set(fresh16.GNAD_ROWS) | set(also_used) | fresh10.named_rows(own.name, LATER))
    heads = fresh10._timex_heads()
    blob = test_sentences(own)
    out = []
    for sec in sections:
        cand = [i for i, r in rows if r[0] == sec and i not in used and "Volltext dieses" not in r[1]
                and not any(h in r[1] for h in heads)
                and not any(len(s) >= 40 and s in blob for s in fresh10.sentences(r[1]))]
        cand.sort(key=lambda i: hashlib.sha1(f"{seed}:{i}".encode()).hexdigest())
        out += cand
    return out
