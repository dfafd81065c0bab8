"""Opening a workbook someone sent, safely, and reading its Events sheet. No Qt widgets.

A workbook is a zip of XML files that may come from anyone: before openpyxl reads it, the file
must be a zip whose parts declare sizes within :data:`LIMITS` (a "zip bomb" is refused by its
declared sizes, which the zip reader then holds it to), and every XML part must be well-formed
and free of document type and entity declarations (the "billion laughs" and external entities);
defusedxml, which openpyxl then uses by itself, refuses entities a second time. The Events
sheet is read as a stream, at most :data:`MAX_COLUMNS` columns and :data:`MAX_ROWS` rows, so
memory and time stay bounded whatever its declared dimension.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path
from typing import IO, Any
from xml.parsers import expat

from cicte_desktop import i18n
from cicte_desktop.services.workbook_layout import HEADER_ROWS, sheet_names


def _tr(text: str) -> str:
    return i18n.translate("ExcelImport", text)


class ImportFileError(ValueError):
    """The file cannot be imported; the message says why, for the user."""


MIB = 1 << 20
#: What one import reads at most. A workbook of 100,000 events is some 19 MB, its Events sheet
#: some 140 MB of XML compressed 7 times: far below these, which keep memory and time bounded.
LIMITS = {
    "file_bytes": 256 * MIB,  # the .xlsx file itself
    "parts": 10_000,  # files in the zip
    "part_bytes": 384 * MIB,  # one part, uncompressed (as declared, and held to it)
    "total_bytes": 768 * MIB,  # all parts, uncompressed
    "ratio": 100,  # uncompressed / compressed, for parts over 1 MiB (XML compresses 5 to 20 times)
}
#: Data rows of the Events sheet one import takes at most, and the columns read.
MAX_ROWS = 200_000
MAX_COLUMNS = 64
#: The most rows and columns a worksheet can have (Excel's own limits).
SHEET_ROWS, SHEET_COLUMNS = 1_048_576, 16_384


def _cannot_read(path: Path, detail: str) -> ImportFileError:
    return ImportFileError(_tr("{name} could not be read as an Excel workbook (.xlsx): {detail}").format(
        name=path.name, detail=detail))


def error_detail(exc: BaseException) -> str:
    """An exception's own words, short and printable (they may quote the file)."""
    text = "".join(c if c.isprintable() else " " for c in (str(exc) or type(exc).__name__))
    return text if len(text) <= 160 else text[:160] + "…"


class _Refused(Exception):
    """An XML part declares a document type or an entity."""


def _check_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> None:
    """Parse one XML part as a stream: well-formed, and no DOCTYPE or ENTITY anywhere."""
    parser = expat.ParserCreate()

    def refuse(*_args: Any) -> None:
        raise _Refused

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    try:
        with archive.open(info) as part:
            started = False
            while chunk := part.read(MIB):
                if not started and chunk.lstrip():
                    if not chunk.lstrip().startswith((b"<", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
                        return  # not XML (a picture...): no XML parser reads it (openpyxl refuses it in words)
                    started = True
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except _Refused:
        raise ImportFileError(_tr(
            "{name} was refused: its part {part} declares a document type or entities, which workbooks never do "
            "(a known way to attack the program that reads it).").format(name=path.name, part=info.filename)) from None
    except expat.ExpatError as exc:
        raise ImportFileError(_tr("{name} is damaged or was altered: its part {part} is not well-formed XML "
                                  "({detail}).").format(name=path.name, part=info.filename, detail=error_detail(exc))) from None


def check_archive(handle: IO[bytes], path: Path) -> None:
    """Refuse (ImportFileError, in words) a file that is not a sound workbook archive, before
    any XML of it is parsed by openpyxl: see the module's documentation."""
    try:
        archive = zipfile.ZipFile(handle)
    except Exception:  # BadZipFile, or stranger errors from a damaged directory
        raise _cannot_read(path, _tr("it is not a zip archive, as workbooks are.")) from None
    with archive:
        try:
            parts = archive.infolist()
            names = {info.filename for info in parts}
            if "[Content_Types].xml" not in names:
                raise _cannot_read(path, _tr("it is a zip archive, but not of a workbook."))
            if len(parts) > LIMITS["parts"]:
                raise _cannot_read(path, _tr("it holds {count} files, more than a workbook does.").format(
                    count=f"{len(parts):,}"))
            total = 0
            for info in parts:
                total += info.file_size
                if (info.file_size > LIMITS["part_bytes"] or total > LIMITS["total_bytes"]
                        or (info.file_size > MIB and info.file_size > LIMITS["ratio"] * max(info.compress_size, 1))):
                    raise ImportFileError(_tr(
                        "{name} was refused: its part {part} would unpack to {size} MB, far more than a workbook of "
                        "events holds (a \"zip bomb\").").format(name=path.name, part=info.filename,
                                                                size=f"{info.file_size / 1e6:,.0f}"))
            for info in parts:  # whatever their names: a rels file may call any part a sheet
                if not info.is_dir():
                    _check_part(archive, info, path)
        except ImportFileError:
            raise
        except Exception as exc:  # a damaged or encrypted part, a bad checksum...
            raise _cannot_read(path, error_detail(exc)) from None


class FormulaCell(str):
    """A cell holding a formula (its text); the import takes typed values only."""


class ErrorCell(str):
    """A cell holding an error such as #DIV/0!."""


def open_workbook(path: Path) -> IO[bytes]:
    """``path`` opened for reading, once it is a file of a workbook's size; ImportFileError in words."""
    if path.is_dir():
        raise _cannot_read(path, _tr("it is a folder."))
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise ImportFileError(_tr("{name} does not exist (any more?).").format(name=path.name)) from None
    except OSError as exc:
        raise _cannot_read(path, exc.strerror or error_detail(exc)) from None
    size = os.fstat(handle.fileno()).st_size
    if size == 0 or size > LIMITS["file_bytes"]:
        handle.close()
        raise _cannot_read(path, _tr("it is empty.") if size == 0 else _tr(
            "it is {size} MB, far more than a workbook of events.").format(size=f"{size / 1e6:,.0f}"))
    return handle


def open_checked(path: Path) -> IO[bytes]:
    """The file at ``path``, open for reading, once it was found to be a sound workbook archive
    (size, zip parts, XML without entities: see the module's documentation); ImportFileError,
    in words, if not. The caller closes it."""
    handle = open_workbook(path)
    try:
        check_archive(handle, path)
        handle.seek(0)
    except BaseException:
        handle.close()
        raise
    return handle


def read_events_sheet(path: Path) -> list[tuple[Any, ...]]:
    """The Events sheet's rows from the table header on (checked archive, bounded reading)."""
    from openpyxl import load_workbook

    with open_workbook(path) as handle:
        check_archive(handle, path)
        handle.seek(0)
        try:
            book = load_workbook(handle, read_only=True, data_only=False)
        except Exception as exc:  # whatever openpyxl meets in a file made to trip it
            raise _cannot_read(path, error_detail(exc)) from None
        try:
            wanted = set()
            for language in i18n.LANGUAGES:  # a workbook exported in any of the four languages
                with i18n.using_language(language):
                    wanted.add(sheet_names()["events"])
            sheet = next((book[name] for name in book.sheetnames if name in wanted), None)
            if sheet is None:
                raise ImportFileError(_tr("{name} has no Events sheet; export one from CICTE Desktop, edit it, and "
                                          "import it back.").format(name=path.name))
            if (sheet.max_row or 0) > SHEET_ROWS or (sheet.max_column or 0) > SHEET_COLUMNS:
                raise ImportFileError(_tr("{name} was refused: its Events sheet declares {rows} rows and {columns} "
                                          "columns, more than a worksheet can have.").format(
                    name=path.name, rows=f"{sheet.max_row:,}", columns=f"{sheet.max_column:,}"))
            return _sheet_rows(sheet, path)
        except ImportFileError:
            raise
        except Exception as exc:
            raise _cannot_read(path, error_detail(exc)) from None
        finally:
            book.close()


def _sheet_rows(sheet: Any, path: Path) -> list[tuple[Any, ...]]:
    """At most MAX_COLUMNS columns of at most MAX_ROWS rows, read as a stream; formulas and
    error values marked (see ``FormulaCell``, ``ErrorCell``)."""
    rows: list[tuple[Any, ...]] = []
    number = HEADER_ROWS
    data_rows = 0
    try:
        # As many columns as the table header has (cells past it have no heading: unread).
        header = next(sheet.iter_rows(min_row=HEADER_ROWS + 1, max_row=HEADER_ROWS + 1, max_col=MAX_COLUMNS,
                                      values_only=True), ())
        width = max((at + 1 for at, value in enumerate(header) if value not in (None, "")), default=1)
        for number, cells in enumerate(sheet.iter_rows(min_row=HEADER_ROWS + 1, max_row=SHEET_ROWS,
                                                       max_col=width), start=HEADER_ROWS + 1):
            values = tuple(FormulaCell(c.value) if c.data_type == "f" else ErrorCell(c.value) if c.data_type == "e"
                           else c.value for c in cells)
            if any(v is not None and v != "" for v in values):
                data_rows += 1
                if data_rows > MAX_ROWS + 1:  # the table header and MAX_ROWS events
                    raise ImportFileError(_tr("{name} holds more than {count} events; import it in parts.").format(
                        name=path.name, count=f"{MAX_ROWS:,}"))
            rows.append(values)
    except ImportFileError:
        raise
    except Exception as exc:  # a cell openpyxl cannot read: "inf" as a number, a missing shared text...
        raise ImportFileError(_tr("{name}: row {row} of the Events sheet cannot be read ({detail}); the workbook was "
                                  "damaged or altered.").format(name=path.name, row=number + 1, detail=error_detail(exc))) from None
    while rows and not any(v is not None and v != "" for v in rows[-1]):
        rows.pop()
    return rows
