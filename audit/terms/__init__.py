"""What the words mean: the termbase and its formats, the senses of a term,
the text's domain, where a distinction is live, and the suggested fixes."""
