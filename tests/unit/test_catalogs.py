"""The gettext catalogs: in step with the code, complete, well-formed and really translated."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message

from bot import catalogs
from bot.catalogs import PLURALS, placeholders, po_path, problems, read
from dialogs.domain.vocabulary import LANGUAGES
from tests.support.english import english_leaks

TRANSLATED = ("hu", "zh")
#: Plural forms per language: Hungarian has two (n == 1 and the rest), Chinese one.
EXPECTED_PLURALS = {"en": 2, "hu": 2, "zh": 1}
#: Translations that may be exactly the English msgid because nothing in them is words:
#: a bare placeholder, a number. Add to it only what is identical in every language.
SAME_AS_ENGLISH: frozenset[str] = frozenset()
COMMAND = re.compile(r"/[a-z]+")
#: Header lines a new release of the tools may write differently: not the catalog's content.
TOOL_HEADERS = re.compile(
    r'^"(Generated-By|POT-Creation-Date|PO-Revision-Date|X-Generator): .*\\n"\n', re.M
)
GLOSSARY = catalogs.LOCALES / "GLOSSARY.md"


def _strings(message: Message) -> list[str]:
    return [message.string] if isinstance(message.string, str) else list(message.string)


def _ids(message: Message) -> list[str]:
    return [message.id] if isinstance(message.id, str) else list(message.id)


def _messages(language: str) -> list[Message]:
    return [message for message in read(language) if message.id]


def _without_tool_headers(text: str) -> str:
    return TOOL_HEADERS.sub("", text)


def _without_placeholders(text: str) -> str:
    return COMMAND.sub(" ", catalogs.PLACEHOLDER.sub(" ", text))


# --- in step with the code ------------------------------------------------------------------------


def test_catalogs_are_complete_and_in_step_with_the_code() -> None:
    found = problems()
    assert not found, "run `python -m bot.catalogs update` and translate:\n" + "\n".join(found)


def test_update_round_trips_without_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The .po files are exactly what `update` writes: no stray edits, no reformatting."""
    copy = tmp_path / "locales"
    for language in LANGUAGES:
        target = copy / language / "LC_MESSAGES" / "messages.po"
        target.parent.mkdir(parents=True)
        shutil.copyfile(po_path(language), target)
    monkeypatch.setattr(catalogs, "LOCALES", copy)
    catalogs.update()
    for language in LANGUAGES:
        written = (copy / language / "LC_MESSAGES" / "messages.po").read_text(encoding="utf-8")
        original = (catalogs.ROOT / "locales" / language / "LC_MESSAGES" / "messages.po").read_text(
            encoding="utf-8"
        )
        assert _without_tool_headers(written) == _without_tool_headers(original), (
            f"{language}: run `python -m bot.catalogs update` and commit the result"
        )


def test_round_trip_ignores_only_the_tools_headers() -> None:
    """A new Babel may stamp its own version; a changed, missing or fuzzy message still counts."""
    original = po_path("hu").read_text("utf-8")
    restamped = re.sub(r"Generated-By: Babel [^\\]+", "Generated-By: Babel 99.0", original)
    assert restamped != original
    assert _without_tool_headers(restamped) == _without_tool_headers(original)
    entry = 'msgid "%(hash_name)s of the agreement text: %(sha256)s"'
    assert entry in original
    for changed in (
        original.replace(entry, "#, fuzzy\n" + entry),
        original.replace(entry + '\nmsgstr "A', entry + '\nmsgstr "a'),
        original.replace(entry, 'msgid "a stale message"'),
    ):
        assert _without_tool_headers(changed) != _without_tool_headers(original)


# --- well-formed ----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_msgfmt_check_accepts_the_catalog(language: str) -> None:
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.skip(
            "msgfmt not on PATH: install Debian's gettext (`make test` does) to check the catalogs"
        )
    result = subprocess.run(
        [msgfmt, "--check", "--output-file=/dev/null", str(po_path(language))],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_header(language: str) -> None:
    expected = EXPECTED_PLURALS[language]
    assert PLURALS[language][0] == expected
    catalog = read(language)
    assert catalog.num_plurals == expected
    header = re.search(
        r'^"Plural-Forms: nplurals=(\d+); plural=([^;]+);',
        po_path(language).read_text("utf-8"),
        re.M,
    )
    assert header is not None, f"{language}: no Plural-Forms header"
    assert int(header[1]) == expected
    assert header[2] == PLURALS[language][1]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_plural_entry_has_one_form_per_plural(language: str) -> None:
    text = po_path(language).read_text("utf-8")
    for entry in text.split("\n\n"):
        if "msgid_plural" not in entry:
            continue
        forms = sorted(int(n) for n in re.findall(r"^msgstr\[(\d+)\]", entry, re.M))
        assert forms == list(range(EXPECTED_PLURALS[language])), entry


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_header(language: str) -> None:
    assert str(read(language).locale) == language


# --- really translated ----------------------------------------------------------------------------


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_translation_is_still_the_english(language: str) -> None:
    same = [
        _ids(message)[0]
        for message in _messages(language)
        if _ids(message)[0] not in SAME_AS_ENGLISH and set(_strings(message)) & set(_ids(message))
    ]
    assert not same, f"{language}: still in English: {same}"


def test_no_english_words_in_chinese() -> None:
    leftovers = {}
    for message in _messages("zh"):
        for string in _strings(message):
            words = re.findall(r"[A-Za-z]{3,}", _without_placeholders(string))
            if words:
                leftovers[_ids(message)[0]] = words
    assert not leftovers


def test_no_english_words_in_hungarian() -> None:
    leftovers = {}
    for message in _messages("hu"):
        for string in _strings(message):
            words = english_leaks(_without_placeholders(string))
            if words:
                leftovers[_ids(message)[0]] = words
    assert not leftovers


def test_chinese_uses_full_width_punctuation() -> None:
    """No ASCII comma, colon, semicolon or full stop right after a Chinese character."""
    found = []
    for message in _messages("zh"):
        for string in _strings(message):
            if re.search(r"[\u4e00-\u9fff][,:;?!]|[\u4e00-\u9fff]\.(?!\d)", string):
                found.append(string)
    assert not found


@pytest.mark.parametrize("language", LANGUAGES)
def test_quoted_words_are_ones_the_bot_understands(language: str) -> None:
    """A word an instruction asks the cardholder to type is read as that request."""
    from dialogs.understanding.rules import read_intent

    pattern = {
        "en": r'type "([^"]+)"',
        "hu": r"írja be(?:[^„]{0,20})„([^”]+)”",
        "zh": r"输入“([^”]+)”",
    }[language]
    quoted = {
        word
        for message in _messages(language)
        for string in _strings(message)
        for word in re.findall(pattern, string)
    }
    assert quoted, "expected instructions with a quoted word"
    assert not [word for word in quoted if read_intent(word, language) is None]


@pytest.mark.parametrize("language", TRANSLATED)
def test_glossary_words_we_do_not_use(language: str) -> None:
    avoided = re.findall(rf"^- {language}: `([^`]+)`", GLOSSARY.read_text("utf-8"), re.M)
    assert avoided, "GLOSSARY.md lists no words to avoid"
    found = [
        (word, string)
        for message in _messages(language)
        for string in _strings(message)
        for word in avoided
        if word.lower() in string.lower()
    ]
    assert not found


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


@pytest.mark.parametrize("language", TRANSLATED)
def test_button_labels_stay_short(language: str) -> None:
    """Texts marked in Python are buttons and menu entries: about as long as the English."""
    in_python = {
        _ids(message)[0]
        for message in catalogs.extract()
        if message.id and all(filename.endswith(".py") for filename, _ in message.locations)
    }
    values = {"number": "2", "n": "12", "amount": "1 028 790 Ft"}
    too_long = []
    for message in _messages(language):
        if _ids(message)[0] not in in_python:
            continue
        english = max(_width(text % values) for text in _ids(message))
        too_long += [
            shown
            for shown in (text % values for text in _strings(message))
            if _width(shown) > max(english + 8, 30)
        ]
    assert not too_long


# --- the tooling itself ---------------------------------------------------------------------------


def test_placeholders() -> None:
    assert placeholders("Pay %(amount)s by %(day)s.") == {"amount", "day"}
    assert placeholders("%(n)d of %(total)s") == {"n", "total"}
    assert placeholders("{{ bank.name }} and {{name}}") == {"bank", "name"}
    assert placeholders("Nothing here, not even 100 or %") == set()
    assert placeholders("分%(n)s期，每期%(amount)s") == {"n", "amount"}


def _catalog(language: str, *messages: Message) -> Catalog:
    catalog = Catalog(locale=language)
    for message in messages:
        catalog[message.id] = message
    return catalog


def _problems_with(
    monkeypatch: pytest.MonkeyPatch, code: list[Message], translated: list[Message]
) -> list[str]:
    """``problems()`` for made-up code and catalogs (en translated alike, hu and zh as given)."""

    def fake_extract() -> Catalog:
        template = Catalog()
        for message in code:
            template.add(message.id)
        return template

    def fake_read(language: str) -> Catalog:
        if language == "en":
            return _catalog("en", *(Message(m.id, m.id) for m in code))
        return _catalog(language, *(Message(m.id, m.string, flags=m.flags) for m in translated))

    monkeypatch.setattr(catalogs, "extract", fake_extract)
    monkeypatch.setattr(catalogs, "read", fake_read)
    return catalogs.problems()


def test_a_renamed_placeholder_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    msgid = "Total to pay: %(total)s."
    found = _problems_with(
        monkeypatch, [Message(msgid)], [Message(msgid, "Összesen fizetendő: %(osszeg)s.")]
    )
    assert sorted(found) == [
        f"hu: placeholders differ in {msgid!r}: ['osszeg'] vs ['total']",
        f"zh: placeholders differ in {msgid!r}: ['osszeg'] vs ['total']",
    ]


def test_a_kept_placeholder_is_not_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    msgid = "Total to pay: %(total)s."
    assert (
        _problems_with(
            monkeypatch, [Message(msgid)], [Message(msgid, "Összesen fizetendő: %(total)s.")]
        )
        == []
    )


def test_a_plural_form_may_leave_out_n_but_not_add_a_placeholder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ids = ("%(n)s payment of %(amount)s", "%(n)s payments of %(amount)s")
    fine = _problems_with(
        monkeypatch,
        [Message(ids)],
        [Message(ids, ("Egy részlet: %(amount)s", "%(n)s részlet: %(amount)s"))],
    )
    assert fine == []
    added = _problems_with(
        monkeypatch,
        [Message(ids)],
        [Message(ids, ("%(n)s részlet: %(amount)s %(extra)s", "%(n)s részlet: %(amount)s"))],
    )
    assert any("placeholders differ" in issue for issue in added)
    lost = _problems_with(
        monkeypatch, [Message(ids)], [Message(ids, ("%(n)s részlet", "%(n)s részlet"))]
    )
    assert any("placeholders differ" in issue for issue in lost)


def test_missing_unused_empty_and_fuzzy_entries_are_reported(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    found = _problems_with(
        monkeypatch,
        [Message("New text"), Message("Empty"), Message("Unsure")],
        [
            Message("Empty", ""),
            Message("Unsure", "Bizonytalan", flags=["fuzzy"]),
            Message("Old text", "Régi"),
        ],
    )
    assert "hu: not in the catalog (run `make catalogs`): 'New text'" in found
    assert "hu: no longer used (run `make catalogs`): 'Old text'" in found
    assert "hu: untranslated: 'Empty'" in found
    assert "hu: fuzzy: 'Unsure'" in found
