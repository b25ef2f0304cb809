"""The checks eval caches parses on disk; its key must change when any model file the nlp stage
reads changes, not only the two spaCy models' meta (a retrained glued-join scorer once slipped by)."""

import os
import shutil

from newsgraph.config import models_dir
from newsgraph.eval.checks import nlp_models_stamp


def test_stamp_follows_the_side_files_of_the_nlp_stage(tmp_path):
    models = tmp_path / "models"
    for name in ("de_core/meta.json", "de_ner/meta.json", "de_glue/joins.json", "de_ner/first_names.txt"):
        src = models_dir() / name
        (models / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(src, models / name)
    before = nlp_models_stamp(models)
    assert "joins.json" in before and "first_names.txt" in before
    joins = models / "de_glue" / "joins.json"
    joins.write_text(joins.read_text("utf-8") + " ", "utf-8")
    assert nlp_models_stamp(models) != before
    # touching a file the nlp stage does not read leaves the key alone
    after = nlp_models_stamp(models)
    (models / "de_acts").mkdir()
    (models / "de_acts" / "weights.json").write_text("{}", "utf-8")
    os.utime(models / "de_acts" / "weights.json")
    assert nlp_models_stamp(models) == after
