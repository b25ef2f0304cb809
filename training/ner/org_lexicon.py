"""One-word organisation names mined from unlabelled German news, offline (issue #3).

    python -m training.ner.org_lexicon --out models/de_ner/org_names.txt      # build + stats
    python -m training.ner.org_lexicon --show 50                              # evidence per name

The NER misses firms, parties and bodies written as one word (Commerzbank, Airbus, Uefa) or
calls them LOC/PER. News text says what they are in a few fixed frames, which this script counts
in text nobody labelled for NER: 10kGNAD (derStandard.at) and the quotes-de Wikinews articles
(GermEval, the scored set, is not read):
- a trigger noun just before the name: "der Konzern Siemens", "Autobauer Porsche", "die Partei
  Syriza" (any word ending in one of ``triggers``, config/ner.toml ``[org_lexicon]``);
- the name as first part of a hyphen compound with an organisation head: "Commerzbank-Chef",
  "Nokia-Aktie", "Uefa-Präsident" (``heads``);
- the name before a legal form: "Bombardier Inc.", "Wienerberger AG".
``--votes`` (measured, not used for the shipped list) lets the CoNLL+Europarl-only stage-one model
(training/runs/ner/<tag>/ood, no GermEval) veto a name whose predictions are mostly not ORG: that
model calls the firms the list is for LOC/MISC (Airbus 0 ORG / 26 other, FIFA 0/7, Reuters 5/17),
and its frequent ORG-only words are generic (Staatsanwaltschaft, Innenministerium: GermEval O).

A name is kept with at least ``min_hits`` frame hits in ``min_docs`` articles, when it is no listed
place (gazetteer.txt), no listed given name (first_names.txt), and HanTa does not read it as a
plain noun or a function word; a name the text shows mostly in lower case is a word, not a name.
The rule that reads the list is newsgraph/nlp/org_names.py; scores in models/de_ner/MODEL_CARD.md.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import spacy

from newsgraph.eval.ner import label_config

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
# A name: capitalised, letters/digits and a few joiners, no inner space.
NAME = re.compile(r"^(?:[A-ZÄÖÜ][A-Za-zÄÖÜäöüß0-9&'.]*[A-Za-zÄÖÜäöüß0-9]|[a-z][A-Z][A-Za-z0-9]+)$")


def settings() -> dict:
    return label_config().get("org_lexicon", {})


def texts(extra: bool = False) -> list[str]:
    """10kGNAD article texts and quotes-de (train + dev) article texts; with ``extra`` also
    SpkAtt speeches and the CoNLL/Europarl NER training sentences (their text, not their labels)."""
    import os

    shared = Path(os.environ.get("NEWSGRAPH_SHARED", ROOT.parent / "shared")) / "data"
    out = []
    gnad = shared / "corpora" / "10kgnad" / "test.csv"
    if gnad.exists():
        with gnad.open(encoding="utf-8") as f:
            for row in csv.reader(f, delimiter=";", quotechar="'"):
                if len(row) >= 2:
                    out.append(row[1])
    for part in ("train", "dev"):
        for p in sorted((shared / "quotes-de" / "data" / part).glob("*.json")):
            out.append(json.loads(p.read_text("utf-8"))["originalText"])
    if extra:
        # Bundestag speeches (SpkAtt) and the stage-one NER text (CoNLL-2003 German, Europarl),
        # words only: one text per speech, and the NER sentences in blocks of 50.
        for part in ("train", "dev"):
            for p in sorted((shared / "spkatt-de" / "data" / part / "task1").glob("*.json")):
                sents = json.loads(p.read_text("utf-8"))["Sentences"]
                out.append(" ".join(" ".join(s["Tokens"]) for s in sents))
        from newsgraph.eval.ner import read

        from .convert import sources

        for part in ("conll_testa", "conll_testb", "europarl"):
            sents = [" ".join(s.words) for s in read(sources()[part])]
            out += [" ".join(sents[i:i + 50]) for i in range(0, len(sents), 50)]
    return out


def _lower_share(docs) -> tuple[Counter, Counter]:
    forms = Counter()
    for doc in docs:
        for t in doc:
            forms[t.text] += 1
    return forms, Counter({w.lower(): n for w, n in forms.items() if w.islower()})


def mine(docs, st: dict) -> tuple[Counter, dict[str, set[int]], dict[str, Counter]]:
    triggers = tuple(t.lower() for t in st.get("triggers", []))
    heads = {h.lower() for h in st.get("heads", [])}
    legal = set(st.get("legal_forms", []))
    hits, docs_of, kinds = Counter(), defaultdict(set), defaultdict(Counter)

    def add(name: str, kind: str, d: int):
        hits[name] += 1
        docs_of[name].add(d)
        kinds[name][kind] += 1

    for d, doc in enumerate(docs):
        n = len(doc)
        for i, t in enumerate(doc):
            w = t.text
            if "-" in w and not w.startswith("-"):
                first, _, head = w.rpartition("-")
                if head.lower() in heads and NAME.match(first):
                    add(first, "compound", d)
                continue
            if not NAME.match(w) or i == 0:
                continue
            nxt = doc[i + 1].text if i + 1 < n else ""
            # A one-word name ends here: the next word is no further capitalised name part.
            single = not nxt[:1].isupper() or nxt in legal
            if not single:
                continue
            prev = doc[i - 1].text.lower()
            if prev.endswith(triggers) and doc[i - 1].text[:1].isupper():
                add(w, "trigger", d)
            elif nxt in legal and not doc[i - 1].text[:1].isupper():
                add(w, "legal", d)
    return hits, docs_of, kinds


def votes(docs_text: list[str], model: Path) -> tuple[Counter, Counter]:
    """ORG and other-label one-word predictions of a model trained without GermEval."""
    nlp = spacy.load(model)
    org, other = Counter(), Counter()
    for doc in nlp.pipe(docs_text, batch_size=32):
        for e in doc.ents:
            if len(e) == 1:
                (org if e.label_ == "ORG" else other)[e.text] += 1
    return org, other


def build(st: dict | None = None, show: int = 0, vote_model: Path | None = None) -> list[str]:
    from newsgraph.nlp.noun_filter import _readings
    from newsgraph.nlp.org_rules import _function_word

    st = st or settings()
    raw = texts(bool(st.get("extra_texts", False)))
    nlp = spacy.blank("de")
    docs = list(nlp.pipe(raw, batch_size=64))
    hits, docs_of, kinds = mine(docs, st)
    forms, lower = _lower_share(docs)
    models = ROOT / "models" / "de_ner"
    places = set((models / "gazetteer.txt").read_text("utf-8").split("\n"))
    given = set((models / "first_names.txt").read_text("utf-8").split("\n"))
    org_v = other_v = None
    if vote_model is not None:
        org_v, other_v = votes(raw, vote_model)
    min_hits, min_docs = int(st.get("min_hits", 2)), int(st.get("min_docs", 2))
    margin = float(st.get("noun_margin", 3.0))
    # One frame hit is weak evidence: then any plain-noun best reading ("Quelle", "Post") rules it out.
    single_margin = float(st.get("single_hit_noun_margin", margin))
    keep, why = [], {}
    for name, n in hits.most_common():
        if n < min_hits or len(docs_of[name]) < min_docs:
            continue
        reason = None
        tag, m = _readings(name)
        if name in places or name.rstrip("s") in places:
            reason = "place"
        elif name in given:
            reason = "given name"
        elif lower[name.lower()] > forms[name]:
            reason = "mostly lower case"
        elif tag in ("NN", "ADJA", "ADJD", "ADV", "VVFIN", "VVINF", "VVPP", "CARD") and m is not None \
                and m > (margin if n > 1 else single_margin):
            reason = f"HanTa {tag}"
        elif _function_word(name):
            reason = "function word"
        elif org_v is not None and other_v[name] > org_v[name]:
            reason = f"votes ORG {org_v[name]} other {other_v[name]}"
        why[name] = reason
        if reason is None:
            keep.append(name)
    if show:
        for name, n in hits.most_common(show):
            print(f"{n:4d} {len(docs_of[name]):3d} {name:25s} {dict(kinds[name])} {why.get(name) or 'KEEP'}")
    print(f"{len(raw)} texts, {len(hits)} candidates, {len(keep)} kept", file=sys.stderr)
    return sorted(keep)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, help="write the name list (one per line)")
    ap.add_argument("--show", type=int, default=0, help="print the evidence of the N most frequent candidates")
    ap.add_argument("--votes", type=Path, help="a NER model trained without GermEval (e.g. training/runs/ner/h1d2/ood/model/model-last)")
    args = ap.parse_args(argv)
    names = build(show=args.show, vote_model=args.votes)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("\n".join(names) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
