"""How well the product understands what cardholders type, on a set of held-out messages.

The scoring is :mod:`bot.evaluation`; this prints its report. By default the held-out set
``tests/evaluation/`` (accuracy only: ``--misses`` lists the texts and is refused for it).

    .venv/bin/python bench/understanding.py [--set tests/understanding_next/round22] [--misses]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.evaluation import DEFAULT_SET, load_cases, print_report, run


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set", action="append", type=Path, help="a .jsonl file or a folder of them"
    )
    parser.add_argument("--misses", action="store_true", help="list every message not understood")
    args = parser.parse_args(argv)
    sets = args.set or [DEFAULT_SET]
    held_out = DEFAULT_SET.resolve()
    if args.misses and any(held_out in (p.resolve(), *p.resolve().parents) for p in sets):
        raise SystemExit("--misses shows the texts: never for the held-out evaluation set")
    cases = load_cases(sets)
    if not cases:
        raise SystemExit("no cases found")
    print_report(run(cases), show_misses=args.misses)


if __name__ == "__main__":
    main()
