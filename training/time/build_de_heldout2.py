"""Build tests/data/timex_de_heldout2.tml: a second held-out German TIMEX3 set (issue #5, round 13, h9).

Drawn after the fixes read off tests/data/timex_de_heldout.tml, to measure them on text nobody read:
the same stratified draw as build_de_heldout.py (same exclusions, and also the first draw's articles),
seed 20261128, fewer sentences per kind. Annotated by reading (h9, single annotator, guide:
tests/data/events_de_guide.md "Time") before the system was run on these sentences.
``--draw`` prints the drawn sentences. Needs /work/shared (NEWSGRAPH_SHARED).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_de_heldout as first  # noqa: E402

OUT = first.ROOT / "tests" / "data" / "timex_de_heldout2.tml"
SEED = 20261128
N_PER_KIND = {"set": 3, "weekday": 5, "relative": 5, "month": 4, "duration": 5, "explicit": 3, "none": 4}

ANN: dict[tuple[str, int], list[tuple]] = {
    ("2937", 4): [("letzten Quartal 2004", "DATE", "2004-Q4")],
    ("54188", 0): [],
    ("39262", 15): [("monatlich", "SET", "P1M")],
    ("12667", 0): [("Freitag, den 16. September", "DATE", "2005-09-16"), ("gestern", "DATE", "2005-09-18")],
    ("5456", 0): [("gestern Abend", "TIME", "2005-05-19TEV")],
    # "Geschäftsjahr 2000/2001": a split fiscal year has no single TIMEX3 value by the guide: untagged
    ("58562", 1): [("22. August 2009", "DATE", "2009-08-22")],
    ("21815", 0): [("Mittwoch", "DATE", "2006-02-08")],  # "61-jährige": an age
    ("6200", 6): [("Mittwoch", "DATE", "2005-06-08")],
    ("60146", 4): [("Freitag vor einer Woche", "DATE", "2009-12-18")],
    ("75720", 0): [("Freitagabend", "TIME", "2013-06-07TEV")],
    ("38981", 0): [("gestern", "DATE", "2007-03-11"), ("11. März 2004", "DATE", "2004-03-11")],
    ("9686", 2): [("7. September", "DATE", "2005-09-07")],  # "werden ... zugelassen sein": future
    ("13741", 2): [],
    ("77730", 0): [("heute", "DATE", "2014-12-02"), ("13 Uhr", "TIME", "2014-12-02T13:00")],
    ("67437", 0): [("heute", "DATE", "2011-04-08")],
    ("34501", 0): [],
    ("69725", 7): [("Mehrmals wöchentlich", "SET", "P1W")],
    # "im Alter von sieben Monaten und zweieinhalb Jahren": ages
    ("52532", 0): [("11. August 2008", "DATE", "2008-08-11")],
    ("39256", 0): [("Montag, dem 19. März", "DATE", "2007-03-19"), ("0:55 Uhr", "TIME", "2007-03-19T00:55")],
    ("46350", 3): [("nun", "DATE", "PRESENT_REF"), ("18 Monate", "DURATION", "P18M")],
    ("13761", 0): [],  # "künftigen Koalitionsparteien": no time expression
    ("69813", 7): [("Dezember 2005", "DATE", "2005-12"), ("9. September", "DATE", "2011-09-09")],
    ("80950", 12): [("drei Stunden", "DURATION", "PT3H")],
    ("48343", 0): [("Nacht vom 26. auf den 27. Februar", "TIME", "2008-02-26TNI"), ("1:56 Uhr", "TIME", "2008-02-27T01:56")],
    ("36397", 0): [("Montag, dem 18. Dezember", "DATE", "2006-12-18")],  # "im Alter von 58 Jahren": an age
    ("14059", 1): [("nächsten Jahr", "DATE", "2006"), ("sechs Monate", "DURATION", "P6M")],
    ("33591", 6): [],
    ("833", 1): [("4. Dezember 1964", "DATE", "1964-12-04"), ("1970-er Jahren", "DATE", "197")],
    ("27912", 0): [("6.", "DATE", "2006-06-06"), ("8. Juni 2006", "DATE", "2006-06-08")],
}


def draw() -> list[dict]:
    taken = {d["id"] for d in first.draw()}
    old_articles = first.articles
    first.articles = lambda: (f for f in old_articles() if f.name.split(" - ")[0] not in taken)
    first.SEED, first.N_PER_KIND = SEED, dict(N_PER_KIND)
    try:
        return first.draw()
    finally:
        first.articles = old_articles


if __name__ == "__main__":
    if "--draw" in sys.argv:
        for d in draw():
            print(f'("{d["id"]}", {d["sent"]}): [],  # {d["kind"]} DCT {d["dct"]}\n    # {d["text"]}')
    else:
        drawn = draw()
        first.ANN = ANN
        first.draw = lambda: drawn
        text = first.build().replace("timex_de_heldout.tml", "timex_de_heldout2.tml")
        text = text.replace("Held-out German TimeML-style time gold", "Second held-out German TimeML-style time gold")
        text = text.replace("training/time/build_de_heldout.py (seed 20261127,",
                            "training/time/build_de_heldout2.py (seed 20261128, drawn after the round-13 fixes,")
        OUT.write_text(text, encoding="utf-8")
        print(f"wrote {OUT}")
