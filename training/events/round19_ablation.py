"""Ablation of the German actor rules' [parse] switches on the read sets (issue #5, round 19, h5), in one process.

Each ``-NAME`` mode switches one boolean [parse] rule of event_actors.toml off (switch_ab's engine); ``on`` is as
configured. A rule whose removal moves nothing on any read set has no read-set support left; one whose removal costs
only on the set it was read off reaches no further. Summary lines only (switch_ab).

    python training/events/round19_ablation.py on,-owner_genitive,... dev fresh fresh2 fresh3 fresh7 fresh9 fresh11 fresh12 fresh16
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from switch_ab import main  # noqa: E402

RULES = ("owner_genitive", "adjd_subjects", "relative_before", "relative_conjunct", "report_attribute_case", "dateline",
         "dateline_appos", "numeral_heads", "bracket_names", "case_order", "place_phrases", "adj_verbs")

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], classifier=(), parse=RULES, out_dir="/tmp/h5/r19"))
