"""What a line can be, and the record of which rule said so and why.

The labels are strings (a StrEnum) because blocks, passages and tests compare line kinds with
the plain values "head", "body" …; the enum closes the set.
"""

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class Label(StrEnum):
    HEAD = "head"
    BYLINE = "byline"
    CREDIT = "credit"
    CAPTION = "caption"
    PICTURE = "picture"  # a caption with its credit standing alone between pictures: an item
    SIGNOFF = "signoff"
    FURNITURE = "furniture"  # the page's own credits (责任编辑：X): not part of any article
    BODY = "body"


@dataclass(frozen=True, slots=True)
class Decision:
    """One rule's verdict on a line; a line keeps them all, the last being its label."""

    label: Label
    rule: str  # the name of the rule function in lines.RULES
    evidence: str  # what it saw, for `ingest -v 2`: "width 14 <= column 31 - 3.5"
    guess: bool = False  # the evidence alone vouches weakly (a width, nothing else): see Guess


class Guess(str):
    """Evidence a rule falls back on when nothing else vouches for its label (a short line taken
    for a title by its width alone): the label holds, and the item it heads is one an editor
    checks. A rule returns its evidence wrapped in Guess; decide() records it as a guess."""


class Labelled(Protocol):
    kind: str
    decisions: list[Decision]


def decide(line: Labelled, label: Label, rule: str, evidence: str) -> None:
    """Label a line, recording the rule and its evidence: the only way a line's kind is set."""
    line.kind = label
    line.decisions.append(Decision(label, rule, evidence, guess=isinstance(evidence, Guess)))
