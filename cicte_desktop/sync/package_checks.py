"""What a field package's members are checked for before anything in them is used: their
names, sizes and expansion (before anything is decompressed), the manifest's signature, its
JSON, and every record of every table (types, formats, lengths, ranges:
:mod:`cicte_desktop.validation`). Each check raises a :class:`PackageError` saying, in words,
what is wrong. Used by :mod:`cicte_desktop.sync.package_reader`. No Qt widgets, no database.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import msgspec
from PySide6.QtCore import QCoreApplication

from cicte_desktop.safe_text import shown
from cicte_desktop.sync.package import (
    FORMAT, LIMITS, MANIFEST, SIGNATURE, TABLE_MEMBER, DamagedPackageError, InvalidValueError, NewerPackageError,
    NotAPackageError, PackageError, TableData, TamperedPackageError, UnsafePackageError,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("FieldPackage", text)


def _name(path: Path) -> str:
    return path.name



#: What reading a member of a damaged or foreign zip raises: a bad CRC or header (BadZipFile), a
#: cut-off stream (EOFError), a corrupt deflate stream (zlib.error), a zip-encrypted member
#: (RuntimeError), an unknown compression method (NotImplementedError), and I/O errors.
ZIP_READ_ERRORS = (zipfile.BadZipFile, EOFError, zlib.error, OSError, ValueError, RuntimeError, NotImplementedError)
#: What opening a zip with a damaged central directory raises (OSError is told apart: a file
#: that cannot be read is not a damaged one).
ZIP_OPEN_ERRORS = (zipfile.BadZipFile, EOFError, zlib.error, ValueError, RuntimeError, NotImplementedError,
                    struct.error, OverflowError, IndexError, KeyError)


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, path: Path) -> bytes:
    try:
        with archive.open(info) as member:
            data = member.read(limit + 1)
    except ZIP_READ_ERRORS as exc:
        raise damaged(path, info.filename, exc) from exc
    if len(data) > limit:
        raise too_large(path, info.filename)
    return data


def damaged(path: Path, member: str, detail: object) -> DamagedPackageError:
    if not shown(detail).strip():  # EOFError() and its kin say nothing
        detail = _tr("it ends too early") if isinstance(detail, EOFError) else _tr("unreadable data")
    return DamagedPackageError(_tr(
        "{name} is damaged: its part {member} cannot be read ({detail}). Nothing was imported; copy the package "
        "again from where it was made.").format(name=_name(path), member=member, detail=detail))


def too_large(path: Path, member: str) -> UnsafePackageError:
    return UnsafePackageError(_tr(
        "{name} was refused: its part {member} is larger than a field package may hold. Nothing was imported."
    ).format(name=_name(path), member=member))


def check_names(archive: zipfile.ZipFile, path: Path, allowed: Callable[[str], bool]) -> list[zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > LIMITS["members"]:
        raise UnsafePackageError(_tr("{name} was refused: it holds too many files ({count}). Nothing was "
                                     "imported.").format(name=_name(path), count=len(infos)))
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        if (name.startswith(("/", "\\")) or "\\" in name or ".." in name.split("/") or re.match(r"[A-Za-z]:", name)
                or "\x00" in name):
            raise UnsafePackageError(_tr(
                "{name} was refused: it holds a file named {member}, which points outside the package's folder. "
                "Nothing was imported.").format(name=_name(path), member=name))
        if name in seen:
            raise UnsafePackageError(_tr("{name} was refused: it holds {member} twice. Nothing was imported.").format(
                name=_name(path), member=name))
        seen.add(name)
        if not allowed(name):
            raise NotAPackageError(_tr(
                "{name} is not a CICTE Desktop field package: it holds {member}, which no package holds.").format(
                name=_name(path), member=name))
    return infos


def tampered(path: Path) -> TamperedPackageError:
    return TamperedPackageError(_tr(
        "{name} was refused as tampered with: its signature does not match its content, so it was changed after "
        "it was made, or made by someone other than the computer it names. Nothing was imported.").format(
        name=_name(path)))


def verify_signature(archive: zipfile.ZipFile, names: set[str], manifest_bytes: bytes, path: Path) -> Any:
    """Who signed the manifest: refuse an unsigned package, or one whose signature does not verify."""
    from cicte_desktop.sync import trust

    if SIGNATURE not in names:
        raise TamperedPackageError(_tr(
            "{name} was refused: it is not signed, so nothing tells who made it (packages made by earlier versions "
            "of CICTE Desktop are not signed: make it again with this version). Nothing was imported.").format(
            name=_name(path)))
    signature_bytes = read_member(archive, archive.getinfo(SIGNATURE), 64 << 10, path)
    try:
        return trust.verify(signature_bytes, manifest_bytes)
    except ValueError:
        raise tampered(path) from None


def referred_files(tables: dict[str, TableData]) -> set[str]:
    """The checksums of the files the package's (live) attachment records refer to."""
    table = tables.get("attachment")
    if table is None:
        return set()
    if table.referred is None:
        sha_at, deleted_at = table.columns.index("sha256"), table.columns.index("deleted")
        table.referred = {row[sha_at] for row in table.rows if not row[deleted_at]}
    return table.referred


def declared_counts(manifest: dict[str, Any], present: set[str], path: Path) -> dict[str, int]:
    """How many records the manifest declares for each table the package holds."""
    counts = manifest.get("counts")
    if not isinstance(counts, dict):
        raise damaged(path, MANIFEST, _tr("{field} is missing or wrong").format(field="counts"))
    found = {}
    for name in present:
        match = TABLE_MEMBER.fullmatch(name)
        if match:
            declared = counts.get(match.group(1))
            if type(declared) is not int or declared < 0:
                raise damaged(path, MANIFEST, _tr("{field} is missing or wrong").format(field="counts"))
            found[match.group(1)] = declared
    return found


def check_sizes(infos: list[zipfile.ZipInfo], members: dict[str, Any], counts: dict[str, int], path: Path) -> None:
    """Before anything is decompressed: every member's size as the zip and the manifest both
    declare it (zipfile never reads past the zip's), within what its records can fill, and not
    expanding more than the app's own packages do."""
    from cicte_desktop.validation.rules import max_row_bytes

    total = 0
    for info in infos:
        name = info.filename
        if name in (MANIFEST, SIGNATURE):
            continue
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise damaged(path, name, _tr("an unknown kind of compression"))
        if members[name]["size"] != info.file_size:
            raise DamagedPackageError(_tr(
                "{name} is damaged or was changed after it was written: {member} does not match its checksum. Nothing "
                "was imported.").format(name=_name(path), member=name))
        match = TABLE_MEMBER.fullmatch(name)
        if match:
            records = counts[match.group(1)]
            from cicte_desktop.db.synced import table_columns

            limit = LIMITS["table_bytes"]
            if table_columns(match.group(1)) is not None:
                limit = min(limit, LIMITS["table_slack"] + records * max_row_bytes(match.group(1)))
            if records > LIMITS["record_slack"] + info.compress_size // LIMITS["compressed_bytes_per_record"]:
                raise too_large(path, name)
        else:
            limit = LIMITS["attachment_bytes"]
        if info.file_size > limit or info.file_size > LIMITS["expansion"] * info.compress_size + LIMITS["expansion_slack"]:
            raise too_large(path, name)
        total += info.file_size
    if total > LIMITS["total_bytes"]:
        raise UnsafePackageError(_tr("{name} was refused: it holds more data than a field package may. Nothing was "
                                     "imported.").format(name=_name(path)))


def hash_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    try:
        with archive.open(info) as member:
            for chunk in iter(lambda: member.read(1 << 20), b""):
                digest.update(chunk)
                size += len(chunk)
                if size > LIMITS["attachment_bytes"]:
                    raise too_large(path, info.filename)
    except PackageError:
        raise
    except ZIP_READ_ERRORS as exc:
        raise damaged(path, info.filename, exc) from exc
    return digest.hexdigest(), size


def parse_manifest(data: bytes, path: Path) -> dict[str, Any]:
    try:
        manifest = json.loads(data)
    except (ValueError, UnicodeDecodeError, RecursionError):
        manifest = None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise NotAPackageError(_tr("{name} is not a CICTE Desktop field package (its manifest is not one).").format(
            name=_name(path)))
    return manifest


class _TableBody(msgspec.Struct):
    """A table member; its rows are decoded apart, checked against their columns' rules."""

    table: str
    columns: list[str]
    rows: msgspec.Raw
    known: list[int] = []


def parse_table(data: bytes, table_name: str, path: Path, member: str, count: int | None = None) -> TableData:
    """The records of a table member, every value checked (types, formats, lengths, ranges,
    enumerations: :mod:`cicte_desktop.validation`) before any is used; ``count``: the number of
    records the manifest declares."""
    from cicte_desktop.validation.decoding import decode_rows
    from cicte_desktop.validation.rows import InvalidRecord, MalformedRows
    from cicte_desktop.db.models import SYNC_COLUMNS
    from cicte_desktop.db.synced import table_columns

    try:
        body = msgspec.json.decode(data, type=_TableBody)
        if body.table != table_name:
            raise ValueError("table")
    except (ValueError, RecursionError, msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise damaged(path, member, exc) from exc
    columns = body.columns
    local = table_columns(table_name)
    if local is None:
        raise NewerPackageError(_tr(
            "{name} holds records of a kind this version of CICTE Desktop does not know ({table}). Install the newer "
            "version to import it.").format(name=_name(path), table=table_name))
    if len(set(columns)) != len(columns) or not set(SYNC_COLUMNS) <= set(columns):
        raise damaged(path, member, _tr("its columns are wrong"))
    unknown = [c for c in columns if c not in local]
    if unknown:
        raise NewerPackageError(_tr(
            "{name} holds information this version of CICTE Desktop does not know ({table}.{column}). Install the "
            "newer version to import it.").format(name=_name(path), table=table_name, column=unknown[0]))
    try:
        rows = decode_rows(table_name, columns, body.rows)
    except InvalidRecord as exc:
        raise InvalidValueError(_tr("{name} was refused: {problem}. Nothing was imported.").format(
            name=_name(path), problem=exc)) from None
    except (MalformedRows, RecursionError) as exc:
        raise damaged(path, member, exc) from None
    if count is not None and len(rows) != count:
        raise damaged(path, member, _tr("it holds {count} records where its manifest says {declared}").format(
            count=len(rows), declared=count))
    known = body.known
    if len(known) > len(rows) or not all(0 <= i < len(rows) for i in known):
        raise damaged(path, member, "known")
    return TableData(table_name, columns, rows, set(known))
