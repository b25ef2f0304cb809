"""spaCy's edit-tree lemmatizer with each (tree, word) answer remembered across batches.

spaCy's ``EditTreeLemmatizer`` applies its best-scoring edit tree to every token twice — once in
``predict`` to check that the tree fits the word, once in ``set_annotations`` for the lemma —
each time through a ``Token`` made for the purpose, and it stores the lemma through the
per-token ``lemma_`` setter. The model's scores are a small part of its cost; the rest is Python
per token, the same few thousand (tree, word) pairs of German news again in every batch.

``MemoEditTreeLemmatizer`` is the same component (same model, labels, trees, settings and
serialisation: only the class of the loaded object changes) whose two steps ask a dict keyed by
(tree id, ORTH hash) first and write the lemmas with one ``Doc.from_array``. A tree's answer for a
word depends on nothing else (``EditTrees.apply`` is a pure function of the tree and the form), the
best label is numpy's ``argmax`` of the same scores as before, a token without a fitting tree
falls back to ``backoff`` as before, and a lemma already set is kept unless ``overwrite``; so
every lemma is the same string. Only ``top_k = 1`` takes this path (our model's setting); any
other falls back to the parent. The memo is bounded (``max_words``; it starts afresh when full).
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import LEMMA, ORTH
from spacy.pipeline.edit_tree_lemmatizer import EditTreeLemmatizer


class MemoEditTreeLemmatizer(EditTreeLemmatizer):
    """An ``EditTreeLemmatizer`` remembering each (tree id, ORTH) pair's lemma (up to ``max_words`` pairs)."""

    @classmethod
    def install(cls, pipe: EditTreeLemmatizer, max_words: int) -> None:
        """Turn the loaded component ``pipe`` into this class in place (nothing is copied)."""
        pipe.__class__ = cls
        pipe.max_words = int(max_words)
        pipe._lemma = {}
        pipe._hash = {}

    def _apply(self, tree_id: int, orth: int) -> str | None:
        """``trees.apply`` of the tree to the word, memoised (None: the tree does not fit)."""
        memo = self._lemma
        key = (tree_id, orth)
        if key in memo:
            return memo[key]
        if len(memo) >= self.max_words:
            memo.clear()
            self._hash.clear()
        got = memo[key] = self.trees.apply(tree_id, self.vocab.strings[orth])
        return got

    def _scores2guesses_top_k_equals_1(self, docs, scores):
        if self.max_words <= 0:
            return super()._scores2guesses_top_k_equals_1(docs, scores)
        labels = self.cfg["labels"]
        memo, apply = self._lemma, self._apply
        guesses = []
        for doc, doc_scores in zip(docs, scores):
            best = self.numpy_ops.asarray(doc_scores.argmax(axis=1)).tolist()
            row = []
            for i, o in enumerate(doc.to_array(ORTH).tolist()):
                tree_id = labels[best[i]]
                key = (tree_id, o)
                lemma = memo[key] if key in memo else apply(tree_id, o)
                row.append(-1 if lemma is None else tree_id)
            guesses.append(np.array(row))
        return guesses

    def set_annotations(self, docs, batch_tree_ids):
        if self.max_words <= 0:
            return super().set_annotations(docs, batch_tree_ids)
        strings = self.vocab.strings
        hashes = self._hash
        for i, doc in enumerate(docs):
            doc_tree_ids = batch_tree_ids[i]
            if hasattr(doc_tree_ids, "get"):
                doc_tree_ids = doc_tree_ids.get()
            if not len(doc):
                continue
            cols = doc.to_array([ORTH, LEMMA])
            orth = cols[:, 0].tolist()
            lemma = cols[:, 1].tolist()
            changed = False
            for j, tree_id in enumerate(np.asarray(doc_tree_ids).tolist()):
                if self.overwrite or lemma[j] == 0:
                    # no fitting tree: -1, as in the parent
                    if tree_id == -1:
                        if self.backoff is not None:
                            lemma[j] = getattr(doc[j], self.backoff)
                            changed = True
                    else:
                        key = (tree_id, orth[j])
                        h = hashes.get(key)
                        if h is None:
                            # the parent's ``lemma_`` setter adds the string to the store; so does this, once per pair
                            h = hashes[key] = strings.add(self._apply(tree_id, orth[j]))
                        lemma[j] = h
                        changed = True
            if changed:
                doc.from_array([LEMMA], np.asarray(lemma, dtype="uint64")[:, None])
