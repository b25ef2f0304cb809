"""Find KB names in raw text without NER: a token trie over KB variants, longest match
first, case-sensitive (German nouns are capitalised, so case alone does not separate names
from words; single-token variants that are also common words are listed in
``[gazetteer] skip`` of link.toml and left to NER + ``resolve``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .config import link_config
from .kb import KB, kb

# Dotted abbreviations ("U.S.", "D.C.") and initials ("J.") keep their dots; any other word
# does not, or a name at the end of a sentence ("Rutte.") would not match.
TOKEN = re.compile(r"\w+(?:\.\w+)+\.?|\b\w\.|\w+|[^\w\s]", re.UNICODE)
# A single-token variant is only trusted if it looks like a name: capitalised or an acronym.
_NAMEISH = re.compile(r"^[A-ZÄÖÜÀ-ÞА-ЯЁІЇЄҐ]")


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    entity_id: str
    type: str
    genitive: bool = False  # matched as "Kiews" = Kiew + genitive s


def _tok(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]


class Gazetteer:
    def __init__(self, base: KB):
        cfg = link_config()["gazetteer"]
        skip = set(cfg["skip"])
        min_len = link_config()["mentions"]["min_plain_length"]
        self.max_len = 1
        # first token -> {token tuple: entity id}
        self.trie: dict[str, dict[tuple[str, ...], str]] = {}
        owners: dict[tuple[str, ...], list[str]] = {}
        for rid, rec in base.records.items():
            variants = rec["variants"]
            if rec.get("kind") == "city" and rec.get("population", 0) < cfg["city_min_population"]:
                continue  # Hamilton, Victoria: small capitals that are mostly people's names
            if rec.get("kind") == "city":
                # GeoNames' alternate names are too noisy to search blind; NER spans still
                # resolve against all of them.
                variants = variants[:2] + [v for v in variants if _is_cyrillic(v)]
            for v in variants:
                if v in skip:
                    continue
                toks = tuple(t for t, _, _ in _tok(v))
                if not toks:
                    continue
                if len(toks) == 1:
                    t = toks[0]
                    if not _NAMEISH.match(t) or (len(t) < min_len and not t.isupper()):
                        continue
                owners.setdefault(toks, [])
                if rid not in owners[toks]:
                    owners[toks].append(rid)
        for toks, ids in owners.items():
            eid = base.pick(ids)
            # ambiguous between equally prominent entities: leave it to context-aware linking
            top = [i for i in ids if base.records[i].get("priority", 0) == base.records[eid].get("priority", 0)]
            if len(top) > 1:
                continue
            self.trie.setdefault(toks[0], {})[toks] = eid
            self.max_len = max(self.max_len, len(toks))
        # lengths of the variants starting with each token, longest first
        self.lengths = {t: sorted({len(k) for k in d}, reverse=True) for t, d in self.trie.items()}
        self.types = {rid: rec.get("type", "MISC") for rid, rec in base.records.items()}

    def find(self, text: str, lang: str | None = "de") -> list[Hit]:
        toks = _tok(text)
        hits: list[Hit] = []
        i = 0
        while i < len(toks):
            found = None
            first = toks[i][0]
            cands = self.trie.get(first)
            if cands:
                for n in self.lengths[first]:
                    if i + n > len(toks):
                        continue
                    key = tuple(t for t, _, _ in toks[i:i + n])
                    if key in cands and _joined(toks, i, n, text):
                        found = Hit(toks[i][1], toks[i + n - 1][2], cands[key], self.types[cands[key]])
                        i += n
                        break
            if found is None and lang == "de" and len(first) > 3 and first.endswith("s"):
                # German genitive: "Kiews", "Putins", "Russlands"
                eid = self.trie.get(first[:-1], {}).get((first[:-1],))
                if eid and self.types[eid] in ("PER", "LOC"):
                    found = Hit(toks[i][1], toks[i][2], eid, self.types[eid], genitive=True)
                    i += 1
            if found:
                hits.append(found)
            else:
                i += 1
        return hits


def _joined(toks, i: int, n: int, text: str) -> bool:
    # A multi-token name must not span a line break (headline/body boundary).
    return "\n" not in text[toks[i][1]:toks[i + n - 1][2]]


def _is_cyrillic(s: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in s)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer(kb())
