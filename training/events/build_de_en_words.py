"""Build newsgraph/data/event_triggers/de_en_words.tsv: German word forms -> English words, from
the Ding German-English dictionary (trans-de-en, GPL-2+), for cross-lingual word features of
the event-type classifier (event_classifier.features: "x|w:<english>"). Only English words
that occur in the PLOVER gold sentences are kept (the features can only help where the
English side has them), nouns and verbs with their Ding-listed forms, no technical domains.

    apt-get install trans-de-en && python training/events/build_de_en_words.py
"""

from __future__ import annotations

import os
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_de_lexicon import DING, ROOT, SKIP_DOMAINS, clean_de, clean_en, pos_of  # noqa: E402

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared"))
PLOVER = SHARED / "data" / "events-plover" / "PLOVER_GSR_CAMEO.txt"
OUT = ROOT / "newsgraph" / "data" / "event_triggers" / "de_en_words.tsv"
MAX_EN = 8  # a German form with more English words than this is too polysemous to help


def main() -> int:
    vocab = set(re.findall(r"[a-z]+", PLOVER.read_text("utf-8", errors="replace").lower()))
    m: dict[str, set[str]] = defaultdict(set)
    for line in DING.read_text("utf-8").splitlines():
        if line.startswith("#") or " :: " not in line:
            continue
        de, en = line.split(" :: ", 1)
        dsub, esub = de.split(" | "), en.split(" | ")
        if pos_of(dsub[0]) is None or set(re.findall(r"\[([^\]]*)\]", dsub[0] + esub[0])) & SKIP_DOMAINS:
            continue
        for dg, eg in (zip(dsub, esub) if len(dsub) == len(esub) else [(dsub[0], esub[0])]):
            ds = [w for w in (clean_de(x) for x in dg.split(";")) if w]
            es = [e for e in (clean_en(x) for x in eg.split(";")) if e and " " not in e and e in vocab]
            for w in ds:
                m[w.lower()].update(es)
    rows = sorted((w, sorted(e)) for w, e in m.items() if e and len(e) <= MAX_EN)
    OUT.write_text("# German form -> English words (Ding, GPL-2+); training/events/build_de_en_words.py\n" +
                   "".join(f"{w}\t{' '.join(e)}\n" for w, e in rows), "utf-8")
    print(f"{len(rows)} German forms -> {OUT} ({OUT.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
