"""Training-time hook (``spacy train --code training/ner/hooks.py``): copy weights from
``spacy pretrain`` into the NER component's own tok2vec.

spaCy's built-in ``init_tok2vec`` cannot reach it: inside the transition-based parser the
``tok2vec`` reference is ``chain(Tok2Vec, list2array, Linear)``, so the pretrained layer is
the first node of that chain. The shipped config has this hook removed, so loading the model
needs no project code.
"""

from __future__ import annotations

from pathlib import Path

import spacy


@spacy.registry.callbacks("newsgraph.ner_init_tok2vec.v1")
def make_init_tok2vec(path: str):
    def after_init(nlp):
        if path:
            inner = nlp.get_pipe("ner").model.get_ref("tok2vec").layers[0]
            inner.from_bytes(Path(path).read_bytes())
            print(f"loaded pretrained tok2vec weights from {path}", flush=True)
        return nlp

    return after_init
