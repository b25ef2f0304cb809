"""German named-entity recognition trained from public corpora (see training/README.md, NER)."""
