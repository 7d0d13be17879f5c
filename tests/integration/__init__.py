"""Tests of the shell with real things: SQLite files, aiogram against the fake Bot API, the
command line, the benchmarks."""
