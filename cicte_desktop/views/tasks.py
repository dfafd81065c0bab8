"""One task runner for every long job of the window: a worker of a ``QThreadPool``, a progress
dialog with *Cancel*, and the outcome delivered by signals on the UI thread.

The window never waits in a loop of its own: :meth:`TaskRunner.start` returns at once and the
event loop keeps running (painting, timers, input) while the work runs. The work is a function
``work(progress)``; ``progress(done, total)`` moves the bar and returns False once the user has
pressed *Cancel*: the work then stops at its next step, leaves nothing behind and raises
:class:`cicte_desktop.cancel.Cancelled` (or returns; a cancelled flag is kept either way).

Exactly one of :attr:`Task.succeeded`, :attr:`Task.failed` or :attr:`Task.cancelled` is emitted,
then :attr:`Task.finished`; the progress dialog has gone before them (:attr:`Task.stopped`).
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from cicte_desktop.cancel import Cancelled

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Work", text)


class Task(QObject):
    """One long job. Its signals arrive on the UI thread."""

    #: ``(done, total)``: the work's last report (``total`` 0 while it does not know).
    progressed = Signal(int, int)
    #: The work's return value.
    succeeded = Signal(object)
    #: The exception the work raised (other than :class:`Cancelled`).
    failed = Signal(object)
    #: The user cancelled and the work stopped.
    cancelled = Signal()
    #: After any of the three above.
    finished = Signal()
    #: The work has stopped, before any of the above: its progress dialog goes now, not after a
    #: message the outcome shows (it came up over "Integrity: ok" and stayed there).
    stopped = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._cancel = threading.Event()
        self._ended = threading.Event()
        self.done = 0
        self.total = 0
        self.result: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        #: ``time.monotonic()`` when the work stopped in its thread (its outcome reaches the UI thread after)
        self.work_ended: float | None = None

    # --- called from the worker thread ----------------------------------------------------

    def report(self, done: int, total: int) -> bool:
        """The ``progress`` callback handed to the work."""
        self.done, self.total = done, total
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    # --- called from the UI thread ---------------------------------------------------------

    def cancel(self) -> None:
        """Ask the work to stop at its next step."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    @property
    def running(self) -> bool:
        return not self._ended.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work has ended in its thread (for closing the window and for tests);
        the outcome signals still need the event loop. True when it has ended."""
        return self._ended.wait(timeout)

    def _deliver(self, outcome: str, value: Any) -> None:
        # Runs on the UI thread (queued from the worker).
        self._ended.set()
        self.stopped.emit()
        if outcome == "ok":
            self.result = value
            self.succeeded.emit(value)
        elif outcome == "cancelled":
            self.was_cancelled = True
            self.cancelled.emit()
        else:
            self.error = value
            self.failed.emit(value)
        self.finished.emit()


#: While a job's work runs, the interpreter lets the UI thread back in within 1 ms. A repaint steps
#: back into Python hundreds of times (models, delegates, charts), and with Python's default of
#: 5 ms it waits again at each step while the job computes: a PDF report held the window some
#: 100 ms, about 40 with this. The job's own time does not change measurably.
JOB_SWITCH_INTERVAL_S = 0.001
_interval_lock = threading.Lock()
_jobs_running = 0
_interval_before = 0.0


@contextlib.contextmanager
def _ui_thread_first() -> Iterator[None]:
    """The shorter switch interval while any job's work runs (the interval is the process's)."""
    global _jobs_running, _interval_before
    with _interval_lock:
        if _jobs_running == 0:
            _interval_before = sys.getswitchinterval()
            sys.setswitchinterval(min(_interval_before, JOB_SWITCH_INTERVAL_S))
        _jobs_running += 1
    try:
        yield
    finally:
        with _interval_lock:
            _jobs_running -= 1
            if _jobs_running == 0:
                sys.setswitchinterval(_interval_before)


class _Outcome(QObject):
    """Carries the outcome from the worker thread to the task (queued: it lives on the UI thread)."""

    ready = Signal(str, object)


class _Worker(QRunnable):
    def __init__(self, task: Task, work: Callable[[Callable[[int, int], bool]], Any], outcome: _Outcome) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._work = work
        self._outcome = outcome

    def run(self) -> None:
        try:
            try:
                with _ui_thread_first():
                    value = self._work(self._task.report)
            finally:
                self._task.work_ended = time.monotonic()
        except Cancelled:
            self._outcome.ready.emit("cancelled", None)
        except BaseException as exc:  # handed to the UI thread, which says it in words
            if not isinstance(exc, Exception):
                log.error("%s ended by %r", self._task.name, exc)
            self._outcome.ready.emit("failed", exc)
        else:
            outcome = "cancelled" if self._task.cancel_requested and value is None else "ok"
            self._outcome.ready.emit(outcome, value)


class TaskRunner(QObject):
    """Runs the window's long jobs one after another on a thread pool of its own."""

    #: A task began (the window may disable what must not run meanwhile).
    started = Signal(object)
    #: A task ended, whatever its outcome.
    ended = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one database, one writer: jobs queue
        self._tasks: list[Task] = []

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    @property
    def tasks(self) -> list[Task]:
        return list(self._tasks)

    def start(self, name: str, work: Callable[[Callable[[int, int], bool]], Any], *,
              title: str | None = None, label: str | None = None, cancellable: bool = True,
              on_done: Callable[[Any], None] | None = None,
              on_failed: Callable[[BaseException], None] | None = None,
              on_cancelled: Callable[[], None] | None = None,
              on_finished: Callable[[], None] | None = None) -> Task:
        """Start ``work(progress)``; with a ``title`` a window-modal progress dialog shows it
        (after 400 ms: quick jobs flash nothing). The callbacks run on the UI thread."""
        task = Task(name, self)
        outcome = _Outcome(task)
        outcome.ready.connect(task._deliver, Qt.ConnectionType.QueuedConnection)
        if on_done is not None:
            task.succeeded.connect(on_done)
        if on_failed is not None:
            task.failed.connect(on_failed)
        if on_cancelled is not None:
            task.cancelled.connect(on_cancelled)
        if title is not None:
            self._show_progress(task, title, label or title, cancellable)
        task.finished.connect(lambda: self._ended(task))
        if on_finished is not None:
            task.finished.connect(on_finished)
        self._tasks.append(task)
        self.started.emit(task)
        self._pool.start(_Worker(task, work, outcome))
        return task

    def _show_progress(self, task: Task, title: str, label: str, cancellable: bool) -> None:
        dialog = QProgressDialog(label, _tr("Cancel") if cancellable else "", 0, 0, self._parent)
        dialog.setObjectName("taskProgress")
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(400)
        if not cancellable:
            dialog.setCancelButton(None)  # type: ignore[arg-type]

        def progressed(done: int, total: int) -> None:
            if total > 0:
                dialog.setMaximum(total)
                dialog.setValue(min(done, total - 1))

        def cancel() -> None:
            task.cancel()
            dialog.setLabelText(_tr("Cancelling…"))
            dialog.show()  # stays until the work has stopped

        def close() -> None:
            dialog.canceled.disconnect(cancel)
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()

        dialog.setValue(0)  # starts the minimum-duration clock
        task.progressed.connect(progressed)
        dialog.canceled.connect(cancel)
        task.stopped.connect(close)

    def _ended(self, task: Task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)
        self.ended.emit(task)
        QTimer.singleShot(0, task, task.deleteLater)  # not after the runner (and its tasks) are gone

    def cancel_all(self) -> None:
        for task in self._tasks:
            task.cancel()

    def wait_all(self, timeout_ms: int = -1) -> bool:
        """Wait for the pool's threads (closing the window); outcome signals are not delivered."""
        return self._pool.waitForDone(timeout_ms)
