"""The understanding layer scored on a set of typed messages with what each meant.

Each message (one ``*.jsonl`` file per language, ``{"question": …, "text": …, "expect": …}`` per
line, see ``tests/evaluation/README.md``) is read by :func:`dialogs.understanding.interpret` at its
question, with the options of that README shown. :class:`Report` has accuracy per language and
question and overall, the confusions, the rate of "did you mean" (counted as not understood),
distress and dispute recall, refusals read as acceptance, amounts misread, start-up and time per
message. Used by ``bench/understanding.py``, ``overdue-bot understanding check`` and the test
that holds the floors (``tests/unit/test_understanding_floors.py``).
"""

from __future__ import annotations

import builtins
import importlib
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TextIO

from bot.fittedfiles import FittedFiles
from dialogs.domain.vocabulary import LANGUAGES
from dialogs.understanding import Interpretation, Question, ShownOffer, Understanding
from dialogs.understanding.classifier import (
    WITHHELD,
    example_files,
    forget_prepared,
    message_files,
    overlap_key,
    withheld_key,
)

ROOT = Path(__file__).resolve().parent.parent

#: The options shown at the "options" question, as tests/evaluation/README.md lists them.
README_OFFERS = (
    ShownOffer("pay_now", 1),
    ShownOffer("instalment", 6),
    ShownOffer("instalment", 12),
    ShownOffer("hardship", 24),
    ShownOffer("settlement", 1),
    ShownOffer("holiday", 12),
)
#: The held-out evaluation set of a checkout (not installed with the package).
DEFAULT_SET = ROOT / "tests" / "evaluation"
#: Rounds written blind and not yet worked through: held out like the evaluation until then.
WAITING_ROUNDS = ROOT / "tests" / "understanding_next"
#: What the classifier learns from (``dialogs/understanding/examples/``).
EXAMPLES = ROOT / "dialogs" / "understanding" / "examples"


@dataclass(frozen=True, slots=True)
class Case:
    """One typed message and what a careful specialist takes it to mean."""

    language: str
    question: str
    text: str
    expect: str


def load_cases(paths: Iterable[Path]) -> list[Case]:
    """The cases of ``*.jsonl`` files (a folder stands for its files and those of its
    sub-folders, as ``examples/messages/round13/``; a relative path not found here is taken from
    the project's root); the language is the name up to its first dot."""
    files: list[Path] = []
    for given in paths:
        path = given if given.exists() or given.is_absolute() else ROOT / given
        files += sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]
    cases = []
    for file in files:
        for line in file.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                language = file.stem.split(".")[0]
                cases.append(Case(language, row["question"], row["text"], str(row["expect"])))
    return cases


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def _option(meaning: str) -> int | None:
    """The README's option a meaning at the options question stands for (1-based)."""
    if meaning.isdigit():
        return int(meaning)
    for number, offer in enumerate(README_OFFERS, 1):
        named = f"{offer.kind}:{offer.payments}" if offer.kind == "instalment" else offer.kind
        if meaning == named:
            return number
    return None


def same_meaning(question: str, got: str | None, expect: str) -> bool:
    """Whether ``got`` is ``expect``: the same string, the same number (``1250.5`` is
    ``1250.50``, ``amount:150.0`` is ``amount:150``), or at the options the same offer picked
    ("3" is ``instalment:12``)."""
    if got is None:
        return False
    if got == expect:
        return True
    prefix = "amount:"
    if got.startswith(prefix) and expect.startswith(prefix):
        got, expect = got[len(prefix) :], expect[len(prefix) :]
    if question == "verify":
        return got.isdigit() and expect.isdigit() and got == expect.zfill(4)
    a, b = _decimal(got), _decimal(expect)
    if a is not None and b is not None:
        return a == b
    if question == "options":
        picked = _option(got)
        return picked is not None and picked == _option(expect)
    return False


def _misread_where(report: Report) -> str:
    """Where the amounts were misread and what was meant instead, as counts only (the held-out
    set's texts are never shown): which questions the next blind round should weigh."""
    kinds: Counter[tuple[str, str, str]] = Counter()
    for case, _got in report.amounts_misread:
        if case.expect == "ambiguous":
            meant = "asked again"
        elif _is_amount(case.question, case.expect):
            meant = "another amount"
        else:
            meant = "no amount"
        kinds[(case.language, case.question, meant)] += 1
    if not kinds:
        return ""
    where = "; ".join(
        f"{language} {question}, {meant}: {count}"
        for (language, question, meant), count in sorted(kinds.items())
    )
    return f" ({where})"


def _is_amount(question: str, meaning: str | None) -> bool:
    if meaning is None:
        return False
    if meaning.startswith("amount:"):
        return True
    money = question in ("income", "expenses", "other_debts", "counter")
    return money and _decimal(meaning) is not None


@dataclass
class Report:
    """The figures of one evaluation."""

    total: int = 0
    understood: int = 0
    did_you_mean: int = 0
    #: (language, question) -> [understood, total]
    cells: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    #: (language, question) -> Counter of (expect, got)
    confusions: dict[tuple[str, str], Counter[tuple[str, str]]] = field(default_factory=dict)
    #: meaning -> question -> [caught, total], for distress and dispute
    recall: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    refusals_accepted: list[Case] = field(default_factory=list)
    amounts_misread: list[tuple[Case, str]] = field(default_factory=list)
    misses: list[tuple[Case, Interpretation]] = field(default_factory=list)
    startup_seconds: float = 0.0
    #: Of the start-up, the training itself (the rest is importing scikit-learn).
    training_seconds: float = 0.0
    #: A fresh process's start with the fitted numbers stored (the usual start), imports included.
    stored_startup_seconds: float = 0.0
    #: How many of the rules' patterns that start worked out itself, not prepared by the build.
    stored_startup_not_prepared: int = 0
    #: Each message's time: the median of its reads (see :func:`run`), in the order of the cases.
    per_message_ms: list[float] = field(default_factory=list)
    #: Each message's fastest read (until session 13 the figures were the fastest of three).
    fastest_per_message_ms: list[float] = field(default_factory=list)
    #: How many times each message was read.
    reads: int = 1
    #: This machine's speed at a fixed piece of the layer's kind of work, in the same run (see
    #: :func:`reference_read`): a read in ms (the median of those timed among the messages), a
    #: list of phrases compiled in seconds (beside the start-up).
    reference_read_ms: float = 0.0
    reference_compile_seconds: float = 0.0

    @property
    def accuracy(self) -> float:
        return self.understood / self.total if self.total else 0.0

    def cell_accuracy(self, language: str, question: str) -> float:
        good, total = self.cells[(language, question)]
        return good / total

    def worst_cell(self) -> tuple[str, str]:
        return min(self.cells, key=lambda cell: (self.cell_accuracy(*cell), cell))

    def recall_of(self, meaning: str) -> float:
        caught = sum(c for c, _ in self.recall.get(meaning, {}).values())
        total = sum(t for _, t in self.recall.get(meaning, {}).values())
        return caught / total if total else 1.0

    def worst_recall_of(self, meaning: str) -> float:
        """The lowest recall of ``meaning`` at any one question."""
        cells = self.recall.get(meaning, {}).values()
        return min((c / t for c, t in cells), default=1.0)

    def percentile_ms(self, percent: float, *, fastest: bool = False) -> float:
        """The time per message below which ``percent`` of the messages are read (their median
        time, or with ``fastest`` their fastest)."""
        ordered = sorted(self.fastest_per_message_ms if fastest else self.per_message_ms)
        if not ordered:
            return 0.0
        return ordered[min(len(ordered) - 1, int(len(ordered) * percent / 100))]


Interpret = Callable[[str, str, str], Interpretation]


def evaluate(
    cases: Sequence[Case], read: Interpret, reference: list[float] | None = None
) -> Report:
    """Read every case with ``read(text, question, language)`` and score it; with
    ``reference``, time a :func:`reference_read` after every :data:`REFERENCE_EVERY` cases into it
    (in ms: the machine's speed over the same minutes as the cases', a busy neighbour included)."""
    report = Report()
    for number, case in enumerate(cases):
        if reference is not None and number % REFERENCE_EVERY == 0:
            start = time.perf_counter_ns()
            reference_read()
            reference.append((time.perf_counter_ns() - start) / 1e6)
        forget_prepared()  # each message read cold, as a new message is
        start = time.perf_counter_ns()
        got = read(case.text, case.question, case.language)
        report.per_message_ms.append((time.perf_counter_ns() - start) / 1e6)
        good = same_meaning(case.question, got.meaning, case.expect)
        cell = report.cells.setdefault((case.language, case.question), [0, 0])
        cell[0] += good
        cell[1] += 1
        report.total += 1
        report.understood += good
        report.did_you_mean += got.meaning is None
        confusion = report.confusions.setdefault((case.language, case.question), Counter())
        confusion[(case.expect, got.meaning or "(did you mean)")] += 1
        if not good:
            report.misses.append((case, got))
        for meaning in ("distress", "dispute"):
            if case.expect == meaning:
                counts = report.recall.setdefault(meaning, {}).setdefault(case.question, [0, 0])
                counts[0] += got.meaning == meaning
                counts[1] += 1
        if got.meaning == "accept" and case.expect != "accept":
            report.refusals_accepted.append(case)
        if _is_amount(case.question, got.meaning) and not good:
            report.amounts_misread.append((case, got.meaning or ""))
    return report


#: The account's currency a set's messages are read with: each language's usual one (see
#: tests/evaluation/README.md), as the dialogue reads them with the account's.
EVALUATED_CURRENCY = {"en": "GBP", "hu": "HUF", "zh": "CNY"}


def run(cases: Sequence[Case], *, passes: int = 5) -> Report:
    """Train the layer (timed), then evaluate ``passes`` times over.

    Each message's time is the median of its ``passes`` reads, each read cold (its normal forms
    forgotten) and the reads of one message apart by a whole pass, so that a moment when the
    machine is busy with something else, a collection of the garbage or the first read after
    training falls on one read of a message, not on its time; the fastest read is kept too.
    """
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        for module in ("sklearn.feature_extraction.text", "sklearn.pipeline", "sklearn.svm"):
            importlib.import_module(module)  # imported by the first training; timed apart
        imported = time.perf_counter()
        layer = Understanding.train(store=FittedFiles(Path(folder)))
        startup = time.perf_counter() - start
        stored_startup, not_prepared, reference_compile = _stored_start(Path(folder))

    def read(text: str, question: str, language: str) -> Interpretation:
        asked = Question.at(question)
        offers = README_OFFERS if asked is Question.OPTIONS else ()
        return layer.interpret(
            text, asked, language, offers=offers, currency=EVALUATED_CURRENCY.get(language)
        )

    reference_reads: list[float] = []
    reports = [evaluate(cases, read, reference_reads) for _ in range(max(1, passes))]
    report = reports[0]
    reads = list(zip(*(r.per_message_ms for r in reports), strict=True))
    report.per_message_ms = [statistics.median(times) for times in reads]
    report.fastest_per_message_ms = [min(times) for times in reads]
    report.reads = len(reports)
    report.startup_seconds = startup
    report.training_seconds = startup - (imported - start)
    report.stored_startup_seconds = stored_startup
    report.stored_startup_not_prepared = not_prepared
    report.reference_read_ms = statistics.median(reference_reads)
    report.reference_compile_seconds = reference_compile
    return report


#: How many messages apart a reference read is timed among them (a few hundred a pass, and
#: the message after one read no colder than after another message).
REFERENCE_EVERY = 8
#: The fixed work of :func:`reference_read`: phrases as a rule's list has them, and a message.
_REFERENCE_PHRASES = tuple(
    f"{word} {other}{n % 7 or ''}"
    for n, (word, other) in enumerate(
        (w, o)
        for w in ("pay", "rent", "food", "bills", "kids", "loan", "card", "wage", "ber", "lakber")
        for o in ("month", "week", "havi", "each", "about", "total", "left", "over", "plus")
    )
)
_REFERENCE_PATTERNS = tuple(
    re.compile(rf"\b{phrase}\b|{n}[0-9]{{2}}") for n, phrase in enumerate(_REFERENCE_PHRASES[:40])
)
_REFERENCE_MESSAGE = (
    "rent is 650 a month, food maybe 300 and the bills about 180, kids stuff on top, "
    "so call it 1,200 all in most months"
)


def reference_read() -> int:
    """A fixed piece of the layer's kind of work, with the standard library alone: a message
    normalised, its n-grams counted, forty patterns searched in it.

    This machine's speed moves by a fifth from run to run, and by more between the machines
    sessions run on (a neighbour busy on the same core: seen here as a read of 0.11 ms in one
    minute and 0.19 ms in the next); the layer's times divided by this read's, timed in the same
    run, can be compared between runs."""
    text = unicodedata.normalize("NFKC", _REFERENCE_MESSAGE).lower()
    grams = Counter(text[i : i + 3] for i in range(len(text) - 2))
    grams.update(text.split())
    return sum(1 for pattern in _REFERENCE_PATTERNS if pattern.search(text)) + len(grams)


def reference_compile() -> float:
    """Seconds to compile a fixed list of 5,400 short phrases (the fastest of three), the
    reference of start-up as :func:`reference_read` is of a read."""
    phrases = "|".join(f"{phrase} {n}" for phrase in _REFERENCE_PHRASES for n in range(60))
    times = []
    for _ in range(3):  # a comment of its own each time: never a pattern of re's cache
        start = time.perf_counter()
        re.compile(f"(?#{time.perf_counter_ns()}){phrases}")
        times.append(time.perf_counter() - start)
    return min(times)


_STORED_START = """
import sys, time
start = time.perf_counter()
from pathlib import Path
from bot.fittedfiles import FittedFiles
from dialogs.understanding import understanding
understanding(FittedFiles(Path(sys.argv[1])))
seconds = time.perf_counter() - start
from dialogs.understanding.rules.prepared import not_prepared
from bot.evaluation import reference_compile
print(seconds, not_prepared(), reference_compile())
"""


def _stored_start(folder: Path) -> tuple[float, int, float]:
    """Seconds for a fresh interpreter to import the layer and read the stored numbers, how
    many of the rules' patterns it worked out itself (not prepared by the build), and the same
    interpreter's :func:`reference_compile` just after."""
    done = subprocess.run(
        [sys.executable, "-c", _STORED_START, str(folder)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    seconds, not_prepared, reference = done.stdout.split()[-3:]
    return float(seconds), int(not_prepared), float(reference)


def print_report(report: Report, *, show_misses: bool = False, file: TextIO | None = None) -> None:
    out = file or sys.stdout

    def print(*parts: object) -> None:
        builtins.print(*parts, file=out)

    languages = sorted({language for language, _ in report.cells})
    questions = [q.value for q in Question if any(q.value == c[1] for c in report.cells)]
    width = max(len(q) for q in questions)
    print(f"{'':{width}}  " + "  ".join(f"{lang:>11}" for lang in languages))
    for question in questions:
        row = []
        for language in languages:
            if (language, question) in report.cells:
                good, total = report.cells[(language, question)]
                row.append(f"{good:>3}/{total:<3} {100 * good / total:3.0f}%")
            else:
                row.append(f"{'-':>11}")
        print(f"{question:{width}}  " + "  ".join(row))
    by_language: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
    for (language, _), (good, total) in report.cells.items():
        by_language[language][0] += good
        by_language[language][1] += total
    print(
        f"{'all':{width}}  "
        + "  ".join(
            f"{by_language[lang][0]:>3}/{by_language[lang][1]:<3} "
            f"{100 * by_language[lang][0] / by_language[lang][1]:3.0f}%"
            for lang in languages
        )
    )
    print()
    print(f"understood overall: {report.understood}/{report.total} = {100 * report.accuracy:.1f}%")
    print(f"did you mean: {report.did_you_mean}/{report.total} = "
          f"{100 * report.did_you_mean / max(1, report.total):.1f}%")  # fmt: skip
    for meaning in ("distress", "dispute"):
        cells = report.recall.get(meaning, {})
        caught = sum(c for c, _ in cells.values())
        total = sum(t for _, t in cells.values())
        print(
            f"{meaning} recall: {caught}/{total} = {100 * report.recall_of(meaning):.0f}%"
            f" (worst question {100 * report.worst_recall_of(meaning):.0f}%)"
        )
    print(f"refusals read as acceptance: {len(report.refusals_accepted)}")
    print(f"amounts misread: {len(report.amounts_misread)}{_misread_where(report)}")
    worst = report.worst_cell()
    print(f"\nworst: {worst[0]} {worst[1]} ({100 * report.cell_accuracy(*worst):.0f}%)")
    for (expect, got), count in report.confusions[worst].most_common():
        mark = " " if same_meaning(worst[1], got, expect) else "✗"
        print(f"  {mark} {expect:>16} → {got:<16} {count}")
    prepared = (
        "the rules' patterns prepared by the build"
        if not report.stored_startup_not_prepared
        else f"{report.stored_startup_not_prepared} of the rules' patterns worked out at start, "
        "not prepared by the build: `overdue-bot understanding prepare`"
    )
    print(
        f"\nstart-up {report.stored_startup_seconds:.2f} s with the fitted numbers stored "
        f"(a fresh process, imports included; {prepared}); {report.startup_seconds:.2f} s "
        f"training ({report.training_seconds:.2f} s, the rest importing scikit-learn)"
    )
    how = (
        f"each message read cold {report.reads} times, its median; its fastest read: p50 "
        f"{report.percentile_ms(50, fastest=True):.3f} ms, p99 "
        f"{report.percentile_ms(99, fastest=True):.3f} ms"
        if report.reads > 1
        else "each message read once, cold"
    )
    print(
        f"per message p50 {report.percentile_ms(50):.3f} ms, "
        f"p99 {report.percentile_ms(99):.3f} ms ({how})"
    )
    if report.reference_read_ms and report.reference_compile_seconds:
        print(
            f"this machine (timed in the same run): a reference read {report.reference_read_ms:.3f}"
            f" ms, a reference compile {report.reference_compile_seconds:.3f} s; p99 "
            f"{report.percentile_ms(99) / report.reference_read_ms:.2f} reference reads, start-up "
            f"{report.stored_startup_seconds / report.reference_compile_seconds:.1f} reference "
            "compiles (figures to compare between runs and machines)"
        )
    if show_misses:
        print("\nmisses:")
        for case, reading in report.misses:
            print(
                f"  {case.language} {case.question:>11} {case.text!r}: expect {case.expect}, "
                f"got {reading.meaning} {reading.suggestions or ''} "
                f"[{reading.by} {reading.confidence:.2f}]"
            )


@dataclass(frozen=True, slots=True)
class Floors:
    """What a report must reach: shares are 0..1, the last two are counts that may not exceed."""

    overall: float
    each_cell: float
    distress_recall: float
    dispute_recall_each_question: float
    refusals_accepted: int = 0
    amounts_misread: int = 0


#: The product's targets (issue 17): the held-out set is understood to these.
TARGETS = Floors(
    overall=0.95, each_cell=0.90, distress_recall=1.0, dispute_recall_each_question=0.95
)


def shortfalls(report: Report, floors: Floors) -> list[str]:
    """What in ``report`` is below ``floors``, in words; empty when all is met."""
    found = []
    if report.accuracy < floors.overall:
        found.append(f"understood overall {report.accuracy:.1%} < {floors.overall:.0%}")
    for cell in sorted(report.cells):
        if report.cell_accuracy(*cell) < floors.each_cell:
            found.append(
                f"{cell[0]} {cell[1]} {report.cell_accuracy(*cell):.0%} < {floors.each_cell:.0%}"
            )
    if report.recall_of("distress") < floors.distress_recall:
        found.append(
            f"distress recall {report.recall_of('distress'):.0%} < {floors.distress_recall:.0%}"
        )
    if report.worst_recall_of("dispute") < floors.dispute_recall_each_question:
        found.append(
            f"dispute recall at a question {report.worst_recall_of('dispute'):.0%}"
            f" < {floors.dispute_recall_each_question:.0%}"
        )
    if len(report.refusals_accepted) > floors.refusals_accepted:
        found.append(f"{len(report.refusals_accepted)} refusals read as acceptance")
    if len(report.amounts_misread) > floors.amounts_misread:
        found.append(f"{len(report.amounts_misread)} amounts misread")
    return found


def withheld_keys(
    held_out: Sequence[Path] = (DEFAULT_SET, WAITING_ROUNDS), examples: Path = EXAMPLES
) -> list[str]:
    """The keys (:func:`withheld_key`) of the texts of the examples and of the labelled
    messages that are also texts of ``held_out``, sorted.

    A short answer ("nem tudom", "back to the options") is bound to be in any set of typed
    messages: withholding it keeps the held-out figures a measure of what was not learned.
    """
    held = {overlap_key(case.text) for case in load_cases([p for p in held_out if p.exists()])}
    written: dict[str, str] = {}
    for language in LANGUAGES:
        for source in example_files(language, examples):
            for meanings in tomllib.loads(source.read_text(encoding="utf-8")).values():
                for table in meanings.values():
                    written.update((overlap_key(t), t) for t in table.get("examples", ()))
        for path in message_files(language, examples):
            written.update((overlap_key(c.text), c.text) for c in load_cases([Path(str(path))]))
    return sorted(withheld_key(text) for key, text in written.items() if key in held)


_WITHHELD_HEADER = """\
# Texts of the examples and the labelled messages that are also held-out texts
# (tests/evaluation/, tests/understanding_next/): never learned. A line a text: the first 16
# hex digits of the SHA-256 of its overlap key (dialogs.understanding.classifier).
# Written by `overdue-bot understanding withhold`; not edited by hand.
"""


def withhold(
    examples: Path = EXAMPLES, held_out: Sequence[Path] = (DEFAULT_SET, WAITING_ROUNDS)
) -> int:
    """Write ``examples/withheld.txt`` from :func:`withheld_keys`; how many texts it names."""
    keys = withheld_keys(held_out, examples)
    (examples / WITHHELD).write_text(
        _WITHHELD_HEADER + "".join(f"{key}\n" for key in keys), encoding="utf-8"
    )
    return len(keys)
