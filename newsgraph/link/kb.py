"""The knowledge base: shipped entities (newsgraph/data/kb/kb.json, built by
training/kb/build_kb.py) plus user files, indexed for exact, phonetic and fuzzy lookup.

User files (``[kb] extra`` in newsgraph/config/link.toml, or NEWSGRAPH_KB_EXTRA) are YAML
lists of entity mappings or CSV files with a header; fields as in kb.json:
``id, name, type, actor_type, country, variants`` (CSV: variants separated by ``|``),
optional ``roles`` (YAML: ``[{role, of, since, until}]``), ``kind``, ``medium``, ``short``.
An entry whose id is already in the KB extends it (new variants) or overrides its fields.
"""

from __future__ import annotations

import csv
import json
import os
from collections import defaultdict
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from ..model import Entity
from .config import kb_path, link_config
from .names import aligned_token_similarity, normalise, phonetic

ENTITY_FIELDS = set(Entity.model_fields)
_SLACK = 0.01  # rapidfuzz scores (0-100) of one pair agree to far better than this


class KB:
    def __init__(self, records: list[dict[str, Any]], version: str = ""):
        self.version = version
        self.records: dict[str, dict[str, Any]] = {}
        for r in records:
            self.add(r)

    # -- building -------------------------------------------------------------------
    def add(self, rec: dict[str, Any]) -> None:
        rec = dict(rec)
        old = self.records.get(rec["id"])
        if old:
            variants = [*old.get("variants", []), *rec.get("variants", [])]
            rec = {**old, **rec, "variants": list(dict.fromkeys(variants))}
        rec.setdefault("variants", [])
        if rec["name"] not in rec["variants"]:
            rec["variants"].insert(0, rec["name"])
        rec.setdefault("type", "MISC")
        rec.setdefault("priority", 4)  # user and curated entries win over bulk place data
        if "role_spans" not in rec and isinstance(rec.get("roles"), list) and rec["roles"] and isinstance(rec["roles"][0], dict):
            rec["role_spans"] = rec["roles"]
            rec["roles"] = sorted({f"{r['role']}:{r['of']}" for r in rec["roles"]})
        self.records[rec["id"]] = rec
        self._built = False

    def _build(self) -> None:
        if getattr(self, "_built", False):
            return
        self.by_norm: dict[str, list[str]] = defaultdict(list)
        self.by_phon: dict[str, list[str]] = defaultdict(list)
        for rid, rec in self.records.items():
            for v in rec["variants"]:
                n = normalise(v)
                if n and rid not in self.by_norm[n]:
                    self.by_norm[n].append(rid)
                p = phonetic(v)
                if p and rid not in self.by_phon[p]:
                    self.by_phon[p].append(rid)
        self.fuzzy_keys = list(self.by_phon)
        # phonetic keys by the first letter of their last word, for ``aligned_keys``
        self._by_last: dict[str, dict[str, list[tuple[str, ...]]]] = {}
        for key in self.fuzzy_keys:
            toks = tuple(key.split())
            if toks:
                self._by_last.setdefault(toks[-1][0], {}).setdefault(toks[-1], []).append(toks)
        # per first letter: all last words, and the one-letter ones
        self._last_words = {c: (list(g), [w for w in g if len(w) == 1]) for c, g in self._by_last.items()}
        self._candidates: dict[tuple, list[str]] = {}
        self._built = True

    # -- lookup ---------------------------------------------------------------------
    def __contains__(self, eid: str) -> bool:
        return eid in self.records

    def __len__(self) -> int:
        return len(self.records)

    def get(self, eid: str) -> Entity | None:
        rec = self.records.get(eid)
        if rec is None:
            return None
        return Entity(**{k: v for k, v in rec.items() if k in ENTITY_FIELDS}, **({} if rec.get("kb_id") else {"kb_id": eid}))

    def record(self, eid: str) -> dict[str, Any] | None:
        return self.records.get(eid)

    def exact(self, name: str) -> list[str]:
        self._build()
        return list(self.by_norm.get(normalise(name), []))

    def aligned_keys(self, query: tuple[str, ...], min_similarity: float) -> list[str]:
        """The phonetic keys whose ``aligned_token_similarity`` with the phonetic tokens
        ``query`` is at least ``min_similarity``: the only ones fuzzy lookup can accept.
        Candidates come from an index on the last word with a loose bound; the real
        similarity decides."""
        self._build()
        last = query[-1]
        group = self._by_last.get(last[0])
        if not group:
            return []
        everyone, singles = self._last_words[last[0]]
        if len(last) == 1:
            words = everyone
        else:
            # a one-letter word matches on its first letter alone, whatever the ratio says
            words = singles + [w for w, _, _ in process.extract(last, everyone, scorer=fuzz.ratio, limit=None,
                                                                 score_cutoff=min_similarity * 100 - 1)]
        return [" ".join(toks) for w in words for toks in group[w]
                if aligned_token_similarity(query, toks) >= min_similarity]

    def fuzzy_candidates(self, key: str, limit: int, min_score: float, min_similarity: float) -> list[str]:
        """Of the ``limit`` phonetic keys most like ``key`` (rapidfuzz token-set ratio of at
        least ``min_score``, best first), those that pass the word-by-word check
        (``aligned_keys``); fuzzy lookup scores no others. Memoised per key: spellings and
        types of one name share it.

        Most names have no such key at all, and then the scan over all keys is skipped; else
        it starts at the lowest score among them, which keeps its order and its top
        ``limit`` as far as they matter."""
        self._build()
        memo = (key, limit, min_score, min_similarity)
        out = self._candidates.get(memo)
        if out is None:
            query = tuple(key.split())
            aligned: set[str] | None = None  # None: every key passes, scan them all
            cutoff = min_score
            if query and min_similarity > 0:
                aligned = set(self.aligned_keys(query, min_similarity))
                # the scan's scores may differ from these in the last bits: a margin keeps
                # every key it would rank
                scores = [s for k in aligned if (s := fuzz.token_set_ratio(key, k)) >= min_score - _SLACK]
                cutoff = max(min_score, min(scores, default=min_score) - _SLACK)
                if not scores:
                    aligned = set()
            out = []
            if aligned is None or aligned:
                out = [k for k, _, _ in process.extract(key, self.fuzzy_keys, scorer=fuzz.token_set_ratio,
                                                         limit=limit, score_cutoff=cutoff)
                       if aligned is None or k in aligned]
            self._candidates[memo] = out
        return out

    def phonetic_exact(self, name: str) -> list[str]:
        self._build()
        return list(self.by_phon.get(phonetic(name), []))

    def holders(self, role: str, of: str, on: date | None = None) -> list[str]:
        """Entities holding ``role`` of ``of`` (a country code or entity id) on a date
        (today's holders if no date; a role without dates always counts)."""
        out = []
        for rid, rec in self.records.items():
            for r in rec.get("role_spans", []):
                if r.get("role") != role or r.get("of") != of:
                    continue
                if on is not None:
                    since, until = r.get("since"), r.get("until")
                    if since and str(since) > on.isoformat():
                        continue
                    if until and str(until) <= on.isoformat():
                        continue
                elif r.get("until"):
                    continue
                out.append(rid)
                break
        return out

    def pick(self, ids: list[str], type: str | None = None) -> str | None:
        """The most prominent of several candidates (curated over bulk data, capitals
        over other cities, bigger over smaller), restricted to ``type`` when given."""
        if type:
            typed = [i for i in ids if self.records[i].get("type") == type]
            # A PER never links to a place or organisation, but NER confuses LOC and ORG
            # (a country acting as a state), so those two may cross.
            if typed:
                ids = typed
            elif type == "PER" or any(self.records[i].get("type") == "PER" for i in ids):
                return None
        if not ids:
            return None
        return max(ids, key=lambda i: (self.records[i].get("priority", 0), self.records[i].get("population", 0)))


def _read_extra(path: Path) -> list[dict[str, Any]]:
    if path.suffix.lower() == ".csv":
        out = []
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                row = {k: v for k, v in row.items() if v not in (None, "")}
                row["variants"] = [v.strip() for v in row.get("variants", "").split("|") if v.strip()]
                out.append(row)
        return out
    import yaml

    data = yaml.safe_load(path.read_text("utf-8")) or []
    if isinstance(data, dict):
        data = data.get("entities", [])
    for rec in data:
        if rec.get("country") is False:
            rec["country"] = "NO"  # YAML 1.1 reads Norway's unquoted code as false
        for r in rec.get("roles", []) or []:
            if isinstance(r, dict):
                if r.get("of") is False:
                    r["of"] = "NO"
                for k in ("since", "until"):
                    if k in r and hasattr(r[k], "isoformat"):
                        r[k] = r[k].isoformat()
    return data


def extra_paths() -> list[Path]:
    paths = [kb_path(p) for p in link_config()["kb"].get("extra", [])]
    env = os.environ.get("NEWSGRAPH_KB_EXTRA")
    if env:
        paths += [Path(p) for p in env.split(os.pathsep) if p]
    return paths


def _load(main: Path, extras: list[Path]) -> KB:
    data = json.loads(main.read_text("utf-8"))
    base = KB(data["entities"], data.get("version", ""))
    for p in extras:
        for rec in _read_extra(p):
            base.add(rec)
    base._build()
    return base


@lru_cache(maxsize=1)
def kb() -> KB:
    """The loaded KB (shipped file + user extensions) with its name indices, cached per process
    and, as built, per machine (newsgraph/built_cache.py): its key holds the KB files, this
    module's and the name functions' source, the link settings (titles) and anyascii's version,
    everything the indices are computed from. Building it cold (each name's tokens and phonetic
    key) was 0.13-0.19 CPU s of every Ray worker's first partition and of the driver's start;
    reading it ~0.02 (bench/README.md, twenty-fourth round)."""
    import anyascii

    from .. import built_cache
    from . import names

    main, extras = kb_path(link_config()["kb"]["file"]), extra_paths()
    settings = json.dumps(link_config(), sort_keys=True, default=str) + "|anyascii " + getattr(anyascii, "__version__", "?")
    return built_cache.cached("kb", [main, *extras], [Path(__file__), Path(names.__file__)], lambda: _load(main, extras),
                              KB, extra=settings.encode())
