"""The conversation's diagram, drawn from the table (:data:`dialogs.flow.FLOW` and
:mod:`dialogs.anywhere`) as Mermaid: never by hand.

    python -m dialogs.diagram                   # print it
    python -m dialogs.diagram --write README.md # replace it between the README's two markers

A test fails when README.md's copy differs from what this draws.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dialogs.anywhere import ANYWHERE
from dialogs.flow import FLOW
from dialogs.state import Step

BEGIN = "<!-- dialogs.diagram: begin (python -m dialogs.diagram --write README.md) -->"
END = "<!-- dialogs.diagram: end -->"


def _text(words: str) -> str:
    """Words as a quoted Mermaid label."""
    return '"' + words.replace('"', "#quot;") + '"'


def mermaid() -> str:
    """The table as a Mermaid flowchart: a box per step (what it asks), an arrow per move;
    dashed arrows are the moves made at any step."""
    lines = ["flowchart TD"]
    for step, row in FLOW.items():
        lines.append(f"    {step.name}[{_text(f'{step.name}<br/>{row.asks}')}]")
    for step, row in FLOW.items():
        lines.extend(
            f"    {step.name} -->|{_text(when)}| {target.name}"
            for target, when in row.leads_to.items()
        )
    anywhere: dict[Step, list[str]] = {}
    for move in ANYWHERE:
        if not move.back:
            for target in sorted(move.leads_to):
                anywhere.setdefault(target, []).append(move.when)
    lines.append(f"    ANY([{_text('any step')}])")
    lines.extend(
        f"    ANY -.->|{_text('<br/>'.join(whens))}| {target.name}"
        for target, whens in anywhere.items()
    )
    for move in ANYWHERE:
        if move.back:
            lines.append(f"    BACK([{_text('the step it was handed off from')}])")
            lines.append(f"    HANDOFF -.->|{_text(move.when)}| BACK")
    stays = ["at any step, staying there:", *(move.when for move in ANYWHERE if not move.leads_to)]
    lines.append(f"    STAY([{_text('<br/>'.join(stays))}])")
    return "\n".join(lines) + "\n"


def block() -> str:
    """What goes between the README's markers."""
    return f"{BEGIN}\n```mermaid\n{mermaid()}```\n{END}"


def replaced(text: str) -> str:
    """``text`` with the diagram between its markers drawn afresh."""
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        raise ValueError(f"no diagram markers: {BEGIN} … {END}")
    return text[:start] + block() + text[end + len(END) :]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dialogs.diagram", description=__doc__)
    parser.add_argument("--write", type=Path, metavar="FILE", help="replace the diagram in FILE")
    args = parser.parse_args(argv)
    if args.write is None:
        sys.stdout.write(mermaid())
        return 0
    try:
        text = args.write.read_text(encoding="utf-8")
        args.write.write_text(replaced(text), encoding="utf-8")
    except (OSError, ValueError) as problem:
        print(f"python -m dialogs.diagram: {problem}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
