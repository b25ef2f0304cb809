"""Build newsgraph/data/event_triggers/countries.tsv: every ISO 3166 country under its English
and German names (pycountry's official and common names, Babel's CLDR names), with its ISO
alpha-3 code, for the actor finder's place table (config/event_actors.toml [countries] is
the hand list; it wins where both name a country).

The hand list had 138 names and lacked e.g. Yemen, Bangladesh, Denmark, Zambia, Finland:
"Yemen has rejected a U.S. request" then had no subject. Neither list is read off gold data.

    python training/events/build_countries.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pycountry
from babel import Locale

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "newsgraph" / "data" / "event_triggers" / "countries.tsv"
# names that are common words or first names more often than countries in news text
SKIP = {"jersey", "guernsey", "man", "chad", "jordan", "georgia", "guinea", "niger", "turkey", "congo", "dominica",
        "samoa", "nauru", "tonga", "palau", "aruba", "réunion", "martinique", "guadeloupe", "mayotte", "curaçao",
        "bonaire", "montserrat", "anguilla", "pitcairn", "niue", "tokelau", "wallis", "svalbard", "christmas", "norfolk"}
NAME = re.compile(r"^[A-Za-zÀ-ÿ]+(?:[ -][A-Za-zÀ-ÿ]+){0,2}$")


def names() -> dict[str, str]:
    out: dict[str, str] = {}
    en, de = Locale("en").territories, Locale("de").territories
    for c in pycountry.countries:
        cands = {c.name, getattr(c, "common_name", None), en.get(c.alpha_2), de.get(c.alpha_2)}
        for n in cands:
            if not n or not NAME.match(n):
                continue
            low = n.lower()
            if low in SKIP:
                continue
            out.setdefault(low, c.alpha_3)
    return out


def main() -> int:
    rows = sorted(names().items())
    lines = ["# country name (lower case)\tISO 3166 alpha-3; built by training/events/build_countries.py "
             "from pycountry (ISO 3166, LGPL-2.1) and Babel/CLDR (Unicode licence) names"]
    lines += [f"{n}\t{c}" for n, c in rows]
    OUT.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"wrote {OUT}: {len(rows)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
