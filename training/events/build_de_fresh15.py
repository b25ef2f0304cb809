"""Build tests/data/events_de_fresh15.jsonl: a BLIND German event set from quotes-de articles without a title filter
(round 19, issue #5; h5).

**Blind**: made to measure how the German event extractor generalises (HEAD's honest figure at round 19's start,
bf483c0), scored once untuned (summary lines only) and at the round's end with the round's switch off and on; never
read for error analysis (models/events_type/MODEL_CARD.md, round 19). fresh14, round 18's blind set, was scored at
that round's end and so can no longer measure a change chosen after reading that round's results.

Source: quotes-de articles (German Wikinews, train and dev, CC BY-NC-SA 4.0; dated, the scorer reads each sentence in
its article) that nothing event- or time-related has used or read. The politics/conflict titles
(build_de_fresh.POLITICS) and the act-word titles (build_de_fresh13.TITLE) are used up (fresh-fresh14), so this draw
takes the rest **without a title filter**: every article that
- no tests/data/events_de_*.jsonl set (this one and the sets in ``LATER`` left out, so the draw repeats after they
  exist) and no training/events/events_de_train.jsonl line names (build_de_fresh13._used);
- is not in the twelfth events round's sample (training/events/trigger_ab.py) and holds no timex_*.tml sentence
  (build_de_fresh8's exclusions, by its functions);
- has no act word of build_de_fresh13.TITLE in its title (all 89 such were drawn by fresh13 and fresh14; three of
  fresh13's are in no file because all their sentences were skipped, so they are excluded by the title, not by use);
- has a publication date in its file name (not the placeholder "0001-01-01" of one article, read in the first draw
  and dropped before any system output: no date could be resolved against it);
ordered by SHA-1 of ``SEED:article id``; the first N_ARTICLES taken and their first three corpus sentences (the
quotes-de "sentences" field; no newsgraph code runs here) annotated.

Annotated by reading each sentence, strictly by tests/data/events_de_guide.md, before newsgraph was run on these
sentences or articles in any way (annotator h5, 2026-11-27, round 19; single annotator). Sentences ambiguous in type,
repeating an event of an earlier sentence, or corpus fragments are skipped (SKIPPED, with the reason), as in
fresh4-fresh14. Conventions written down here are in the guide's nineteenth pass.

    python training/events/build_de_fresh15.py --draw    # the drawn articles' first three sentences
    python training/events/build_de_fresh15.py           # writes tests/data/events_de_fresh15.jsonl
    python training/events/build_de_fresh15.py --out F   # ... or F
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_de_fresh8 as fresh8  # noqa: E402  (exclusions, article list, rows, command line)
import build_de_fresh13 as fresh13  # noqa: E402  (the act-word title filter, the event-set users)

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "events_de_fresh15.jsonl"
SEED = 20261216
N_ARTICLES = 50
# draw positions 51-100: the first 50 gave 126 kept sentences with 16 events, so positions 51-100 were read too (before
# any system output) and only the articles with an event among their first three sentences taken, as fresh12 did
EXTRA: tuple[str, ...] = ("59985", "58160", "33489", "66793", "60160", "64195", "45839", "24259", "84585")
# event sets built after this one: not counted as users, so the draw repeats after they exist
LATER: tuple[str, ...] = ("events_de_fresh16.jsonl", "events_de_fresh17.jsonl", "events_de_fresh18.jsonl",
                         "events_de_fresh19.jsonl", "events_de_fresh20.jsonl",
                         "events_de_fresh21.jsonl", "events_de_fresh22.jsonl", "events_de_fresh23.jsonl",
                         "events_de_fresh24.jsonl", "events_de_fresh25.jsonl",
                         "events_de_fresh26.jsonl", "events_de_fresh27.jsonl",
                         "events_de_fresh28.jsonl", "events_de_fresh29.jsonl", "events_de_fresh30.jsonl")

E = fresh8.E


def pool() -> list[Path]:
    used = {a for a in fresh13._used(OUT.name)}
    for name in LATER:
        f = ROOT / "tests" / "data" / name
        if f.exists():
            used -= {fresh8._aid(json.loads(line)["file"]) for line in f.read_text("utf-8").splitlines()
                     if line.strip() and json.loads(line).get("file")}
    out = used | fresh8._sample_ids(fresh8._event_set_ids()) | fresh8._timex_heldout_ids()
    heads = fresh8._timex_dev_heads()
    found = []
    for f in fresh8.articles():
        date = re.search(r"\((\d{4})-\d\d-\d\d\)", f.name)
        # a placeholder date ("(0001-01-01)", one article of the corpus) is no publication date to resolve against
        if fresh8._aid(f.name) in out or not date or int(date.group(1)) < 1990 or fresh13.TITLE.search(f.name):
            continue
        if any(h in json.loads(f.read_text("utf-8"))["originalText"] for h in heads):
            continue
        found.append(f)
    found.sort(key=lambda f: hashlib.sha1(f"{SEED}:{fresh8._aid(f.name)}".encode()).hexdigest())
    return found


def draw() -> list[Path]:
    return fresh8.draw_with_extras(pool(), N_ARTICLES, EXTRA)


# (article id, sentence index) -> events, by reading (see the module doc)
ANN: dict[tuple[str, int], list[dict]] = {
    ("33446", 2): [],  # becoming a target of hatred
    # an accusation by a former employee, who also denounced himself (two acts); the dumping itself has no PLOVER type
    ("34359", 0): [E("ACCUSE", "vorgeworfen", "ehemaligen leitenden Angestellten",
                     "Deponie der Ihlenberger Abfallentsorgungs-Gesellschaft mbH"),
                   E("ACCUSE", "angezeigt", "ehemaligen leitenden Angestellten")],
    ("34359", 1): [E("ACCUSE", "Ermittlungen", "Staatsanwaltschaft")],
    ("34359", 2): [],  # the dumping (no PLOVER type)
    ("53754", 0): [],  # a fire
    ("53754", 1): [],
    ("53754", 2): [],
    ("81009", 0): [],
    ("81009", 1): [],
    # a release on bail is CONCEDE (fresh14); "jetzt" is no date
    ("72918", 0): [],
    ("72918", 1): [E("CONCEDE", "frei", "", "er")],
    # the detention order (the extortion in the weil-clause is its background)
    ("72918", 2): [E("COERCE", "angeordnet", "", "ihn")],
    ("59270", 2): [],
    ("30797", 0): [],  # floods (natural disaster)
    ("30797", 1): [],
    ("30797", 2): [],
    # a trial ahead is ACCUSE, planned (fresh13); the complaint is a second act
    ("20800", 0): [E("ACCUSE", "vor einem Richter", "", "28-jährigen Flugpassagier", mod="planned")],
    ("20800", 1): [E("ACCUSE", "angezeigt", "", "Er")],
    ("20800", 2): [],
    ("68040", 0): [],
    ("68040", 1): [],
    ("68040", 2): [],
    ("76356", 0): [],
    ("76356", 1): [],
    ("76356", 2): [],
    # a strike is PROTEST; the railway is the strikers' own employer, named inside the source phrase
    ("64109", 0): [E("PROTEST", "Streik", "Eisenbahner der SNCB/NMBS")],
    ("64109", 1): [E("REQUEST", "fordern", "Sie")],
    ("64109", 2): [],  # the strike's effect
    ("29721", 0): [],  # a fire
    ("29721", 1): [],
    ("29721", 2): [],
    ("52208", 0): [],
    ("52208", 1): [],
    ("52208", 2): [],
    # a killing dated a year before the DCT
    ("78997", 0): [E("ASSAULT", "erschossen", "", "Rashid Rehman", "", "2014-05-07")],
    ("78997", 1): [],  # defending someone in court
    ("78997", 2): [],
    ("14059", 0): [],
    ("14059", 1): [],
    ("14059", 2): [],
    ("39262", 0): [],  # private remittances
    ("39262", 1): [],
    ("39262", 2): [],
    ("24321", 0): [],  # looking for the cause of a crash
    ("24321", 1): [],
    ("24321", 2): [],
    ("5583", 0): [],
    ("5583", 1): [],
    ("5583", 2): [],
    ("61557", 0): [],  # a product approval named as background, a company's intent
    ("61557", 2): [],
    ("45362", 0): [],
    ("45362", 1): [],
    ("45362", 2): [],
    ("46358", 0): [],  # a train accident
    ("46358", 1): [],
    # a cabinet approving a regulation is AGREE (fresh8)
    ("7804", 0): [E("AGREE", "abgesegnet", "Bundeskabinett", "", "", "2005-06-22")],
    ("7804", 2): [],  # a statement after the cabinet session
    ("51339", 0): [],
    # companies working together on a study (fresh9's "zusammengeschlossen" is COOPERATE)
    ("51339", 1): [E("COOPERATE", "arbeiten", "französischer Mineralölkonzern und ein Windenergiespezialist")],
    ("51339", 2): [],
    ("49204", 1): [],  # deaths from a disease
    ("49204", 2): [],
    ("61671", 1): [],
    ("61671", 2): [],
    # a conversation is CONSULT (fresh9's phone call)
    ("64872", 0): [E("CONSULT", "Gespräch", "Bundespräsident Christian Wulff", "israelischen Amtskollegen Schimon Peres")],
    ("70626", 0): [],  # an inauguration
    # an authority asking firms for proposals ("Vor über zehn Jahren" is no date)
    ("70626", 1): [E("REQUEST", "gebeten", "Bremer Umweltbehörde", "rund 20 Firmen")],
    ("70626", 2): [E("COOPERATE", "schlossen", "einige Firmen")],
    ("45882", 0): [],
    ("45882", 1): [],
    ("45882", 2): [],
    ("72118", 0): [],  # an election result
    ("72118", 1): [],
    ("72118", 2): [],
    ("54054", 0): [],
    ("54054", 1): [],
    ("54054", 2): [],
    ("8845", 0): [],
    ("8845", 1): [],
    ("8845", 2): [],
    ("44338", 0): [],
    ("44338", 1): [],
    ("44338", 2): [],
    ("65670", 0): [],  # an accident
    ("65670", 1): [],
    ("65670", 2): [],
    ("67437", 1): [],  # a newspaper reporting
    ("67437", 2): [],  # a doctorate awarded
    ("65838", 0): [],
    ("65838", 1): [],
    ("65838", 2): [],
    ("25582", 0): [],
    ("25582", 1): [],
    ("25582", 2): [],
    ("21465", 0): [],
    ("21465", 1): [],
    ("21465", 2): [],
    ("69903", 0): [],
    ("69903", 1): [],
    ("69903", 2): [],
    ("12599", 0): [],  # offering a child for sale online (no PLOVER type)
    ("12599", 1): [],
    ("12599", 2): [],  # a name misused
    ("5423", 0): [],
    ("5423", 1): [],
    ("5423", 2): [],
    ("25851", 0): [],  # an accident
    ("25851", 1): [],
    ("48553", 0): [],
    ("48553", 1): [],
    ("48553", 2): [],
    ("55265", 2): [],
    ("58969", 0): [],
    ("58969", 1): [],
    ("58969", 2): [],
    ("44301", 2): [],  # a product recall
    ("18512", 0): [],  # an emergency landing announced
    ("18512", 1): [],
    ("18512", 2): [],
    ("7537", 0): [],
    ("7537", 1): [],
    ("7537", 2): [],
    ("15420", 0): [],  # an accident
    ("15420", 1): [],
    ("15420", 2): [],
    # draw positions 51-100, articles with an event (EXTRA)
    # an arson attack on a mosque is ASSAULT (fresh14: setting a carriage on fire with people in it)
    ("59985", 0): [E("ASSAULT", "Brandanschlag", "", "Al-Kabir-Moschee", "Kfar Jassuf", "2009-12-11")],
    ("58160", 0): [],  # a council session overshadowed
    ("58160", 1): [E("PROTEST", "demonstrierten", "rund einhundert Bürger", "NPD")],
    # a meeting named as the setting is CONSULT (fresh7's "Nato-Außenministertreffen")
    ("33489", 0): [E("CONSULT", "Treffen", "europäischen Verteidigungsminister", "", "Finnland")],
    ("33489", 1): [],
    ("33489", 2): [],  # sharing an opinion
    # signing a law and a parliament passing it are AGREE (fresh8: voting a bill through)
    ("66793", 0): [E("AGREE", "unterzeichnet", "Pat Quinn", "", "", "2011-03-09")],
    ("66793", 1): [E("AGREE", "verabschiedet", "Abgeordnetenhaus und vom Senat des Bundesstaates", "", "", "2011-01")],
    ("66793", 2): [],  # a veto right (counterfactual)
    # violent repression is COERCE (CAMEO 175; fresh8's "gewaltsam beendet"); the rally is a second act (PROTEST)
    ("60160", 0): [E("COERCE", "gewaltsam", "iranische Polizei", "Demonstranten", "Teheran", "2009-12-27"),
                   E("PROTEST", "demonstrierten", "Demonstranten", "Regierung", "Teheran", "2009-12-27")],
    # denying a report is REJECT (fresh11)
    ("60160", 2): [E("REJECT", "bestritten", "Polizei")],
    ("64195", 0): [E("REJECT", "zurückgewiesen", "Umweltminister der Französischen Republik, Jean-Louis Borloo",
                     "Berichte der satirischen Wochenzeitung")],
    ("64195", 1): [],
    ("64195", 2): [],
    # seizing goods is COERCE (fresh11); the things seized are no actor
    ("45839", 1): [E("COERCE", "beschlagnahmt", "", "", "Heisenhof in Dörverden")],
    ("24259", 0): [],  # trouble with the law
    # "am Mittwoch" before the Saturday DCT
    ("24259", 1): [E("COERCE", "verhaftet", "", "Er", "", "2006-03-22")],
    ("24259", 2): [E("ACCUSE", "werfen", "Behörden", "Luna")],
    ("84585", 1): [],  # a vote delayed
    # a parliament voting a bill through is AGREE (fresh8)
    ("84585", 2): [E("AGREE", "stimmten", "beide Kammern des chilenischen Parlaments", "", "", "2021-12-07")],
}
SKIPPED: dict[tuple[str, int], str] = {
    ("33446", 0): "receiving an award ('Auszeichnung'): SUPPORT (praise) or no event (fresh13 skips praise)",
    ("33446", 1): "a laudation praising courage: SUPPORT (praise) or no event",
    ("81009", 2): "authorities blocking access to a website: COERCE (censorship) or SANCTION",
    ("59270", 0): "a peace prize going to a president: SUPPORT (praise) or no event",
    ("59270", 1): "a committee honouring ('würdigte') a president: SUPPORT (praise) or no event",
    ("61557", 1): "a company applying to an authority for approvals: REQUEST (planned) or business",
    ("46358", 2): "a corpus fragment ('Behördenangaben')",
    ("7804", 1): "the cabinet's approval of (7804, 0) named as its precondition",
    ("49204", 0): "a health emergency prevailing ('herrscht'): a state of a disease, or COERCE (state of emergency)",
    ("61671", 0): "companies withdrawing a bid from a tender: RETREAT or business",
    ("64872", 1): "speaking out for a policy ('sprach sich für ... aus'; fresh13 skips it)",
    ("14074", 0): "sabotage of a harvester (property damage): ASSAULT or mischief (fresh14 skips ropes untied)",
    ("14074", 1): "the sabotage of (14074, 0) told in detail",
    ("14074", 2): "the damage of the sabotage of (14074, 0)",
    ("67437", 0): "media reports speaking of deliberate deception: ACCUSE or reporting",
    ("82489", 0): "a dispute ('Streit'; fresh13 and fresh14 skip disputes)",
    ("82489", 1): "a commentator's comparison in a quote: ACCUSE (criticism) or opinion",
    ("82489", 2): "the commentator's charge of (82489, 1) in a quote: ACCUSE or opinion",
    ("55265", 0): "a company financing another ('Finanzspritze'): AID or business",
    ("55265", 1): "the loan of (55265, 0) told in detail",
    ("44301", 0): "a corpus fragment ('Mars')",
    ("44301", 1): "a corpus fragment ('Süßwaren')",
    ("59985", 1): "the arson attack of (59985, 0) told in detail",
    ("59985", 2): "the arson attack of (59985, 0) told in detail",
    ("58160", 2): "a faction protesting a seating order in a council: ACCUSE/REJECT (verbal) or PROTEST",
    ("60160", 1): "the dead of the repression of (60160, 0) told by witnesses (fresh14 skips an attack's victims)",
    ("45839", 0): "a legal defeat named without its act (the seizure of (45839, 1))",
    ("45839", 2): "the seizure of (45839, 1) continued",
    ("84585", 0): "the parliament's decision of (84585, 2) named as the lead",
}


write, main = fresh8.drawn_entry_points(draw, ANN, SKIPPED, OUT)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
