"""Tests of the pure parts: the dialogue, its table and domain, understanding, texts."""
