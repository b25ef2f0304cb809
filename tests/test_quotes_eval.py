"""newsgraph eval quotes against the dataset's own scorer (quotes-de eval/eval.py).

The two must give the same Messages and Roles figures on the same prediction files: pairing
by the Hungarian assignment with eval.py's type and medium tie-breaks, and eval.py's Roles
counting the frame role, which we do not predict.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from newsgraph.eval.quotes import Group, Scores, gold_groups, read_doc, score_doc, write_prediction

SHARED = Path(os.environ.get("NEWSGRAPH_SHARED", Path(__file__).resolve().parents[2] / "shared"))
EVAL_PY = SHARED / "data" / "quotes-de" / "eval" / "eval.py"


def _span(ids: list[int]) -> dict:
    return {"tokenIds": ids, "spans": [], "text": ""}


def _gold(tmp: Path) -> Path:
    # two sentences, three quotes: one with a frame, one Reported, one nobody predicts
    words = "Er sagte , das sei gut . Sie kritisierte den Plan scharf . „ Nie wieder “ , rief er .".split()
    text, toks, pos = "", [], 0
    for w in words:
        toks.append({"charBegin": pos, "charEnd": pos + len(w)})
        text += w + " "
        pos += len(w) + 1
    anns = [
        {"quote": _span([3, 4, 5]), "cue": _span([1]), "speaker": _span([0]), "frame": _span([0, 1]),
         "addressee": _span([]), "type": "Indirect", "medium": "Speech", "isNested": False},
        {"quote": _span([7, 8, 9, 10, 11]), "cue": _span([]), "speaker": _span([7]), "frame": _span([]),
         "addressee": _span([]), "type": "Reported", "medium": "Speech", "isNested": False},
        {"quote": _span([13, 14, 15, 16]), "cue": _span([19]), "speaker": _span([20]), "frame": _span([19, 20]),
         "addressee": _span([]), "type": "Direct", "medium": "Speech", "isNested": False},
    ]
    gdir = tmp / "gold"
    gdir.mkdir()
    (gdir / "doc.json").write_text(json.dumps({"documentName": "doc", "originalText": text, "tokens": toks,
                                               "annotations": anns}), "utf-8")
    return gdir


def test_scores_agree_with_dataset_eval_py(tmp_path):
    if not EVAL_PY.exists():
        pytest.skip("quotes-de eval/eval.py not available")
    spec = importlib.util.spec_from_file_location("quotes_de_eval", EVAL_PY)
    ev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ev)
    gdir = _gold(tmp_path)
    doc = read_doc(gdir / "doc.json")
    pred = [
        Group({"quote": [4, 5], "cue": [1], "speaker": [0, 1], "addressee": []}, "Indirect", medium="Speech"),
        Group({"quote": [7, 8, 9], "cue": [8], "speaker": [], "addressee": []}, "Indirect", medium="Speech"),
        Group({"quote": [0, 1], "cue": [], "speaker": [], "addressee": [3]}, "Direct", medium="Speech"),
    ]
    ours = Scores()
    score_doc(ours, pred, gold_groups(doc))
    pdir = tmp_path / "pred"
    pdir.mkdir()
    write_prediction(pdir / "doc.json", doc, pred)
    theirs = ev.evaluate(str(pdir), str(gdir), print_scores=False)
    m = ours.evalpy_macro()
    assert m["msg_f1"] == pytest.approx(theirs["f1_msg"])
    assert m["msg_p"] == pytest.approx(theirs["prec_msg"])
    assert m["roles_frame_f1"] == pytest.approx(theirs["f1_roles"])
    assert m["roles_frame_r"] == pytest.approx(theirs["rec_roles"])
    # without the frame the roles recall is higher: the frame tokens are all missed
    assert m["roles_r"] > m["roles_frame_r"]


def test_role_token_counts_agree_with_dataset_eval_py(tmp_path):
    """Cue / speaker / message token TP FP FN of our scorer equal those eval.py's own trackers hold (summed by
    training/quotes/evalpy_roles.py), also for a cue scored on a pair whose messages share no token."""
    if not EVAL_PY.exists():
        pytest.skip("quotes-de eval/eval.py not available")
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training" / "quotes"))
    from evalpy_roles import load_eval_py, role_counts

    ev = load_eval_py(EVAL_PY)
    gdir = _gold(tmp_path)
    doc = read_doc(gdir / "doc.json")
    pred = [
        # the frame's verb and a word too many as cue
        Group({"quote": [4, 5], "cue": [1, 2], "speaker": [0], "addressee": []}, "Indirect", medium="Speech"),
        # a cue on the Reported quote gold leaves cue-less
        Group({"quote": [7, 8, 9, 10], "cue": [8], "speaker": [7], "addressee": []}, "Reported", medium="Speech"),
        # paired with the Direct quote by the assignment, though the messages share no token
        Group({"quote": [21], "cue": [19], "speaker": [], "addressee": []}, "Direct", medium="Speech"),
    ]
    ours = Scores()
    score_doc(ours, pred, gold_groups(doc))
    pdir = tmp_path / "pred"
    pdir.mkdir()
    write_prediction(pdir / "doc.json", doc, pred)
    theirs = role_counts(ev, str(pdir), str(gdir))
    for role in ("quote", "cue", "speaker", "addressee"):
        assert (ours.tp[role], ours.fp[role], ours.fn[role]) == theirs[role], role
    # the cue figures are not trivially zero: one right frame verb, two wrong words, the Direct frame verb found
    assert theirs["cue"] == (2, 2, 0)
