"""The controls a dialog's code holds stay usable: PySide keeps the Python side of a control only
while what it counts as the control's parent lives, and a deletion in the dialog (a form's
placeholder, once replaced) took the PDF dialog's Preview button with it."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from tests.views import a11y_helpers as a11y
from tests.views.a11y_helpers import dialog_openers, hq_master, language, opened, window  # noqa: F401 (fixtures)


def lost_controls(dialog: QObject) -> list[str]:
    """The attributes of ``dialog`` (and of its compiled form) whose Qt object is gone."""
    held = dict(vars(dialog))
    form = held.get("ui")
    if form is not None:
        held.update({f"ui.{name}": value for name, value in vars(form).items()})
    return [name for name, value in held.items() if isinstance(value, QObject) and not shiboken6.isValid(value)]


def test_every_dialog_keeps_the_controls_it_holds_once_its_queued_events_have_run(
        window, qtbot, tmp_path: Path, hq_master) -> None:  # type: ignore[no-untyped-def]
    lost = []
    for name, start in dialog_openers(window, tmp_path, hq_master[1]).items():
        dialog = opened(qtbot, start)
        qtbot.waitExposed(dialog)
        qtbot.wait(50)  # the event loop runs, deferred deletions among it
        lost += [f"{name}: {attribute}" for attribute in lost_controls(dialog)]
        for other in reversed(a11y.shown_dialogs()):
            other.reject()
        QApplication.processEvents()
    assert not lost, "Controls whose Qt object is gone:\n" + "\n".join(lost)
