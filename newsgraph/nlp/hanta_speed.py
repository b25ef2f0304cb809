"""HanTa's per-word morpheme search with less Python per word: the same answers, cheaper.

A word HanTa's own frequent-word list does not hold costs one morpheme-level Viterbi search
(``analyze_forward``: which word classes the word can have, and how likely), asked by ``tag_word``,
``analyze`` and the sentence tagger alike. HanTa runs it over every segment ``word[i:j]`` and, for
each state kept at ``i``, over each allowed morpheme tag, calling ``lp_m_t(segment, tag)`` each time
(~1,900 calls for a 10-letter word, most of them -inf: a closed-class tag tried on a segment that is
none of its morphemes). That search was most of the nlp stage's cold start and nearly all of HanTa's
second opinion (bench/README.md, "Seventeenth round: the model pass (h3)").

``install(tagger)`` gives one HanoverTagger instance a version that lists, once per start ``i`` and
tag, the segments with a finite score (a closed-class tag only the known morphemes starting at ``i``,
looked up in one table of all of HanTa's morphemes; a tag HanTa guesses for, HanTa's guess as
``lp_m_t`` computes it, same additions in the same order), and lets each state add those up. Every
cell of the search table receives the same candidates in the same order as in HanTa (state by state,
follower by follower), so the first of equal scores is kept as in HanTa and the final summing of a
class's states runs in HanTa's order: the answers are HanTa's, bit for bit (tests/test_hanta_speed.py
compares them on every searched word of the sample articles). Each word's answer is also memoised
across callers (segmenter, mood rules, second opinion, NER rules), which asked for the same word
under different keys (case, cut-off, conditional).
"""

from __future__ import annotations

import heapq
import math
import pprint
from functools import lru_cache
from operator import itemgetter

from numpy import logaddexp

_EMPTY, _START = 0, 1
_UNKNOWN, _END_UNKNOWN = 3, -3  # HanTa's "no analysis" answer: unknown morpheme, unknown class
_LOWERBOUND = -1e6


def _tables(self):
    """Per tagger, once: each state's morpheme-tag followers, the constant part of HanTa's guess
    for an unknown morpheme per tag (none where HanTa never guesses: a closed class, or a strict
    model), and each known morpheme with its tags and scores."""
    cached = getattr(self, "_newsgraph_tables", None)
    if cached is not None:
        return cached
    guess = {}
    for t in self.LP_m_t:
        if not self.strict and t in self.LP_hapax_t and t in self.LP_s_t:
            # HanTa adds Int_t + LP_hapax_t[t] first, then the length term: the same sums, computed once
            # (``by_len[n]`` is HanTa's ``Int_t + LP_hapax_t[t] + LP_len_t[t][n]`` for n <= 24)
            const, lens = self.Int_t + self.LP_hapax_t[t], self.LP_len_t[t]
            guess[t] = (self.LP_s_t[t], tuple(const + lens[n] for n in range(25)))
    # known morpheme -> {tag: score} over the morpheme tags (> 0; the word classes are < 0)
    morphemes: dict[str, dict] = {}
    for t, known in self.LP_m_t.items():
        if t > 0:
            for m, lp in known.items():
                morphemes.setdefault(m, {})[t] = lp
    longest = max(map(len, morphemes), default=0)
    self._newsgraph_tables = (self.LP_trans_nonfinal, guess, morphemes, longest)
    return self._newsgraph_tables


def _suffix_ends(word):
    """For each end ``j`` of ``word`` (index 0 unused): its last 1, 2, 3 and 4 letters, None where the
    word is shorter (no suffix table holds None)."""
    return [None] + [tuple(word[j - k:j] if k <= j else None for k in (1, 2, 3, 4)) for j in range(1, len(word) + 1)]


def _suffix_rows(ends, suffixes):
    """For each end ``j`` of a word (``_suffix_ends``): ``row[k]`` is the suffix score HanTa's guess gives
    a segment ending at ``j`` that may use at most ``k`` of its last letters (``k`` = 0..4): that of the
    longest of the last ``k``, ..., 1 letters that ``suffixes`` holds, else ``suffixes[""]``. HanTa tries
    the longest first and uses ``k = min(len(segment) - 1, 4)`` letters, so the answer depends only on
    ``j`` and ``k``: one table per word and tag instead of up to four slices and lookups per segment."""
    empty = suffixes[""]
    get = suffixes.get
    rows = [None]
    for s1, s2, s3, s4 in ends[1:]:
        r1 = get(s1, empty)
        r2 = get(s2, r1)
        r3 = get(s3, r2)
        rows.append((empty, r1, r2, r3, get(s4, r3)))
    return rows


def _scores(wlen, i, guess, known, rows):
    """HanTa's ``lp_m_t(word[i:j], tag1)`` for every ``j`` where it is finite, ascending in ``j``:
    ``[(j, score), ...]``. ``known``: ``[(j, score), ...]`` of the known morphemes ``word[i:j]`` of
    the tag (a known morpheme's own score wins, as in HanTa); ``guess``: the tag's entry of
    ``_tables``' guesses, None where HanTa never guesses; ``rows``: ``_suffix_rows`` of the word for the
    tag's suffixes. A guess is HanTa's sum in its order: ``(Int_t + hapax + length) + suffix``, then
    the whole-word penalty."""
    if guess is None:  # only the tag's known morphemes score
        return known
    by_len = guess[1]
    # HanTa gives an unknown segment of one or two letters -inf unless the word is shorter than 4
    first = i + 1 if wlen < 4 else i + 3
    if known:
        kn = dict(known)
        out = [(j, lpm) for j, lpm in known if j < first]
        for j in range(first, wlen + 1):
            lpm = kn.get(j)
            if lpm is None:
                m = j - i
                lpm = by_len[m if m < 24 else 24] + rows[j][m - 1 if m < 5 else 4]
                if m == wlen:
                    lpm -= 4.6
            out.append((j, lpm))
        return out
    out = []
    for j in range(first, wlen + 1):
        m = j - i
        lpm = by_len[m if m < 24 else 24] + rows[j][m - 1 if m < 5 else 4]
        if m == wlen:
            lpm -= 4.6
        out.append((j, lpm))
    return out


def _floor(row) -> float:
    """The score below which a state of ``row`` is not carried on: HanTa follows about the four best
    states of a row (everything within 1 of the fourth best), all of them when there are four or fewer."""
    if len(row) <= 3:
        return _LOWERBOUND
    return heapq.nlargest(4, row.values())[3] - 1


def _lattice(self, word, tag_guess, reachable=None, back=None, starts=None, suffix_rows=None):
    """Fill the search table of ``word``: ``table[j]`` maps a state (previous tag, morpheme tag) to the
    best score of a path whose last morpheme ends at letter ``j``. ``tag_guess``: the tags HanTa guesses
    unknown morphemes for (``_tables``' guesses, or none); ``reachable``: only these morpheme tags
    (the Viterbi search's target class), all when None; ``back``: filled with each cell's predecessor
    ``(state, start)`` when given; ``starts``: per-word cache of the known morphemes at each start, by
    tag; ``suffix_rows``: per-word cache of ``_suffix_rows`` per guessed tag (and of ``_suffix_ends``).

    HanTa loops segment end ``j`` outside and follower tag inside, and scores each segment anew
    for every state; here each tag's finite scores of the segments starting at ``i`` are listed
    once (``_scores``) and the states only add them up. Each cell ``table[j]`` still receives the
    same candidates in the same order (state by state, follower by follower), so the first of
    equal scores is kept as in HanTa, and the table's order, which the next row and the forward
    search's final summing depend on, is HanTa's."""
    follow, _, morphemes, longest = _tables(self)
    if starts is None:
        starts = {}
    if suffix_rows is None:
        suffix_rows = {}
    wlen = len(word)
    table = [{(_EMPTY, _START): 0}] + [{} for _ in range(wlen + 1)]
    lowerbound = _LOWERBOUND
    for i in range(wlen + 1):
        row = table[i]
        floor = _floor(row)
        by_tag: dict = {}
        for state, lp in row.items():
            if lp < floor:
                continue
            prev = state[1]
            for tag1, lpt in follow.get(state, ()):
                if reachable is not None and tag1 not in reachable:
                    continue
                scored = by_tag.get(tag1)
                if scored is None:
                    at_i = starts.get(i)
                    if at_i is None:  # the known morphemes starting at i by tag, once per i and word
                        at_i = starts[i] = {}
                        for j in range(i + 1, min(wlen, i + longest) + 1):
                            tags = morphemes.get(word[i:j])
                            if tags is not None:
                                for t, lpm in tags.items():
                                    if t in at_i:
                                        at_i[t].append((j, lpm))
                                    else:
                                        at_i[t] = [(j, lpm)]
                    guess = tag_guess.get(tag1)
                    rows = None
                    if guess is not None:
                        rows = suffix_rows.get(tag1)
                        if rows is None:
                            ends = suffix_rows.get(None)
                            if ends is None:
                                ends = suffix_rows[None] = _suffix_ends(word)
                            rows = suffix_rows[tag1] = _suffix_rows(ends, guess[0])
                    scored = by_tag[tag1] = _scores(wlen, i, guess, at_i.get(tag1, ()), rows)
                if not scored:
                    continue
                base = lp + lpt
                newstate = (prev, tag1)
                if back is None:
                    for j, lpm in scored:
                        lp1 = base + lpm
                        if lp1 > lowerbound:
                            cell = table[j]
                            old = cell.get(newstate)
                            if old is None or lp1 > old:
                                cell[newstate] = lp1
                else:
                    for j, lpm in scored:
                        lp1 = base + lpm
                        if lp1 > lowerbound:
                            cell = table[j]
                            old = cell.get(newstate)
                            if old is None or lp1 > old:
                                cell[newstate] = lp1
                                back[j][newstate] = (state, i)
    return table


def _forward(self, word):
    """HanTa's ``analyze_forward`` (the word classes of ``word`` and their log probabilities)."""
    _, guesses, _, _ = _tables(self)
    return _finish_forward(self, _lattice(self, word, {} if self.strict else guesses))


def _finish_forward(self, table):
    """Close the search: the final transitions from the states one letter before the end, then one
    log-sum per word class over its end states, best class first. The end states are merged in the
    table's order because a log-sum of several floats depends on the order of its terms."""
    ends = table[-1]
    for state, score in table[-2].items():
        for tag, trans in self.LP_trans_final.get(state, ()):
            total = score + trans
            if total <= _LOWERBOUND:
                continue
            key = (state[1], tag)
            best = ends.get(key)
            if best is None or total > best:
                ends[key] = total
    if self._debug:
        pprint.pprint(table)
    by_class: dict = {}
    for (_, tag), score in ends.items():
        if score == -math.inf:
            continue
        word_class = -tag
        if word_class in by_class:
            by_class[word_class] = logaddexp(by_class[word_class], score)
        else:
            by_class[word_class] = score
    ranked = sorted(by_class.items(), key=itemgetter(1), reverse=True)
    return ranked or [(3, 0)]  # 3: HanTa's UNKNOWN class, for an empty or unanalysable word


def _viterbi(self, word, targetpos):
    """HanTa's ``analyze_viterbi``: the best morpheme sequence of ``word`` ending in the word class
    ``targetpos`` (what ``analyze`` reads stems, morphemes and the lemma from), as
    ``[(morpheme tag or -class, end), ...]``.

    The forward search's lattice with each cell's best predecessor kept, limited to the morpheme tags
    that can reach ``targetpos``: first with known morphemes only, and with HanTa's guesses for
    unknown ones only when that finds no path. Same candidates in the same order as HanTa's, so equal
    scores resolve as there (tests/test_hanta_speed.py compares every answer)."""
    _, guesses, _, _ = _tables(self)
    reachable = self.reachability.get(targetpos, frozenset())
    wlen = len(word)
    starts: dict[int, dict] = {}
    suffix_rows: dict = {}
    ends: dict = {}
    for guessing in (False, True):
        back: list[dict] = [{} for _ in range(wlen + 1)]
        tag_guess = guesses if guessing and not self.strict else {}
        table = _lattice(self, word, tag_guess, reachable, back, starts, suffix_rows)
        ends = _close_into(self, table[wlen], targetpos)
        if ends:
            break
    if not ends:  # no path into the class: HanTa's "unknown" answer
        return [(_UNKNOWN, wlen), (_END_UNKNOWN, wlen + 1)]
    best = max(ends, key=lambda key: ends[key][0])  # the first of equal scores, as in HanTa
    path = [(best[1], wlen + 1)]
    state, end = ends[best][1], wlen
    while end > 0:
        path.append((state[1], end))
        state, end = back[end][state]
    path.reverse()
    return path


def _close_into(self, last_letter, targetpos):
    """The word's end states in class ``targetpos``: for each state of the last letter's row, its first
    final transition into the class (HanTa reads no later one), kept when its total beats the bound
    and, per end state, the best so far: ``{end state: (score, state it came from)}``."""
    ends: dict = {}
    for state, score in last_letter.items():
        into = next((lpt for tag, lpt in self.LP_trans_final.get(state, ()) if tag == targetpos), None)
        if into is None:
            continue
        total = score + into
        if total <= _LOWERBOUND:
            continue
        key = (state[1], targetpos)
        if key not in ends or total > ends[key][0]:
            ends[key] = (total, state)
    return ends


_END = 2  # HanTa's end-of-sentence tag


_STEPS_MAX = 200_000  # (state, word classes) pairs whose follower list is kept


def _tag_sent_viterbi(self, sent, casesensitive=True):
    """HanTa's sentence Viterbi (``tag_sent_viterbi``) with the same answers, bit for bit. HanTa tries every
    class the transition table lets follow a state (~56) and drops those the word cannot have; a word
    has a handful (a context word of our fixed tag, one). Here each state tries only the word's classes,
    in the order of the state's table (the list kept per state and set of classes): every cell gets the
    same candidates, in the same order, with the same sums (state score + transition + word score), so
    the row dicts fill in HanTa's order and ties go the same way. A word without classes (unknown to
    HanTa) takes every follower with a word score of 0, as in HanTa."""
    if self._debug:
        return type(self).tag_sent_viterbi(self, sent, casesensitive)
    trans = self.LP_trans_word
    steps = self.__dict__.setdefault("_newsgraph_steps", {})
    if len(steps) > _STEPS_MAX:
        steps.clear()
    backpointer = []
    prevrow = {(_EMPTY, _START): 0.0}
    for i, w in enumerate(sent):
        wprobs = dict(self._tag_word(w, cutoff=5, casesensitive=i > 0 and casesensitive, conditional=True))
        if len(wprobs) == 1 and _UNKNOWN in wprobs:
            wprobs = {}
        classes = tuple(wprobs)
        score = wprobs.get
        row, back = {}, {}
        # only states within HanTa's beam (its five best, less one) go on
        bound = sorted(prevrow.values(), reverse=True)[5] - 1 if len(prevrow) > 5 else _LOWERBOUND
        for state, lp0 in prevrow.items():
            if lp0 < bound:
                continue
            tries = steps.get((state, classes))
            if tries is None:
                lp_t = trans[state]
                # an end state makes no sense before the last row
                tries = steps[state, classes] = [(c, lp_tc) for c, lp_tc in lp_t.items()
                                                 if c != _END and (not classes or c in wprobs)]
            s1 = state[1]
            for c, lp_tc in tries:
                lp = lp0 + lp_tc + score(c, 0)
                if lp > _LOWERBOUND:
                    new = (s1, c)
                    if new not in row or lp > row[new]:
                        row[new] = lp
                        back[new] = state
        backpointer.append(back)
        prevrow = row
    best, state = -math.inf, None
    for last, lp0 in prevrow.items():
        lp = lp0 + trans[last].get(_END, -math.inf)
        if lp > best:
            best, state = lp, last
    if state is None:
        raise KeyError((_END, _EMPTY))  # as HanTa's backtrack when no state can end the sentence
    tags = [state[1]]
    for i in range(len(backpointer) - 1, 0, -1):
        state = backpointer[i][state]
        tags.append(state[1])
    return tags[::-1]


def install(tagger, memo: int = 100_000):
    """Give one HanoverTagger instance the cheaper searches, the forward one's answers kept for
    ``memo`` words (HanTa's callers only read the list it returns); returns the tagger. The Viterbi
    search is not memoised here: ``analyze`` is, by its callers (segment.hanta_analysis). The
    sentence tagger's Viterbi tries only each word's classes (``_tag_sent_viterbi``)."""
    if tagger is not None and not getattr(tagger, "_newsgraph_fast", False):
        tagger.analyze_forward = lru_cache(maxsize=memo)(_forward.__get__(tagger))
        tagger.analyze_viterbi = _viterbi.__get__(tagger)
        tagger.tag_sent_viterbi = _tag_sent_viterbi.__get__(tagger)
        tagger._newsgraph_fast = True
    return tagger
