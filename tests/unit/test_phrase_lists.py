"""The long phrase lists are compiled for speed; these check that nothing they match changed."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from importlib import resources

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.understanding.rules.amounts.corrections import CORRECTION
from dialogs.understanding.rules.amounts.no_answer import (
    _CHINESE_ONLY_NO_ANSWERS,
    _NO_ANSWER_AMONG_THE_FIGURES,
    _NO_ANSWER_PATTERNS,
    _NO_ANSWER_WORDS,
)
from dialogs.understanding.rules.amounts.surroundings import TOTAL_BEFORE, ZERO_WORDS
from dialogs.understanding.rules.intents import INTENT_IN_A_SENTENCE, VULNERABILITY_PHRASES
from dialogs.understanding.rules.numerals import _CHINESE_ONLY, PART_BEFORE, PERIOD_BEFORE
from dialogs.understanding.rules.safety import (
    DISPUTE_OF_NEW_KINDS,
    DISPUTE_PHRASES,
    DISTRESS_PHRASES,
    DISTRESS_SAID_IN_PASSING,
    NOT_DISPUTE,
    OWNS_DEBT,
    PAID_OFF_PHRASES,
)
from dialogs.understanding.rules.sums import NOT_A_LIST
from dialogs.understanding.rules.text import (
    _TRANSLATION,
    ByScript,
    Phrases,
    WordsIn,
    _alternatives_of,
    _by_first_letter,
    _choices_apart,
    _for_ascii,
    _has_top_level_or,
    _letter_led,
    _spelled_out,
    _starts_with_a_letter,
    _words_every_match_has,
    compile_phrases,
    fold,
    normal_form,
    normalize,
    regex,
    words_only,
)

#: Messages with no Chinese in them: letters, digits, accents, punctuation, emoji.
WITHOUT_CHINESE = (
    "",
    " ",
    "12 000",
    "4 5 6",
    "i can't go on like this 😞",
    "nem bírom tovább, 250 ezer a fizetésem",
    "a b c d e f g h i j k l m n o p q r s t u v w x y z 0 1 2 3 4 5 6 7 8 9",
    "áéíóöőúüű ÁÉÍÓÖŐÚÜŰ !?.,;:-()[]{}'\"/\\",
)


#: The requests heard inside a sentence, of every intent.
IN_A_SENTENCE = tuple(phrase for phrases in INTENT_IN_A_SENTENCE.values() for phrase in phrases)


@pytest.mark.parametrize(
    "phrases",
    [DISTRESS_PHRASES, DISPUTE_PHRASES, IN_A_SENTENCE],
    ids=["distress", "dispute", "requests"],
)
def test_a_chinese_phrase_needs_a_chinese_character(phrases: tuple[str, ...]) -> None:
    """What lets :class:`Phrases` skip them for a message without one."""
    chinese = Phrases(phrases).chinese
    assert chinese
    for phrase in chinese:
        pattern = re.compile(fold(phrase))
        assert not any(pattern.search(text) for text in WITHOUT_CHINESE), phrase


def test_the_chinese_identifiers_need_a_chinese_character() -> None:
    """What lets :func:`without_identifiers` skip them for a message without one."""
    texts = (*WITHOUT_CHINESE, "618 sale, v me 50", "bus 58, 60 m2 flat, 360 loan", "11 11 5 kg")
    for pattern in _CHINESE_ONLY:
        assert not any(pattern.search(fold(text)) for text in texts), pattern.pattern


def test_the_chinese_no_answers_need_a_character_beyond_ascii() -> None:
    """What lets :func:`_no_answer_among_the_figures` skip them for a message of ASCII alone:
    none matches any message of ASCII alone that the examples and rounds hold."""
    assert _CHINESE_ONLY_NO_ANSWERS
    ascii_texts = [text for text in _EXAMPLE_TEXTS if text.isascii()]
    for pattern in _CHINESE_ONLY_NO_ANSWERS:
        assert not pattern.flags & re.IGNORECASE, pattern.pattern  # (K matches the Kelvin sign)
        assert not any(pattern.search(text) for text in ascii_texts), pattern.pattern


@pytest.mark.parametrize("asked", sorted({q for q, _ in _NO_ANSWER_AMONG_THE_FIGURES} | {""}))
@pytest.mark.parametrize("chinese", [False, True])
def test_the_no_answer_index_holds_each_row_of_its_question(asked: str, chinese: bool) -> None:
    """The index built at start-up searches every row of the table meant for the question (the
    Chinese-only ones only where the message is not ASCII alone), each in every message or where
    one of its words is, and a message with one of those words has it found."""
    index = _NO_ANSWER_PATTERNS[asked, chinese]
    meant = {
        id(p)
        for question, p in _NO_ANSWER_AMONG_THE_FIGURES
        if question in ("", asked) and (chinese or p not in _CHINESE_ONLY_NO_ANSWERS)
    }
    indexed = {id(p) for p in index.always} | {
        id(p) for patterns in index.by_word.values() for p in patterns
    }
    assert indexed == meant
    for word in index.by_word:
        assert word in _NO_ANSWER_WORDS.found_in(f"x {word} x")
    matched = [t for t in _EXAMPLE_TEXTS if chinese or t.isascii()]
    for text in matched[:: max(1, len(matched) // 3000)]:
        folded = text.lower()
        for pattern in (p for ps in index.by_word.values() for p in ps):
            if pattern.search(folded):
                words = {w for w, ps in index.by_word.items() if pattern in ps}
                assert words & _NO_ANSWER_WORDS.found_in(folded), (pattern.pattern, text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), max_size=80))
def test_no_chinese_no_answer_matches_typed_ascii(text: str) -> None:
    """Nor any typed ASCII (digits, "k", "w", signs and all)."""
    assert not any(pattern.search(text) for pattern in _CHINESE_ONLY_NO_ANSWERS)


@pytest.mark.parametrize(
    "text",
    [
        "i want to end it all",
        "nem látok kiutat",
        "我不想活了",
        "my card ends 7319 and i can't go on",
        "活不下去了 can't cope",
    ],
)
def test_phrases_find_what_one_alternation_finds(text: str) -> None:
    plain = words_only(fold(normalize(text)))
    one = re.compile("|".join(f"(?:{fold(p)})" for p in DISTRESS_PHRASES))
    assert Phrases(DISTRESS_PHRASES).found_in(plain) == bool(one.search(plain)) is True


def test_grouped_by_first_letter_keeps_the_first_listed_match() -> None:
    pattern = re.compile(_by_first_letter(["can't go on", "can't", "cope", "x?y"]))
    matched = [pattern.match(text) for text in ("can't go on", "can't stop", "cope", "y", "xy")]
    assert [m.group() if m else None for m in matched] == [
        "can't go on",
        "can't",
        "cope",
        "y",
        "xy",
    ]


def test_a_phrase_after_one_that_is_not_led_by_a_letter_stays_after_it() -> None:
    """ "[a-z]+" is tried before "ab", as listed: grouping "ab" with "a" would try it first."""
    pattern = re.compile(_by_first_letter(["a", "[a-z]+", "ab"]))
    assert pattern.match("ab").group() == "a"
    assert re.compile(_by_first_letter(["ax", "[a-z]+", "ab"])).match("ab").group() == "ab"


@pytest.mark.parametrize(
    ("pattern", "led"),
    [
        (r"\bfood", r"f(?<!\wf)ood"),
        (r"\b(?:gas|fuel)s?", r"g(?<!\wg)ass?|f(?<!\wf)uels?"),
        (r"(?<!not )\bfair", r"f(?<!(?:not )f)(?<!\wf)air"),
        (r"\b(?:a )?bank", r"a(?<!\wa) bank|b(?<!\wb)ank"),
        # an optional first letter is a choice of two: with it and without
        (r"\bs?he", r"s(?<!\ws)he|h(?<!\wh)e"),
        (r"\b(?:a|b)*c", r"\b(?:a|b)*c"),  # nor a repeated group
        # a class leads as a letter does, a counted class once and then one time less
        (r"(?<![0-9.,])[0-9]{1,2}:", r"[0-9](?<!(?:[0-9.,])[0-9])[0-9]{0,1}:"),
        (r"\b[0-9]+ kids", r"[0-9](?<!\w[0-9])[0-9]* kids"),
        (r"(?<!a)[ab]?c", r"[ab](?<!(?:a)[ab])c|c(?<!(?:a)c)"),  # an optional class too
        # a phrase not led by a letter stays in its place, the others are led around it
        (
            r"(?:\bfood|\bfuel|\w*x|\bbus) bill",
            r"f(?<!\wf)(?:ood|uel) bill|\w*x bill|b(?<!\wb)us bill",
        ),
    ],
)
def test_alternatives_are_led_by_their_first_letter(pattern: str, led: str) -> None:
    assert _letter_led(pattern) == led


def test_a_captured_group_keeps_its_number() -> None:
    """Leading "(?:a|one) … (a|three)" by its letters would copy the captured group into each
    alternative, and the second copy would be group 2: such a pattern is compiled as written."""
    quarters = regex(r"\b(?:a|one) grand and (a|three) quarters?\b")
    assert quarters.groups == 1
    found = quarters.search("one grand and three quarters")
    assert found is not None and found[1] == "three"


#: Small patterns of the kinds the phrase lists use: words, word boundaries, look-behinds,
#: choices (some optional, some repeated), classes, and Chinese.
_PIECES = st.sampled_from(
    [
        "a", "b", "ab", "ba", "no", " ", "-", "'", "是", "不", r"\b", r"\w*", r"\W?", "[ab]",
        "(?<!a)", "(?<=b )", "(?<!不)", "$", "^", "x?",
        # digits, to group the phrases led by one
        "1", "[0-9]", "[12]+", r"\d", "(?<!1)", "[0-9]?",
        # a class repeated a counted number of times, to lead by it once
        "[0-9]{1,2}", "[ab]{2,}", "[12]{2}",
    ]
)  # fmt: skip


def _choice(parts: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    options = st.lists(parts, min_size=1, max_size=3).map("|".join)
    return st.tuples(options, st.sampled_from(["", "?", "*", "??"])).map(
        lambda found: f"(?:{found[0]}){found[1]}"
    )


_PATTERNS = st.recursive(
    st.lists(_PIECES, min_size=1, max_size=4).map("".join),
    lambda inner: st.lists(st.one_of(inner, _choice(inner)), min_size=1, max_size=3).map("".join),
    max_leaves=8,
)
_TEXTS = st.text(alphabet="ab no-'是不x12", max_size=14)


def _matches(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text)]


@given(st.lists(_PATTERNS, min_size=1, max_size=3).map("|".join), st.lists(_TEXTS, max_size=6))
@settings(max_examples=400, deadline=None)
def test_a_pattern_led_by_letters_matches_exactly_what_it_did(
    pattern: str, texts: list[str]
) -> None:
    led = _letter_led(pattern)
    alternatives = _alternatives_of(pattern)
    spelled = "|".join(phrase for a in alternatives for phrase in _spelled_out(a))
    for text in ["", "ab no ab", "a-b 是不是 ba", *texts]:
        assert _matches(led, text) == _matches(pattern, text), (led, text)
        assert _matches(spelled, text) == _matches(pattern, text), (spelled, text)


@given(st.lists(_PATTERNS, min_size=1, max_size=6), st.lists(_TEXTS, max_size=6))
@settings(max_examples=300, deadline=None)
def test_phrases_grouped_by_first_letter_match_as_listed(
    phrases: list[str], texts: list[str]
) -> None:
    grouped = _by_first_letter(phrases)
    listed = "|".join(f"(?:{phrase})" for phrase in phrases)
    for text in ["ab no ab", "a-b 是不是 ba", "12 a1 21b", *texts]:
        assert _matches(grouped, text) == _matches(listed, text), (grouped, text)


#: Phrases each at the start of a word, led by one of more letters than are written behind one
#: ``\\b`` (see ``_WORD_LED_ENOUGH``), and texts of those letters.
_AT_WORD_STARTS = st.lists(
    st.tuples(st.sampled_from("abcdefgh"), _PATTERNS).map(lambda led: rf"\b{led[0]}{led[1]}"),
    min_size=8,
    max_size=14,
)
_TEXTS_OF_MORE_LETTERS = st.text(alphabet="abcdefgh no-'12", max_size=14)


@given(_AT_WORD_STARTS, st.lists(_TEXTS_OF_MORE_LETTERS, max_size=6))
@settings(max_examples=300, deadline=None)
def test_phrases_led_at_a_word_start_match_as_listed(phrases: list[str], texts: list[str]) -> None:
    grouped = _by_first_letter(_alternatives_of(_letter_led("|".join(phrases))), whole=False)
    listed = "|".join(f"(?:{phrase})" for phrase in phrases)
    for text in ["ab no ab", "a-b hg fe cd", "12 a1 21b dd", *texts]:
        assert _matches(grouped, text) == _matches(listed, text), (grouped, text)


def test_letters_each_led_at_a_word_start_are_written_behind_one_boundary() -> None:
    """Six letters or more, each of whose phrases starts a word, behind one ``\\b``: inside a
    word the engine passes over them all at once, where it entered the letter there and looked
    behind it (a long message is read against such a pattern in about half the time)."""
    led = _letter_led(r"\bfood|\bgas|(?<!no )\bheat|\bice|\bjam|\bkale|x[0-9]|[0-9]x")
    written = _by_first_letter(_alternatives_of(led))
    assert written == (
        r"(?=[fghijkx\d])(?:\b(?:food|gas|h(?<!(?:no )h)eat|ice|jam|kale)|x[0-9]|[0-9]x)"
    )
    fewer = _by_first_letter(_alternatives_of(_letter_led(r"\bfood|\bgas|x[0-9]|[0-9]x")))
    assert fewer == r"(?=[fgx\d])(?:f(?<!\wf)ood|g(?<!\wg)as|x[0-9]|[0-9]x)"


def _as_listed(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """The phrases compiled as they always were: those at a word boundary that start with a
    letter, then the other ones at a word boundary, then the rest, each as written."""
    folded = [fold(p) for p in phrases]
    at_a_word = [p for p in folded if p.startswith(r"\b") and not _has_top_level_or(p)]
    anywhere = [p for p in folded if p not in at_a_word]
    at_a_word = [p[2:] for p in at_a_word]
    lettered = [p for p in at_a_word if _starts_with_a_letter(p)]
    others = [p for p in at_a_word if p not in lettered]
    words = "|".join(f"(?:{p})" for p in lettered + others)
    return re.compile("|".join([rf"\b(?:{words})"] * bool(at_a_word) + anywhere))


@pytest.mark.parametrize(
    "phrases",
    [
        DISTRESS_PHRASES,
        DISPUTE_PHRASES,
        NOT_DISPUTE,
        OWNS_DEBT,
        PAID_OFF_PHRASES,
        VULNERABILITY_PHRASES,
        IN_A_SENTENCE,
        ZERO_WORDS,
        TOTAL_BEFORE,
        CORRECTION,
        NOT_A_LIST,
    ],
    ids=lambda phrases: phrases[0][:24],
)
def test_compiled_phrases_match_exactly_what_they_matched(phrases: tuple[str, ...]) -> None:
    compiled, as_listed = compile_phrases(phrases), _as_listed(phrases)
    read_seldom = compile_phrases(phrases, read_often=False)
    assert len(read_seldom.pattern) < len(compiled.pattern)
    for text in _EXAMPLE_TEXTS:
        assert _matches(compiled.pattern, text) == _matches(as_listed.pattern, text), text
        assert _matches(read_seldom.pattern, text) == _matches(as_listed.pattern, text), text


@given(st.lists(_PATTERNS, min_size=1, max_size=3).map("|".join), st.lists(_TEXTS, max_size=6))
@settings(max_examples=200, deadline=None)
def test_a_pattern_read_seldom_matches_what_it_does_read_often(
    pattern: str, texts: list[str]
) -> None:
    often, seldom = regex(pattern), regex(pattern, read_often=False)
    for text in ["", "ab no ab", "a-b 是不是 ba", *texts]:
        assert _matches(often.pattern, text) == _matches(seldom.pattern, text), (pattern, text)


def _example_texts() -> list[str]:
    """The examples the classifier learns from, as the rules read them (normalised, and also
    with punctuation as spaces)."""
    folder = resources.files("dialogs.understanding") / "examples"
    texts: set[str] = set()
    for file in folder.iterdir():
        if file.name.endswith(".toml"):
            for meanings in tomllib.loads(file.read_text(encoding="utf-8")).values():
                for table in meanings.values():
                    texts.update(table.get("examples", ()))
    plain = {normal_form(text) for text in texts}
    return sorted(plain | {words_only(text) for text in plain})


_EXAMPLE_TEXTS = _example_texts()


#: A half or a quarter typed as one character: its decimal after a digit, its words alone.
_HALVES_AND_QUARTERS = {
    "\u00bc": (".25", " a quarter "),
    "\u00bd": (".5", " half "),
    "\u00be": (".75", " three quarters "),
}


def _halves_one_by_one(text: str) -> str:
    """Halves and quarters written out a character at a time: a digit not yet joined to one,
    a space between them or none, takes its decimal ("1 ½" is 1.5); else its words."""
    pieces: list[tuple[str, bool]] = []  # each piece, and whether it is a digit not yet taken
    for ch in text:
        if ch not in _HALVES_AND_QUARTERS:
            pieces.append((ch, ch in "0123456789"))
            continue
        decimal, words = _HALVES_AND_QUARTERS[ch]
        if pieces and pieces[-1][1]:
            pieces[-1] = (pieces[-1][0] + decimal, False)
        elif len(pieces) > 1 and pieces[-1][0] == " " and pieces[-2][1]:
            pieces[-2:] = [(pieces[-2][0] + decimal, False)]
        else:
            pieces.append((words, False))
    return "".join(piece for piece, _ in pieces)


@pytest.mark.parametrize(
    "phrases",
    [
        (*DISTRESS_PHRASES, *DISTRESS_SAID_IN_PASSING),
        (*DISPUTE_PHRASES, *DISPUTE_OF_NEW_KINDS),
        PAID_OFF_PHRASES,
        VULNERABILITY_PHRASES,
        IN_A_SENTENCE,
        ZERO_WORDS,
        (r"\bin my name", r"\bi dispute\b", r"\bidentity", r"\bi\b", r"\bin(?:deed)?\b", "ok"),
    ],
    ids=lambda phrases: phrases[0][:24],
)
def test_phrases_grouped_as_a_tree_find_what_they_found(phrases: tuple[str, ...]) -> None:
    """Grouped by their first three characters (the first listed no longer tried first), the
    phrases are found in the same messages as where they were listed one after the other."""
    grouped, as_listed = Phrases(phrases), _as_listed(phrases)
    texts = [*_EXAMPLE_TEXTS, *(text[i:] for text in _EXAMPLE_TEXTS[::7] for i in (1, 2, 3))]
    for text in texts:
        assert grouped.found_in(text) == bool(as_listed.search(text)), text


def _normal_one_by_one(text: str) -> str:
    """The normal form as it was made a character at a time (see ``text.normalize``)."""
    text = unicodedata.normalize("NFKC", _halves_one_by_one(text))
    # invisible format characters, and a keycap emoji's presentation and frame ("5\ufe0f\u20e3")
    text = "".join(
        ch for ch in text if unicodedata.category(ch) != "Cf" and ch not in "\ufe0f\u20e3"
    )
    return " ".join(text.translate(_TRANSLATION).lower().split())


def _folded_one_by_one(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", kept)


def _words_one_by_one(text: str) -> str:
    kept = (ch if ch == "'" or unicodedata.category(ch)[0] not in "PS" else " " for ch in text)
    return " ".join("".join(kept).split())


def test_texts_are_normalised_as_character_by_character() -> None:
    """Every character of Unicode, in runs, read through the tables (more characters than they
    keep, so some the slow way too)."""
    characters = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]
    runs = ["".join(characters[i : i + 48]) for i in range(0, len(characters), 48)]
    for text in [*runs, *_EXAMPLE_TEXTS[:2000], "Munkanélküli\u200b vagyok — don’t"]:
        assert normalize.__wrapped__(text) == _normal_one_by_one(text)
        assert fold.__wrapped__(text) == _folded_one_by_one(text)
        assert words_only.__wrapped__(text) == _words_one_by_one(text)


def test_the_words_of_a_total_are_spelled_out() -> None:
    """The words before a total are searched before every figure of a list: past 64 phrases a
    list is left as one group the engine enters at every place (six times as slow), so a new
    kind of total goes in an entry of its own."""
    from dialogs.understanding.rules.amounts.surroundings import TOTAL_BEFORE

    assert all(len(_spelled_out(fold(words))) > 1 for words in TOTAL_BEFORE)


@given(st.lists(_PATTERNS, min_size=1, max_size=6), st.lists(_TEXTS, max_size=6))
@settings(max_examples=300, deadline=None)
def test_a_pattern_with_captured_groups_matches_as_written(
    alternatives: list[str], texts: list[str]
) -> None:
    """A pattern whose groups are captured is compiled as written, its alternatives behind
    look-aheads for their first characters: the same matches, the same groups."""
    written = "|".join(f"({a})" if i % 2 else a for i, a in enumerate(alternatives))
    compiled = regex(written)
    assert compiled.groups == re.compile(written).groups
    for text in ["ab no ab", "a-b 是不是 ba", "12 a1 21b", *texts]:
        found = [(m.span(), m.groups()) for m in compiled.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in re.finditer(written, text)], text


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\bab?c", ["a", "c"]),
        (r"(?<!foo )breakdown\b(?! of)", ["breakdown"]),
        (r"\b[\w ]{1,20} elott (?:vagy|v) utan\b", [" elott ", "v", " utan"]),
        (r"\b(?:partjan|partjanal)\b.{0,60}\bnem (?:\w+ ){0,3}x", ["partjan", "nem ", "x"]),
        (r"\bx(?:abc)def{2}g", ["x", "abcde", "g"]),
        (r"a(?:b|c)?d", ["a", "d"]),
        (r"a\u3002bcd", []),  # (an escape by number is not read)
        (r"ab|cd", []),
    ],
)
def test_words_every_match_has(pattern: str, words: list[str]) -> None:
    """What a :class:`Phrases` list looks for before it reads a phrase not led by a character."""
    assert _words_every_match_has(pattern) == words


@pytest.mark.parametrize(
    ("pattern", "for_ascii"),
    [
        (r"per week|每周", "per week"),
        (r"\b(?:a|per) (?:week|周)", r"\b(?:a|per) (?:week)"),
        # a look-ahead that must match is gone with its only alternative; one that must not is kept
        (r"x(?=每)|y", "y"),
        (r"x(?!每)|y", r"x(?!(?!))|y"),
        # a captured group keeps its alternatives (its number would change); a look-behind too
        (r"(a|每)b", r"(a|每)b"),
        (r"(?<=每)a|b", r"(?<=每)a|b"),
        (r"每|周", "(?!)"),
    ],
)
def test_a_pattern_for_ascii_drops_only_what_needs_another_script(
    pattern: str, for_ascii: str
) -> None:
    assert _for_ascii(pattern) == for_ascii


#: Two phrase lists read by script, beside the whole list compiled as one.
BY_SCRIPT = [(ByScript.phrases(p), compile_phrases(p)) for p in (PERIOD_BEFORE, PART_BEFORE)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aábcdeiklmnoprstwyz 0123456789,.'-", max_size=60))
def test_phrases_read_by_script_match_as_the_whole_list(text: str) -> None:
    for by_script, whole in BY_SCRIPT:
        found, expected = by_script.search(text), whole.search(text)
        assert (found and found.span()) == (expected and expected.span())


@pytest.mark.parametrize(
    "text", ["200 a week", "heti 20", "every 2 weeks 80", "naponta 3", "每周两百", "per day 12"]
)
def test_phrases_read_by_script_find_what_they_found(text: str) -> None:
    plain = fold(text)
    for by_script, whole in BY_SCRIPT:
        assert [m.span() for m in by_script.finditer(plain)] == [
            m.span() for m in whole.finditer(plain)
        ]


@given(st.text(alphabet="amet r[x-y^\\]", max_size=30))
def test_words_in_finds_every_word_in_finds(text: str) -> None:
    words = ["met", "meter", "ter", "e", "[x", "-y", "^", "\\]", "r"]
    assert WordsIn(words).found_in(text) == {word for word in words if word in text}


@pytest.mark.parametrize(
    ("pattern", "written"),
    [
        ("不想(?:活|死|走)", "不想(?:活|死|走(?=))"),
        ("([$€£])?[0-9]+", "((?:\\$|€|£(?=)))?[0-9]+"),
        ("(?<=[,;。])一", "(?<=(?:,|;|。(?=)))一"),
        # kept: two choices, Latin-1 alone, a range, a negated class, a kind of character
        ("(?:和|跟)", "(?:和|跟)"),
        ("(?:a|b|c)", "(?:a|b|c)"),
        ("[一-鿿]{0,2}", "[一-鿿]{0,2}"),
        ("[^,;。]", "[^,;。]"),
        ("(?:[0-9]|一|二)", "(?:[0-9]|一|二)"),
    ],
)
def test_choices_beyond_latin_1_are_kept_apart(pattern: str, written: str) -> None:
    assert _choices_apart(pattern) == written


@pytest.mark.parametrize(
    "pattern",
    [
        r"不想(?:活|死|走)了?",
        r"[$€£¥]\s?[0-9]+(?:[.,][0-9]+)?",
        r"(?<=[,;。！])(?:[个只条]+|\d)",
        r"(?:(?:一|每)(?:只|个|单|件|次)[。！？.]|【[^】]*】)",
    ],
)
def test_choices_kept_apart_match_exactly_what_they_matched(pattern: str) -> None:
    texts = [
        *_EXAMPLE_TEXTS,
        "不想活了 不想死 不想走。€25 £ 3 ¥4.5, $7；个只条条！一只。每件? 【注】",
    ]
    apart = re.compile(_choices_apart(pattern))
    assert apart.pattern != pattern
    for text in texts:
        assert _matches(apart.pattern, text) == _matches(pattern, text), text
