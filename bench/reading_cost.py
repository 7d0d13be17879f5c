"""What a read of a typed amount costs, counted by a simulated processor rather than timed.

The time per message (``bench/understanding.py``) moves by a tenth or more from one run to the
next on a shared machine, more than most changes to the rules do. This counts instead, under
valgrind's callgrind, the instructions one read takes and the reads from memory that would miss
a core's caches (a simulated 48 KB first level and a 2 MB last level, a core's own L2 here),
over a fixed sample of development messages at the money questions (the kind the p99 is made
of), each read cold, start-up not counted: the same code gives the same figures to a few in ten
thousand, whatever else the machine is doing. A change that makes reading cheaper shows here
before the timings can tell it from their noise; the timings still decide the target.

    .venv/bin/python bench/reading_cost.py [--reads 200]

Needs ``valgrind`` (``apt-get install valgrind``); about a minute. The estimated cycles weigh
an instruction at 1/2.3 of a cycle, a first-level miss at 14 and a last-level one at 60: a guide
to which figure moved, not a time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.evaluation import EVALUATED_CURRENCY, reference_read
from bot.fittedfiles import FittedFiles
from dialogs.understanding import Question, Understanding
from dialogs.understanding.classifier import forget_prepared

#: Where the sample is drawn from: the development rounds (never the held-out set).
DEVELOPMENT_SET = Path(__file__).resolve().parent.parent / "tests" / "understanding_next"
#: The questions whose messages are read: the money, where a slow read is.
MONEY_QUESTIONS = ("income", "expenses", "other_debts", "counter")
#: The simulated caches: first-level instructions and data, and the last level.
CACHES = ("--I1=65536,8,64", "--D1=49152,12,64", "--LL=2097152,16,64")
#: The child's environment flag, and the collected counts' names in callgrind's summary.
_MEASURING = "READING_COST_MEASURING"
_EVENTS = ("Ir", "Dr", "Dw", "I1mr", "D1mr", "D1mw", "ILmr", "DLmr", "DLmw")
_COLLECTED = re.compile(r"Collected\s*:\s*([0-9 ]+)")


def sample(reads: int) -> list[tuple[str, str, str]]:
    """``reads`` development messages at the money questions, the same ones every run: (text,
    question, language)."""
    cases = []
    for path in sorted(DEVELOPMENT_SET.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                if case.get("question") in MONEY_QUESTIONS:
                    cases.append((case["text"], case["question"], path.stem[:2]))
    cases.sort()
    return random.Random(0).sample(cases, min(reads, len(cases)))


def measure(folder: Path, reads: int, *, reference: bool) -> None:
    """(In the child, under callgrind.) Start the layer from the stored numbers, then count the
    reads alone (or as many :func:`reference_read` calls): collecting is switched on just before
    them and the process ends just after."""
    layer = None if reference else Understanding.train(store=FittedFiles(folder))
    chosen = sample(reads)
    _collect("on")
    for text, question, language in chosen:
        forget_prepared()
        if layer is None:
            reference_read()
        else:
            currency = EVALUATED_CURRENCY[language]
            layer.interpret(text, Question.at(question), language, currency=currency)
    _collect("off")
    os._exit(0)  # (the interpreter's own tear-down is no read's)


def _collect(state: str) -> None:
    subprocess.run(
        ["callgrind_control", "-i", state, str(os.getpid())], check=True, capture_output=True
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reads", type=int, default=200, help="messages read (default 200)")
    parser.add_argument("--reference", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if os.environ.get(_MEASURING):
        measure(Path(os.environ[_MEASURING]), args.reads, reference=args.reference)
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is needed: apt-get install valgrind")
    with tempfile.TemporaryDirectory() as folder:
        Understanding.train(store=FittedFiles(Path(folder)))  # stored first: the child reads them
        harness = _counted(folder, 0)
        reads = _per_read(_counted(folder, args.reads), harness, args.reads)
        reference = _per_read(_counted(folder, args.reads, reference=True), harness, args.reads)
    cycles = _cycles(reads)
    print(f"{args.reads} development messages at the money questions, each read cold once:")
    print(
        f"per read {reads['Ir']:,.0f} instructions, {reads['D1mr'] + reads['D1mw']:,.0f} "
        f"first-level and {reads['DLmr'] + reads['DLmw']:,.0f} last-level misses (about "
        f"{cycles:,.0f} cycles)"
    )
    print(
        f"against the timing benchmark's reference read (counted in the same run): "
        f"{reads['Ir'] / reference['Ir']:.1f} times its instructions, "
        f"{cycles / _cycles(reference):.1f} times its cycles"
    )


def _per_read(counted: dict[str, int], harness: dict[str, int], reads: int) -> dict[str, float]:
    return {event: (counted[event] - harness[event]) / reads for event in _EVENTS}


def _cycles(counted: dict[str, float]) -> float:
    """The estimated cycles of the module's docstring."""
    first_level = counted["D1mr"] + counted["D1mw"] + counted["I1mr"]
    last_level = counted["DLmr"] + counted["DLmw"] + counted["ILmr"]
    return counted["Ir"] / 2.3 + first_level * 14 + last_level * 60


def _counted(folder: str, reads: int, *, reference: bool = False) -> dict[str, int]:
    """What callgrind collected in a child that reads ``reads`` messages (none: the cost of
    switching collecting on and off alone, taken off the others)."""
    command = [
        "valgrind", "--tool=callgrind", "--instr-atstart=no", "--cache-sim=yes", *CACHES,
        "--callgrind-out-file=/dev/null", sys.executable, __file__, "--reads", str(reads),
        *(["--reference"] if reference else []),
    ]  # fmt: skip
    env = {**os.environ, _MEASURING: folder, "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    found = _COLLECTED.search(done.stderr)
    if found is None:
        raise SystemExit(f"callgrind gave no counts:\n{done.stderr[-2000:]}")
    return dict(zip(_EVENTS, map(int, found[1].split()), strict=True))


if __name__ == "__main__":
    main()
