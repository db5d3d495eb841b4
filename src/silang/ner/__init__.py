"""A trained Indonesian named-entity tagger: a linear-chain CRF over word, shape, lexicon and
word-cluster features (issue #5). ``recognizer.ModelEntityRecognizer`` plugs it into the
pipeline behind the ``EntityRecognizer`` protocol."""
