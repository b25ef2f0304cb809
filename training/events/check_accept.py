"""Does the shipped acceptance model (models/events_type/accept.json) still follow from its recipe at this tree?
(issue #5, round 23; h10)

Re-collects the training rows of every read set into a fresh temporary directory -- never train_accept.py's cache,
which round 23 keyed on event_accept.py alone, so that it went stale when another part of the extractor moved a feature
(the round-23 file was fitted on a fresh16 row collected before h4's aimed_owner; round 24 keys it on the whole tree,
train_accept._version) -- refits with the recipe named in the
file's "about" line and compares the bytes. A run takes ~30 s on one core (load 1), too slow for the test suite.

    python training/events/check_accept.py            # prints "reproduces: yes" (exit 0) or "reproduces: no" (exit 1)
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_accept as T  # noqa: E402


def recipe(about: str) -> tuple[float, float, tuple[str, ...], bool]:
    """C, threshold, dropped feature prefixes and the lexical context (round 24's ``--lex``) of the ``fit`` command
    an accept.json's "about" line names."""
    m = re.search(r"fit --c (\S+) --threshold ([0-9.]+)(?: --drop ([^;\s]+))?( --lex)?;", about)
    if not m:
        raise SystemExit(f"no fit command in {about!r}")
    return (float(m.group(1)), float(m.group(2)), tuple(m.group(3).split(",")) if m.group(3) else (),
            bool(m.group(4)))


def main(argv: list[str]) -> int:
    shipped = Path(argv[0]) if argv else T.OUT
    old = json.loads(shipped.read_text("utf-8"))
    c, threshold, drop, lex = recipe(old["about"])
    with tempfile.TemporaryDirectory(prefix="check_accept.") as tmp:
        T.CACHE = Path(tmp)
        for name in T.READ:
            path = T._cache_file(name)
            rows = T.collect(name)
            path.write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
        out = Path(tmp) / "accept.json"
        T.fit(c, threshold, out, drop, lex)
        new_bytes = out.read_bytes()
    same = new_bytes == shipped.read_bytes()
    if not same:
        new = json.loads(new_bytes)
        moved = sorted(k for k in set(old["weights"]) | set(new["weights"])
                       if old["weights"].get(k) != new["weights"].get(k))
        print(f"shipped bias {old['bias']}, refit {new['bias']}; {len(moved)} weights differ, e.g. {moved[:6]}")
    print(f"reproduces: {'yes' if same else 'no'}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
