"""What tests and benchmarks share: the fake Bot API, the desk's cases, the English-leak check."""
