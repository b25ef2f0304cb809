"""The gazetteer pipe's construction and ``newsgraph.nlp.load("de")`` in CPU s, in this process (run
it fresh, trees alternating: PYTHONPATH=TREE python bench/gazetteer_load.py LABEL), with a SHA-1 of
the name index built and the vocabulary's size after the load (bench/README.md, "Twenty-fourth
round, late")."""

from __future__ import annotations

import hashlib
import sys
import time

from newsgraph.nlp import gazetteer

spent: list[float] = []
_init = gazetteer.Gazetteer.__init__


def _timed(self, *args, **kwargs) -> None:
    c = time.process_time()
    _init(self, *args, **kwargs)
    spent.append(time.process_time() - c)


gazetteer.Gazetteer.__init__ = _timed

import newsgraph.nlp as nlp_stage  # noqa: E402 (after the timer is in place)

c0 = time.process_time()
nlp = nlp_stage.load("de")
whole = time.process_time() - c0
g = nlp.get_pipe("newsgraph_gazetteer")
index = repr(sorted((k, sorted(v)) for k, v in g._by_first.items())).encode() + g._first_ids.tobytes()
print(sys.argv[1] if len(sys.argv) > 1 else "", f"gazetteer {sum(spent):.3f}", f"load('de') {whole:.3f}",
      "index", hashlib.sha1(index).hexdigest()[:12], "vocab", len(nlp.vocab), "strings", len(nlp.vocab.strings))
