"""Build newsgraph/data/event_triggers/de_forms.tsv: the inflected forms of the German hand
lexicon's trigger words that no pattern of config/events.toml matches (issue #5).

The hand patterns spell out forms ("beschließ\\w*", "drängt\\w*", "gedrängt"), so strong and
irregular forms slip through: "beschloss", "zu drängen". Ding (Debian trans-de-en,
/usr/share/trans/de-en, GPL-2+) lists a verb's forms in aligned sub-entries (infinitive |
present participle | past participle | 3rd person | preterite | perfect | subjunctive) and a
noun's plural, so each Ding word gives a family of forms. A family belongs to type T when at
least MIN_MATCHED of its forms (or its lemma) are matched by T's single-word hand patterns and
none by another type's; its forms that no pattern matches at all are written out, with the
plural preterite and the zu-infinitive of separable verbs added and the -ung noun of a verb
when Ding knows it (the derivational family verb -> noun). Not read off any annotated sentence;
STOP lists forms seen (on unannotated 10kGNAD and quotes-de train text) to be mostly another word.

    python training/events/build_de_forms.py
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_de_lexicon import BRACKETS, DING, SEPARABLE, de_matcher, de_patterns, pos_of  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "newsgraph" / "data" / "event_triggers" / "de_forms.tsv"
MIN_MATCHED = 2
MIN_LEN = 5
PRONOUN = re.compile(r"^(?:ich/er/sie|er/sie|ich|er|sie|du|wir|ihr)\s+(?:hat/hatte\s+|hatte\s+|hat\s+|ist/war\s+)?")
# forms that are mostly another word in news text
# ("sprach"/"spricht" say, "dringend" is urgent, "verlegen" embarrassed or published,
# "reisen" travel, "Verletzung" a breach of a law, "beklagen" mourn, "ergebend" results);
# "gesprochen" is a CONSULT only with "mit" (a hand pattern); read off the forms' hits on 200
# unannotated 10kGNAD articles (training/events/gnad_events.py): "Batterien ... ausgetauscht",
# film "Kritiken", "sich selbst zu verletzen", job "Entlassungen"
STOP: set[str] = {w.lower() for w in """
    sprechen sprach sprachen spricht sprechend gesprochen dringen dringend verlegen verlegend Verlegung Verlegungen
    reisen reisend Verletzung Verletzungen beklagen beklagend ergebend unwidersprochen
    ausgetauscht auszutauschen Kritiken verletzen Entlassungen
""".split()}


def clean(s: str) -> str | None:
    s = PRONOUN.sub("", BRACKETS.sub(" ", s).strip()).strip()
    return s if re.fullmatch(r"[A-Za-zÄÖÜäöüß]+", s or "") else None


def families():
    """(pos, [forms]) per Ding word: a verb's aligned forms, a noun's singular and plural."""
    for line in DING.read_text("utf-8").splitlines():
        if line.startswith("#") or " :: " not in line:
            continue
        subs = line.split(" :: ", 1)[0].split(" | ")
        p = pos_of(subs[0])
        if p is None:
            continue
        first = subs[0].split(";")
        cols = [[x] for x in first]
        for sub in subs[1:7 if p == "v" else 2]:
            if p == "n" and "{pl}" not in sub:
                break
            items = sub.split(";")
            if len(items) != len(first):
                break
            for j, x in enumerate(items):
                cols[j].append(x)
        for col in cols:
            # second persons ("empfängst") are no news form, and Ding's columns drift on them
            forms = [f for f in (clean(x) for x in col) if f and not (p == "v" and f.endswith(("st", "sten")))]
            if forms and clean(col[0]):
                yield p, forms


def expand(p: str, forms: list[str]) -> list[str]:
    out = list(forms)
    if p != "v":
        return out
    inf = forms[0]
    sep = next((s for s in SEPARABLE if inf.startswith(s) and len(inf) > len(s) + 4), None)
    if sep:
        out.append(sep + "zu" + inf[len(sep):])
    if len(forms) >= 5 and forms[4] != forms[3]:
        pret = forms[4]
        out.append(pret + ("n" if pret.endswith("e") else "en"))
    return out


def main() -> int:
    if not DING.exists():
        print(f"{DING} missing: apt-get install trans-de-en", file=sys.stderr)
        return 1
    typed = de_patterns()
    known = de_matcher()
    nouns = set()
    fams = []
    for p, forms in families():
        if p == "n":
            nouns.update(forms)
        fams.append((p, expand(p, forms)))
    rows: dict[str, tuple[str, str, str]] = {}
    for p, forms in fams:
        lemma = forms[0]
        if p == "v" and lemma[:1].isupper() or p == "n" and not lemma[:1].isupper():
            continue
        matched = defaultdict(int)
        for f in set(forms):
            for t, rx in typed.items():
                if rx.match(f) if p == "n" else rx.match(f.lower()) or rx.match(f):
                    matched[t] += 1
        if len(matched) != 1:
            continue
        (t, n), = matched.items()
        if n < MIN_MATCHED and not typed[t].match(lemma):
            continue
        if lemma.lower() in STOP:
            continue
        # present participles are adverbs and adjectives ("nickte zustimmend", "beratend
        # mitzumachen"), not acts
        new = [f for f in dict.fromkeys(forms) if not known.match(f) and len(f) >= MIN_LEN and f.lower() not in STOP
               and not f.startswith("zuge") and not (p == "v" and f.endswith("end"))]
        if p == "v" and lemma.endswith("en"):
            ung = lemma[0].upper() + lemma[1:-2] + "ung"
            if ung in nouns and not known.match(ung) and ung.lower() not in STOP:
                new += [ung, ung + "en"]
        for f in new:
            rows.setdefault(f, (t, "n" if f[:1].isupper() else "v", lemma))
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# Inflected and derived forms of the German hand lexicon's trigger words that its patterns miss,\n"
                 "# from Ding (GPL-2+) word families; built by training/events/build_de_forms.py\n"
                 "# type\tword\tpos\tlemma\n")
        for f, (t, pos, lemma) in sorted(rows.items(), key=lambda kv: (kv[1][0], kv[0])):
            fh.write(f"{t}\t{f}\t{pos}\t{lemma}\n")
    print(f"{len(rows)} forms -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
