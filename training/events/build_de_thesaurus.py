"""Build newsgraph/data/event_triggers/de_thesaurus.tsv: German trigger words from a thesaurus
(issue #5, tenth round).

On unseen text most never-found gold events have a trigger word that no word family of the
lexicon reaches ("empfahl", "verließ"); a synonym dictionary groups such words with ones the
lexicon has. OpenThesaurus (Debian ``openthesaurus-de-text``,
/usr/share/openthesaurus-de/openthesaurus.txt, LGPL-2.1+, www.openthesaurus.de) lists German
synonym sets, one per line. A thesaurus word is a *seed* of type T when the lexicon already
knows it as T: matched by a single-word hand pattern of T in config/events.toml, a word of
T in de_from_en.tsv, or a member of a Ding word family the forms build (build_de_forms.py)
assigns to T. Every other single word of a synset holding seeds becomes a type-T candidate:

- score = how many distinct seed lemmas of T share a synset with it; at least MIN_SCORE;
- dropped when its synsets hold seeds of another type too (a polysemous word: "empfehlen"
  sits with "unterstützen" SUPPORT and "zustimmen" AGREE), when it is in more than
  MAX_SYNSETS synsets (generic words: "machen", "bringen"), when the term is colloquial,
  figurative, technical, dated or regional (news prose rarely uses them; "(ugs.)" terms
  are mostly other senses), and when STOP lists it (read off hits on unannotated 10kGNAD
  text, training/events/gnad_events.py, never off annotated sentences);
- verbs are lower-case words ending in -n, nouns capitalised; nouns only from synsets whose
  seeds are nouns, verbs from synsets whose seeds are verbs (a word keeps its part of speech).

Each candidate lemma is written with the inflected forms its Ding word family lists (verb
forms, noun plural; build_de_forms.families), so "empfehlen" brings "empfahl" and "empfiehlt".
The lexicon's own separable-verb derivation (event_lexicon._separable) adds split orders.
No annotated sentence was used.

    python training/events/build_de_thesaurus.py [--show TYPE]
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_de_forms  # noqa: E402
from build_de_forms import MIN_MATCHED, expand, families  # noqa: E402
from build_de_lexicon import DE_JUNK, DING, de_matcher  # noqa: E402

_clean = build_de_forms.clean
# Ding heads many verbs with their objects ("jdn. umbringen | ... | umgebracht"): without them
# the family's forms are as usable as any other's
build_de_forms.clean = lambda s: _clean(DE_JUNK.sub(" ", s))

ROOT = Path(__file__).resolve().parents[2]
THESAURUS = Path("/usr/share/openthesaurus-de/openthesaurus.txt")
DATA = ROOT / "newsgraph" / "data" / "event_triggers"
OUT = DATA / "de_thesaurus.tsv"
MIN_SCORE = 2
MAX_SYNSETS = 6
MIN_SYNSETS = 1
MIN_LEN = 5
MAX_ENDING = 3
# register tags whose terms are left out
SKIP_TAGS = ("ugs", "derb", "vulg", "veraltet", "veraltend", "fachspr", "fig", "regional", "Jargon", "scherzh",
             "abwertend", "bildl", "selten", "historisch", "militär", "mediz", "juristisch", "Amtsdeutsch",
             "Slang", "engl", "lat", "franz", "ital", "griech", "norddeutsch", "süddt", "schwäbisch", "bairisch",
             "Gaunersprache", "Soldatensprache", "Verb", "Lehnwort", "Sportsprache", "Anglizismus", "derb")
# polysemy list, written before any hit was read: wishes and generic verbs ("wollen", "fragen",
# "greifen", "sichern", "schätzen"), organisations, persons and places ("Union", "Koalition",
# "Soldat", "Gefängnis"), surveys and measurements ("Umfrage", "Erhebung", "Analyse"), debts
# ("Rückstand"), weather ("Sturm"), sport ("Ausscheiden"); then the candidates whose hits on 200
# unannotated 10kGNAD articles (rows 500-699) were mostly another sense (MODEL_CARD.md, tenth round)
STOP: set[str] = {w.lower() for w in """
    wollen mögen wünschen fragen ersehnen herbeisehnen begehren erfragen betteln
    vergessen greifen sichern fassen fangen schätzen achten bedienen testen abtesten behandeln abfassen ausarbeiten
    herausfinden erläutern beibringen abstellen ablassen abfinden bezahlen resultieren
    Union Koalition Vereinigung Föderation Soldat Streiter Stifter Diskutant Gefängnis Kanzlei
    Sturm Suche Umfrage Erhebung Erfassung Belastung Analyse Studie Rückstand Außenstände
    Unterhaltung Aufgebot Ausscheiden Höhepunkt Linie Front Segen Rechnung Berechnung
    Kongress Befragung abliefern Erlaubnis verankern Zuspruch unterbinden entmachten Anforderung erflehen ergreifen
    respektieren mitarbeiten vorenthalten auslöschen aufhören Zusammenschluss unterstellen
""".split()}
# candidate classes, by the seeds that propose them, whose 10kGNAD hits were mostly another sense:
# synonyms of investigating ("überprüfen", "erforschen", "aufklären": checks, research, a
# misunderstanding cleared up; 2 of 17 hits an investigation) and of talking ("Diskussion",
# "diskutieren": a topic debated, 1 of 8 a consultation between actors). A candidate all of
# whose seeds are in one of these sets is left out.
STOP_CLASSES: tuple[frozenset[str], ...] = (
    frozenset("ermitteln untersuchen Untersuchung Nachforschung Ermittlung".split()),
    frozenset("Gespräch Unterredung Zwiegespräch besprechen erörtern austauschen sprechen vermitteln".split()),
)
TERM = re.compile(r"[A-Za-zÄÖÜäöüß]+")


def synsets() -> list[list[str]]:
    """Each thesaurus line as its usable single-word terms (register-tagged terms dropped,
    "(sich)" / "(für)" valency hints stripped)."""
    out = []
    for line in THESAURUS.read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        terms = []
        for raw in line.split(";"):
            tags = " ".join(re.findall(r"\(([^)]*)\)", raw))
            if any(t in tags for t in SKIP_TAGS):
                continue
            word = re.sub(r"\([^)]*\)", " ", raw).strip()
            if TERM.fullmatch(word):
                terms.append(word)
        if len(terms) >= 2:
            out.append(terms)
    return out


def pos(word: str) -> str | None:
    if word[:1].isupper():
        return "n"
    if word.endswith("n"):
        return "v"
    return None


def tight_patterns() -> dict[str, re.Pattern]:
    """The single-word hand patterns with their open ends closed: a pattern's ``\\w*`` takes an
    inflection ending (up to MAX_ENDING letters), and patterns that open with a wildcard
    ("\\w+anschl[aä]g\\w*") are left out. As seeds, the open patterns make compounds of
    another sense look like triggers ("Kreditanstalt" from "Kredit\\w*", "Voranschlag"), and
    every synonym of those would follow."""
    ev = tomllib.loads((ROOT / "newsgraph/config/events.toml").read_text("utf-8"))
    out = {}
    for t, v in ev["triggers"].items():
        pats = [p.replace(r"\w*", rf"\w{{0,{MAX_ENDING}}}") for p in v.get("de", [])
                if " " not in p and "." not in p and not p.startswith((r"\w", r"[\w"))]
        if pats:
            out[t] = re.compile("(?:" + "|".join(f"(?:{p})" for p in pats) + r")\Z")
    return out


def seeds() -> tuple[dict[tuple[str, str], str], dict[str, list[str]]]:
    """(pos, word) -> type for every word the lexicon knows as a trigger of one type, and the
    Ding forms of each lemma (for writing a candidate's inflection)."""
    typed = tight_patterns()
    known: dict[tuple[str, str], str] = {}
    forms_of: dict[str, list[str]] = {}
    for p, forms in families():
        forms = expand(p, forms)
        lemma = forms[0]
        forms_of.setdefault(lemma, forms)
        matched = defaultdict(int)
        for f in set(forms):
            for t, rx in typed.items():
                if rx.match(f) if p == "n" else rx.match(f.lower()) or rx.match(f):
                    matched[t] += 1
        if len(matched) == 1:
            (t, n), = matched.items()
            if n >= MIN_MATCHED or typed[t].match(lemma):
                known.setdefault((p, lemma), t)
    for name in ("de_from_en.tsv", "de_forms.tsv"):
        for line in (DATA / name).read_text("utf-8").splitlines():
            if line.startswith("#") or not line.strip():
                continue
            t, word, p = line.split("\t")[:3]
            lemma = line.split("\t")[3] if name == "de_forms.tsv" else word
            known.setdefault(("n" if p.startswith("n") else "v", lemma), t)
    return known, forms_of


def build(min_score: int = MIN_SCORE, max_synsets: int = MAX_SYNSETS, min_synsets: int = MIN_SYNSETS):
    sets = synsets()
    known, forms_of = seeds()
    typed = tight_patterns()
    hand = de_matcher()

    def seed_type(word: str) -> str | None:
        p = pos(word)
        if p is None:
            return None
        t = known.get((p, word))
        if t is None:
            hits = [t for t, rx in typed.items() if (rx.match(word) if p == "n" else rx.match(word.lower()))]
            t = hits[0] if len(hits) == 1 else None
        return t

    n_sets: dict[str, int] = defaultdict(int)
    votes: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    shared: dict[tuple[str, str], dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for k, terms in enumerate(sets):
        for w in set(terms):
            n_sets[w] += 1
        found = {w: seed_type(w) for w in terms}
        for w in terms:
            p = pos(w)
            if p is None or found[w] is not None:
                continue
            for s, t in found.items():
                if t is not None and pos(s) == p and s != w:
                    votes[(p, w)][t].add(s)
                    shared[(p, w)][t].add(k)
    rows = {}
    for (p, w), by_type in votes.items():
        if len(by_type) != 1 or n_sets[w] > max_synsets or len(w) < MIN_LEN or w.lower() in STOP:
            continue
        (t, srcs), = by_type.items()
        if len(srcs) < min_score or len(shared[(p, w)][t]) < min_synsets or hand.match(w):
            continue
        if any(srcs <= c for c in STOP_CLASSES):
            continue
        # forms a hand pattern already takes are left to it
        # (present participles are adverbs and adjectives, not acts: "nickte zustimmend")
        forms = [f for f in forms_of.get(w, [w]) if (TERM.fullmatch(f) and f[:1].isupper() == (p == "n") or f == w)
                 and not hand.match(f) and f.lower() not in STOP and not (p == "v" and f.endswith("end"))]
        rows[(p, w)] = (t, len(srcs), sorted(srcs), list(dict.fromkeys(forms)), len(shared[(p, w)][t]), n_sets[w])
    return rows


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", help="print the candidates of one type (or ALL) instead of writing")
    ap.add_argument("--min-score", type=int, default=MIN_SCORE)
    ap.add_argument("--max-synsets", type=int, default=MAX_SYNSETS)
    ap.add_argument("--min-synsets", type=int, default=MIN_SYNSETS)
    args = ap.parse_args()
    for path, pkg in ((THESAURUS, "openthesaurus-de-text"), (DING, "trans-de-en")):
        if not path.exists():
            print(f"{path} missing: apt-get install {pkg}", file=sys.stderr)
            return 1
    rows = build(args.min_score, args.max_synsets, args.min_synsets)
    if args.show:
        for (p, w), (t, score, srcs, forms, k, n) in sorted(rows.items(), key=lambda kv: (kv[1][0], -kv[1][1], kv[0][1])):
            if args.show in (t, "ALL"):
                print(f"{t}\t{p}\t{w}\t{score}\t{','.join(srcs)}\t{k}/{n}\t{' '.join(forms[1:])}")
        print(len(rows), "lemmas", file=sys.stderr)
        return 0
    seen: set[str] = set()
    n = 0
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# German PLOVER trigger words from OpenThesaurus (LGPL-2.1+, www.openthesaurus.de) synonym sets of\n"
                 "# lexicon trigger words, inflected through Ding (GPL-2+); built by training/events/build_de_thesaurus.py\n"
                 "# type\tword\tpos\tlemma\tscore\tsource (the lexicon's trigger lemmas sharing a synset with the lemma)\n")
        for (p, w), (t, score, srcs, forms, _, _) in sorted(rows.items(), key=lambda kv: (kv[1][0], kv[0][1])):
            for f in forms:
                if f.lower() in seen or f.lower() in STOP:
                    continue
                seen.add(f.lower())
                fh.write(f"{t}\t{f}\t{p}\t{w}\t{score}\t{','.join(srcs)}\n")
                n += 1
    print(f"{len(rows)} lemmas, {n} forms -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
