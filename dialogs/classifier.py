"""A small text classifier per language, trained at start-up from the team's examples.

The examples are data, one TOML file per language in ``dialogs/examples/``: a table per question
and meaning (``[temporary.no]``, ``[anywhere.person]``) with the ``examples`` people type and,
where the question shows buttons, the ``buttons``' own words. Only the examples are learned; the
buttons are matched as typed by :mod:`dialogs.meaning`.

The model is a scikit-learn pipeline: TF-IDF over character n-grams of each word (2 to 5 letters;
1 to 3 characters for Chinese, which has no spaces) and over words and word pairs, then a linear
support vector machine, one score per label. It trains in a fraction of a second, the same way
every time (no randomness left), and nothing trained is stored. Scoring a message goes through the
fitted vocabulary and weights directly (:meth:`Classifier.scores`), some ten times faster than
the pipeline's own ``decision_function`` for one message, with the same numbers.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import tomllib
import unicodedata
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from dialogs.understanding import forget_normal_forms, normal_form

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from sklearn.pipeline import Pipeline

__all__ = [
    "Classifier",
    "Examples",
    "example_files",
    "features",
    "forget_prepared",
    "load_examples",
    "prepare",
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
    kept = []
    for ch in plain:
        if ch in _KEPT_MARKS:
            kept.append(f" {ch} ")
        elif ch == "'" or ch == "-":
            continue  # "don't" and "dont", "re-do" and "redo" read the same
        elif unicodedata.category(ch)[0] in "PSZ" and not _is_symbol_worth_keeping(ch):
            kept.append(" ")
        else:
            kept.append(ch)
    return " ".join("".join(kept).split())


def forget_prepared() -> None:
    """Drop the prepared texts kept of recent messages (and their normal forms)."""
    prepare.cache_clear()
    forget_normal_forms()


def _is_symbol_worth_keeping(ch: str) -> bool:
    """Emoji and other pictographs carry meaning ("😭"); other symbols are noise."""
    return unicodedata.category(ch) == "So"


def _is_cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def features(prepared: str) -> list[str]:
    """The n-grams of a prepared text: characters inside each word, words and word pairs.

    A word with Chinese characters gives its 1- to 3-character n-grams (Chinese has no spaces,
    so a "word" is a whole clause); any other word its 2- to 5-letter n-grams, padded with a
    space at both ends, and itself. Word pairs carry negation ("not temporary").
    """
    grams: list[str] = []
    sizes: tuple[int, ...]
    words = prepared.split()
    for word in words:
        if any(_is_cjk(ch) for ch in word):
            padded, sizes = f"<{word}>", (1, 2, 3)
        else:
            padded, sizes = f" {word} ", (2, 3, 4, 5)
            grams.append(f"w:{word}")
        for size in sizes:
            grams.extend(padded[i : i + size] for i in range(len(padded) - size + 1))
    grams.extend(f"w:{a} {b}" for a, b in itertools.pairwise(words))
    return grams


@dataclass(frozen=True, slots=True)
class Examples:
    """A language's examples and buttons, by label (``"question.meaning"``), in file order."""

    language: str
    texts: dict[str, tuple[str, ...]]
    buttons: dict[str, tuple[str, ...]]


def load_examples(language: str, folder: Traversable | None = None) -> Examples:
    """Read ``<language>.toml`` and every ``<language>.*.toml`` of ``dialogs/examples/``.

    Each file has a table per question with a table per meaning; the files are merged in the
    order of their names (the main file first), a meaning's examples and buttons added up
    (repeats dropped), so that colleagues can write more examples in files of their own.
    """
    where = folder if folder is not None else resources.files("dialogs") / "examples"
    texts: dict[str, list[str]] = {}
    buttons: dict[str, list[str]] = {}
    for source in example_files(language, where):
        data = tomllib.loads(source.read_text(encoding="utf-8"))
        for question, meanings in data.items():
            for meaning, table in meanings.items():
                label = f"{question}.{meaning}"
                texts.setdefault(label, []).extend(table.get("examples", ()))
                if table.get("buttons"):
                    buttons.setdefault(label, []).extend(table["buttons"])
    return Examples(
        language,
        {label: tuple(dict.fromkeys(found)) for label, found in texts.items()},
        {label: tuple(dict.fromkeys(found)) for label, found in buttons.items()},
    )


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


class Classifier:
    """Scores every label of one language for a message; higher is more likely."""

    def __init__(self, pipeline: Pipeline) -> None:
        vectorizer = pipeline.named_steps["features"]
        model = pipeline.named_steps["model"]
        self.pipeline = pipeline
        self.labels: tuple[str, ...] = tuple(str(label) for label in model.classes_)
        self._vocabulary: dict[str, int] = dict(vectorizer.vocabulary_)
        self._idf: npt.NDArray[np.float64] = np.asarray(vectorizer.idf_, dtype=np.float64)
        self._weights: npt.NDArray[np.float64] = np.ascontiguousarray(model.coef_.T)
        self._bias: npt.NDArray[np.float64] = np.asarray(model.intercept_, dtype=np.float64)

    @classmethod
    def train(cls, examples: Examples) -> Classifier:
        """Fit the pipeline on every example of the language (deterministic).

        scikit-learn is imported here, not with the module: reading messages needs only the
        fitted numbers, and a process that never trains (a test of the dialogue without typed
        text) does not pay for the import (about a second).
        """
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.pipeline import Pipeline
        from sklearn.svm import LinearSVC

        texts, labels = [], []
        for label, written in examples.texts.items():
            for text in written:
                texts.append(prepare(text))
                labels.append(label)
        pipeline = Pipeline(
            [
                (
                    "features",
                    TfidfVectorizer(
                        analyzer=features, sublinear_tf=True, dtype=np.float64, norm="l2"
                    ),
                ),
                ("model", LinearSVC(C=REGULARISATION, random_state=0)),
            ]
        )
        pipeline.fit(texts, labels)
        return cls(pipeline)

    def scores(self, text: str) -> npt.NDArray[np.float64]:
        """One score per label of :attr:`labels` (the pipeline's decision function, faster)."""
        vocabulary = self._vocabulary
        counts = Counter(
            column
            for gram in features(prepare(text))
            if (column := vocabulary.get(gram)) is not None
        )
        if not counts:
            return self._bias.copy()
        index = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
        times = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        vector = (1.0 + np.log(times)) * self._idf[index]
        vector /= math.sqrt(float(vector @ vector))
        return np.asarray(vector @ self._weights[index] + self._bias, dtype=np.float64)
