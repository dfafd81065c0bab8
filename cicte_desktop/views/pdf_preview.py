"""A report is looked at before it is saved. It was written to a temporary folder; with QtPdf
(PySide6-Addons, not installed by default) it is shown here, otherwise the system's PDF viewer
opens it. "Save As…" copies it where the user wants it; closing throws the temporary copy away.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QVBoxLayout, QWidget

from cicte_desktop.files import atomic_target
from cicte_desktop.views import messages
from cicte_desktop.views.screen_fit import fit_to_screen


def qtpdf_available() -> bool:
    try:
        import PySide6.QtPdf  # noqa: F401
        import PySide6.QtPdfWidgets  # noqa: F401
    except ImportError:
        return False
    return True


def open_in_system_viewer(path: Path) -> bool:
    """Open ``path`` (a file or a folder) with the system's program for it; False when none opened."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class PdfPreview(QDialog):
    """Shows ``pdf`` (a temporary file in ``folder``, removed when the preview closes) and saves
    a copy of it; ``suggested`` is the file name offered in ``save_folder``."""

    def __init__(self, pdf: Path, folder: Path, suggested: str, save_folder: Path, pages: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(self.tr("Preview: {name}").format(name=suggested))
        self.pdf = pdf
        self._folder = folder
        self._suggested = suggested
        self._save_folder = save_folder
        self._pages = pages
        self.saved_to: Path | None = None
        layout = QVBoxLayout(self)
        self.viewer: QWidget | None = None
        self._document = None
        if qtpdf_available():
            self.viewer = self._embedded_viewer()
            layout.addWidget(self.viewer, 1)
            fit_to_screen(self, 900, 700)
        self.message = QLabel()
        self.message.setObjectName("previewMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # the path can be copied
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = self.buttons.addButton(self.tr("Open in PDF Viewer"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button = self.buttons.addButton(self.tr("Open Its Folder"),
                                                         QDialogButtonBox.ButtonRole.ActionRole)
        self.open_folder_button.setObjectName("openFolder")
        self.open_folder_button.setAutoDefault(False)
        self.open_folder_button.setVisible(False)  # offered when no PDF viewer opened the report
        self.open_folder_button.clicked.connect(self.open_folder)
        self.save_button = self.buttons.addButton(self.tr("Save As…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.open_button.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.open_button.clicked.connect(self.open_externally)
        self.save_button.clicked.connect(self._choose_target)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.finished.connect(self._discard)
        if self.viewer is None:
            self.message.setText(self.tr("Opening the report (%n page(s)) in your PDF viewer…", "", pages))
            self.setMinimumWidth(560)
            self.adjustSize()
        else:
            self.message.setText(self.tr("%n page(s). Save it where you want to keep it.", "", pages))

    def _embedded_viewer(self) -> QWidget:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        document = QPdfDocument(self)
        document.load(str(self.pdf))
        self._document = document
        view = QPdfView(self)
        view.setDocument(document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        return view

    def show_report(self) -> None:
        """Open the preview (and, without QtPdf, the system viewer beside it)."""
        self.open()
        self.save_button.setDefault(True)  # Enter saves (the button box makes Close the default otherwise)
        self.save_button.setFocus()
        if self.viewer is None:
            self.open_externally()

    def open_externally(self) -> bool:
        """Open the report in the system's PDF viewer; when none opens, say where the file is."""
        if open_in_system_viewer(self.pdf):
            if self.viewer is None:
                self.message.setText(self.tr("The report (%n page(s)) is open in your PDF viewer. Look it over, then "
                                             "save it here where you want to keep it.", "", self._pages))
            self.open_folder_button.setVisible(False)
            return True
        self.message.setText(self.tr(
            "No PDF viewer could be opened on this computer. The report (%n page(s)) was written to:\n{path}\n\n"
            "Open its folder to look at it with another program, then save it here where you want to keep it "
            "(this copy is removed when you close this window).", "", self._pages).format(path=self.pdf))
        self.open_folder_button.setVisible(True)
        self.adjustSize()
        return False

    def open_folder(self) -> bool:
        """Open the folder the report was written to; when that fails too, say so with its path."""
        if open_in_system_viewer(self.pdf.parent):
            return True
        self.message.setText(self.tr(
            "No PDF viewer could be opened, and its folder could not be opened either. The report is here:\n{path}\n\n"
            "Copy this path, or save the report where you want to keep it.").format(path=self.pdf))
        self.adjustSize()
        return False

    def _choose_target(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save PDF report"),
                                                    str(self._save_folder / self._suggested),
                                                    self.tr("PDF documents (*.pdf)"))
        if path:
            self.save_to(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def save_to(self, target: Path) -> bool:
        """Copy the report to ``target`` (written whole or not at all) and close the preview."""
        try:
            with atomic_target(target, prefix=".") as partial:
                shutil.copyfile(self.pdf, partial)
        except OSError as exc:
            messages.show_error(self, self.tr("The report could not be saved"), self.tr(
                "{path} could not be written ({detail}). No partial file was left.").format(path=target, detail=exc))
            return False
        self.saved_to = target
        self.accept()
        return True

    def _discard(self, _result: int = 0) -> None:
        if self._document is not None:
            self._document.close()  # Windows cannot remove a file that is still open
        with contextlib.suppress(OSError):
            shutil.rmtree(self._folder, ignore_errors=True)
