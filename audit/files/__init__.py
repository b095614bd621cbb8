"""Input and output of files: the format readers and writers, text decoding, safe
XML, and finding the article sets of a corpus or a localisation project."""
