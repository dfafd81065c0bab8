"""Workbooks made to harm: every one is refused or rejected in words, through the service and
through the command line (one line on stderr, exit 1), with nothing written to the database.

Each is a real exported workbook, then tampered with: cells edited with openpyxl, or its zip
and XML edited byte by byte, as an attacker would.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

from cicte_desktop.db.database import open_database
from cicte_desktop.exports.xlsx import ExportOptions, export_workbook
from cicte_desktop.services.events import workbook_files, workbook_import
from cicte_desktop.services import workbook_layout
from cicte_desktop.services.demo import add_demo_events
from tests.conftest import ROOT, run_cli
from tests.helpers import db_arg

EVENTS = "xl/worksheets/sheet3.xml"  # the third sheet the exporter writes


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory):
    """A database of demo events and its exported workbook, shared by the module's tests (which
    never write to it: a test that did would fail the others' "nothing written" checks)."""
    folder = tmp_path_factory.mktemp("hostile")
    db = open_database(folder / "cicte.sqlite")
    add_demo_events(db, 40, seed=3)
    workbook = folder / "events.xlsx"
    export_workbook(db, ExportOptions(None, None), workbook)
    yield db, workbook
    db.close()


def _state(db) -> tuple:
    with db.sql() as conn:
        return (conn.execute("SELECT coalesce(max(seq), 0), count(*) FROM sync_change").fetchone(),
                conn.execute("SELECT count(*), group_concat(title || women || coalesce(city, ''), '|') FROM event")
                .fetchone())


def _rezip(source: Path, target: Path, edit: Callable[[dict[str, bytes]], None]) -> Path:
    """``source`` with its parts edited by ``edit`` (name -> bytes; add, change or delete)."""
    with zipfile.ZipFile(source) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    edit(parts)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return target


def _xml(name: str, change: Callable[[str], str]) -> Callable[[dict[str, bytes]], None]:
    def edit(parts: dict[str, bytes]) -> None:
        parts[name] = change(parts[name].decode()).encode()
    return edit


def _with_doctype(body: str, doctype: str) -> str:
    return re.sub(r"^(<\?xml[^>]*\?>)?", lambda m: (m.group(0) or "") + doctype, body, count=1)


BILLION_LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                  + "".join(f'<!ENTITY lol{i} "' + f"&lol{i - 1};" * 10 + '">' for i in range(2, 10)) + "]>")


def _cell(body: str, ref: str, replacement: str) -> str:
    """The sheet XML with the cell ``ref`` replaced by ``replacement`` (raw XML)."""
    changed, count = re.subn(rf'<c r="{ref}"[^>]*?(/>|>.*?</c>)', replacement, body, count=1)
    assert count == 1, ref
    return changed


def _openpyxl(source: Path, target: Path, change: Callable[[object], None]) -> Path:
    book = load_workbook(source)
    change(book)
    book.save(target)
    return target


def _set(**cells: object) -> Callable[[object], None]:
    def change(book) -> None:  # type: ignore[no-untyped-def]
        for ref, value in cells.items():
            book["Events"][ref] = value
    return change


# --- Files that are not workbooks, or workbooks made to attack the reader ---------------------

def _not_a_workbook(kind: str, source: Path, folder: Path) -> Path:
    target = folder / "events.xlsx"
    if kind == "passwd":
        return Path("/etc/passwd")
    if kind == "random bytes":
        target.write_bytes(bytes(range(256)) * 64)
    elif kind == "empty":
        target.write_bytes(b"")
    elif kind == "a zip of something else":
        with zipfile.ZipFile(target, "w") as archive:
            archive.writestr("notes.txt", "hello")
    elif kind == "a folder":
        target.mkdir()
    elif kind == "missing":
        pass
    elif kind == "truncated":
        target.write_bytes(source.read_bytes()[: source.stat().st_size // 2])
    elif kind == "billion laughs":
        _rezip(source, target, _xml(EVENTS, lambda b: _cell(_with_doctype(b, BILLION_LAUGHS), "C5",
                                                           '<c r="C5" t="str"><v>&lol9;</v></c>')))
    elif kind == "external entity":
        _rezip(source, target, _xml("xl/workbook.xml", lambda b: _with_doctype(
            b, '<!DOCTYPE workbook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>').replace(
            'name="Events"', 'name="&xxe;"')))
    elif kind == "entity in the content types":
        _rezip(source, target, _xml("[Content_Types].xml", lambda b: _with_doctype(
            b, '<!DOCTYPE Types [<!ENTITY e "x">]>')))
    elif kind == "an entity in a sheet named as a picture":
        def disguise(parts: dict[str, bytes]) -> None:
            parts["xl/media/photo.png"] = _with_doctype(parts.pop(EVENTS).decode(), BILLION_LAUGHS).encode()
            parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
                b"/xl/worksheets/sheet3.xml", b"/xl/media/photo.png")
        _rezip(source, target, disguise)
    elif kind == "an entity after a megabyte of blanks":
        import random  # blanks in a random order: they pack no better than XML does, no "zip bomb"

        blanks = "".join(random.Random(1).choices(" \t\r\n", k=3 << 20))
        _rezip(source, target, _xml(EVENTS, lambda b: blanks + _with_doctype(b, BILLION_LAUGHS)))
    elif kind == "malformed XML":
        _rezip(source, target, _xml(EVENTS, lambda b: b.replace("</sheetData>", "</sheetDat>")))
    elif kind == "shared text out of range":
        _rezip(source, target, _xml(EVENTS, lambda b: _cell(b, "C5", '<c r="C5" t="s"><v>999999</v></c>')))
    elif kind == "number inf":
        _rezip(source, target, _xml(EVENTS, lambda b: _cell(b, "P5", '<c r="P5" t="n"><v>inf</v></c>')))
    elif kind == "number nan":
        _rezip(source, target, _xml(EVENTS, lambda b: _cell(b, "P6", '<c r="P6"><v>nan</v></c>')))
    elif kind == "huge declared dimension":
        _rezip(source, target, _xml(EVENTS, lambda b: re.sub(r'<dimension ref="[^"]*"/>|(?=<sheetViews)',
                                                             '<dimension ref="A1:XFD99999999"/>', b, count=1)))
    elif kind == "zip bomb":
        _rezip(source, target, _xml(EVENTS, lambda b: b.replace("</sheetData>", "</sheetData>" + " " * (60 << 20))))
    elif kind == "events sheet missing":
        _openpyxl(source, target, lambda book: book.remove(book["Events"]))
    elif kind == "events sheet renamed":
        _openpyxl(source, target, lambda book: setattr(book["Events"], "title", "My events"))
    elif kind == "no table header":
        # (the Event ID is the last column, after the Plan year)
        _openpyxl(source, target, _set(AD4=None, F4=None, A4="Name"))
    else:
        raise AssertionError(kind)
    return target


REFUSED = {  # kind: words the refusal holds
    "passwd": "could not be read as an Excel workbook (.xlsx): it is not a zip archive",
    "random bytes": "it is not a zip archive",
    "empty": "it is empty",
    "a zip of something else": "it is a zip archive, but not of a workbook",
    "a folder": "it is a folder",
    "missing": "does not exist",
    "truncated": "it is not a zip archive",
    "billion laughs": "its part xl/worksheets/sheet3.xml declares a document type or entities",
    "external entity": "its part xl/workbook.xml declares a document type or entities",
    "entity in the content types": "its part [Content_Types].xml declares a document type or entities",
    "an entity in a sheet named as a picture": "its part xl/media/photo.png declares a document type or entities",
    "an entity after a megabyte of blanks": "its part xl/worksheets/sheet3.xml declares a document type or entities",
    "malformed XML": "its part xl/worksheets/sheet3.xml is not well-formed XML",
    "shared text out of range": "row 5 of the Events sheet cannot be read",
    "number inf": "row 5 of the Events sheet cannot be read (invalid literal for int() with base 10: 'inf')",
    "number nan": "row 6 of the Events sheet cannot be read",
    "huge declared dimension": "its Events sheet declares 99,999,999 rows and 16,384 columns",
    "zip bomb": "would unpack to 63 MB, far more than a workbook of events holds (a \"zip bomb\")",
    "events sheet missing": "has no Events sheet",
    "events sheet renamed": "has no Events sheet",
    "no table header": "lacks the columns Title, Plan path, Event ID",  # in the sheet's order
}


@pytest.mark.parametrize("kind", list(REFUSED))
def test_a_file_that_is_not_a_sound_workbook_is_refused_in_words(exported, tmp_path: Path, kind: str) -> None:
    db, source = exported
    path = _not_a_workbook(kind, source, tmp_path)
    before = _state(db)
    with pytest.raises(workbook_files.ImportFileError) as refused:
        workbook_import.preview_import(db, path)
    assert REFUSED[kind] in str(refused.value)
    assert "\n" not in str(refused.value) and len(str(refused.value)) < 400
    result = run_cli("--db", db_arg(db), "import", "xlsx", str(path))
    assert result.returncode == 1, result.stderr
    assert result.stderr.count("\n") == 1 and REFUSED[kind] in result.stderr, result.stderr
    assert result.stdout == ""
    assert _state(db) == before


# --- Workbooks whose values are wrong: every row named, with its column -----------------------

LONG = "Port of Spain " * 30


def _cells(**cells: object) -> Callable[[Path, Path], Path]:
    return lambda source, target: _openpyxl(source, target, _set(**cells))


def _raw(part: str, change: Callable[[str], str]) -> Callable[[Path, Path], Path]:
    return lambda source, target: _rezip(source, target, _xml(part, change))

REJECTED = [  # (kind, edit, words said of the row)
    ("inf as text", _cells(P5="inf"), "row 5: Women: women inf is not a whole number"),
    ("nan as text", _cells(V5="nan"), "row 5: Satisfaction (1-5): satisfaction nan is not a number"),
    ("1e308", _cells(P5=1e308), "row 5: Women: women 1000000000000000"),
    ("infinite number", _raw(EVENTS, lambda b: _cell(b, "P5", '<c r="P5"><v>1e309</v></c>')),
     "row 5: Women: women inf is not a whole number"),
    ("not a number", _raw(EVENTS, lambda b: _cell(b, "V5", '<c r="V5"><v>-1E999</v></c>') if '<c r="V5"' in b
                          else _cell(b, "U5", '<c r="U5"><v>1</v></c><c r="V5"><v>-1E999</v></c>')),
     "row 5: Satisfaction (1-5): satisfaction -inf is not a number"),
    ("a negative count", _cells(Q5=-3), "row 5: Men: men -3 is not between 0 and 10000000"),
    ("a fraction of a person", _cells(P5=2.5), "row 5: Women: women 2.5 is not a whole number"),
    ("a count in words", _cells(P5="lots"), "row 5: Women: women 'lots' is not a whole number"),
    ("a member state twice", _cells(I5="Chile; Chile"), "row 5: Member states: “Chile” is listed twice"),
    ("by name and by code", _cells(I5="Chile; CHL"), "row 5: Member states: “CHL” is listed twice"),
    ("a partner twice", _cells(L5="REMJA; remja"), "row 5: Partner organisations: “remja” is listed twice"),
    ("a formula", _cells(P5="=1+1"), "row 5: Women: holds a formula (=1+1)"),
    ("an error value", _cells(P5="#DIV/0!"), "row 5: Women: holds the error '#DIV/0!'"),
    ("text too long", _cells(K6=LONG), f"row 6: City: city is {len(LONG.strip())} characters long; "
                                             f"at most 200 are allowed"),
    ("a date that is not one", _cells(B5="2016-13-45"), "row 5: Start date: start date '2016-13-45' is not a date"),
    ("a date past 2199", _cells(C5=dt.datetime(9999, 12, 31)), "row 5: End date: end date '9999-12-31' is outside the years 1900 to 2199"),
    ("an event ID that is not one", _cells(AD5="../../etc/passwd"), "row 5: Event ID: uuid '../../etc/passwd' is not an"),
    ("neither yes nor no", _cells(Y5="perhaps"), "row 5: Follow-up needed: “perhaps” is neither Yes nor No"),
    ("a satisfaction of 7", _cells(V5=7), "row 5: Satisfaction (1-5): satisfaction 7 is not between 1 and 5"),
]


@pytest.mark.parametrize(("kind", "edit", "words"), REJECTED, ids=[r[0] for r in REJECTED])
def test_a_workbook_with_bad_values_names_row_and_column_and_writes_nothing(
        exported, tmp_path: Path, kind: str, edit: Callable[[Path, Path], Path], words: str) -> None:
    db, source = exported
    path = edit(source, tmp_path / "edited.xlsx")
    before = _state(db)
    preview = workbook_import.preview_import(db, path)
    rejected = [f"row {r.row_number}: {problem}" for r in preview.rows if r.kind == workbook_import.REJECTED for problem in r.problems]
    assert not preview.can_apply and any(line.startswith(words) for line in rejected), rejected
    with pytest.raises(workbook_files.ImportFileError, match="Nothing was imported"):
        workbook_import.apply_import(db, preview)
    result = run_cli("--db", db_arg(db), "import", "xlsx", str(path))
    assert result.returncode == 1 and result.stderr == "Nothing was imported.\n", result.stderr
    assert words in result.stdout
    assert _state(db) == before


def test_bounds_hold_for_a_sheet_declaring_every_cell_and_a_row_far_down(exported, tmp_path: Path) -> None:
    """A sheet that declares A1:XFD1048576 (legal) and has a row at 1,048,576 is read in bounded
    columns and time: the far row is just one more row to check."""
    db, source = exported
    path = _rezip(source, tmp_path / "far.xlsx", _xml(EVENTS, lambda b: re.sub(
        r'<dimension ref="[^"]*"/>', '<dimension ref="A1:XFD1048576"/>', b).replace(
        "</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>far</t></is></c>'
                        '<c r="C1048576" t="inlineStr"><is><t>Far away</t></is></c></row></sheetData>')))
    started = time.perf_counter()
    preview = workbook_import.preview_import(db, path)
    assert time.perf_counter() - started < 30
    far = preview.rows[-1]
    assert far.row_number == 1_048_576 and far.kind == workbook_import.REJECTED and "unknown plan path “”" in far.problems


def test_a_zip_bomb_is_refused_before_it_is_unpacked(exported, tmp_path: Path) -> None:
    """A workbook of a few MB whose Events sheet unpacks to 1 GB: refused from its declared size,
    before anything is unpacked, in a child process whose memory is capped."""
    _db, source = exported
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in original.infolist():
            if info.filename != EVENTS:
                archive.writestr(info.filename, original.read(info))
        with archive.open(EVENTS, "w", force_zip64=True) as part:
            part.write(b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
            for _ in range(1024):
                part.write(b"<row/>" * 174_763)  # 1 MB
    assert bomb.stat().st_size < 8 << 20
    code = ("import resource, sys; resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30)); "
            "from cicte_desktop.cli.main import main; sys.exit(main(sys.argv[1:]))")
    result = subprocess.run([sys.executable, "-c", code, "--db", db_arg(_db), "import", "xlsx", str(bomb)],
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr
    assert "a \"zip bomb\"" in result.stderr


# --- Random damage: never anything but words -------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


def _outcome(db, path: Path) -> str:
    """What the import makes of ``path``: refused in words, or a preview (never another error)."""
    try:
        preview = workbook_import.preview_import(db, path)
    except workbook_files.ImportFileError as exc:
        assert str(exc) and "\n" not in str(exc) and "Traceback" not in str(exc)
        return "refused"
    return "rejected" if preview.count(workbook_import.REJECTED) else "previewed"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=8))
def test_a_workbook_with_random_bytes_changed_is_refused_or_previewed(exported, tmp_path: Path, flips) -> None:
    db, source = exported
    data = bytearray(source.read_bytes())
    for where, value in flips:
        data[int(where * len(data))] = value
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(bytes(data))
    before = _state(db)
    assert _outcome(db, path) in ("refused", "rejected", "previewed")
    assert _state(db) == before


_XML_PIECES = ["<", ">", "&", "&amp;", '"', "</c>", "<c>", "<v>", "</v>", "<!DOCTYPE x>", "<!ENTITY e 'x'>", "&e;",
               "\x00", "\udcff", "é", "<row>", "</row>", 't="s"', 't="e"', "<f>1/0</f>", "1e999", "-", "9" * 30]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(edits=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 40), st.sampled_from(_XML_PIECES)),
                      min_size=1, max_size=6))
def test_an_events_sheet_with_random_xml_edits_is_refused_or_previewed(exported, tmp_path: Path, edits) -> None:
    db, source = exported

    def damage(body: str) -> str:
        for where, cut, piece in edits:
            at = int(where * len(body))
            body = body[:at] + piece + body[at + cut:]
        return body

    path = tmp_path / "edited.xlsx"
    with zipfile.ZipFile(source) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts[EVENTS] = damage(parts[EVENTS].decode()).encode("utf-8", "surrogatepass")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    before = _state(db)
    assert _outcome(db, path) in ("refused", "rejected", "previewed")
    assert _state(db) == before


def test_more_events_than_one_import_takes_are_refused(exported, tmp_path: Path, monkeypatch) -> None:
    db, source = exported
    monkeypatch.setattr(workbook_files, "MAX_ROWS", 10)
    with pytest.raises(workbook_files.ImportFileError, match="holds more than 10 events; import it in parts"):
        workbook_import.preview_import(db, source)


def test_paths_typed_into_a_workbook_never_reach_a_file_nor_a_package(tmp_path: Path) -> None:
    """The exfiltration case from a workbook: an Excel import makes no attachment record, so paths
    typed into its text cells stay words on the event, open nothing and travel in no package."""
    from tests.sync_helpers import export, make_device, package_members

    laptop = make_device(tmp_path, "Laptop A")
    add_demo_events(laptop.db, 5, seed=4)
    workbook = tmp_path / "events.xlsx"
    export_workbook(laptop.db, ExportOptions(None, None), workbook)
    book = load_workbook(workbook)
    sheet = book["Events"]
    header = [cell.value for cell in sheet[workbook_layout.HEADER_ROWS + 1]]
    paths = ["/etc/hostname", "../../etc/hostname", "..\\..\\windows\\win.ini", "C:\\Users\\x\\secret.txt"]
    for offset, column in enumerate(("Venue", "City", "Notes", "Follow-up notes")):
        sheet.cell(workbook_layout.HEADER_ROWS + 2, header.index(column) + 1, paths[offset])
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    with laptop.db.sql() as conn:
        attachments_before = conn.execute("SELECT count(*) FROM attachment").fetchone()[0]
    preview = workbook_import.preview_import(laptop.db, edited)
    assert preview.can_apply, [p for r in preview.rows for p in r.problems]
    workbook_import.apply_import(laptop.db, preview)
    with laptop.db.sql() as conn:
        assert conn.execute("SELECT count(*) FROM attachment").fetchone()[0] == attachments_before
        assert conn.execute("SELECT venue, city FROM event WHERE venue = '/etc/hostname'").fetchall() == [
            ("/etc/hostname", "../../etc/hostname")]
    package = export(laptop, "Headquarters", tmp_path, everything=True)
    members = package_members(package)
    assert not [name for name in members if name.startswith("attachments/")]
    hostname = Path("/etc/hostname")
    if hostname.exists() and hostname.read_bytes().strip():
        assert not any(hostname.read_bytes() == body for body in members.values())
