"""CPU time of the events' parse roles in one process, two versions alternating (issue #9, round 17, h9):
the ``ParseRoles.roles`` calls the events extractor makes on the bench corpus are recorded once, then
replayed three times with the ``event_parse_actors.py`` at OLD_PATH (another tree's, loaded as a
module of this package) and with this tree's, each from a fresh ``ParseRoles`` per doc; the two
outputs are compared.

    NEWSGRAPH_SHARED=/work/shared OMP_NUM_THREADS=1 python bench/parse_roles_ab.py OLD_PATH CACHE.spacy
"""
import os
import sys
import time
os.environ.setdefault("OMP_NUM_THREADS", "1")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
old_src = sys.argv[1]
from bench_pipeline import cached_parses, corpus_articles, fresh_analyses
from time_extract import components
from newsgraph import nlp as nlp_stage
import newsgraph.extract.event_parse_actors as new
from newsgraph.nlp.table import token_table
old = type(sys)("newsgraph.extract._old_epa"); old.__package__ = "newsgraph.extract"; sys.modules[old.__name__] = old
exec(compile(open(old_src).read(), "old_epa", "exec"), old.__dict__)
arts = corpus_articles(200, 100, "time_extract")
docs = cached_parses([a.text for a in arts], nlp_stage.load("de"), sys.argv[2])
calls = {}
orig = new.ParseRoles.roles
def rec(self, a, b, t):
    calls.setdefault(id(self.doc), []).append((a, b, t))
    return orig(self, a, b, t)
new.ParseRoles.roles = rec
comps = components()
for an, d in zip(fresh_analyses(arts, docs), docs):
    for _, comp in comps:
        comp(an, d)
new.ParseRoles.roles = orig
print("calls", sum(len(v) for v in calls.values()))
res = {"old": [], "new": []}
outs = {}
for r in range(3):
    for name, mod in (("old", old), ("new", new)):
        got = []
        spent = 0.0
        for d in docs:
            token_table(d).dep, token_table(d).pos, token_table(d).lower  # as after the claims extractor
            t = time.process_time()
            pr = mod.ParseRoles(d)
            for a, b, ty in calls.get(id(d), ()):
                got.append(pr.roles(a, b, ty))
            spent += time.process_time() - t
        res[name].append(spent)
        outs[name] = repr(got)
print({k: [round(x, 3) for x in v] for k, v in res.items()}, "same output", outs["old"] == outs["new"])
