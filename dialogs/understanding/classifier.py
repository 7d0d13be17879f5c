"""A small text classifier per language, trained at start-up from the team's examples.

The examples are data, one TOML file per language in ``examples/`` beside this module: a table
per question and meaning (``[temporary.no]``, ``[anywhere.person]``) with the ``examples``
people type and, where the question shows buttons, the ``buttons``' own words. Only the examples
are learned; the buttons are matched as typed by :mod:`dialogs.understanding.meaning`.

The model is a scikit-learn pipeline: TF-IDF over character n-grams of each word (3 and 4 letters;
1 to 3 characters for Chinese, which has no spaces) and over words and word pairs, then a linear
support vector machine, one score per label. It trains in a fraction of a second, the same way
every time (no randomness left), and nothing trained is stored. Scoring a message goes through the
fitted vocabulary and weights directly (:meth:`Classifier.scores`), some ten times faster than
the pipeline's own ``decision_function`` for one message, with the same numbers.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import json
import math
import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import metadata, resources
from typing import TYPE_CHECKING, Any, cast

import numpy as np
import numpy.typing as npt

from dialogs.understanding.rules import forget_normal_forms, normal_form

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from sklearn.pipeline import Pipeline

__all__ = [
    "Classifier",
    "Examples",
    "MessageVector",
    "button_arrays",
    "example_files",
    "features",
    "fingerprint",
    "forget_prepared",
    "is_withheld",
    "lesson",
    "load_examples",
    "message_files",
    "overlap_key",
    "prepare",
    "stored_examples",
    "withheld",
    "withheld_key",
]

#: Emoji that stand for a word, so that "👍" teaches and reads like "ok".
EMOJI_WORDS = {"👍": " ok ", "👌": " ok ", "✅": " ok ", "✔": " ok ", "👎": " no ", "❌": " no "}

_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
_KEPT_MARKS = "?"


@functools.lru_cache(maxsize=1024)
def prepare(text: str) -> str:
    """The text the classifier reads: normal form, digits as one ``0``, punctuation as spaces.

    A question mark stays (as a word of its own): "ok?" is not "ok".
    """
    plain = normal_form(text)
    for emoji, word in EMOJI_WORDS.items():
        plain = plain.replace(emoji, word)
    plain = _NUMBER.sub("0", plain)
    return " ".join(plain.translate(_MARKS).split())


class _Marks(dict[int, str]):
    """What :func:`prepare` makes of each character, worked out once per character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch in _KEPT_MARKS:
            kept = f" {ch} "
        elif ch == "'" or ch == "-":
            kept = ""  # "don't" and "dont", "re-do" and "redo" read the same
        elif unicodedata.category(ch)[0] in "PSZ" and not _is_symbol_worth_keeping(ch):
            kept = " "
        else:
            kept = ch
        self[code] = kept
        return kept


_MARKS = _Marks()


class _SquaredSublinear(dict[int, float]):
    """``(1 + log n) ** 2``, the square of an n-gram's weight counted ``n`` times, worked out
    once per count."""

    def __missing__(self, n: int) -> float:
        value = self[n] = (1.0 + math.log(n)) ** 2
        return value


_SQUARED_SUBLINEAR = _SquaredSublinear()


def forget_prepared() -> None:
    """Drop the prepared texts kept of recent messages (and their normal forms)."""
    prepare.cache_clear()
    forget_normal_forms()


def _is_symbol_worth_keeping(ch: str) -> bool:
    """Emoji and other pictographs carry meaning ("😭"); other symbols are noise."""
    return unicodedata.category(ch) == "So"


def _is_cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


_CJK = re.compile("[\u2e80-\u9fff\uf900-\ufaff]")


def features(prepared: str) -> list[str]:
    """The n-grams of a prepared text: characters inside each word, words and word pairs.

    A word with Chinese characters gives its 1- to 3-character n-grams (Chinese has no spaces,
    so a "word" is a whole clause); any other word its 3- and 4-letter n-grams, padded with a
    space at both ends, and itself. Word pairs carry negation ("not temporary").
    """
    grams: list[str] = []
    words = prepared.split()
    for word in words:
        if _CJK.search(word):
            padded = f"<{word}>"
            end = len(padded)
            grams += padded  # its 1-grams, one character each
            grams += [padded[i : i + 2] for i in range(end - 1)]
        else:
            padded = f" {word} "
            end = len(padded)
            grams.append(f"w:{word}")
            grams += [padded[i : i + 4] for i in range(end - 3)]
        grams += [padded[i : i + 3] for i in range(end - 2)]
    grams += [f"w:{a} {b}" for a, b in itertools.pairwise(words)]
    return grams


@dataclass(frozen=True, slots=True)
class Examples:
    """A language's examples and buttons, by label (``"question.meaning"``), in file order."""

    language: str
    texts: dict[str, tuple[str, ...]]
    buttons: dict[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class MessageVector:
    """A message as the classifier reads it: the vocabulary's columns of its n-grams that some
    example has, and their TF-IDF weights, of unit length over those n-grams (``known``, what the
    model scores) and over all of them, the unseen ones counted as the rarest known (``whole``,
    what is compared with the examples)."""

    columns: npt.NDArray[np.intp]
    known: npt.NDArray[np.float64]
    whole: npt.NDArray[np.float64]


_NO_COLUMNS: npt.NDArray[np.intp] = np.zeros(0, dtype=np.intp)
_NO_WEIGHTS: npt.NDArray[np.float64] = np.zeros(0, dtype=np.float64)


#: The file of ``examples/`` that names the texts never learned: examples and labelled messages
#: that are also texts of a held-out set (the evaluation, or a round not yet worked through), so
#: that those sets keep measuring what was not learned. A line a text, as the first 16 hex digits
#: of the SHA-256 of its :func:`overlap_key`: the held-out texts are not shown there. Written by
#: ``overdue-bot understanding withhold``; the texts themselves stay in their files.
WITHHELD = "withheld.txt"


def overlap_key(text: str) -> str:
    """A text as compared with the held-out sets: normal form, punctuation dropped."""
    return " ".join(re.sub(r"[^\w\s]", " ", normal_form(text)).split())


def withheld_key(text: str) -> str:
    """How :data:`WITHHELD` names a text."""
    return hashlib.sha256(overlap_key(text).encode()).hexdigest()[:16]


def withheld(folder: Traversable | None = None) -> frozenset[str]:
    """The keys of :data:`WITHHELD` (none when there is no such file)."""
    source = (folder if folder is not None else _examples_folder()) / WITHHELD
    if not source.is_file():
        return frozenset()
    lines = source.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def is_withheld(text: str, keys: frozenset[str]) -> bool:
    """Whether a text is one of the withheld ``keys``."""
    return bool(keys) and withheld_key(text) in keys


def _examples_folder() -> Traversable:
    return resources.files("dialogs.understanding") / "examples"


#: The folder of ``examples/`` that holds typed messages labelled the way the held-out set is,
#: ``{"question": …, "text": …, "expect": …}`` a line: the blind rounds, once worked through.
MESSAGES = "messages"
#: Questions whose answer is an amount of money: the rules read it, the examples' ``amount``
#: table learns what kind of answer it is (none, an amount, an unclear one).
_AMOUNT_QUESTIONS = frozenset({"income", "expenses", "other_debts", "counter"})
_LABELLED_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")


def lesson(question: str, expect: str, labels: Collection[str]) -> str | None:
    """The label of the examples that a labelled message teaches, or ``None`` when it teaches
    the classifier nothing (an option's number, an own amount at the options).

    ``labels`` are those of the examples' files: the question's own meaning comes first
    ("cause.dispute"), then what is heard everywhere ("anywhere.dispute" typed at the income
    question). What the rules read teaches only its kind, as the examples' files do: an amount
    (``amount.number``, ``amount.none`` for 0, ``amount.unclear``), the card's digits
    (``verify.digits``), a number of months (``recovery.months``). Any other meaning is a mistake
    in the file, not something to skip quietly.
    """
    for label in (f"{question}.{expect}", f"anywhere.{expect}"):
        if label in labels:
            return label
    if question in _AMOUNT_QUESTIONS:
        if expect == "0":
            return "amount.none"
        if expect == "ambiguous":
            return "amount.unclear"
        if _LABELLED_NUMBER.fullmatch(expect):
            return "amount.number"
    elif question == "verify" and expect.isdigit():
        return "verify.digits"
    elif question == "recovery" and _LABELLED_NUMBER.fullmatch(expect):
        return "recovery.months"
    elif question in ("options", "declined") and (
        expect.isdigit() or expect.startswith(("amount:", "instalment:"))
    ):
        return None
    raise ValueError(f"a message at {question!r} means {expect!r}: no examples' label says that")


def message_files(language: str, folder: Traversable) -> list[Traversable]:
    """``<language>.jsonl`` and ``<language>.*.jsonl`` anywhere under ``folder/messages``,
    sorted by their path there."""
    messages = folder / MESSAGES
    if not messages.is_dir():
        return []
    return [
        entry
        for _, entry in _files_under(
            messages, lambda name: name.startswith(f"{language}.") and name.endswith(".jsonl")
        )
    ]


def _taught(
    language: str, folder: Traversable, labels: Collection[str]
) -> Iterator[tuple[str, str]]:
    """Each labelled message of the language as (label, text), but those the rules read."""
    for source in message_files(language, folder):
        for line in source.read_text(encoding="utf-8").splitlines():
            if line.strip():
                message = json.loads(line)
                label = lesson(message["question"], message["expect"], labels)
                if label is not None:
                    yield label, message["text"]


def load_examples(language: str, folder: Traversable | None = None) -> Examples:
    """Read ``<language>.toml`` and every ``<language>.*.toml`` of ``examples/``, then the
    labelled messages of ``examples/messages/`` (:func:`lesson`), each added to the examples of
    what it means.

    Each file has a table per question with a table per meaning; the files are merged in the
    order of their names (the main file first), a meaning's examples and buttons added up
    (repeats dropped), so that colleagues can write more examples in files of their own.
    """
    where = folder if folder is not None else _examples_folder()
    keys = withheld(where)
    texts: dict[str, list[str]] = {}
    buttons: dict[str, list[str]] = {}
    for source in example_files(language, where):
        data = tomllib.loads(source.read_text(encoding="utf-8"))
        for question, meanings in data.items():
            for meaning, table in meanings.items():
                label = f"{question}.{meaning}"
                written = table.get("examples", ())
                texts.setdefault(label, []).extend(t for t in written if not is_withheld(t, keys))
                if table.get("buttons"):
                    buttons.setdefault(label, []).extend(table["buttons"])
    for label, text in _taught(language, where, set(texts) | set(buttons)):
        if not is_withheld(text, keys):
            texts.setdefault(label, []).append(text)
    return Examples(
        language,
        {label: _distinct(found) for label, found in texts.items()},
        {label: tuple(dict.fromkeys(found)) for label, found in buttons.items()},
    )


def button_arrays(examples: Examples) -> dict[str, npt.NDArray[Any]]:
    """The labels and buttons of ``examples`` (not their texts), as arrays to be stored with the
    fitted numbers: :func:`stored_examples` takes them back without reading the files."""
    buttons = examples.buttons
    return {
        "example_labels": np.array(list(examples.texts), dtype=str),
        "button_labels": np.array([label for label in buttons for _ in buttons[label]], dtype=str),
        "buttons": np.array([button for found in buttons.values() for button in found], dtype=str),
    }


def stored_examples(language: str, arrays: Mapping[str, npt.NDArray[Any]]) -> Examples:
    """The labels and buttons :func:`load_examples` reads (no texts: a stored classifier needs
    none), from :func:`button_arrays`."""
    buttons: dict[str, list[str]] = {}
    for label, button in zip(
        arrays["button_labels"].tolist(), arrays["buttons"].tolist(), strict=True
    ):
        buttons.setdefault(label, []).append(button)
    return Examples(
        language,
        {label: () for label in arrays["example_labels"].tolist()},
        {label: tuple(found) for label, found in buttons.items()},
    )


def fingerprint(
    language: str, folder: Traversable | None = None, *, code: Traversable | None = None
) -> str:
    """What a language's fitted numbers depend on: its example files, the code of this package
    and its subpackages such as ``rules/`` (how text is prepared, the model's settings) and the
    versions of the libraries that fit them. ``code`` stands for the package's folder in tests.

    Stored numbers are read back only under the same fingerprint, so a changed example, rule or
    library means training again, never reading with a model that no longer matches.
    """
    digest = hashlib.sha256(f"{language}\n".encode())
    digest.update(_installed_code_digest() if code is None else _code_digest(code))
    examples = folder if folder is not None else _examples_folder()
    for source in (*example_files(language, examples), *message_files(language, examples)):
        digest.update(source.name.encode() + b"\n" + source.read_bytes())
    digest.update("\n".join(sorted(withheld(examples))).encode())
    digest.update(_library_versions())
    return digest.hexdigest()[:32]


def _code_digest(package: Traversable) -> bytes:
    """A digest of every ``.py`` file under ``package`` (see :func:`fingerprint`)."""
    digest = hashlib.sha256()
    for name, source in _files_under(package, lambda name: name.endswith(".py")):
        digest.update(name.encode() + b"\n" + source.read_bytes())
    return digest.digest()


@functools.cache
def _installed_code_digest() -> bytes:
    """:func:`_code_digest` of this package as installed: the same for every language, and
    for the life of the process (its code, once imported, is what it runs)."""
    return _code_digest(resources.files("dialogs.understanding"))


@functools.cache
def _library_versions() -> bytes:
    """The versions of the libraries that fit the numbers, read once: each is parsed from the
    package's metadata, a few milliseconds a time at every start."""
    return "".join(
        f"{library}=={metadata.version(library)}\n"
        for library in ("numpy", "scipy", "scikit-learn")
    ).encode()


def _files_under(
    folder: Traversable, wanted: Callable[[str], bool], prefix: str = ""
) -> list[tuple[str, Traversable]]:
    """Every file under ``folder``, however deep, whose name is ``wanted``, with its path from
    there (``rules/text.py``), sorted by that path so that nothing depends on the order the
    file system lists them."""
    found: list[tuple[str, Traversable]] = []
    for entry in folder.iterdir():
        name = prefix + entry.name
        if entry.is_dir():
            found += _files_under(entry, wanted, f"{name}/")
        elif wanted(entry.name):
            found.append((name, entry))
    return sorted(found, key=lambda named: named[0])


def _distinct(texts: list[str]) -> tuple[str, ...]:
    """The texts without repeats (texts of the same normal form), first kept."""
    kept: dict[str, str] = {}
    for text in texts:
        kept.setdefault(normal_form(text), text)
    return tuple(kept.values())


def example_files(language: str, folder: Traversable) -> list[Traversable]:
    """``<language>.toml`` then every ``<language>.*.toml`` of ``folder``, by name."""
    main = f"{language}.toml"
    extra = sorted(
        entry.name
        for entry in folder.iterdir()
        if entry.name.startswith(f"{language}.")
        and entry.name.endswith(".toml")
        and entry.name != main
    )
    return [folder / name for name in (main, *extra)]


#: The model's one setting worth tuning: a larger C fits the examples more closely.
REGULARISATION = 0.5
#: The share of generated nonsense (:func:`nonsense`) that a message must come closer to an
#: example than: the floor of what is worth reading at all.
NOISE_QUANTILE = 0.98
#: How much nonsense is generated per language to set the floor.
NOISE_SAMPLES = 240
#: Letters people mash on a phone keyboard, by language (Chinese typists mash Latin letters too).
_MASHED_LETTERS = {
    "en": "qwertyuiopasdfghjklzxcvbnm",
    "hu": "qwertzuiopasdfghjklyxcvbnméáőúűöüó",
    "zh": "qwertyuiopasdfghjklzxcvbnm",
}
_EMOJI = "😀😂🤣😅🙃😎🤔😴🥲🎉🔥💯🌸🍕⚽🚗🐱🌈✨🎶"


def nonsense(language: str) -> list[str]:
    """Typed nonsense, the same every time: keyboard mashing, a made-up word or two, one
    syllable repeated, emoji soup, and for Chinese rare characters strung together."""
    from random import Random

    chance = Random(f"nonsense:{language}")
    letters = _MASHED_LETTERS.get(language, _MASHED_LETTERS["en"])
    found: list[str] = []
    while len(found) < NOISE_SAMPLES:
        kind = len(found) % 5
        if kind == 0:
            words = [
                "".join(chance.choices(letters, k=chance.randint(3, 9)))
                for _ in range(chance.randint(1, 3))
            ]
            found.append(" ".join(words))
        elif kind == 1:
            start = chance.randrange(len(letters) - 4)
            found.append(letters[start : start + chance.randint(3, 6)])  # a run along the keys
        elif kind == 2:
            syllable = "".join(chance.choices(letters, k=chance.randint(2, 3)))
            found.append(syllable * chance.randint(2, 4))
        elif kind == 3:
            found.append("".join(chance.choices(_EMOJI, k=chance.randint(1, 5))))
        elif language == "zh":
            found.append("".join(chr(chance.randint(0x4E00, 0x9FA5)) for _ in range(3)))
        else:
            found.append("".join(chance.choices(letters, k=chance.randint(4, 12))))
    return found


#: When the support vector machine stops. scikit-learn's default (1e-4) takes four to five times
#: the passes over the examples, for the same answers on the development sets.
TOLERANCE = 0.5
#: Every meaning counts the same, however many examples it has.
CLASS_WEIGHT: str | None = "balanced"
#: The n-grams that at most so many of the examples compared have are compared first, the rarest
#: first (see :meth:`Classifier.comes_near`): most messages come near enough to an example through
#: some of them alone.
RARER_GRAMS = (64, 512)


def _table(label: str) -> str:
    """The table of examples a label is read from: ``"cause"`` of ``"cause.job_loss"``."""
    return label.split(".", 1)[0]


def _postings_by_table(
    by_gram: Any, example_tables: npt.NDArray[np.intp], tables: int
) -> dict[str, npt.NDArray[Any]]:
    """The examples' TF-IDF matrix (a SciPy CSR matrix, one row per n-gram) as postings grouped
    by the table of the examples, then by n-gram, each n-gram's examples in order (see
    :meth:`Classifier.nearest`)."""
    grams = by_gram.shape[0]
    gram_of = np.repeat(np.arange(grams, dtype=np.intp), np.diff(by_gram.indptr))
    keys = example_tables[by_gram.indices] * grams + gram_of
    order = np.argsort(keys, kind="stable")
    counts = np.bincount(keys, minlength=tables * grams)
    return {
        "postings_start": np.concatenate(([0], np.cumsum(counts))).astype(np.intp),
        "posting_example": by_gram.indices[order].astype(np.intp),
        "posting_weight": by_gram.data[order].astype(np.float64),
    }


def _word_columns(vocabulary: Mapping[str, int]) -> dict[str, tuple[int, ...]]:
    """The columns of the n-grams of each word an example has (the words of the vocabulary's
    ``w:`` n-grams), in the order of :func:`features`: all of them are in the vocabulary."""
    found = {}
    for gram in vocabulary:
        word = gram[2:]
        if gram.startswith("w:") and " " not in word:
            columns = tuple(map(vocabulary.get, features(word)))
            if None not in columns:
                found[word] = cast(tuple[int, ...], columns)
    return found


def _stored_word_columns(
    grams: Sequence[str], arrays: Mapping[str, npt.NDArray[Any]]
) -> dict[str, tuple[int, ...]]:
    """:func:`_word_columns` as :meth:`Classifier.arrays` stores it: the columns of each word,
    one after the other, from ``word_column_starts``; a word's first is its ``w:`` n-gram (see
    :func:`features`). Read back in a tenth of the time it takes to work them out again."""
    columns = arrays["word_columns"].tolist()
    starts = arrays["word_column_starts"].tolist()
    found = {}
    for start, end in itertools.pairwise(starts):
        word = columns[start:end]
        found[grams[word[0]][2:]] = tuple(word)
    return found


class Classifier:
    """Scores every label of one language for a message; higher is more likely.

    Besides the model's scores, :meth:`read` gives how close the message comes to the nearest
    example of each label (the cosine of their TF-IDF vectors, where the n-grams no example has
    count as much as the rarest known ones): a message that shares nothing meaningful with what
    people say ("qwerty", "blah blah", emoji soup) is far from every example, however the linear
    model happens to score it.

    Reading needs only the fitted numbers (:meth:`arrays`), not scikit-learn: a process that
    finds them stored (:meth:`from_arrays`) starts without importing it or training.
    """

    def __init__(self, arrays: Mapping[str, npt.NDArray[Any]]) -> None:
        self.labels: tuple[str, ...] = tuple(str(label) for label in arrays["labels"])
        self._grams = arrays["grams"]
        grams: list[str] = self._grams.tolist()
        self._vocabulary: dict[str, int] = dict(zip(grams, range(len(grams)), strict=True))
        if "word_columns" in arrays:  # (stored: read back, not worked out again word by word)
            self._word_columns = _stored_word_columns(grams, arrays)
        else:
            self._word_columns = _word_columns(self._vocabulary)
        self._idf: npt.NDArray[np.float64] = np.asarray(arrays["idf"], dtype=np.float64)
        self._unseen_idf = float(self._idf.max()) if len(self._idf) else 1.0
        self._weights: npt.NDArray[np.float64] = np.ascontiguousarray(
            arrays["weights"], dtype=np.float64
        )
        self._bias: npt.NDArray[np.float64] = np.asarray(arrays["bias"], dtype=np.float64)
        # The tables of the labels ("cause" of "cause.job_loss"), numbered in the order of
        # ``labels``; the examples are grouped by label in that order, from ``label_starts``.
        self._tables = {table: i for i, table in enumerate(dict.fromkeys(map(_table, self.labels)))}
        self._gram_count = len(self._grams)
        self._label_starts = np.asarray(arrays["label_starts"], dtype=np.intp)
        self._examples = int(arrays["examples"])
        # The TF-IDF matrix of the examples by table, then n-gram: the postings of n-gram ``g``
        # in table ``t`` (which examples have it, its weight in each) run from
        # ``postings_start[t * grams + g]`` to the next start.
        self._postings_start = np.asarray(arrays["postings_start"], dtype=np.intp)
        self._posting_example = np.asarray(arrays["posting_example"], dtype=np.intp)
        self._posting_weight = np.asarray(arrays["posting_weight"], dtype=np.float64)
        #: Messages closer than this to every example are as far as typed nonsense.
        self.noise_floor = float(arrays["noise_floor"])
        #: The fitted scikit-learn pipeline when trained in this process (tests compare with it).
        self.pipeline: Pipeline | None = None

    def arrays(self) -> dict[str, npt.NDArray[Any]]:
        """The fitted numbers, enough to read messages: :meth:`from_arrays` takes them back."""
        return {
            "labels": np.array(self.labels, dtype=str),
            "grams": self._grams,
            "idf": self._idf,
            "weights": self._weights,
            "bias": self._bias,
            "postings_start": self._postings_start,
            "posting_example": self._posting_example,
            "posting_weight": self._posting_weight,
            "label_starts": self._label_starts,
            "examples": np.array(self._examples),
            "noise_floor": np.array(self.noise_floor),
            "word_columns": np.fromiter(
                itertools.chain.from_iterable(self._word_columns.values()), dtype=np.intp
            ),
            "word_column_starts": np.cumsum([0, *map(len, self._word_columns.values())]),
        }

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, npt.NDArray[Any]]) -> Classifier:
        """A classifier from the fitted numbers of :meth:`arrays`."""
        return cls(arrays)

    @classmethod
    def train(cls, examples: Examples) -> Classifier:
        """Fit the pipeline on every example of the language (deterministic).

        scikit-learn is imported here, not with the module: reading messages needs only the
        fitted numbers, and a process that never trains (a test of the dialogue without typed
        text, a start with the numbers stored) does not pay for the import (about a second).

        The n-grams are counted here, each example's once (the vocabulary sorted as
        scikit-learn sorts it), rather than by a ``TfidfVectorizer``'s fit, which counts them
        again gram by gram in Python; the pipeline reads messages with the same vocabulary.
        """
        from scipy.sparse import csr_matrix  # type: ignore[import-untyped]  # (no stubs)
        from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer
        from sklearn.pipeline import Pipeline
        from sklearn.svm import LinearSVC

        written = sorted(
            (label, prepare(text)) for label, texts in examples.texts.items() for text in texts
        )
        labels = [label for label, _ in written]
        grams = [features(text) for _, text in written]
        ordered = sorted(set().union(*grams))
        vocabulary = {gram: i for i, gram in enumerate(ordered)}
        columns = np.fromiter(
            map(vocabulary.__getitem__, itertools.chain.from_iterable(grams)), dtype=np.intp
        )
        counted = csr_matrix(
            (np.ones(len(columns)), columns, np.cumsum([0, *map(len, grams)])),
            shape=(len(written), len(vocabulary)),
        )
        counted.sum_duplicates()  # an n-gram's count in each example, in the order of columns
        weighting = TfidfTransformer(norm="l2", sublinear_tf=True)
        matrix = weighting.fit_transform(counted)
        model = LinearSVC(
            C=REGULARISATION, class_weight=CLASS_WEIGHT, tol=TOLERANCE, random_state=0
        )
        model.fit(matrix, labels)
        classes = [str(c) for c in model.classes_]
        label_columns = {label: i for i, label in enumerate(classes)}
        example_labels = np.array([label_columns[label] for label in labels], dtype=np.intp)
        tables = {table: i for i, table in enumerate(dict.fromkeys(map(_table, classes)))}
        example_tables = np.array([tables[_table(label)] for label in labels], dtype=np.intp)
        classifier = cls(
            {
                "labels": np.array(classes, dtype=str),
                "grams": np.array(ordered, dtype=str),
                "idf": weighting.idf_,
                "weights": model.coef_.T,
                "bias": model.intercept_,
                **_postings_by_table(matrix.T.tocsr(), example_tables, len(tables)),
                "label_starts": np.searchsorted(example_labels, np.arange(len(classes))),
                "examples": np.array(len(example_labels)),
                "noise_floor": np.array(0.0),
            }
        )
        classifier.pipeline = Pipeline(
            [
                ("features", CountVectorizer(analyzer=features, vocabulary=vocabulary)),
                ("weighting", weighting),
                ("model", model),
            ]
        )
        closeness = sorted(
            float(classifier.read(text)[1].max()) for text in nonsense(examples.language)
        )
        classifier.noise_floor = closeness[int(len(closeness) * NOISE_QUANTILE)]
        return classifier

    def scores(self, text: str) -> npt.NDArray[np.float64]:
        """One score per label of :attr:`labels` (the pipeline's decision function, faster)."""
        return self.scores_of(self.vector(text))

    def read(self, text: str) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        """The model's score of each label, and the similarity (0 to 1) of the message to the
        nearest example of each label."""
        vector = self.vector(text)
        return self.scores_of(vector), self.nearest(vector)

    def vector(self, text: str) -> MessageVector:
        """The message as the model reads it (its n-grams counted and weighted once, for
        :meth:`scores_of` and :meth:`nearest`)."""
        counts = Counter(self._grams_of(prepare(text)))
        known = {gram: n for gram, n in counts.items() if type(gram) is int}
        if not known:
            return MessageVector(_NO_COLUMNS, _NO_WEIGHTS, _NO_WEIGHTS)
        index = np.fromiter(known.keys(), dtype=np.intp, count=len(known))
        times = np.fromiter(known.values(), dtype=np.float64, count=len(known))
        sublinear = 1.0 + np.log(times)
        vector = sublinear * self._idf[index]
        norm = math.sqrt(float(vector @ vector))
        unseen = sum(map(_SQUARED_SUBLINEAR.__getitem__, counts.values())) - float(
            sublinear @ sublinear
        )
        full_norm = math.sqrt(norm * norm + max(unseen, 0.0) * self._unseen_idf**2)
        return MessageVector(index, vector / norm, vector / full_norm)

    def _grams_of(self, prepared: str) -> list[int | str]:
        """The n-grams of :func:`features`, in its order, each as its column of the vocabulary,
        or as itself where no example has it. A word that some example has is looked up once
        (:func:`_word_columns`), where each of its n-grams would be looked up in the whole
        vocabulary: a long message is read into its vector in about a third less time."""
        found: list[int | str] = []
        words = prepared.split()
        for word in words:
            columns = self._word_columns.get(word)
            if columns is None:
                found += [self._vocabulary.get(gram, gram) for gram in features(word)]
            else:
                found += columns
        pairs = (f"w:{a} {b}" for a, b in itertools.pairwise(words))
        found += [self._vocabulary.get(pair, pair) for pair in pairs]
        return found

    def scores_of(self, vector: MessageVector) -> npt.NDArray[np.float64]:
        """One score per label of :attr:`labels` for a message's :meth:`vector`."""
        if not len(vector.columns):
            return self._bias.copy()
        scores = vector.known @ self._weights[vector.columns] + self._bias
        return np.asarray(scores, dtype=np.float64)

    def nearest(
        self, vector: MessageVector, tables: Iterable[str] | None = None
    ) -> npt.NDArray[np.float64]:
        """The similarity (0 to 1) of a message's :meth:`vector` to the nearest example of each
        label; with ``tables``, only of the labels of those tables (``"cause"``, ``"anywhere"``),
        the others left at 0: a question's own examples are a third of all, as is the time.
        """
        starts, lengths = self._postings(vector, tables)
        similarity = self._similarity(starts, lengths, vector.whole)
        if similarity is None:
            return np.zeros(len(self.labels), dtype=np.float64)
        return np.asarray(np.maximum.reduceat(similarity, self._label_starts), dtype=np.float64)

    def comes_near(self, vector: MessageVector, tables: Iterable[str], closeness: float) -> bool:
        """Whether a message's :meth:`vector` comes ``closeness`` near (or nearer) to an example
        of ``tables``, as :meth:`nearest` says.

        Every weight is positive, and the similarity over some of the message's n-grams is summed
        in the same order as over all of them, so it is never more: the n-grams that few
        examples have are compared first (:data:`RARER_GRAMS`), then all of them only where
        those do not come near enough. A long message's rare n-grams weigh little beside the
        rest; those that fewer than 512 examples have are a third of the work and come near
        enough for five long messages in six.
        """
        starts, lengths = self._postings(vector, tables)
        postings = lengths.sum(axis=0)
        for most in RARER_GRAMS:
            some = postings <= most
            if some.any() and not some.all():
                similarity = self._similarity(starts[:, some], lengths[:, some], vector.whole[some])
                if similarity is not None and similarity.max() >= closeness:
                    return True
        similarity = self._similarity(starts, lengths, vector.whole)
        return (0.0 if similarity is None else similarity.max()) >= closeness

    def _postings(
        self, vector: MessageVector, tables: Iterable[str] | None
    ) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
        """Where the postings of each n-gram of the message start in each table (one row per
        table), and how many there are."""
        chosen = self._tables if tables is None else [t for t in tables if t in self._tables]
        numbers = np.array([self._tables[t] for t in chosen], dtype=np.intp)
        keys = numbers[:, np.newaxis] * self._gram_count + vector.columns
        starts = self._postings_start[keys]
        return starts, self._postings_start[keys + 1] - starts

    def _similarity(
        self,
        starts: npt.NDArray[np.intp],
        lengths: npt.NDArray[np.intp],
        weights: npt.NDArray[np.float64],
    ) -> npt.NDArray[np.float64] | None:
        """The similarity of the message to each example over the postings from ``starts``
        (tables by n-grams, ``weights`` the n-grams'), ``None`` if there are none."""
        total = int(lengths.sum())
        if not total:
            return None
        tables = len(starts)
        starts, lengths = starts.ravel(), lengths.ravel()
        offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
        positions = np.arange(total, dtype=np.intp) + offsets
        similarity = np.bincount(
            self._posting_example[positions],
            self._posting_weight[positions] * np.repeat(np.tile(weights, tables), lengths),
            self._examples,
        )
        return np.asarray(similarity, dtype=np.float64)
