"""The field package file (``.cictepkg``): writing it, and checking everything in it before
anything is merged. No Qt widgets, no database.

A package is a zip file::

    manifest.json           format, format_version, schema_version, package_uuid, created_at,
                            source {device_uuid, device_name}, destination {key, name, device_uuid},
                            everything, counts {table: rows}, members {name: {sha256, size}}
    tables/<table>.json     {"table", "columns", "rows": [[...], ...], "known": [row indexes]}
    attachments/<sha256>    the content of an attached file, once per checksum

Rows hold the values as the database stores them (timestamps as UTC text, dates as ISO text,
booleans as 0/1). ``known`` lists the rows the destination has already seen: a complete package
(``everything``) carries them, and they never count as changed by the sender.

A package protected with a passphrase is a zip of two members: ``encryption.json`` (cipher,
scrypt parameters and salt, nonce prefix, chunk size, key check) and ``package.bin``, the plain
package encrypted with AES-256-GCM in chunks (the STREAM construction: each chunk's nonce is the
prefix, its index and a last-chunk flag, so chunks cannot be reordered, dropped or cut off), with
``encryption.json`` as associated data. Nothing of the content, not even the manifest, is readable
without the passphrase.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
import shutil
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, NoReturn

from PySide6.QtCore import QCoreApplication

from cicte_desktop.files import atomic_target
from cicte_desktop.gc_pause import gc_paused

FORMAT = "cicte-field-package"
FORMAT_VERSION = 1
ENCRYPTED_FORMAT = "cicte-field-package-encrypted"
ENCRYPTED_FORMAT_VERSION = 1
SUFFIX = ".cictepkg"

MANIFEST = "manifest.json"
ENVELOPE = "encryption.json"
PAYLOAD = "package.bin"
TABLE_MEMBER = re.compile(r"tables/([a-z_]{1,32})\.json")
ATTACHMENT_MEMBER = re.compile(r"attachments/([0-9a-f]{64})")

#: Limits that keep a damaged or hostile file from exhausting memory or disk; tests lower them.
LIMITS = {
    "manifest_bytes": 16 << 20,
    "table_bytes": 1 << 30,
    "attachment_bytes": 1 << 30,
    "total_bytes": 16 << 30,
    "members": 200_000,
}

#: scrypt cost: 32 MiB and about 0.1 s here. A package may ask for more, up to MAX_SCRYPT_MEMORY.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 15, 8, 1
MAX_SCRYPT_MEMORY = 256 << 20
CHUNK_SIZE = 1 << 20
_TAG = 16

_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")


def _tr(text: str) -> str:
    return QCoreApplication.translate("FieldPackage", text)


# --- Errors: every message is for the user ------------------------------------------------


class PackageError(ValueError):
    """The file cannot be used as a field package; the message says why. Nothing was written."""


class NotAPackageError(PackageError):
    """The file is not a field package (another kind of file, or empty)."""


class DamagedPackageError(PackageError):
    """The package is truncated, altered or unreadable (a checksum or the zip does not match)."""


class NewerPackageError(PackageError):
    """The package was made by a newer version of the app (format or schema)."""


class UnsafePackageError(PackageError):
    """The package names paths outside its folder or holds oversized or unexpected members."""


class PassphraseRequiredError(PackageError):
    """The package is protected: a passphrase is needed to open it."""


class WrongPassphraseError(PackageError):
    """The passphrase given does not open the package."""


class PackageCancelled(Exception):
    """The user cancelled; no file was written."""


# --- What a package holds -------------------------------------------------------------------


@dataclass
class TableData:
    name: str
    columns: list[str]
    rows: list[list[Any]]
    known: set[int] = field(default_factory=set)  # indexes of rows the destination has seen


@dataclass
class Package:
    """A checked package: its manifest, its tables, and its attached files (read on demand)."""

    path: Path
    manifest: dict[str, Any]
    tables: dict[str, TableData]
    attachments: set[str]  # checksums of the files it carries
    encrypted: bool
    _archive: zipfile.ZipFile | None = None
    _spool: IO[bytes] | None = None

    @property
    def package_uuid(self) -> str:
        return self.manifest["package_uuid"]

    @property
    def source_device(self) -> str:
        return self.manifest["source"]["device_uuid"]

    @property
    def source_name(self) -> str:
        return self.manifest["source"]["device_name"]

    def copy_attachment(self, sha256: str, out: IO[bytes]) -> None:
        assert self._archive is not None
        with self._archive.open(f"attachments/{sha256}") as member:
            shutil.copyfileobj(member, out, 1 << 20)

    def close(self) -> None:
        if self._archive is not None:
            self._archive.close()
            self._archive = None
        if self._spool is not None:
            self._spool.close()  # a decrypted package never stays on disk
            self._spool = None

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


# --- Writing --------------------------------------------------------------------------------


def _normalized(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    """The encryption key and the key check, from one scrypt derivation."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    material = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(_normalized(passphrase))
    return material[:32], hashlib.sha256(b"cicte key check" + material[32:]).digest()


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + index.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def write_package(target: Path, manifest: dict[str, Any], tables: Iterable[TableData],
                  attachments: dict[str, Path], passphrase: str | None = None,
                  progress: Callable[[int, int], bool] | None = None) -> dict[str, Any]:
    """Write the package to ``target`` (a temporary file renamed at the end: a failure or a
    cancel leaves no partial file). ``attachments`` maps checksums to stored files. Returns
    the manifest as written."""
    tables = list(tables)
    total = len(tables) + len(attachments) + 1
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None and not progress(done, total):
            raise PackageCancelled()

    manifest = dict(manifest)
    members: dict[str, dict[str, Any]] = {}
    with atomic_target(target) as partial:
        spool: IO[bytes] = (tempfile.TemporaryFile() if passphrase else partial.open("wb"))
        try:
            with zipfile.ZipFile(spool, "w", zipfile.ZIP_DEFLATED, compresslevel=1, allowZip64=True) as archive:
                for table in tables:
                    body = json.dumps({"table": table.name, "columns": table.columns, "rows": table.rows,
                                       "known": sorted(table.known)}, ensure_ascii=False,
                                      separators=(",", ":")).encode("utf-8")
                    name = f"tables/{table.name}.json"
                    archive.writestr(name, body)
                    members[name] = {"sha256": hashlib.sha256(body).hexdigest(), "size": len(body)}
                    step()
                for sha256, source in sorted(attachments.items()):
                    name = f"attachments/{sha256}"
                    digest, size = hashlib.sha256(), 0
                    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                    info.compress_type = zipfile.ZIP_STORED  # photos and PDFs are compressed already
                    with source.open("rb") as handle, archive.open(info, "w", force_zip64=True) as out:
                        for chunk in iter(lambda: handle.read(1 << 20), b""):
                            digest.update(chunk)
                            size += len(chunk)
                            out.write(chunk)
                    members[name] = {"sha256": digest.hexdigest(), "size": size}
                    step()
                manifest["members"] = members
                archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
            if passphrase:
                spool.seek(0)
                _encrypt(spool, partial, passphrase)
            step()
        finally:
            spool.close()
    return manifest


def _encrypt(plain: IO[bytes], target: Path, passphrase: str) -> None:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, prefix = secrets.token_bytes(16), secrets.token_bytes(7)
    key, check = _derive(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    envelope = json.dumps({
        "format": ENCRYPTED_FORMAT, "format_version": ENCRYPTED_FORMAT_VERSION, "cipher": "AES-256-GCM",
        "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": base64.b64encode(salt).decode(),
        "nonce_prefix": base64.b64encode(prefix).decode(), "chunk_size": CHUNK_SIZE,
        "key_check": base64.b64encode(check).decode(),
    }, indent=1).encode("utf-8")
    aead = AESGCM(key)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_STORED, allowZip64=True) as archive:
        archive.writestr(ENVELOPE, envelope)
        with archive.open(PAYLOAD, "w", force_zip64=True) as out:
            index, chunk = 0, plain.read(CHUNK_SIZE)
            while True:
                following = plain.read(CHUNK_SIZE)
                last = not following
                out.write(aead.encrypt(_nonce(prefix, index, last), chunk, envelope))
                if last:
                    break
                index, chunk = index + 1, following


# --- Reading and checking -----------------------------------------------------------------


def _name(path: Path) -> str:
    return path.name


def _open_zip(source: Path | IO[bytes], path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(source)
    except zipfile.BadZipFile:
        if isinstance(source, Path):
            with source.open("rb") as handle:
                head = handle.read(4)
            if head != b"PK\x03\x04":
                raise NotAPackageError(_tr("{name} is not a CICTE Desktop field package.").format(
                    name=_name(path))) from None
        raise DamagedPackageError(_tr(
            "{name} is damaged or incomplete (was it copied only in part?). Nothing was imported; copy the "
            "package again from where it was made.").format(name=_name(path))) from None
    except OSError as exc:
        raise PackageError(_tr("{name} could not be read ({detail}).").format(name=_name(path), detail=exc)) from exc


#: What reading a member of a damaged or foreign zip raises: a bad CRC or header (BadZipFile), a
#: cut-off stream (EOFError), a corrupt deflate stream (zlib.error), a zip-encrypted member
#: (RuntimeError), an unknown compression method (NotImplementedError), and I/O errors.
_ZIP_READ_ERRORS = (zipfile.BadZipFile, EOFError, zlib.error, OSError, ValueError, RuntimeError, NotImplementedError)


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, path: Path) -> bytes:
    try:
        with archive.open(info) as member:
            data = member.read(limit + 1)
    except _ZIP_READ_ERRORS as exc:
        raise _damaged(path, info.filename, exc) from exc
    if len(data) > limit:
        raise _too_large(path, info.filename)
    return data


def _damaged(path: Path, member: str, detail: object) -> DamagedPackageError:
    return DamagedPackageError(_tr(
        "{name} is damaged: its part {member} cannot be read ({detail}). Nothing was imported; copy the package "
        "again from where it was made.").format(name=_name(path), member=member, detail=detail))


def _too_large(path: Path, member: str) -> UnsafePackageError:
    return UnsafePackageError(_tr(
        "{name} was refused: its part {member} is larger than a field package may hold. Nothing was imported."
    ).format(name=_name(path), member=member))


def _check_names(archive: zipfile.ZipFile, path: Path, allowed: Callable[[str], bool]) -> list[zipfile.ZipInfo]:
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


def read_package(path: Path, passphrase: str | None = None,
                 progress: Callable[[int, int], bool] | None = None) -> Package:
    """Open and check the package at ``path``: raise a :class:`PackageError` saying what is
    wrong, or return it with its tables parsed. Reads only; close the result when done."""
    path = Path(path)
    if path.is_dir():
        raise NotAPackageError(_tr("{name} is a folder, not a field package.").format(name=_name(path)))
    if not path.is_file():
        raise PackageError(_tr("{name} does not exist.").format(name=_name(path)))
    if path.stat().st_size == 0:
        raise NotAPackageError(_tr("{name} is an empty file, not a field package.").format(name=_name(path)))
    archive = _open_zip(path, path)
    spool: IO[bytes] | None = None
    try:
        names = set(archive.namelist())
        if ENVELOPE in names:
            _check_names(archive, path, lambda n: n in (ENVELOPE, PAYLOAD))
            if PAYLOAD not in names:
                raise _damaged(path, PAYLOAD, _tr("missing"))
            if passphrase is None:
                raise PassphraseRequiredError(_tr(
                    "{name} is protected with a passphrase. Enter the passphrase it was exported with.").format(
                    name=_name(path)))
            spool = _decrypt(archive, path, passphrase)
            archive.close()
            archive = _open_zip(spool, path)
        with gc_paused():
            package = _check_plain(archive, path, progress)
        package.encrypted = spool is not None
        package._archive, package._spool = archive, spool
        return package
    except BaseException:
        archive.close()
        if spool is not None:
            spool.close()
        raise


def _decrypt(archive: zipfile.ZipFile, path: Path, passphrase: str) -> IO[bytes]:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    envelope_bytes = _read_member(archive, archive.getinfo(ENVELOPE), 64 << 10, path)
    try:
        envelope = json.loads(envelope_bytes)
        if envelope.get("format") != ENCRYPTED_FORMAT:
            raise ValueError("format")
        version = envelope.get("format_version")
        if not isinstance(version, int) or version > ENCRYPTED_FORMAT_VERSION:
            raise NewerPackageError(_tr(
                "{name} was protected by a newer version of CICTE Desktop (format {version}). Install the newer "
                "version to import it.").format(name=_name(path), version=version))
        if envelope.get("cipher") != "AES-256-GCM" or envelope.get("kdf") != "scrypt":
            raise ValueError("cipher")
        n, r, p = int(envelope["n"]), int(envelope["r"]), int(envelope["p"])
        chunk_size = int(envelope["chunk_size"])
        salt = base64.b64decode(envelope["salt"], validate=True)
        prefix = base64.b64decode(envelope["nonce_prefix"], validate=True)
        check = base64.b64decode(envelope["key_check"], validate=True)
    except PackageError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise _damaged(path, ENVELOPE, exc) from exc
    if (n < 2 or n & (n - 1) or r < 1 or p < 1 or 128 * n * r * p > MAX_SCRYPT_MEMORY or len(prefix) != 7
            or not 1024 <= chunk_size <= 64 << 20 or len(salt) < 16):
        raise _damaged(path, ENVELOPE, _tr("unusable encryption settings"))
    key, expected = _derive(passphrase, salt, n, r, p)
    if not secrets.compare_digest(check, expected):
        raise WrongPassphraseError(_tr("Wrong passphrase for {name}. Nothing was imported; try again.").format(
            name=_name(path)))
    info = archive.getinfo(PAYLOAD)
    if info.file_size > LIMITS["total_bytes"]:
        raise _too_large(path, PAYLOAD)
    aead = AESGCM(key)
    spool = tempfile.SpooledTemporaryFile(max_size=256 << 20)
    try:
        with archive.open(info) as member:
            remaining, index = info.file_size, 0
            while True:
                size = min(chunk_size + _TAG, remaining)
                sealed = member.read(size)
                if len(sealed) != size or size < _TAG:
                    raise _damaged(path, PAYLOAD, _tr("cut short"))
                remaining -= size
                try:
                    spool.write(aead.decrypt(_nonce(prefix, index, remaining == 0), sealed, envelope_bytes))
                except InvalidTag:
                    raise DamagedPackageError(_tr(
                        "{name} is damaged or was changed after it was written: its encrypted content does not check "
                        "out. Nothing was imported.").format(name=_name(path))) from None
                if remaining == 0:
                    break
                index += 1
    except PackageError:
        spool.close()
        raise
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        spool.close()
        raise _damaged(path, PAYLOAD, exc) from exc
    spool.seek(0)
    return spool


def _allowed(name: str) -> bool:
    return name == MANIFEST or bool(TABLE_MEMBER.fullmatch(name) or ATTACHMENT_MEMBER.fullmatch(name))


def _check_plain(archive: zipfile.ZipFile, path: Path, progress: Callable[[int, int], bool] | None) -> Package:
    from cicte_desktop.db.schema import KNOWN_REVISIONS

    names = set(archive.namelist())
    if MANIFEST not in names:
        raise NotAPackageError(_tr("{name} is not a CICTE Desktop field package (it has no manifest).").format(
            name=_name(path)))
    infos = _check_names(archive, path, _allowed)
    manifest = _parse_manifest(_read_member(archive, archive.getinfo(MANIFEST), LIMITS["manifest_bytes"], path), path)
    version = manifest.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise _damaged(path, MANIFEST, "format_version")
    if version > FORMAT_VERSION:
        raise NewerPackageError(_tr(
            "{name} was made by a newer version of CICTE Desktop (package format {version}; this version reads "
            "format {supported}). Install the newer version to import it.").format(
            name=_name(path), version=version, supported=FORMAT_VERSION))
    schema = manifest.get("schema_version")
    if schema not in KNOWN_REVISIONS:
        raise NewerPackageError(_tr(
            "{name} was made by a newer version of CICTE Desktop (database schema {schema}). Install the newer "
            "version to import it; nothing was imported.").format(name=_name(path), schema=schema))
    try:
        members = manifest["members"]
        for key in ("package_uuid", "created_at"):
            if not isinstance(manifest[key], str):
                raise TypeError(key)
        source = manifest["source"]
        if not isinstance(source["device_uuid"], str) or not isinstance(source["device_name"], str):
            raise TypeError("source")
        if not isinstance(members, dict) or not all(
                isinstance(v, dict) and isinstance(v.get("sha256"), str) and isinstance(v.get("size"), int)
                for v in members.values()):
            raise TypeError("members")
    except (KeyError, TypeError) as exc:
        raise _damaged(path, MANIFEST, _tr("{field} is missing or wrong").format(field=exc)) from exc
    present = names - {MANIFEST}
    if set(members) != present:
        missing = sorted(set(members) - present)
        if missing:
            raise DamagedPackageError(_tr(
                "{name} is incomplete: {member} is listed in its manifest but missing. Nothing was imported.").format(
                name=_name(path), member=missing[0]))
        raise DamagedPackageError(_tr(
            "{name} was changed after it was written: it holds {member}, which its manifest does not list. Nothing "
            "was imported.").format(name=_name(path), member=sorted(present - set(members))[0]))
    declared_total = 0
    for info in infos:
        if info.filename == MANIFEST:
            continue
        limit = LIMITS["table_bytes"] if info.filename.startswith("tables/") else LIMITS["attachment_bytes"]
        if info.file_size > limit or members[info.filename]["size"] > limit:
            raise _too_large(path, info.filename)
        declared_total += info.file_size
    if declared_total > LIMITS["total_bytes"]:
        raise UnsafePackageError(_tr("{name} was refused: it holds more data than a field package may. Nothing was "
                                     "imported.").format(name=_name(path)))

    tables: dict[str, TableData] = {}
    attachments: set[str] = set()
    ordered = sorted(present)
    for done, name in enumerate(ordered, 1):
        info = archive.getinfo(name)
        expected = members[name]
        if name.startswith("tables/"):
            data = _read_member(archive, info, LIMITS["table_bytes"], path)
            digest, size = hashlib.sha256(data).hexdigest(), len(data)
        else:
            digest, size = _hash_member(archive, info, path)
        if size != expected["size"] or digest != expected["sha256"]:
            raise DamagedPackageError(_tr(
                "{name} is damaged or was changed after it was written: {member} does not match its checksum. Nothing "
                "was imported.").format(name=_name(path), member=name))
        if name.startswith("tables/"):
            table = _parse_table(data, TABLE_MEMBER.fullmatch(name).group(1), path, name)  # type: ignore[union-attr]
            tables[table.name] = table
        else:
            sha256 = name.removeprefix("attachments/")
            if digest != sha256:
                raise DamagedPackageError(_tr(
                    "{name} is damaged: the attached file {member} does not match its checksum. Nothing was "
                    "imported.").format(name=_name(path), member=name))
            attachments.add(sha256)
        if progress is not None and not progress(done, len(ordered)):
            raise PackageCancelled()
    return Package(path, manifest, tables, attachments, False)


def _hash_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    try:
        with archive.open(info) as member:
            for chunk in iter(lambda: member.read(1 << 20), b""):
                digest.update(chunk)
                size += len(chunk)
                if size > LIMITS["attachment_bytes"]:
                    raise _too_large(path, info.filename)
    except PackageError:
        raise
    except _ZIP_READ_ERRORS as exc:
        raise _damaged(path, info.filename, exc) from exc
    return digest.hexdigest(), size


def _parse_manifest(data: bytes, path: Path) -> dict[str, Any]:
    try:
        manifest = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        manifest = None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise NotAPackageError(_tr("{name} is not a CICTE Desktop field package (its manifest is not one).").format(
            name=_name(path)))
    return manifest


def _parse_table(data: bytes, table_name: str, path: Path, member: str) -> TableData:
    from cicte_desktop.sync.schema import SYNC_COLUMNS, table_columns

    try:
        body = json.loads(data)
        columns, rows, known = body["columns"], body["rows"], body.get("known", [])
        if body.get("table") != table_name or not isinstance(rows, list) or not isinstance(known, list):
            raise ValueError("table")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise _damaged(path, member, exc) from exc
    local = table_columns(table_name)
    if local is None:
        raise NewerPackageError(_tr(
            "{name} holds records of a kind this version of CICTE Desktop does not know ({table}). Install the newer "
            "version to import it.").format(name=_name(path), table=table_name))
    if (not isinstance(columns, list) or len(set(columns)) != len(columns) or not set(SYNC_COLUMNS) <= set(columns)
            or not all(isinstance(c, str) for c in columns)):
        raise _damaged(path, member, _tr("its columns are wrong"))
    unknown = [c for c in columns if c not in local]
    if unknown:
        raise NewerPackageError(_tr(
            "{name} holds information this version of CICTE Desktop does not know ({table}.{column}). Install the "
            "newer version to import it.").format(name=_name(path), table=table_name, column=unknown[0]))
    positions = tuple(columns.index(c) for c in SYNC_COLUMNS)
    if not _identities_sound(rows, len(columns), *positions):
        _refuse_first_unsound(rows, len(columns), positions, path, member)
    if not all(isinstance(i, int) and 0 <= i < len(rows) for i in known):
        raise _damaged(path, member, "known")
    if not _scalars_only(rows):  # a database value is never a list or an object
        raise _damaged(path, member, _tr("a record holds a list or an object where a value goes"))
    return TableData(table_name, columns, rows, set(known))


_SCALARS = frozenset((str, int, float, bool, type(None)))


def _scalars_only(rows: list[list[Any]]) -> bool:
    scalars = _SCALARS
    return all(type(value) in scalars for row in rows for value in row)


#: Time stamps joined by new lines: as each is 27 characters, the new lines can only fall between them.
_STAMPS = re.compile(rf"{_STAMP.pattern}(?:\n{_STAMP.pattern})*")


def _identities_sound(rows: list[Any], width: int, uuid_at: int, created_at: int, updated_at: int, device_at: int,
                      deleted_at: int) -> bool:
    """Every record a list of ``width`` values with a unique uuid, a device, two time stamps and
    a 0/1 deletion marker. The stamps are matched a column at a time (a package may hold 100,000
    records); :func:`_refuse_first_unsound` then names the record at fault."""
    for row in rows:
        if type(row) is not list or len(row) != width:
            return False
        uuid, device, deleted = row[uuid_at], row[device_at], row[deleted_at]
        if (type(uuid) is not str or not 0 < len(uuid) <= 36 or type(device) is not str or not 0 < len(device) <= 36
                or type(deleted) is not int or not 0 <= deleted <= 1):
            return False
    if len({row[uuid_at] for row in rows}) != len(rows):
        return False
    for at in (created_at, updated_at):
        stamps = [row[at] for row in rows]
        if not set(map(type, stamps)) <= {str}:
            return False
        joined = "\n".join(stamps)
        if stamps and (len(joined) != 28 * len(stamps) - 1 or not _STAMPS.fullmatch(joined)):
            return False
    return True


def _refuse_first_unsound(rows: list[Any], width: int, positions: tuple[int, ...], path: Path,
                          member: str) -> NoReturn:
    uuid_at, created_at, updated_at, device_at, deleted_at = positions
    stamp = _STAMP.fullmatch
    seen: set[str] = set()
    for row in rows:
        if type(row) is not list or len(row) != width:
            raise _damaged(path, member, _tr("a record has the wrong number of values"))
        uuid, device = row[uuid_at], row[device_at]
        if (type(uuid) is not str or not 0 < len(uuid) <= 36 or uuid in seen
                or type(device) is not str or not 0 < len(device) <= 36
                or type(row[updated_at]) is not str or not stamp(row[updated_at])
                or type(row[created_at]) is not str or not stamp(row[created_at])
                or type(row[deleted_at]) is not int or row[deleted_at] not in (0, 1)):
            raise _damaged(path, member, _tr("record {uuid} has a wrong identity or time stamp").format(uuid=uuid))
        seen.add(uuid)
    raise _damaged(path, member, "identities")  # both checks agree: not reached


def describe(path: Path, passphrase: str | None = None) -> dict[str, Any]:
    """The manifest of a checked package (for the command line and tests)."""
    with read_package(path, passphrase) as package:
        return package.manifest


def is_encrypted(path: Path) -> bool:
    """Whether the file looks like a package protected with a passphrase (no checks beyond)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return ENVELOPE in archive.namelist()
    except (zipfile.BadZipFile, OSError):
        return False


def read_passphrase_file(path: Path) -> str:
    """The passphrase in the first line of ``path`` (its line ending removed)."""
    try:
        with path.open(encoding="utf-8") as handle:  # its first line only: never all of /dev/zero
            text = handle.readline(1 << 16)
    except (OSError, UnicodeDecodeError) as exc:
        raise PackageError(_tr("The passphrase file {path} could not be read ({detail}).").format(
            path=path, detail=exc)) from exc
    passphrase = text.splitlines()[0] if text.splitlines() else ""
    if not passphrase:
        raise PackageError(_tr("The passphrase file {path} is empty.").format(path=path))
    return passphrase


__all__ = [
    "FORMAT", "FORMAT_VERSION", "LIMITS", "SUFFIX", "DamagedPackageError", "NewerPackageError", "NotAPackageError",
    "Package", "PackageCancelled", "PackageError", "PassphraseRequiredError", "TableData", "UnsafePackageError",
    "WrongPassphraseError", "describe", "is_encrypted", "read_package", "read_passphrase_file", "write_package",
]
