"""Reading the bank's CSV files: line-numbered errors, and all-or-nothing rejection."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass


@dataclass(frozen=True)
class RowError:
    line: int  # line in the file, the header being line 1
    reason: str  # starts with the column it is about


class ImportFailed(Exception):
    """The file was rejected as a whole; ``errors`` says every line that is wrong and why."""

    def __init__(self, errors: list[RowError]) -> None:
        self.errors = errors
        super().__init__("\n".join(f"line {e.line}: {e.reason}" for e in errors))


def decode_csv(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFailed([RowError(line, "not UTF-8 text")]) from None


def csv_records(text: str, errors: list[RowError]) -> list[tuple[int, list[str]]]:
    """(first line number, fields) for each non-blank record; a CSV syntax error ends the list."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    records: list[tuple[int, list[str]]] = []
    start = 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            return records
        except csv.Error as exc:
            errors.append(RowError(reader.line_num, f"not valid CSV: {exc}"))
            return records
        if any(value.strip() for value in values):  # blank lines and lines of bare commas
            records.append((start, values))
        start = reader.line_num + 1  # a quoted field may span lines; report where a row starts
