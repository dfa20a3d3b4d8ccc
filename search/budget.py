"""A wall-clock budget for one search, so that no query holds a worker until it is killed.

Whoosh does its costly phrase matching while it builds the matcher, before it collects a single
hit, where a collector's time check (Whoosh's TimeLimitCollector) never runs; an interval
timer's signal interrupts it wherever it is. Signals reach only the main thread, which is where
gunicorn's sync workers serve requests; in other threads (the development server) the search
runs unbounded, held only by the query's caps in search.query.
"""

import gc
import signal
import threading
from contextlib import contextmanager


class OverBudget(Exception):
    """The search ran past its budget and was stopped."""


def _stop(signum, frame):
    """Raise where the search is, never inside a finalizer or a garbage-collector callback,
    which would swallow it half done; the timer repeats, so the next tick stops the search."""
    callbacks = {getattr(cb, "__code__", None) for cb in gc.callbacks}
    while frame is not None:
        code = frame.f_code
        if code.co_name == "__del__" or code.co_filename.endswith("weakref.py"):
            return
        if code in callbacks:
            return
        frame = frame.f_back
    raise OverBudget


@contextmanager
def time_budget(seconds: float):
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if seconds <= 0 or not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _stop)
    try:
        # Repeating: a signal that lands in a finalizer is swallowed there, and the next one
        # stops it. Armed inside the try, so a first tick however early is disarmed below.
        signal.setitimer(signal.ITIMER_REAL, seconds, 0.05)
        yield
    finally:
        _disarm(previous)


def _disarm(previous) -> None:
    """Stop the timer even when its last tick lands here: raised half way through, the stop
    would leave the timer repeating, and the process's next unrelated call would be stopped."""
    while True:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
            return
        except OverBudget:
            continue
