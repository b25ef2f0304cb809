"""Training the German core pipeline (tagger, morphologizer, lemmatizer, parser) from UD German-GSD."""
