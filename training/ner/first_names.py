"""First-name list for the German NER's person-name gap filler, built offline.

    python -m training.ner.first_names --out models/de_ner/first_names.txt

Rule (settings in newsgraph/config/ner.toml ``[first_names]``, fixed before scoring):
- JRC-Names pairs (shared/data/names/jrc_name_pairs.txt): of the names in TRUE pairs with two or
  more words, the first word when it is a plain Latin-script word (capital + lower-case letters,
  optionally one hyphenated part: "Jean-Pierre"); an initial ("P.H."), a title with a period
  ("Dhr.") or anything in another script does not qualify. Kept at >= ``min_count`` distinct names.
- With ``conll_per`` the same first-position words of multi-word PER spans in the stage-one
  training text (CoNLL-2003 German + Europarl; never GermEval) count too.
- A word shorter than ``min_length`` ("Le", "Ki") or in ``exclude`` (articles of other languages
  that start names in the JRC data: "The", "Van") goes, and so does a word when HanTa reads it as a common word (its best tag not NE and ahead of NE by more
  than the noun filter's margin: "Herbst", "August"), or when the stage-one training text has it
  more often outside an entity than inside ("Sultan", "Doktor"): such words start a name too
  rarely for "word + capitalised word" to mean a person.

The list ships beside the NER and is read by newsgraph/nlp/first_names.py.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from newsgraph.eval.ner import gold_spans, label_config, read

from .convert import shared_dir, sources

FILE = "first_names.txt"
# A given name as written in a Latin alphabet: capital, lower-case letters, at most one more
# capitalised part after a hyphen. Excludes initials, abbreviations and all-caps words.
_LOWER = "a-zß" + "à-öø-ÿ" + "ā-ž"
WORD = re.compile(rf"^[A-ZÀ-ÖØ-ÞĀ-Ž][{_LOWER}]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][{_LOWER}]+)?$")


def settings() -> dict:
    return label_config().get("first_names", {})


def jrc_counts(path: Path | None = None) -> Counter:
    """Distinct multi-word names of TRUE pairs per qualifying first word."""
    path = path or shared_dir() / "data" / "names" / "jrc_name_pairs.txt"
    seen, counts = set(), Counter()
    for line in path.read_text("utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) != 3 or cols[2] != "TRUE":
            continue
        for name in cols[:2]:
            if name in seen:
                continue
            seen.add(name)
            words = name.split()
            if len(words) >= 2 and WORD.match(words[0]):
                counts[words[0]] += 1
    return counts


def conll_counts() -> Counter:
    """First words of multi-word PER spans in CoNLL-2003 German and Europarl."""
    cfg, counts = label_config(), Counter()
    for part in ("conll_testa", "conll_testb", "europarl"):
        for sent in read(sources()[part]):
            for a, b, lab in gold_spans(sent, cfg, drop_adjectival=True):
                if lab == "PER" and b - a >= 2 and WORD.match(sent.words[a]):
                    counts[sent.words[a]] += 1
    return counts


def common_word(word: str, margin: float) -> bool:
    from newsgraph.nlp.noun_filter import _name_margin

    m = _name_margin(word)
    return m is not None and m > margin


def build(st: dict | None = None) -> list[str]:
    from newsgraph.nlp.noun_filter import settings as ner_settings

    from .gazetteer import training_counts

    st = settings() if st is None else st
    k = int(st.get("min_count", 2))
    counts = jrc_counts()
    cands = {w for w, n in counts.items() if n >= k}
    if st.get("conll_per", False):
        cands |= {w for w, n in conll_counts().items() if n >= int(st.get("conll_min_count", 1))}
    margin = float(ner_settings().get("margin", 3.0))
    inside, outside = training_counts()
    min_len, stop = int(st.get("min_length", 3)), set(st.get("exclude", []))
    keep = [w for w in cands if len(w) >= min_len and w not in stop
            and not common_word(w, margin) and outside[w] <= inside[w]]
    return sorted(keep)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, help="write the list (one name a line)")
    args = ap.parse_args(argv)
    names = build()
    print(f"{len(names)} first names", file=sys.stderr)
    if args.out:
        args.out.write_text("\n".join(names) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
