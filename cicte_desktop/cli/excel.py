"""``export xlsx``, ``import xlsx`` (an Events sheet) and ``attendance`` (an attendance sheet's
preview)."""

from __future__ import annotations

import argparse
import json
import sys

from cicte_desktop.cli.common import one_line, period_dates, unknown_filter
from cicte_desktop.safe_text import shown


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CommandLine", text)


def _trn(text: str, n: int) -> str:
    """A message that counts ``n`` things ("%n event(s)"), in its singular or plural form."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CommandLine", text, None, n)


def export_xlsx(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from cicte_desktop.exports.xlsx import ExportOptions, export_workbook

    period = period_dates(db, args)
    if period is None:
        return 2
    date_from, date_to = period
    problem = unknown_filter(db, args, date_from, date_to)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    options = ExportOptions(date_from, date_to, args.member_state, args.work_area, args.with_participants)
    out = args.out.expanduser().absolute()
    result = export_workbook(db, options, out)
    print(_tr("Wrote {path}: {events}{people}.").format(
        path=result.path, events=_trn("%n event(s)", result.events),
        people=", " + _trn("%n participant(s)", result.participants) if args.with_participants else ""))
    if result.missing_years:
        from cicte_desktop.exports.xlsx import missing_years_note

        print(missing_years_note(result.missing_years))
    return 0


def import_xlsx(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from cicte_desktop.services.events import workbook_files, workbook_import

    try:
        preview = workbook_import.preview_import(db, args.file.expanduser().absolute())
    except workbook_files.ImportFileError as exc:
        print(one_line(_tr("cicte-desktop: error: {message}").format(message=exc)), file=sys.stderr)
        return 1
    print(_tr("{new}, {changed}, {unchanged}, {rejected}").format(
        new=_trn("%n new", preview.count(workbook_import.NEW)), changed=_trn("%n changed", preview.count(workbook_import.CHANGED)),
        unchanged=_trn("%n unchanged", preview.count(workbook_import.UNCHANGED)),
        rejected=_trn("%n with problems", preview.count(workbook_import.REJECTED))))
    for row in preview.rows:
        if row.kind == workbook_import.REJECTED:
            print(_tr("  row {row}: {problems}").format(row=row.row_number, problems="; ".join(row.problems)))
    if preview.count(workbook_import.REJECTED):
        print(_tr("Nothing was imported."), file=sys.stderr)
        return 1
    if not preview.count(workbook_import.NEW) + preview.count(workbook_import.CHANGED):
        print(_tr("Nothing to import: every event of the workbook is here already, as it is there.")
              if preview.rows else _tr("Nothing to import: the workbook's Events sheet lists no events."))
        return 0
    if args.dry_run:
        return 0
    try:
        created, changed = workbook_import.apply_import(db, preview)
    except workbook_files.ImportFileError as exc:
        print(one_line(_tr("cicte-desktop: error: {message}").format(message=exc)), file=sys.stderr)
        return 1
    print(_tr("Imported: {created}, {changed}.").format(created=_trn("%n event(s) created", created),
                                                        changed=_trn("%n changed", changed)))
    return 0


def attendance_preview(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    """The preview of an attendance sheet, as the event form shows it (for a new, empty roster)."""
    from cicte_desktop.services import attendance, reference

    try:
        sheet = attendance.read_sheet(args.file.expanduser().absolute())
    except attendance.AttendanceSheetError as exc:
        print(one_line(_tr("cicte-desktop: error: {message}").format(message=shown(exc))), file=sys.stderr)
        return 1
    mapping = attendance.guess_mapping(sheet.headers)
    rows = attendance.preview(sheet, mapping, [], reference.member_states(db))
    result = attendance.preview_as_dict(sheet, mapping, rows)
    if args.json:
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(shown(_tr("{name}: headings in row {row}; to import: {good}, to skip: {skipped}").format(
        name=sheet.path.name, row=sheet.header_row, good=result["import"], skipped=result["skip"])))
    for column in result["mapping"]:
        print(shown(_tr("  column {column} “{header}”: {field}").format(**column)))
    for row in rows:
        decision = _tr("import") if row.decision == attendance.IMPORT else _tr("skip")
        who = row.participant.name if row.importable and row.participant else row.values.get("name", "")
        print(shown(_tr("  row {row}: {decision}{who}{problems}").format(
            row=row.row_number, decision=decision, who=f" {who}" if who else "",
            problems=f" ({'; '.join(row.problems)})" if row.problems else "")))
    return 0
