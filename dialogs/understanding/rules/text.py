"""Normalising a message once, and building the regular expressions every reader uses.

Each message is normalised once (the last thousand normal forms are kept, as several readers look
at the same message): NFKC, invisible format characters dropped, every dash read as ``-`` and
curly apostrophes as ``'``, lower case, single spaces, accents folded. The phrase tables of the
other modules are written with accents for the reader and folded the same way when compiled here
(:func:`compile_phrases`, :func:`regex`, :class:`Phrases`), so that a long message is read fast.
"""

from __future__ import annotations

import functools
import itertools
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import ParamSpec, TypeVar, cast

from dialogs.domain.vocabulary import LANGUAGES
from dialogs.understanding.rules.prepared import remembered

_Given = ParamSpec("_Given")
_Found = TypeVar("_Found")

# ================================================================================================
# Normalising
# ================================================================================================

#: How many normal forms are kept: enough for every example of a language, read once when
#: training and again when preparing it for the classifier.
_KEPT_FORMS = 16384
_TRANSLATION = {
    **dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"), "-"),
    **dict.fromkeys(map(ord, "\u2018\u2019\u02bc\u2032"), "'"),
    # A phone set to Arabic types Arabic-Indic digits ("١٣٤٠" is 1340; Persian and Urdu keyboards
    # the extended ones, "۱۳۴۰"), with its own decimal and thousands separators: read as digits.
    **{0x0660 + d: str(d) for d in range(10)},
    **{0x06F0 + d: str(d) for d in range(10)},
    0x066B: ".",
    0x066C: ",",
}


class _ByCharacter(dict[int, str | None]):
    """A table for ``str.translate`` that works out what becomes of each character the first
    time it is read (``rule``: the character, its replacement, or ``None`` to drop it), and keeps
    that for the next messages: a message is then read in one pass in C, where testing its
    characters one by one in Python took up to four times as long. At most
    :data:`_KEPT_CHARACTERS` are kept (a message of unusual characters is read the slow way, the
    same)."""

    def __init__(self, rule: Callable[[str], str | None], given: dict[int, str] | None = None):
        super().__init__(given or {})
        self._rule = rule

    def __missing__(self, code: int) -> str | None:
        found = self._rule(chr(code))
        if len(self) < _KEPT_CHARACTERS:
            self[code] = found
        return found


#: How many characters a :class:`_ByCharacter` table keeps: every script the messages are in,
#: never all of Unicode.
_KEPT_CHARACTERS = 20_000
#: Invisible format characters dropped, every dash one, every apostrophe one. A keycap's emoji
#: presentation and frame go too: "5\ufe0f\u20e3" is the digit 5 ("5️⃣0️⃣0️⃣" is 500).
_NORMAL_CHARACTERS = _ByCharacter(
    lambda ch: None if unicodedata.category(ch) == "Cf" or ch in "\ufe0f\u20e3" else ch,
    _TRANSLATION,
)
#: Accents (combining marks, after NFD) dropped.
_UNACCENTED = _ByCharacter(lambda ch: None if unicodedata.combining(ch) else ch)
#: Punctuation and symbols as spaces, apostrophes kept.
_WORD_CHARACTERS = _ByCharacter(
    lambda ch: ch if ch == "'" or unicodedata.category(ch)[0] not in "PS" else " "
)


#: A half or a quarter typed as one character, after a whole or alone: "2½ hundred" is 250,
#: "1¾ grand" 1750, "37½ a month" 37.50. NFKC would make "1¾" "13", a fraction slash and "4",
#: read as 4 (or 13): the decimal is written out first, and a fraction alone as its words ("½ of
#: it" is "half of it").
_HALVES_AND_QUARTERS = re.compile("([0-9]) ?([\u00bc\u00bd\u00be])|([\u00bc\u00bd\u00be])")
_DECIMAL_OF = {"\u00bc": ".25", "\u00bd": ".5", "\u00be": ".75"}
_WORDS_OF = {"\u00bc": " a quarter ", "\u00bd": " half ", "\u00be": " three quarters "}


def _halves_and_quarters(found: re.Match[str]) -> str:
    if found[1]:
        return found[1] + _DECIMAL_OF[found[2]]
    return _WORDS_OF[found[3]]


@functools.lru_cache(maxsize=_KEPT_FORMS)
def normalize(text: str) -> str:
    """NFKC, no invisible characters, one kind of dash and apostrophe, lower case, single spaces."""
    if not text.isascii():
        text = _HALVES_AND_QUARTERS.sub(_halves_and_quarters, text)
    text = unicodedata.normalize("NFKC", text).translate(_NORMAL_CHARACTERS)
    return " ".join(text.lower().split())


@functools.lru_cache(maxsize=_KEPT_FORMS)
def fold(text: str) -> str:
    """Without accents: people type "munkanelkuli" as often as "munkanélküli"."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", decomposed.translate(_UNACCENTED))


@functools.lru_cache(maxsize=1024)
def words_only(text: str) -> str:
    """Punctuation and symbols become spaces (apostrophes stay: "don't")."""
    return " ".join(text.translate(_WORD_CHARACTERS).split())


#: A space beside a Chinese character with a Chinese character or a digit on its other side.
_SPACE_IN_CHINESE = re.compile(
    "(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff0-9])|(?<=[0-9])[ \u3000]+(?=[\u4e00-\u9fff])"
)  # fmt: skip
#: Chinese words spaced apart: three Chinese characters to a space at most ("我 没有 买 过"); a
#: native writer's clauses run longer ("上个月去复查 伤口又发炎了 住了两天院").
_WORDS_SPACED_APART = 3


def chinese_words_joined(text: str) -> str:
    """Chinese typed with a space after every word, as a writer whose first language spaces its
    words does ("我 没有 买 过 这个 东西", "大概 三 四 个 月"), written together as Chinese is
    read. A native writer's space ends a clause ("就第一个吧 你们刚发的") and is kept: spaced
    words are told apart by their short runs, three spaces or more between them."""
    if text.isascii():
        return text
    spaces = len(_SPACE_IN_CHINESE.findall(text))
    if spaces < 3:
        return text
    characters = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    if characters > spaces * _WORDS_SPACED_APART:
        return text
    return _SPACE_IN_CHINESE.sub("", text)


def language_code(language: str) -> str:
    """``"zh-hans"`` or ``"EN"`` work too; anything unknown reads as English."""
    code = str(language or "").strip().lower()[:2]
    return code if code in LANGUAGES else "en"


def alternatives(patterns: Iterable[str]) -> str:
    """Phrases as one alternation, longest first, folded like the text they will read."""
    return "|".join(fold(p) for p in sorted(patterns, key=len, reverse=True))


def compile_phrases(
    patterns: Iterable[str], *, in_any_order: bool = False, read_often: bool = True
) -> re.Pattern[str]:
    """One regular expression for a list of phrases, folded like the text it will read (see
    :func:`_phrases_written`).

    Unless ``read_often`` (a list read only where another has found something, or at one
    question), the phrases are compiled as listed (see :func:`_phrases_as_listed`)."""
    patterns = tuple(patterns)
    if read_often:
        return re.compile(_phrases_written(patterns, in_any_order))
    return re.compile(_phrases_as_listed(patterns))


def _at_a_word_or_anywhere(patterns: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """``patterns`` folded, those that start at a word boundary (without their ``\\b``) apart
    from the others."""
    at_a_word, anywhere = [], []
    for folded in map(fold, patterns):
        if folded.startswith(r"\b") and not _has_top_level_or(folded):
            at_a_word.append(folded[2:])
        else:
            anywhere.append(folded)
    return at_a_word, anywhere


@remembered
def _phrases_as_listed(patterns: tuple[str, ...]) -> str:
    """The pattern of :func:`compile_phrases` for a list read seldom: the phrases tried in the
    order of :func:`_phrases_written`, so the same one wins, but not spelled out, led or grouped.
    Spelling a list out makes it up to ten times longer, and Python compiles a pattern at about a
    microsecond a character; where a list is read at a few messages in a hundred, that is time
    at every start for nothing a reader would notice."""
    at_a_word, anywhere = _at_a_word_or_anywhere(patterns)
    lettered = [p for p in at_a_word if _starts_with_a_letter(p)]
    others = [p for p in at_a_word if not _starts_with_a_letter(p)]
    parts = [rf"\b(?:{'|'.join(lettered + others)})"] if at_a_word else []
    return _choices_apart("|".join(parts + anywhere)) or _NEVER


@remembered
def _phrases_written(patterns: tuple[str, ...], in_any_order: bool) -> str:
    """The pattern of :func:`compile_phrases`.

    The engine tries the alternatives of a pattern one after the other at each place in a
    message, and passes over one that starts with a letter at once where that letter is not;
    any other it must enter. So the phrases that start at a word boundary are put behind one
    ``\\b`` (tried only where a word starts), spelled out (see :func:`_spelled_out`) and grouped
    by their first letter (see :func:`_by_first_letter`), and the others are led by a letter
    where they can be (see :func:`_letter_led`) and grouped the same way. Against the distress
    or the dispute phrases a long message is read in a sixth of the time, and every match is the
    same.

    With ``in_any_order`` (where only whether a phrase is found matters, not which), the phrases
    at a word boundary are grouped by their first three characters (see :func:`_as_a_tree`).
    """
    at_a_word, anywhere = _at_a_word_or_anywhere(patterns)
    # The phrases that start with a letter first, as they always were (the same one wins).
    lettered = [p for p in at_a_word if _starts_with_a_letter(p)]
    others = [s for p in at_a_word if not _starts_with_a_letter(p) for s in _spelled_out(p)]
    grouped = _as_a_tree if in_any_order else _by_first_letter
    if in_any_order:  # "\b\w*szerzodes": found where "szerzodes" is (its word starts before it)
        inside_a_word = [p for p in others if p[:3] == r"\w*" and _letters_first(p[3:])]
        others = [p for p in others if p not in inside_a_word]
        anywhere += (p[3:] for p in inside_a_word)  # not tried over each word's letters again
    parts = [rf"\b(?:{grouped(lettered + others)})"] if lettered + others else []
    led = [phrase for pattern in anywhere for phrase in _alternatives_of(_letter_led(pattern))]
    parts += [_by_first_letter(led, whole=not parts)] if led else []
    return _choices_apart("|".join(parts)) or "(?!)"


def _letters_first(pattern: str) -> bool:
    """Whether ``pattern`` must start with a letter (of a group's choices, any): ``szerzodes``,
    ``(?:foberlo|berbeado)``."""
    return pattern[:1] not in _QUANTIFIERS and _first_characters(pattern).isalpha()


def regex(pattern: str, *, read_often: bool = True) -> re.Pattern[str]:
    """``pattern`` compiled with its alternatives led by a letter (see :func:`_letter_led`) and
    grouped by it (see :func:`_by_first_letter`): a long message is read against the forty
    phrases of a typical pattern in about a fifth less time, every match the same. A pattern
    whose groups are captured is compiled as written: leading its alternatives by a letter
    copies a group into each, and a reference to it would name another.

    Unless ``read_often`` (a pattern read only where another has found something, or at one
    question), it is compiled as written: leading copies what follows a choice into each choice,
    up to ten times the characters to compile at every start, for a read that is seldom made."""
    return re.compile(_regex_written(pattern) if read_often else _regex_as_written(pattern))


@remembered
def _regex_as_written(pattern: str) -> str:
    """The pattern of :func:`regex` for one read seldom (see :func:`_choices_apart`)."""
    return _choices_apart(pattern)


@remembered
def _regex_written(pattern: str) -> str:
    """The pattern of :func:`regex`."""
    if not _captures(pattern):  # (leading only copies groups there are)
        return _choices_apart(_by_first_letter(_alternatives_of(_letter_led(pattern))))
    # Its alternatives as written, behind look-aheads for their first characters (its groups
    # keep their numbers): a date's five, led by look-behinds, are entered at digits only.
    alternatives = _alternatives_of(pattern)
    return _choices_apart(_behind_one_look_ahead([(a, _first_characters(a)) for a in alternatives]))


#: One character of a pattern, as itself: one that is no syntax, or a sign escaped.
_ONE_CHARACTER = re.compile(r"\\[^0-9A-Za-z]|[^\\()|\[\]?*+{}.^$]", re.DOTALL)


def _choices_apart(pattern: str) -> str:
    """``pattern`` with each group of three or more choices of one character, one of them beyond
    Latin-1 ("(?:活|死|走)", as the Chinese phrase trees end), kept apart as choices: the last
    one followed by an empty look-ahead, which matches where it stands; and each class of three
    or more such characters written as such a group ("[$€£]" as "(?:\\$|€|£(?=))").

    Python's compiler makes such a group one class, and for a class of characters beyond
    Latin-1 it builds a map of all 65,536 (about 0.1 ms each, a thousand of them in the rules'
    patterns); choices of a character each it compiles at once, and the engine reads them as
    fast (it passes over each whose character is not there, and scans for them all where they
    lead a pattern)."""
    pattern = _SYNTAX_PIECE.sub(_class_apart, pattern)
    ends = _group_ends(pattern)
    closing = []
    for start, end in ends.items():
        if pattern.startswith("(?", start) and not pattern.startswith("(?:", start):
            continue  # (a look-around or a named group: as it is)
        inside = pattern[start + (3 if pattern.startswith("(?:", start) else 1) : end - 1]
        choices = _alternatives_of(inside)
        if (
            len(choices) > 2
            and all(_ONE_CHARACTER.fullmatch(c) for c in choices)
            and any(ord(c[-1]) > 0xFF for c in choices)
        ):
            closing.append(end - 1)
    for at in sorted(closing, reverse=True):
        pattern = f"{pattern[:at]}(?=){pattern[at:]}"
    return pattern


#: A member of a class that is one character as itself: a sign escaped, or any but ``\\``,
#: ``-`` (a range) and ``]``.
_A_MEMBER = re.compile(r"\\([^0-9A-Za-z])|([^\\\]-])")


def _class_apart(piece: re.Match[str]) -> str:
    """A piece of a pattern's syntax (see :data:`_SYNTAX_PIECE`): where it is a class of three or
    more characters as themselves, one beyond Latin-1, the group of choices that matches the
    same (see :func:`_choices_apart`); as it is otherwise."""
    written = piece[0]
    if not written.startswith("[") or written.startswith("[^"):
        return written
    members = list(_A_MEMBER.finditer(written, 1, len(written) - 1))
    if sum(len(m[0]) for m in members) != len(written) - 2:
        return written  # (a range, or an escape of a kind of character)
    characters = list(dict.fromkeys(m[1] or m[2] for m in members))
    if len(characters) < 3 or all(ord(ch) <= 0xFF for ch in characters):
        return written
    return f"(?:{'|'.join(map(re.escape, characters))}(?=))"


def _captures(pattern: str) -> bool:
    """Whether ``pattern`` has a group that captures (``(`` not followed by ``?``, or ``(?P<``):
    told from its brackets, where compiling it to ask would take as long as compiling it."""
    return any(
        ch == "(" and (not pattern.startswith("(?", at) or pattern.startswith("(?P<", at))
        for at, ch, _ in _syntax(pattern)
    )


def _as_a_tree(phrases: Sequence[str], depth: int = 3) -> str:
    """``phrases`` (none with a ``|`` outside a group) as one alternation, those that start with
    the same character behind it, and so on for ``depth`` characters: "i dispute", "identity
    theft" and "in my name" are ``i(?: dispute|(?:dentity theft|n my name))`` grouped on, and
    the engine reads a word's first characters once where it would try a few hundred phrases
    of the same letter in turn. Which phrase is tried first changes, so it is only for a list
    where it does not matter which matches (see :class:`Phrases`); the distress and dispute
    phrases are read in about a third less time.
    """
    if depth == 0 or len(phrases) < 2:
        return "|".join(map(_alone, phrases))
    by_first: dict[str, list[str]] = {}
    others: list[str] = []
    for phrase in phrases:
        if _starts_with_a_character(phrase) and phrase[0] != "\\":
            by_first.setdefault(phrase[0], []).append(phrase[1:])
        else:
            others.append(_alone(phrase))
    led = []
    for first, rests in by_first.items():
        rest = "|".join(map(_alone, rests)) if "" in rests else _as_a_tree(rests, depth - 1)
        led.append(_in_a_class(first) + (f"(?:{rest})" if len(rests) > 1 else rest))
    return "|".join((*led, *others))


def _by_first_letter(patterns: Sequence[str], *, whole: bool = True) -> str:
    """An alternation with the phrases that start with the same letter behind that letter.

    The engine then reads a word's first letter once for all of them, where it would try every
    phrase in turn. A phrase that does not start with a letter stays where it is, and the ones
    after it are grouped after it: of the phrases that could match at one place, the first
    listed is still tried first, so the same one wins. A phrase is put in a group of its own
    only where it has a ``|`` outside any (a group less for the engine to read in).

    The pieces are then put behind look-aheads for their first characters (see
    :func:`_behind_one_look_ahead`); unless ``whole``, the alternation is one among others.
    """
    pieces = _pieces_by_first_letter(patterns, at_a_word=False)
    if whole and all(_starts_with_a_character(piece) for piece, _ in pieces):
        return "|".join(piece for piece, _ in pieces)
    return _behind_one_look_ahead(_pieces_by_first_letter(patterns), whole=whole)


def _pieces_by_first_letter(
    patterns: Sequence[str], *, at_a_word: bool = True
) -> list[tuple[str, str]]:
    """The pieces of :func:`_by_first_letter` in their order, each with the characters it must
    start with (see :func:`_first_characters`). The phrases that must start with a digit (after
    their look-behinds: "(?<![0-9])[0-9]{1,2}:") are kept together after the letter groups.

    ``at_a_word``: where :data:`_WORD_LED_ENOUGH` letters or more of a run each lead only
    phrases that start a word (``f(?<!\\wf)ood``), they are one piece behind one ``\\b``
    (``\\b(?:food|gas|…)``): inside a word the engine passes over all of them with one test,
    where it entered the letter there and looked behind it. With fewer letters, a letter it
    passes over at once costs less than the ``\\b`` it must enter everywhere."""
    pieces: list[tuple[str, str]] = []
    by_letter: dict[str, list[str]] = {}
    digit_led: list[str] = []
    for pattern in (*patterns, None):
        if pattern is not None and _starts_with_a_letter(pattern):
            by_letter.setdefault(pattern[0], []).append(_alone(pattern[1:]))
            continue
        if pattern is not None and _starts_with_a_digit(pattern):
            digit_led.append(pattern)
            continue
        pieces += _letter_pieces(by_letter, at_a_word=at_a_word)
        if len(digit_led) > 1:  # (one look-ahead, where the others would each be tried)
            pieces.append((rf"(?=\d)(?:{'|'.join(digit_led)})", r"\d"))
        pieces += ((digits, r"\d") for digits in digit_led[: len(digit_led) == 1])
        by_letter, digit_led = {}, []
        if pattern is not None:
            pieces.append((_alone(pattern), _first_characters(pattern)))
    return pieces


#: How many letters of a run at the least are led by a word's start in every phrase of theirs for
#: them to be written behind one ``\\b`` (see :func:`_pieces_by_first_letter`).
_WORD_LED_ENOUGH = 6


def _letter_pieces(by_letter: Mapping[str, list[str]], *, at_a_word: bool) -> list[tuple[str, str]]:
    """The pieces of one run of :func:`_pieces_by_first_letter`: each letter with what follows it
    in its phrases, in their order; ``at_a_word``, the letters led only at a word's start behind
    one ``\\b`` where there are :data:`_WORD_LED_ENOUGH` of them or more, where the first was."""
    written = [
        (letter, rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})")
        for letter, rests in by_letter.items()
    ]
    after = {
        letter: _after_a_word_start(letter, rest) if at_a_word else None for letter, rest in written
    }
    word_led = [f"{letter}{after[letter]}" for letter, _ in written if after[letter] is not None]
    if len(word_led) < _WORD_LED_ENOUGH:
        return [(f"{letter}{rest}", _in_a_class(letter)) for letter, rest in written]
    at_a_word_start = (rf"\b(?:{'|'.join(word_led)})", "".join(_in_a_class(p[0]) for p in word_led))
    pieces: list[tuple[str, str]] = []
    for letter, rest in written:
        if after[letter] is None:
            pieces.append((f"{letter}{rest}", _in_a_class(letter)))
        elif at_a_word_start not in pieces:
            pieces.append(at_a_word_start)
    return pieces


def _after_a_word_start(letter: str, rest: str) -> str | None:
    """What follows ``letter`` in a phrase led by it (see :func:`_led_by_its_letter`) without
    the look-behind that makes it start a word (``(?<!\\wf)`` after "f"), where every choice of
    it starts with that look-behind; ``None`` where one does not."""
    start = rf"(?<!\w{letter})"
    assertions, after = _leading_assertions(rest)
    if start in assertions:  # (all of them tested at one place: in any order)
        assertions.remove(start)
        return "".join(assertions) + after
    end = _group_end(rest) if rest.startswith("(?:") else None
    if end is None or rest[end : end + 1] in _QUANTIFIERS:
        return None
    choices = []
    for choice in _alternatives_of(rest[3 : end - 1]):
        if (after_it := _after_a_word_start(letter, choice)) is None:
            return None
        choices.append(after_it)
    return f"(?:{'|'.join(choices)}){rest[end:]}"


def _behind_one_look_ahead(pieces: Sequence[tuple[str, str]], *, whole: bool = True) -> str:
    """``pieces`` (each with the characters it must start with, or ``""`` where that is not
    known) as one alternation, in their order, each run of two or more whose first characters
    are known behind one look-ahead for all of them.

    The engine enters a pattern at every place of a message unless every alternative of the
    whole starts with a character it can scan for (then it passes over the others in one fast
    loop), and enters each alternative that starts with a look-ahead. One look-ahead for all of
    them is one test where there were one per group: "(?=[ab])(?:a…|b…)|(?=\\d)(?:…)" read three
    times as fast as "(?=[ab\\d])(?:a…|b…|…)". Where a whole pattern is led by characters
    alone, it is written as it is, for the engine to scan.
    """
    if whole and all(_starts_with_a_character(piece) for piece, _ in pieces):
        return "|".join(piece for piece, _ in pieces)
    parts: list[str] = []
    run: list[tuple[str, str]] = []
    for piece, first in (*pieces, (None, "")):
        if piece is not None and first:
            run.append((piece, first))
            continue
        if len(run) > 2 or (len(run) == 2 and any(p.startswith("(?=") for p, _ in run)):
            ahead = "".join(dict.fromkeys(_class_inside(first) for _, first in run))
            parts.append(f"(?=[{ahead}])(?:{'|'.join(piece for piece, _ in run)})")
        else:
            parts += (piece for piece, _ in run)
        run = []
        if piece is not None:
            parts.append(piece)
    return "|".join(parts)


def _class_inside(characters: str) -> str:
    """The inside of a class, its ``-`` at either end escaped, to be written beside another."""
    if characters.startswith("-"):
        characters = "\\" + characters
    if characters.endswith("-") and not characters.endswith("\\-"):
        characters = characters[:-1] + "\\-"
    return characters


#: An escaped character matched at least once: ``\+``, ``\d``, ``\s+`` (not ``\b``, ``\A``).
_AN_ESCAPED_FIRST = re.compile(r"\\(?:[dDwWsS]|[^0-9A-Za-z])(?![?*{])")


def _first_characters(pattern: str) -> str:
    """The characters ``pattern`` must start with after its ``\\b`` and look-behinds, written
    for a class (``a``, ``0-9``, ``\\d``, ``\\+``): of each alternative, of each choice of a group
    it starts with, of an optional first character and what follows it; ``""`` where that is
    not known (a group made optional, a look-ahead, a negated class, ``.``)."""
    alternatives = _alternatives_of(pattern)
    if len(alternatives) > 1:
        return _union_of([_first_characters(alternative) for alternative in alternatives])
    rest = _leading_assertions(pattern)[1]
    opening = 3 if rest.startswith("(?:") else 1 if rest[:1] == "(" and rest[1:2] != "?" else 0
    if opening:  # a group, captured or not
        end = _group_end(rest)
        if end is None or rest[end : end + 1] in ("?", "*", "{"):
            return ""
        return _first_characters(rest[opening : end - 1])
    if optional := _AN_OPTIONAL_FIRST_ATOM.match(rest):  # 0?[1-9]: a 0 or what follows
        return _union_of(
            [_first_characters(optional[1]), _first_characters(rest[optional.end() :])]
        )
    first, _ = _first_atom(rest)
    if first.startswith("["):
        return first[1:-1]
    if first:
        return _in_a_class(first)
    escaped = _AN_ESCAPED_FIRST.match(rest)
    return escaped[0] if escaped else ""


def _union_of(characters: Sequence[str]) -> str:
    """Classes' insides (see :func:`_first_characters`) as one; ``""`` if any is not known."""
    return "".join(map(_class_inside, characters)) if all(characters) else ""


def _in_a_class(character: str) -> str:
    """``character`` written for a class of characters."""
    return "\\" + character if character in "\\]^-[" else character


#: A digit, a class of digits, or ``\d``, matched at least once: what a phrase led by a digit
#: starts with after its look-behinds.
_A_DIGIT_FIRST = re.compile(r"(?:[0-9]|\\d|\[(?:[0-9](?:-[0-9])?)+\])(?![?*]|\{0|\{,)")


def _starts_with_a_digit(pattern: str) -> bool:
    """Whether ``pattern`` (no ``|`` outside a group) must start with a digit where it matches,
    after any ``\\b`` or look-behinds."""
    if _has_top_level_or(pattern):
        return False
    return _A_DIGIT_FIRST.match(_leading_assertions(pattern)[1]) is not None


def _alone(pattern: str) -> str:
    """``pattern`` as one piece of an alternation: in a group if it has a ``|`` outside any."""
    return f"(?:{pattern})" if _has_top_level_or(pattern) else pattern


def _letter_led(pattern: str) -> str:
    """``pattern`` with each of its alternatives led by its first letter where a ``\\b`` or a
    look-behind comes before it (``\\bfood`` is written ``f(?<!\\wf)ood``, ``(?<!not )\\bfair``
    is ``f(?<!(?:not )f)(?<!\\wf)air``), spelled out (see :func:`_spelled_out`) where any of
    its phrases then starts with a letter (one that does not, ``\\w*x``, stays as it is, in its
    place; a first group of too many choices has them led inside it, see
    :func:`_with_its_choices_led`). It matches exactly what it did, and the engine passes over
    each alternative at once where its letter is not: sixty phrases searched for in the last
    forty characters before an amount take a sixth of the time, though one of them starts with
    ``\\w*``.
    """
    led: list[str] = []
    for alternative in _alternatives_of(pattern):
        phrases = [_led_by_its_letter(phrase) for phrase in _spelled_out(alternative)]
        if len(phrases) > 1 and not any(_first_atom(phrase)[0] for phrase in phrases):
            phrases = [_led_by_its_letter(alternative)]
        led += phrases
    return "|".join(led)


#: A character, an escaped one or a class made optional (greedily) at the start of a phrase:
#: ``0?`` of ``0?[1-9]``, which is ``(?:0|)[1-9]`` spelled out.
_AN_OPTIONAL_FIRST_ATOM = re.compile(
    r"(\[\^?\]?(?:\\.|[^\]\\])*\]|\\[^bBAZ0-9]|[^\\()\[\]|^$.*+?{}])\?(?![?+])"
)
#: How many phrases one phrase may be spelled out into (see :func:`_spelled_out`).
_MOST_SPELLED_OUT = 64
_QUANTIFIERS = ("?", "*", "+", "{")
_SYNTAX = frozenset(".^$*+?{}[]\\|()")


def _spelled_out(pattern: str) -> list[str]:
    """A phrase (no ``|`` outside a group) that starts with a choice, after any ``\\b`` and
    look-behinds, as one phrase per choice, in the order they are tried: ``(?:not|isn't) mine``
    is ``not mine``, ``isn't mine``; ``\\b(?:az )?exe`` is ``\\baz exe``, ``\\bexe``, and so is
    an optional first character or class: ``0?[1-9]`` is ``0[1-9]``, ``[1-9]``. Together
    they match exactly what it did, the same one first, and each can then be led by its letter.
    The choices that start with the same letter share what follows the choice (see
    :func:`_sharing_the_rest`): ``(?:no|never) more`` is ``n(?:o|ever) more``.
    """
    return _spelling(pattern)[0]


def _spelling(pattern: str) -> tuple[list[str], int]:
    """:func:`_spelled_out`, and how many phrases it would be if none shared what follows."""
    assertions, rest = _leading_assertions(pattern)
    end = _group_end(rest) if rest.startswith("(?:") else None
    if end is not None:
        choices, after = _alternatives_of(rest[3 : end - 1]), rest[end:]
        if after[:1] == "?" and after[1:2] not in ("?", "+"):  # (?:a|b)?c is (?:a|b|)c
            choices, after = [*choices, ""], after[1:]
        elif after[:1] in _QUANTIFIERS:
            return [pattern], 1
    elif optional := _AN_OPTIONAL_FIRST_ATOM.match(rest):  # 0?[1-9] is (?:0|)[1-9]
        choices, after = [optional[1], ""], rest[optional.end() :]
    else:
        return [pattern], 1
    prefix = "".join(assertions)
    spelled: list[tuple[str, bool]] = []
    count = 0
    for choice in choices:
        phrases, many = _spelling(prefix + choice + after)
        count += many
        # Each phrase is some phrase of the choice followed by ``after``, unless the choice
        # leaves nothing but assertions (then a choice that starts ``after`` was spelled out).
        ends_with_after = len(_leading_assertions(prefix + choice)[1]) > 0
        spelled += ((phrase, ends_with_after) for phrase in phrases)
    if count > _MOST_SPELLED_OUT:
        return [_with_its_choices_led(pattern)], 1
    return _sharing_the_rest(spelled, after), count


def _with_its_choices_led(pattern: str) -> str:
    """A phrase that starts with a group of more choices than are spelled out (see
    :func:`_spelling`), the choices inside the group spelled out, led by their letters and
    grouped by them (as :func:`regex` writes a pattern): in ``(?<![a-z])(?:weekly|napi|…)``
    a choice is entered where its letter is, where each of a hundred choices was tried in turn
    (the period said before a number is read in half the time). The choices are tried in the
    same order, so the phrase matches exactly what it did. As it is where the group is optional
    or repeated, or captures (its groups would be copied)."""
    assertions, rest = _leading_assertions(pattern)
    end = _group_end(rest) if rest.startswith("(?:") else None
    if end is None or rest[end : end + 1] in _QUANTIFIERS:
        return pattern
    inside = rest[3 : end - 1]
    try:
        if re.compile(inside).groups:
            return pattern
    except re.error:  # (a reference to a group outside it)
        return pattern
    led = _by_first_letter(_alternatives_of(_letter_led(inside)))
    return f"{''.join(assertions)}(?:{led}){rest[end:]}"


def _sharing_the_rest(spelled: Sequence[tuple[str, bool]], after: str) -> list[str]:
    """The phrases spelled out of one choice, those that start with the same assertions and the
    same character one after the other (of those that start with it) written as one, the rest
    they share (``after``, where a phrase is marked as ending with it) written once:
    ``not mine``, ``isn't mine``, ``never mine`` are ``n(?:ot|ever) mine``, ``isn't mine``.

    Phrases that start with different characters never match at the same place, so the order
    between them does not matter; of those that start with the same one, the first listed is
    still tried first. ``(?:a|b)c`` tries ``a`` then ``c``, then ``b`` then ``c``, as ``ac|bc``
    does: the same matches, from a pattern a fraction of the size (faster to compile). A phrase
    that does not start with a character may match where any other does: the phrases listed
    before it are written before it, those after it after it.
    """
    shared: list[str] = []
    by_character: dict[str, list[tuple[str, list[str]] | str]] = {}
    for phrase, ends_with_after in spelled:
        assertions, rest = _leading_assertions(phrase)
        if not rest or not _starts_with_a_character(rest):
            # It may match where any other does: those listed before it stay before it.
            shared += _written_once(by_character, after)
            shared.append(phrase)
            by_character = {}
            continue
        runs = by_character.setdefault(rest[0], [])
        middle_end = len(rest) - len(after)
        if not ends_with_after or middle_end < 1:
            runs.append(phrase)
            continue
        lead, middle = "".join(assertions), rest[1:middle_end]
        if runs and isinstance(runs[-1], tuple) and runs[-1][0] == lead:
            runs[-1][1].append(middle)
        else:
            runs.append((lead, [middle]))
    return shared + _written_once(by_character, after)


def _written_once(
    by_character: Mapping[str, Sequence[tuple[str, list[str]] | str]], after: str
) -> list[str]:
    """The runs of :func:`_sharing_the_rest`, each run's ``after`` written once."""
    shared: list[str] = []
    for character, runs in by_character.items():
        for run in runs:
            if isinstance(run, str):
                shared.append(run)
            elif len(run[1]) == 1:
                shared.append(f"{run[0]}{character}{run[1][0]}{after}")
            else:
                shared.append(f"{run[0]}{character}(?:{'|'.join(run[1])}){after}")
    return shared


def _led_by_its_letter(phrase: str) -> str:
    """``phrase`` with the ``\\b`` and look-behinds before its first character written after it,
    as look-behinds that take the character in (see :func:`_letter_led`); as it is otherwise.
    A class of characters matched first leads it the same way: ``(?<![0-9.,])[0-9]{1,2}:`` is
    ``[0-9](?<!(?:[0-9.,])[0-9])[0-9]{0,1}:``, entered only where a digit is."""
    assertions, rest = _leading_assertions(phrase)
    first, after = _first_atom(rest)
    if not assertions or not first:
        return phrase
    behind = []
    for assertion in assertions:
        if assertion != r"\b":  # (?<!x) before "f" is (?<!(?:x)f) after it
            behind.append(f"{assertion[:4]}(?:{assertion[4:-1]}){first})")
        elif _A_WORD_CHARACTER.fullmatch(first):  # \b before a letter: no letter before it
            behind.append(rf"(?<!\w{first})")
        else:
            return phrase
    return first + "".join(behind) + after


#: A class of characters, not negated, matched at least once: "[0-9]", "[1-9]{1,2}", "[ab]+".
_LEADING_CLASS = re.compile(r"(\[(?!\^)(?:\\d|[^\]\\\[])+\])(?:\{([1-9][0-9]*)(,[0-9]*)?\}|(\+))?")
#: A first character (or class) every match of which is a word character.
_A_WORD_CHARACTER = re.compile(r"\w|\[(?:\\d|[0-9a-z]-[0-9a-z]|[0-9a-z_])+\]")


def _first_atom(pattern: str) -> tuple[str, str]:
    """The character or class ``pattern`` must start with, and the rest of it (a class matched
    ``{m,n}`` times is that class once, then ``{m-1,n-1}`` more); two empty strings where it
    starts with neither (a group, an optional character, a lazy or optional class)."""
    if pattern and _starts_with_a_character(pattern):
        return pattern[0], pattern[1:]
    found = _LEADING_CLASS.match(pattern)
    if found is None or pattern[found.end() : found.end() + 1] in ("?", "+", "*", "{"):
        return "", ""
    atom, least, most, plus = found.groups()
    rest = pattern[found.end() :]
    if plus:
        return atom, f"{atom}*{rest}"
    if least is None:
        return atom, rest
    if most and most != ",":
        most = f",{int(most[1:]) - 1}"
    return atom, f"{atom}{{{int(least) - 1}{most or ''}}}{rest}"


def _leading_assertions(pattern: str) -> tuple[list[str], str]:
    """The ``\\b`` and look-behinds ``pattern`` starts with, and the rest of it."""
    assertions: list[str] = []
    while True:
        if pattern.startswith(r"\b"):
            end: int | None = 2
        elif pattern.startswith(("(?<!", "(?<=")):
            end = _group_end(pattern)
        else:
            end = None
        if end is None:
            return assertions, pattern
        assertions.append(pattern[:end])
        pattern = pattern[end:]


def _starts_with_a_character(pattern: str) -> bool:
    """Whether ``pattern`` starts with a character it must match (not a group, class or one made
    optional)."""
    return pattern[:1] not in _SYNTAX and pattern[1:2] not in _QUANTIFIERS


def _starts_with_a_letter(pattern: str) -> bool:
    """Whether ``pattern`` starts with a letter it must match (not one made optional)."""
    return pattern[:1].isalpha() and pattern[1:2] not in _QUANTIFIERS


class Phrases:
    """A long list of phrases in all three languages, read by the script of the message.

    A phrase with a Chinese character in it can only match a message that has one, so a message
    without any is read against the other phrases alone: about 40% less time on a long Hungarian or
    English message (a test checks that no such phrase matches a message without Chinese). The
    two parts are compiled apart, each phrase once: a third less time to start.
    """

    def __init__(self, patterns: Iterable[str]) -> None:
        patterns = tuple(patterns)
        self.chinese = tuple(p for p in patterns if _CHINESE_CHARACTER.search(p))
        self._chinese = compile_phrases(self.chinese, in_any_order=True)
        others = tuple(p for p in patterns if p not in self.chinese)
        gated = _gated_phrases(others)
        #: The phrases read only where a word each must have is (see
        #: :func:`_word_to_look_for_first`), with that word.
        self._gated = tuple((word, re.compile(fold(p))) for p, word in gated)
        without = {p for p, _ in gated}
        self._without_chinese = compile_phrases(
            (p for p in others if p not in without), in_any_order=True
        )

    def found_in(self, text: str) -> bool:
        """Whether any of the phrases is in ``text``."""
        if self._without_chinese.search(text):
            return True
        for word, pattern in self._gated:
            if word in text and pattern.search(text):
                return True
        # (a text of ASCII alone, most English and Hungarian ones, is not searched for Chinese)
        return bool(
            not text.isascii() and _CHINESE_CHARACTER.search(text) and self._chinese.search(text)
        )


@remembered
def _gated_phrases(phrases: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Of ``phrases``, those read only where a word is (see :func:`_word_to_look_for_first`),
    each with that word."""
    return tuple((p, word) for p in phrases if (word := _word_to_look_for_first(fold(p))))


class ByScript:
    """A pattern of alternatives (phrases) read without those that need a character outside
    ASCII where the text has none (see :func:`_for_ascii`): a Chinese phrase is entered at every
    place of an English or Hungarian text though it cannot match there, and every match is the
    same without it (an alternative that matches nowhere in a text never wins there)."""

    def __init__(
        self,
        alternatives: Iterable[str],
        build: Callable[[Sequence[str]], re.Pattern[str]],
        folded: bool = False,
    ) -> None:
        alternatives = tuple(alternatives)
        self.pattern = build(alternatives)
        self._ascii = build(_for_ascii_alone(alternatives, folded))

    @classmethod
    def phrases(cls, patterns: Iterable[str]) -> ByScript:
        """As :func:`compile_phrases` (each phrase read folded)."""
        return cls(patterns, compile_phrases, folded=True)

    @classmethod
    def regex(cls, pattern: str) -> ByScript:
        """As :func:`regex`, by its alternatives."""
        return cls(_alternatives_of(pattern), lambda chosen: regex("|".join(chosen) or _NEVER))

    def _for(self, text: str) -> re.Pattern[str]:
        return self._ascii if text.isascii() else self.pattern

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As :meth:`re.Pattern.search`."""
        return self._for(text).search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As :meth:`re.Pattern.match`."""
        return self._for(text).match(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """As :meth:`re.Pattern.finditer`."""
        return self._for(text).finditer(text, pos, endpos)


#: A pattern that matches nowhere.
_NEVER = "(?!)"
#: How a group starts that neither captures nor sets a flag.
_PLAIN_GROUPS = ("(?:", "(?=", "(?!", "(?<=", "(?<!")


@remembered
def _for_ascii_alone(alternatives: tuple[str, ...], folded: bool) -> tuple[str, ...]:
    """``alternatives`` (each ``folded`` first, or not) as read in a text of ASCII alone (see
    :func:`_for_ascii`), those that can match none left out."""
    ascii_only = (_for_ascii(fold(a) if folded else a) for a in alternatives)
    return tuple(a for a in ascii_only if a != _NEVER)


def _for_ascii(pattern: str) -> str:
    """``pattern`` without each alternative (of it or of a group in it, not in a look-behind,
    which keeps its width) every match of which has a character outside ASCII (see
    :func:`_words_every_match_has`), or a group left with none: one that can match no text of
    ASCII alone. An alternative with a group that captures (the others would be numbered
    otherwise) or sets a flag is kept as it is; where none is left, :data:`_NEVER`."""
    kept = []
    for alternative in _alternatives_of(pattern):
        groups = [at for at, c, _ in _syntax(alternative) if c == "("]
        if any(not alternative.startswith(_PLAIN_GROUPS, at) for at in groups):
            kept.append(alternative)
        elif all(word.isascii() for word in _words_every_match_has(alternative)):
            kept += filter(None, [_groups_for_ascii(alternative)])
    return "|".join(kept) if kept else _NEVER


def _groups_for_ascii(pattern: str) -> str:
    """``pattern`` (one alternative) with each of its outer groups but a look-behind read by
    :func:`_for_ascii` (none captures: see there); ``""`` where one that must match is left
    with no alternative."""
    pieces, last = [], 0
    for at, ch, depth in _syntax(pattern):
        if ch != "(" or depth != 0 or at < last or pattern.startswith("(?<", at):
            continue
        end = _group_end(pattern, at)
        if end is None:
            return pattern
        inner = _for_ascii(pattern[at + 3 : at + end - 1])
        after = pattern[at + end : at + end + 1]
        optional = pattern.startswith("(?!", at) or (after != "" and after in "?*{")
        if inner == _NEVER and not optional:
            return ""
        pieces += [pattern[last : at + 3], inner, ")"]
        last = at + end
    return "".join(pieces) + pattern[last:]


#: What an escape of more than one character starts with after the backslash.
_NUMBERED_ESCAPES = frozenset("xuUN0123456789")
#: How long a word must be to be looked for first (a shorter one is in most messages).
_SHORTEST_WORD_LOOKED_FOR = 5


def _word_to_look_for_first(phrase: str) -> str:
    """For a phrase at a word's start that is not led by a letter, even spelled out (``\\b(?<!app
    )breakdown``, ``\\b[\\w ]{1,20} elott``, ``\\b've got the wrong``), the longest run of
    characters every match of it has (see :func:`_words_every_match_has`), if long enough; else
    ``""``. Among the phrases of a :class:`Phrases` list such a phrase is entered at every word's
    start or end of every message (a third of the time of some lists); read alone, only where
    its word is, it is found where it was, and the others no slower."""
    rest = phrase[2:]
    if (
        not phrase.startswith(r"\b")
        or _has_top_level_or(phrase)
        or all(_starts_with_a_character(p) and p[0] != "\\" for p in _spelled_out(rest))
    ):
        return ""
    word = max(_words_every_match_has(phrase), key=len, default="")
    return word if len(word) >= _SHORTEST_WORD_LOOKED_FOR else ""


def a_word_every_match_has(pattern: re.Pattern[str]) -> str:
    """The longest run of characters every match of ``pattern`` has (see
    :func:`_words_every_match_has`), or ``""``: a text without it cannot match, so ``pattern``
    need not be searched there. A pattern compiled with flags that change what a character
    matches has none (its flags are not in ``pattern.pattern``)."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return ""
    return _longest_word_every_match_has(pattern.pattern)


@remembered
def _longest_word_every_match_has(pattern: str) -> str:
    """The word of :func:`a_word_every_match_has`."""
    return max(_words_every_match_has(pattern), key=len, default="")


def words_one_of_which_every_match_has(pattern: re.Pattern[str]) -> frozenset[str]:
    """Words (of ASCII, each at least two characters long), one of which every match of
    ``pattern`` has (see :func:`_one_of_its_words`), or none: a text without any of them cannot
    match. Unlike :func:`a_word_every_match_has`, it finds them for a pattern of alternatives,
    one word (or a few) for each (``\\w+(?:nek|nak) fele`` has ``nek `` or ``nak ``)."""
    if pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return frozenset()
    return frozenset(_words_one_of_which(pattern.pattern))


@remembered
def _words_one_of_which(pattern: str) -> tuple[str, ...]:
    """The words of :func:`words_one_of_which_every_match_has`."""
    return tuple(_one_of_its_words(_without_look_arounds(pattern)))


def _one_of_its_words(pattern: str) -> list[str]:
    """Words one of which every match of ``pattern`` (with no look-around) has: of each of its
    alternatives, its longest run of characters (see :func:`_words_every_match_has`) or those of
    a group it must match, whichever have the shortest word longest; ``[]`` for none."""
    alternatives = _alternatives_of(pattern)
    if len(alternatives) > 1:
        words = [_one_of_its_words(alternative) for alternative in alternatives]
        return [] if not all(words) else list(dict.fromkeys(w for each in words for w in each))
    longest = max(_words_every_match_has(pattern), key=len, default="")
    choices = [[longest]] if len(longest) >= 2 or not longest.isascii() else []
    for at, ch, depth in _syntax(pattern):
        end = _group_end(pattern, at) if ch == "(" and depth == 0 else None
        if (
            end
            and pattern.startswith("(?:", at)
            and pattern[at + end : at + end + 1] not in _OPTIONAL
        ):
            choices.append(_one_of_its_words(pattern[at + 3 : at + end - 1]))
    choices = [words for words in choices if words]
    return max(choices, key=lambda words: (min(map(len, words)), -len(words)), default=[])


#: What makes a group optional after it, or repeats it.
_OPTIONAL = ("?", "*", "{")


def _without_look_arounds(pattern: str) -> str:
    """``pattern`` without its look-aheads and look-behinds (not one that is repeated): every
    match of it is a match of what is left, with the same characters side by side."""
    kept, last = [], 0
    for at, ch, _ in _syntax(pattern):
        if ch != "(" or at < last or not pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), at):
            continue
        end = _group_end(pattern, at)
        if end is None or pattern[at + end : at + end + 1] in ("?", "*", "+", "{"):
            continue
        kept.append(pattern[last:at])
        last = at + end
    return "".join(kept) + pattern[last:]


#: Flags that change what a character matches, set for a whole pattern: since Python 3.11 only at
#: its start ("(?i)", "(?x)").
_IGNORING_CASE_OR_SPACE = re.compile(r"\(\?[aLmsu]*[ix][aiLmsux]*\)")


def _words_every_match_has(pattern: str) -> list[str]:
    """The runs of plain characters ``pattern`` (no ``|`` outside a group) must match, each in
    one piece: those outside any class, repetition or group, and of a group that is neither
    repeated nor made optional, what all its choices start with (``(?:partjan|partjanal)`` is
    ``partjan``). A character made optional ends a run before it, as does anything else (an
    escape, a class, a look-around); a pattern with flags that change what a character matches
    has none."""
    if _IGNORING_CASE_OR_SPACE.match(pattern):  # (read, not compiled: 50 ms less to start)
        return []
    runs, run, i = [], "", 0
    while i < len(pattern):
        ch = pattern[i]
        if ch in "?*+{":  # (after a class, a group or an escape: the run has ended)
            if ch == "{" and (closing := pattern.find("}", i)) != -1:
                i = closing
            i += 2 if pattern[i + 1 : i + 2] in ("?", "+") else 1
            continue
        if pattern[i + 1 : i + 2] in _QUANTIFIERS and ch not in "\\[(":
            runs.append(run)  # a character made optional or repeated: the run ends before it
            run, i = "", i + 1
            continue
        if ch not in _SYNTAX:
            run, i = run + ch, i + 1
            continue
        runs.append(run)
        run = ""
        if ch == "\\":
            if pattern[i + 1 : i + 2] in _NUMBERED_ESCAPES:
                return []  # (a character by its number, or a group's: not read here)
            i += 2
        elif ch == "[":
            found = _SYNTAX_PIECE.match(pattern, i)
            i = found.end() if found else len(pattern)
        elif ch == "(":
            end = _group_end(pattern, i)
            if end is None:
                return []
            group, after = pattern[i : i + end], pattern[i + end : i + end + 1]
            if group.startswith("(?:") and after not in _QUANTIFIERS:
                choices = _alternatives_of(group[3:-1])
                run = _shared_start([_plain_start(choice) for choice in choices])
                if any(choice != run for choice in choices):
                    runs.append(run)
                    run = ""
            i += end
        elif ch == "|":
            return []
        else:  # . ^ $
            i += 1
    return [r for r in (*runs, run) if r]


def _shared_start(words: Sequence[str]) -> str:
    """What all ``words`` start with."""
    shared = words[0] if words else ""
    for word in words[1:]:
        while not word.startswith(shared):
            shared = shared[:-1]
    return shared


def _plain_start(pattern: str) -> str:
    """The plain characters ``pattern`` must start with (one made optional is not)."""
    end = 0
    while end < len(pattern) and pattern[end] not in _SYNTAX:
        end += 1
    if pattern[end : end + 1] in _QUANTIFIERS:
        end -= 1
    return pattern[: max(end, 0)]


def _has_top_level_or(pattern: str) -> bool:
    """Whether ``pattern`` has a ``|`` outside any group or class ("a|b", not "(?:a|b)")."""
    return len(_alternatives_of(pattern)) > 1


def _alternatives_of(pattern: str) -> list[str]:
    """``pattern`` cut at each ``|`` outside any group or class."""
    if "|" not in pattern:
        return [pattern]
    cuts = [i for i, ch, depth in _syntax(pattern) if ch == "|" and depth == 0]
    edges = [-1, *cuts, len(pattern)]
    return [pattern[a + 1 : b] for a, b in itertools.pairwise(edges)]


def _group_end(pattern: str, at: int = 0) -> int | None:
    """How long the group that starts at ``at`` of ``pattern`` is (to after its ``)``), if it is
    closed."""
    end = _group_ends(pattern).get(at)
    return None if end is None else end - at


@functools.lru_cache(maxsize=256)
def _group_ends(pattern: str) -> dict[int, int]:
    """Where each closed group of ``pattern`` ends (after its ``)``), by where it starts, found
    in one scan: the analyses above ask for a pattern's groups one by one, and scanning from
    each group's start again was much of their time at start-up."""
    ends: dict[int, int] = {}
    opened: list[int] = []
    for at, ch, _ in _syntax(pattern):
        if ch == "(":
            opened.append(at)
        elif ch == ")" and opened:
            ends[opened.pop()] = at + 1
    return ends


#: An escaped character, a class (``]`` first in it, or after ``^``, is a character), or a
#: bracket or ``|`` that is neither.
_SYNTAX_PIECE = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]", re.DOTALL)


def _syntax(pattern: str) -> Iterator[tuple[int, str, int]]:
    """The brackets and ``|`` of ``pattern`` that are neither escaped nor in a class, each with
    where it is and how deep in groups it stands (a bracket counts as outside its group); the
    escapes and classes are passed over in one match each, not character by character."""
    depth = 0
    for piece in _SYNTAX_PIECE.finditer(pattern):
        ch = piece[0]
        if ch == ")":
            depth -= 1
        elif len(ch) > 1 or ch == "\\":
            continue
        yield piece.start(), ch, depth
        if ch == "(":
            depth += 1


class WordsIn:
    """Which of many words a text has, each as ``in`` finds it (anywhere, not only as a whole
    word), in one scan of the text instead of one for each word."""

    def __init__(self, words: Iterable[str]) -> None:
        words = frozenset(words) - {""}  # (the empty word is in every text: its caller knows)
        # The words as one tree: where several start at one place, each is the start of the
        # longest, which the tree finds (it follows the text as deep as a word goes). Behind a
        # look-ahead for their first characters, the engine passes over the others in one fast
        # scan where it would enter the tree at each (a long message: 42 → 29 us).
        firsts = "".join(sorted({_in_a_class(word[0]) for word in words}))
        tree = _tree_of(sorted(words))
        self._pattern = re.compile(f"(?=[{firsts}])(?:{tree})" if words else tree)
        self._with_its_starts = {
            word: frozenset(word[:end] for end in range(1, len(word) + 1)) & words for word in words
        }

    def found_in(self, text: str) -> frozenset[str]:
        """The words found in ``text``."""
        found: frozenset[str] = frozenset()
        at = 0
        while (match := self._pattern.search(text, at)) is not None:
            found |= self._with_its_starts[match[0]]
            at = match.start() + 1
        return found


def _tree_of(words: Sequence[str]) -> str:
    """A pattern of sorted, distinct ``words`` by their first characters, the longer word tried
    first where one starts another: "meter", "met" is ``met(?:er)?``."""
    if not words:
        return "(?!)"
    branches = []
    for first, group in itertools.groupby(words, key=lambda word: word[0]):
        rest = [word[1:] for word in group]
        if len(rest) == 1:  # (a word alone, as it is)
            branches.append(re.escape(first + rest[0]))
            continue
        tree = f"(?:{_tree_of([word for word in rest if word])})"
        branches.append(re.escape(first) + (f"{tree}?" if "" in rest else tree))
    return "|".join(branches)


_CHINESE_CHARACTER = re.compile("[\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


def is_cjk(ch: str) -> bool:
    return _CHINESE_CHARACTER.match(ch) is not None


def chinese_characters_in(text: str) -> int:
    """How many Chinese characters ``text`` has (none in a text of ASCII, told at once)."""
    return 0 if text.isascii() else len(_CHINESE_CHARACTER.findall(text))


# ================================================================================================
# Short answers at the options, the plan's details and a missed payment
# ================================================================================================


#: What else is kept of recent messages, dropped with their normal forms.
_KEPT_OF_RECENT_MESSAGES: list[Callable[[], None]] = []


def forget_normal_forms() -> None:
    """Drop the normal forms kept of recent messages (benchmarks time a message read cold)."""
    for kept in (normalize, fold, words_only):
        kept.cache_clear()
    for forget in _KEPT_OF_RECENT_MESSAGES:
        forget()


def kept_for_the_message(work_out: Callable[_Given, _Found]) -> Callable[_Given, _Found]:
    """``work_out`` of a message's text kept for the other steps of its read that ask it again of
    the same text, and dropped with the normal forms (benchmarks time a message read cold)."""
    kept = functools.lru_cache(maxsize=64)(work_out)
    _KEPT_OF_RECENT_MESSAGES.append(kept.cache_clear)
    return cast("Callable[_Given, _Found]", kept)


@kept_for_the_message
def spans_of(pattern: re.Pattern[str], text: str) -> tuple[tuple[int, int], ...]:
    """Where each match of ``pattern`` is in ``text``: the clause breaks of a message, found once
    for the many numbers of a list."""
    return tuple(match.span() for match in pattern.finditer(text))


def normal_form(text: str) -> str:
    """The text as the readers see it: NFKC, lower case, single spaces, accents folded."""
    return fold(normalize(text))
