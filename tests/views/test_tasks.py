"""The task runner: work off the UI thread, outcome by signals on it, a Cancel that stops the work."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from cicte_desktop.cancel import Cancelled, check
from cicte_desktop.views.tasks import TaskRunner


@pytest.fixture
def runner(qtbot):  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    yield TaskRunner(window)


def test_the_result_arrives_on_the_ui_thread_and_the_work_ran_elsewhere(runner, qtbot) -> None:  # type: ignore[no-untyped-def]
    threads: list[object] = []
    got: list[object] = []

    def work(progress):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return 42

    def done(value: object) -> None:
        got.append((value, QThread.currentThread() is QApplication.instance().thread()))

    task = runner.start("answer", work, on_done=done)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert got == [(42, True)]
    assert threads and threads[0] is not threading.main_thread()
    assert not runner.busy


def test_a_failure_is_delivered_not_raised(runner, qtbot) -> None:  # type: ignore[no-untyped-def]
    failures: list[BaseException] = []
    task = runner.start("boom", lambda progress: 1 / 0, on_failed=failures.append,
                        on_done=lambda value: pytest.fail("no result expected"))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert len(failures) == 1 and isinstance(failures[0], ZeroDivisionError)


def test_cancel_stops_the_work_at_its_next_step_and_the_window_keeps_running(runner, qtbot) -> None:  # type: ignore[no-untyped-def]
    steps: list[int] = []
    outcome: list[str] = []

    def work(progress):  # type: ignore[no-untyped-def]
        for step in range(10_000):
            check(progress, step, 10_000)
            steps.append(step)
            time.sleep(0.002)
        return "finished"

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    task = runner.start("long", work, title="Long", label="Working…",
                        on_done=lambda value: outcome.append("done"),
                        on_cancelled=lambda: outcome.append("cancelled"))
    qtbot.waitUntil(lambda: len(steps) > 50, timeout=5000)
    asked = time.monotonic()
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    returned = time.monotonic()
    timer.stop()
    assert outcome == ["cancelled"]
    assert returned - asked < 0.5
    assert len(steps) < 10_000
    gaps = [later - earlier for earlier, later in zip(ticks, ticks[1:])]
    assert gaps and max(gaps) < 0.1, "the UI thread's timer stopped firing while the work ran"


def test_the_progress_dialogs_cancel_button_cancels(runner, qtbot) -> None:  # type: ignore[no-untyped-def]
    release = threading.Event()
    outcome: list[str] = []

    def work(progress):  # type: ignore[no-untyped-def]
        while not release.wait(0.01):
            if not progress(1, 2):
                raise Cancelled
        return "done"

    task = runner.start("wait", work, title="Waiting", label="Waiting for you…",
                        on_cancelled=lambda: outcome.append("cancelled"), on_done=outcome.append)
    dialog = runner.parent().findChild(QProgressDialog, "taskProgress")
    assert dialog is not None and dialog.labelText() == "Waiting for you…"
    qtbot.waitUntil(dialog.isVisible, timeout=3000)  # shown once the work takes longer than 400 ms
    cancel_button = dialog.findChild(QPushButton)
    assert cancel_button is not None and cancel_button.text() == "Cancel"
    qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    release.set()
    assert outcome == ["cancelled"]
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)


@pytest.mark.parametrize("work_s", [0.01, 0.6])  # done before its progress dialog shows, or after
def test_the_progress_dialog_is_gone_before_the_outcome_is_shown(runner, qtbot, work_s: float) -> None:  # type: ignore[no-untyped-def]
    """A job whose outcome is said in a message (the integrity check's "Integrity: ok"): its
    progress dialog came up 400 ms later over that message, and stayed."""
    seen: list[object] = []

    def done(_value: object) -> None:  # a message box: an event loop of its own for a while
        dialog = runner.parent().findChild(QProgressDialog, "taskProgress")
        seen.append(dialog is not None and dialog.isVisible())
        loop_ends = time.monotonic() + 0.7
        while time.monotonic() < loop_ends:  # as a modal message box's exec() runs the event loop
            QApplication.processEvents()
            dialog = runner.parent().findChild(QProgressDialog, "taskProgress")
            seen.append(dialog is not None and dialog.isVisible())
            time.sleep(0.01)

    task = runner.start("check", lambda _progress: time.sleep(work_s), title="Check", label="Checking…", on_done=done)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        pass
    assert seen and not any(seen), "the progress dialog was shown while the outcome was"


def test_jobs_run_one_after_another(runner, qtbot) -> None:  # type: ignore[no-untyped-def]
    running = threading.Lock()
    overlaps: list[str] = []

    def work(progress):  # type: ignore[no-untyped-def]
        if not running.acquire(blocking=False):
            overlaps.append("two at once")
            return None
        try:
            time.sleep(0.05)
        finally:
            running.release()
        return "ok"

    tasks = [runner.start(f"job {n}", work) for n in range(3)]
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert overlaps == []
    assert [task.result for task in tasks] == ["ok", "ok", "ok"]


def test_while_a_job_computes_the_ui_thread_gets_its_turn_within_a_millisecond(runner, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Each return of a repaint into Python (a model's data, a delegate) waits for the job's thread
    to hand over the interpreter: at most 1 ms while a job runs, Python's 5 ms again after."""
    import sys

    before = sys.getswitchinterval()
    seen: list[float] = []
    failing = runner.start("fails", lambda progress: seen.append(sys.getswitchinterval()) or 1 / 0)
    with qtbot.waitSignal(failing.finished, timeout=5000):
        pass
    task = runner.start("interval", lambda progress: seen.append(sys.getswitchinterval()))
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen == [0.001, 0.001]
    assert sys.getswitchinterval() == before  # restored, a failed job's too
