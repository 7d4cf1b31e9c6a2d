"""The store's write lock: re-entrant, and fair to the threads that wait for it."""

from __future__ import annotations

import threading


class FairLock:
    """A re-entrant lock that lets waiting threads in first come, first served: with a room
    of writers, a plain lock can let one wait seconds while others keep cutting in."""

    def __init__(self) -> None:
        self._turn = threading.Condition()
        self._next = self._serving = 0
        self._owner: int | None = None
        self._depth = 0
        self._gave_up: set[int] = set()  # tickets of threads that stopped waiting

    def __enter__(self) -> None:
        me = threading.get_ident()
        with self._turn:
            if self._owner == me:
                self._depth += 1
                return
            ticket = self._next
            self._next += 1
            try:
                while ticket != self._serving:
                    self._turn.wait()
            except BaseException:  # interrupted while waiting: never hold up those behind
                self._gave_up.add(ticket)
                self._advance()
                raise
            self._owner, self._depth = me, 1

    def __exit__(self, *exc) -> None:
        with self._turn:
            self._depth -= 1
            if self._depth == 0:
                self._owner = None
                self._serving += 1
                self._advance()

    def _advance(self) -> None:
        if self._owner is None:
            while self._serving in self._gave_up:
                self._gave_up.discard(self._serving)
                self._serving += 1
        self._turn.notify_all()


class _NoLock:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc) -> None:
        return None


NO_LOCK = _NoLock()  # only to measure writes without the lock (bench/)
