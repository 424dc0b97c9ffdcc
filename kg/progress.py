"""A one-line progress bar for long ingests: documents done, documents per second, time left.

The CLI passes it as ``KnowledgeGraph.ingest(progress=...)``; the library itself never prints.
"""

from __future__ import annotations

import time
from typing import TextIO


class ProgressBar:
    """Redraws ``[#####     ] 1,200/5,000 articles  38.2/s  ETA 1:39`` in place on ``stream``, at most every ``interval`` s."""

    def __init__(self, stream: TextIO, *, width: int = 24, interval: float = 0.2) -> None:
        self.stream = stream
        self.width = width
        self.interval = interval
        self.started = time.monotonic()
        self.drawn_at = 0.0
        self.drawn = False

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self.drawn_at < self.interval:
            return
        self.drawn_at = now
        self.stream.write("\r" + self.line(done, total, now - self.started))
        self.stream.flush()
        self.drawn = True

    def line(self, done: int, total: int, elapsed: float) -> str:
        filled = self.width * done // total if total else self.width
        rate = done / elapsed if elapsed > 0 else 0.0
        left = f"ETA {_duration((total - done) / rate)}" if rate > 0 and done < total else f"in {_duration(elapsed)}"
        return f"[{'#' * filled}{' ' * (self.width - filled)}] {done:,}/{total:,} articles  {rate:.1f}/s  {left}"

    def close(self) -> None:
        """End the bar's line, so what follows starts on a fresh one."""
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()


def _duration(seconds: float) -> str:
    minutes, seconds = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
