"""Catalog tooling: extract texts from code and templates, update ``en``/``hu``/``zh``, check them.

``python -m bot.catalogs update`` (``make catalogs``) rewrites the ``.po`` files; English is
filled from the source texts, new Hungarian and Chinese entries stay empty until translated,
which ``check`` (and the test suite) reports.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.pofile import read_po, write_po

from dialogs.domain.vocabulary import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"
MAPPING = ROOT / "babel.cfg"
#: Plural rules written into each catalog's header (gettext's convention; hu has two forms).
PLURALS = {"en": (2, "(n != 1)"), "hu": (2, "(n != 1)"), "zh": (1, "0")}
#: A fixed creation date keeps the catalogs' diffs to real changes.
STABLE_DATE = datetime(2026, 11, 1, tzinfo=UTC)
KEYWORDS = {"_": None, "_n": (1, 2), "gettext": None, "ngettext": (1, 2)}
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{\{\s*(\w+)")


def po_path(language: str) -> Path:
    return LOCALES / language / "LC_MESSAGES" / "messages.po"


def extract() -> Catalog:
    """Every text the product can show, as a template catalog."""
    mapping = io.StringIO(MAPPING.read_text(encoding="utf-8"))
    # One of the few functions Babel has not annotated yet.
    method_map, options_map = parse_mapping_cfg(mapping)  # type: ignore[no-untyped-call]
    template = Catalog(project="overdue-bot", fuzzy=False, creation_date=STABLE_DATE)
    for filename, lineno, message, comments, context in extract_from_dir(
        ROOT, method_map, options_map, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)
    ):
        template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context)
    return template


def read(language: str) -> Catalog:
    path = po_path(language)
    if not path.exists():
        return Catalog(
            locale=language,
            project="overdue-bot",
            fuzzy=False,
            creation_date=STABLE_DATE,
            revision_date=STABLE_DATE,
        )
    with path.open("rb") as source:
        return read_po(source, locale=language)


def write(catalog: Catalog, language: str) -> None:
    path = po_path(language)
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, no_location=True, omit_header=False, sort_output=True)
    path.write_bytes(buffer.getvalue())


def update() -> None:
    for language in LANGUAGES:
        template = extract()  # fresh per language: update() shares its Message objects
        catalog = read(language)
        catalog.update(template, no_fuzzy_matching=True)
        _set_plurals(catalog, language)
        catalog.obsolete.clear()
        catalog.fuzzy = False
        if language == "en":
            for message in catalog:
                if message.id and not _translated(message):
                    message.string = message.id
        write(catalog, language)


def _set_plurals(catalog: Catalog, language: str) -> None:
    """Write the language's plural rule into the header (Babel reads it back from there)."""
    count, expression = PLURALS[language]
    headers = [(name, value) for name, value in catalog.mime_headers if name != "Plural-Forms"]
    catalog.mime_headers = [*headers, ("Plural-Forms", f"nplurals={count}; plural={expression};")]


def _translated(message: Message) -> bool:
    strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
    return all(strings)


def placeholders(text: str) -> set[str]:
    return {a or b for a, b in PLACEHOLDER.findall(text)}


def problems() -> list[str]:
    """What is wrong with the catalogs: out of date with the code, empty, fuzzy, placeholders."""
    found: list[str] = []
    expected = {m.id if isinstance(m.id, str) else m.id[0] for m in extract() if m.id}
    for language in LANGUAGES:
        catalog = read(language)
        ids = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}
        for missing in sorted(expected - ids):
            found.append(f"{language}: not in the catalog (run `make catalogs`): {missing!r}")
        for extra in sorted(ids - expected):
            found.append(f"{language}: no longer used (run `make catalogs`): {extra!r}")
        for message in catalog:
            if not message.id:
                continue
            found.extend(f"{language}: {issue}" for issue in _message_problems(message))
    return found


def _message_problems(message: Message) -> Iterable[str]:
    ids = [message.id] if isinstance(message.id, str) else list(message.id)
    string = message.string
    assert string is not None  # read from a catalog: an untranslated message has ""
    strings = [string] if isinstance(string, str) else list(string)
    if message.fuzzy:
        yield f"fuzzy: {ids[0]!r}"
    if not all(strings):
        yield f"untranslated: {ids[0]!r}"
        return
    wanted = set().union(*(placeholders(i) for i in ids))
    for string in strings:
        got = placeholders(string)
        # A plural form may leave out %(n)s (e.g. "one payment"), never add or rename one.
        if got - wanted or (wanted - {"n"}) - got:
            yield f"placeholders differ in {ids[0]!r}: {sorted(got)} vs {sorted(wanted)}"


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        update()
        issues = problems()
        print("\n".join(issues) or "catalogs complete")
        return 0
    if command == "check":
        issues = problems()
        print("\n".join(issues) or "catalogs complete")
        return 1 if issues else 0
    print("usage: python -m bot.catalogs [update|check]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
