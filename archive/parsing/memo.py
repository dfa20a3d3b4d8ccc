"""Pure readers of a line's text, read once per text within one page's parse.

The layout rules ask the same questions of the same lines many times over (does it end a
sentence, does it open an article). Answers are kept only while one page is parsed, so no
page is read faster for having been seen before.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import TypeVar

T = TypeVar("T")

_answers: ContextVar[dict | None] = ContextVar("answers", default=None)
_UNSEEN = object()  # no answer kept yet (None and False are answers)


def per_page(read: Callable[[str], T]) -> Callable[[str], T]:
    """`read` memoised within one_page(); outside it, read afresh. Only for readers whose answer
    is never changed by their callers (a bool, a string)."""

    @wraps(read)
    def memoised(text: str) -> T:
        answers = _answers.get()
        if answers is None:
            return read(text)
        # One table a reader, keyed by the text alone: no (reader, text) pair built per ask.
        kept = answers.get(read)
        if kept is None:
            kept = answers[read] = {}
        answer = kept.get(text, _UNSEEN)
        if answer is _UNSEEN:
            answer = kept[text] = read(text)
        return answer

    return memoised


@contextmanager
def one_page() -> Iterator[None]:
    token = _answers.set({})
    try:
        yield
    finally:
        _answers.reset(token)
