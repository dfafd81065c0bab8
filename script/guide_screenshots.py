"""The user guide's screenshots, from the app itself: ``script/guide_screenshots [LANG...]``.

A demo database (as ``benchmarks/run.py`` builds one: ``services.demo``) in a temporary folder;
for each language the main window, the event form and the export dialogs are shown offscreen,
grabbed, scaled to at most 900 pixels wide and written as palette PNGs (small: the bundle has a
size bound) into ``resources/help/images/<lang>/``, where the guide's topics show them.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "resources" / "help" / "images"
WIDTH = 900
COLOURS = 64
# The computer's name in the package dialog, as the guide's examples give it.
EVENT_TITLES = {"en": "National workshop on container control — Kingston",
                "es": "Taller nacional sobre control de contenedores — Kingston",
                "fr": "Atelier national sur le contrôle des conteneurs — Kingston",
                "pt": "Oficina nacional sobre controle de contêineres — Kingston"}
DEVICE_NAMES = {"en": "Laptop of María (Trinidad mission)", "es": "Portátil de María (misión en Trinidad)",
                "fr": "Portable de María (mission à Trinité)", "pt": "Laptop da María (missão em Trinidad)"}


def _save(widget, path: Path) -> int:  # type: ignore[no-untyped-def]
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice, Qt

    image = widget.grab().toImage()
    if image.width() > WIDTH:
        image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    import io

    picture = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    picture = picture.quantize(colors=COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    path.parent.mkdir(parents=True, exist_ok=True)
    picture.save(path, optimize=True)
    return path.stat().st_size


def _settle(app, widget, size=None) -> None:  # type: ignore[no-untyped-def]
    if size is not None:
        widget.resize(*size)
    widget.show()
    for _ in range(5):
        app.processEvents()


def main(languages: list[str]) -> int:
    # A fixed folder, so that the paths the dialogs show stay the same from one run to the next.
    base = Path(tempfile.gettempdir()) / "cicte-guide"
    shutil.rmtree(base, ignore_errors=True)
    folder = base / "Documents"
    folder.mkdir(parents=True)
    os.environ["CICTE_DATA_DIR"] = str(folder / "data")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    from cicte_desktop import i18n
    from cicte_desktop.app import build_main_window
    from cicte_desktop.db.database import open_database
    from cicte_desktop.services import devices, reference, workplan
    from cicte_desktop.services.demo import add_demo_events
    from cicte_desktop.sync.outgoing import destinations
    from cicte_desktop.views.event_form import EventForm
    from cicte_desktop.views.export_dialog import ExportDialog
    from cicte_desktop.views.package_export import PackageExportDialog
    from cicte_desktop.views.server_connect import ServerConnectDialog
    from cicte_desktop.views.pdf_report_dialog import PdfReportDialog

    app = QApplication.instance() or QApplication([])
    db_path = folder / "cicte.sqlite"
    db = open_database(db_path)
    add_demo_events(db, 300, seed=7, years=(2016,))
    db.close()
    total = 0
    for language in languages:
        i18n.install(app, language)
        window = build_main_window(db_path)
        _settle(app, window, (1200, 760))
        window.plan_view.expand(window.plan_model.index(0, 0))
        first_program = window.plan_model.index(0, 0, window.plan_model.index(0, 0))
        window.plan_view.setCurrentIndex(first_program)
        window.tasks.wait_all(30_000)
        _settle(app, window)
        shots = {"main-window": window}
        db = window.database
        plan = workplan.get_work_plan(db, 2016)
        activity = plan.activities()[0]
        shots["event-form"] = EventForm(db, plan, activity_uuid=activity.uuid,
                                        member_states=reference.member_states(db),
                                        partners=reference.partners(db), data_folder=folder)
        form = shots["event-form"]  # a form being filled in, as a trainer sees it
        form.title.setText(EVENT_TITLES.get(language, EVENT_TITLES["en"]))
        form.start_date.set_value(dt.date(2016, 3, 14))
        form.end_date.set_value(dt.date(2016, 3, 16))
        form.member_states.set_selected(["JAM", "TTO"])
        form.venue.setText("Norman Manley International Airport")
        form.city.setText("Kingston")
        shots["excel-export"] = ExportDialog(plan, reference.member_states(db), folder)
        shots["pdf-report"] = PdfReportDialog(plan, reference.member_states(db), lambda _f: [], "semiannual")
        devices.set_device_name(db, DEVICE_NAMES.get(language, DEVICE_NAMES["en"]))
        shots["package-export"] = PackageExportDialog(destinations(db), devices.device_name(db), folder)
        shots["server-connect"] = connect = ServerConnectDialog(window)  # headquarters' server (README)
        connect.host.setText("db.oas.org")
        connect.user.setText("ana.perez")
        for name, widget in shots.items():
            if widget is not window:
                _settle(app, widget, (WIDTH, 720) if name == "event-form" else None)
            size = _save(widget, OUT / language / f"{name}.png")
            total += size
            print(f"{language}/{name}.png {size // 1024} kB")
            if widget is not window:
                widget.hide()  # not close(): the filled-in form would ask before throwing its changes away
                widget.deleteLater()
        window.tasks.wait_all(30_000)
        window.close()
        window.tasks.wait_all(30_000)  # the backup on closing, before the folder goes
        window.database.close()
        window.deleteLater()
        app.processEvents()
    print(f"total {total // 1024} kB")
    shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["en", "es", "fr", "pt"]))
