"""Tests of the shell with real things: SQLite files and a PostgreSQL, aiogram against the fake
Bot API, the command line, the benchmarks."""
