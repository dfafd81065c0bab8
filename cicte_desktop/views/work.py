"""Long work off the UI thread, with a progress bar and Cancel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")


class Progress:
    """Handed to the work: ``update(done, total)`` returns False once the user has cancelled."""

    def __init__(self) -> None:
        self.done = 0
        self.total = 0
        self.cancelled = False

    def update(self, done: int, total: int) -> bool:
        self.done, self.total = done, total
        return not self.cancelled


def run_with_progress(parent: QWidget | None, title: str, label: str, work: Callable[[Progress], T]) -> T:
    """Run ``work`` in a thread while a progress dialog keeps the window alive; re-raise what
    the work raised (cancelling is the work's business: it sees ``update`` return False)."""
    progress = Progress()
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = work(progress)
        except BaseException as exc:  # handed to the UI thread
            outcome["error"] = exc

    dialog = QProgressDialog(label, QCoreApplication.translate("Work", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    thread = threading.Thread(target=target, name=title, daemon=True)
    thread.start()
    while thread.is_alive():
        if progress.total:
            dialog.setMaximum(progress.total)
            dialog.setValue(min(progress.done, progress.total - 1))
        if dialog.wasCanceled():
            progress.cancelled = True
        QCoreApplication.processEvents()
        thread.join(0.02)
    dialog.reset()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
