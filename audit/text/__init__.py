"""Text as the checks see it: Unicode normalisation, sentences, the languages
(one module each), language identification and finding terms in text."""
