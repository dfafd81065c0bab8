"""The field package file (``.cictepkg``): writing it, and checking everything in it before
anything is merged. No Qt widgets, no database.

A package is a zip file::

    manifest.json           format, format_version, schema_version, package_uuid, created_at,
                            source {device_uuid, device_name}, destination {key, name, device_uuid},
                            everything, counts {table: rows}, members {name: {sha256, size}}
    tables/<table>.json     {"table", "columns", "rows": [[...], ...], "known": [row indexes]}
    attachments/<sha256>    the content of an attached file, once per checksum
    signature.json          algorithm ("Ed25519"), device_uuid, public_key and signature (base64) of
                            the manifest's bytes, made with the sending device's key (see trust.py)

The signature is checked right after the manifest's bytes are read, before anything else in the
package is parsed: as the manifest lists every other member's SHA-256, it vouches for them all.

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
import struct
import shutil
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, NoReturn

import msgspec
from PySide6.QtCore import QCoreApplication

from cicte_desktop.files import atomic_target
from cicte_desktop.gc_pause import gc_paused
from cicte_desktop.safe_text import shown
from cicte_desktop.cancel import Cancelled

FORMAT = "cicte-field-package"
FORMAT_VERSION = 1
ENCRYPTED_FORMAT = "cicte-field-package-encrypted"
ENCRYPTED_FORMAT_VERSION = 1
SUFFIX = ".cictepkg"

MANIFEST = "manifest.json"
SIGNATURE = "signature.json"
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
    # Bounds on what a member may expand to, so that a small package cannot take gigabytes of
    # memory (a zip bomb) before its records are checked: the app's own packages expand 2 to 8
    # times (JSON of random uuids and real text), and every record carries a random uuid, which
    # no compression makes smaller than 15 bytes.
    "expansion": 20,  # a member is at most this many times its compressed size...
    "expansion_slack": 1 << 20,  # ...plus this
    "compressed_bytes_per_record": 14,  # a table's compressed size per record declared, at least...
    "record_slack": 64,  # ...beyond this many records
    "table_slack": 64 << 10,  # a table's bytes: this plus its records' largest possible size
    "manifest_per_member": 1024,  # the manifest's bytes: 64 KiB plus this per member
}

#: scrypt cost of every package written: N = 2^17, r = 8, p = 1 (OWASP's minimum), 128 MiB and
#: about 0.3 s here. Packages written with less (2^15 before) still open; a package may ask for
#: more, up to MAX_SCRYPT_MEMORY (128 * N * r * p bytes).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 17, 8, 1
MAX_SCRYPT_MEMORY = 256 << 20
#: The shortest passphrase accepted, in the dialog and on the command line alike.
MIN_PASSPHRASE = 8
CHUNK_SIZE = 1 << 20
_TAG = 16

def _tr(text: str) -> str:
    return QCoreApplication.translate("FieldPackage", text)


# --- Errors: every message is for the user ------------------------------------------------


class PackageError(ValueError):
    """The file cannot be used as a field package; the message says why. Nothing was written.

    The message is one line a person can read: it may quote what the package holds (a member's
    name, a reader's complaint), which a damaged or hostile file fills with line breaks or
    control characters, so they are dropped here, once for every refusal."""

    def __init__(self, message: object = "", *args: object) -> None:
        super().__init__(shown(message).strip(), *args)


class NotAPackageError(PackageError):
    """The file is not a field package (another kind of file, or empty)."""


class DamagedPackageError(PackageError):
    """The package is truncated, altered or unreadable (a checksum or the zip does not match)."""


class NewerPackageError(PackageError):
    """The package was made by a newer version of the app (format or schema)."""


class UnsafePackageError(PackageError):
    """The package names paths outside its folder or holds oversized or unexpected members."""


class TamperedPackageError(DamagedPackageError):
    """The package is unsigned, or its signature does not match its manifest."""


class InvalidValueError(DamagedPackageError):
    """A record holds a value its table does not allow (a date that is not one, a count that is
    not a whole number, a time stamp in the future...); the message names the record."""


class PassphraseRequiredError(PackageError):
    """The package is protected: a passphrase is needed to open it."""


class WrongPassphraseError(PackageError):
    """The passphrase given does not open the package."""


class PackageCancelled(Cancelled):
    """The user cancelled; no file was written."""


# --- What a package holds -------------------------------------------------------------------


@dataclass
class TableData:
    name: str
    columns: list[str]
    rows: list[list[Any]]
    known: set[int] = field(default_factory=set)  # indexes of rows the destination has seen
    referred: set[str] | None = field(default=None, repr=False)  # attachment: checksums of live records


@dataclass
class Package:
    """A checked package: its manifest, its tables, and its attached files (read on demand)."""

    path: Path
    manifest: dict[str, Any]
    tables: dict[str, TableData]
    attachments: set[str]  # checksums of the files it carries
    encrypted: bool
    signature: Any = None  # trust.Signature: who signed the manifest
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

    @property
    def source_role(self) -> str:
        """The role the sender claims (signed with the manifest; trusted only once confirmed)."""
        role = self.manifest["source"].get("role")
        return role if isinstance(role, str) else "laptop"

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
                  progress: Callable[[int, int], bool] | None = None, *,
                  signer: Callable[[bytes], bytes]) -> dict[str, Any]:
    """Write the package to ``target`` (a temporary file renamed at the end: a failure or a
    cancel leaves no partial file). ``attachments`` maps checksums to stored files; ``signer``
    makes ``signature.json`` from the manifest's bytes (``trust.signer_for``). Returns the
    manifest as written."""
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
                manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
                archive.writestr(MANIFEST, manifest_bytes)
                archive.writestr(SIGNATURE, signer(manifest_bytes))
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
    except OSError as exc:
        if isinstance(source, Path) and not source.is_file():
            raise PackageError(_tr("{name} could not be read ({detail}).").format(
                name=_name(path), detail=exc)) from exc
        return _refuse_opening(source, path)
    except _ZIP_OPEN_ERRORS:
        # A damaged central directory raises more than BadZipFile: an entry that "needs" zip
        # version 8.4 (NotImplementedError), a cut name (UnicodeDecodeError), a bad struct...
        return _refuse_opening(source, path)


def _refuse_opening(source: Path | IO[bytes], path: Path) -> NoReturn:
    try:
        if isinstance(source, Path):
            with source.open("rb") as handle:
                head = handle.read(4)
            if head != b"PK\x03\x04":
                raise NotAPackageError(_tr("{name} is not a CICTE Desktop field package.").format(
                    name=_name(path))) from None
    except OSError as exc:
        raise PackageError(_tr("{name} could not be read ({detail}).").format(name=_name(path), detail=exc)) from exc
    raise DamagedPackageError(_tr(
        "{name} is damaged or incomplete (was it copied only in part?). Nothing was imported; copy the "
        "package again from where it was made.").format(name=_name(path))) from None


#: What reading a member of a damaged or foreign zip raises: a bad CRC or header (BadZipFile), a
#: cut-off stream (EOFError), a corrupt deflate stream (zlib.error), a zip-encrypted member
#: (RuntimeError), an unknown compression method (NotImplementedError), and I/O errors.
_ZIP_READ_ERRORS = (zipfile.BadZipFile, EOFError, zlib.error, OSError, ValueError, RuntimeError, NotImplementedError)
#: What opening a zip with a damaged central directory raises (OSError is told apart: a file
#: that cannot be read is not a damaged one).
_ZIP_OPEN_ERRORS = (zipfile.BadZipFile, EOFError, zlib.error, ValueError, RuntimeError, NotImplementedError,
                    struct.error, OverflowError, IndexError, KeyError)


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
    if not shown(detail).strip():  # EOFError() and its kin say nothing
        detail = _tr("it ends too early") if isinstance(detail, EOFError) else _tr("unreadable data")
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
    return name in (MANIFEST, SIGNATURE) or bool(TABLE_MEMBER.fullmatch(name) or ATTACHMENT_MEMBER.fullmatch(name))


def _check_plain(archive: zipfile.ZipFile, path: Path, progress: Callable[[int, int], bool] | None) -> Package:
    from cicte_desktop.db.schema import KNOWN_REVISIONS

    names = set(archive.namelist())
    if MANIFEST not in names:
        raise NotAPackageError(_tr("{name} is not a CICTE Desktop field package (it has no manifest).").format(
            name=_name(path)))
    infos = _check_names(archive, path, _allowed)
    manifest_limit = min(LIMITS["manifest_bytes"], (64 << 10) + LIMITS["manifest_per_member"] * len(infos))
    manifest_bytes = _read_member(archive, archive.getinfo(MANIFEST), manifest_limit, path)
    signature = _verify_signature(archive, names, manifest_bytes, path)  # before anything is parsed
    manifest = _parse_manifest(manifest_bytes, path)
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
    if source["device_uuid"] != signature.device_uuid:
        raise _tampered(path)
    present = names - {MANIFEST, SIGNATURE}
    if set(members) != present:
        missing = sorted(set(members) - present)
        if missing:
            raise DamagedPackageError(_tr(
                "{name} is incomplete: {member} is listed in its manifest but missing. Nothing was imported.").format(
                name=_name(path), member=missing[0]))
        raise DamagedPackageError(_tr(
            "{name} was changed after it was written: it holds {member}, which its manifest does not list. Nothing "
            "was imported.").format(name=_name(path), member=sorted(present - set(members))[0]))
    counts = _declared_counts(manifest, present, path)
    _check_sizes(infos, members, counts, path)

    tables: dict[str, TableData] = {}
    attachments: set[str] = set()
    # Tables first: an attached file is read only once a record is known to refer to it.
    ordered = sorted(present, key=lambda n: (not n.startswith("tables/"), n))
    for done, name in enumerate(ordered, 1):
        info = archive.getinfo(name)
        expected = members[name]
        if name.startswith("tables/"):
            data = _read_member(archive, info, expected["size"], path)
            digest, size = hashlib.sha256(data).hexdigest(), len(data)
        else:
            sha256 = name.removeprefix("attachments/")
            if sha256 not in _referred_files(tables):
                raise UnsafePackageError(_tr(
                    "{name} was refused: it holds the file {member}, which none of its records refers to. Nothing was "
                    "imported.").format(name=_name(path), member=name))
            digest, size = _hash_member(archive, info, path)
        if size != expected["size"] or digest != expected["sha256"]:
            raise DamagedPackageError(_tr(
                "{name} is damaged or was changed after it was written: {member} does not match its checksum. Nothing "
                "was imported.").format(name=_name(path), member=name))
        if name.startswith("tables/"):
            table_name = TABLE_MEMBER.fullmatch(name).group(1)  # type: ignore[union-attr]
            table = _parse_table(data, table_name, path, name, counts[table_name])
            del data
            tables[table.name] = table
        else:
            if digest != sha256:
                raise DamagedPackageError(_tr(
                    "{name} is damaged: the attached file {member} does not match its checksum. Nothing was "
                    "imported.").format(name=_name(path), member=name))
            attachments.add(sha256)
        if progress is not None and not progress(done, len(ordered)):
            raise PackageCancelled()
    return Package(path, manifest, tables, attachments, False, signature)


def _tampered(path: Path) -> TamperedPackageError:
    return TamperedPackageError(_tr(
        "{name} was refused as tampered with: its signature does not match its content, so it was changed after "
        "it was made, or made by someone other than the computer it names. Nothing was imported.").format(
        name=_name(path)))


def _verify_signature(archive: zipfile.ZipFile, names: set[str], manifest_bytes: bytes, path: Path) -> Any:
    """Who signed the manifest: refuse an unsigned package, or one whose signature does not verify."""
    from cicte_desktop.sync import trust

    if SIGNATURE not in names:
        raise TamperedPackageError(_tr(
            "{name} was refused: it is not signed, so nothing tells who made it (packages made by earlier versions "
            "of CICTE Desktop are not signed: make it again with this version). Nothing was imported.").format(
            name=_name(path)))
    signature_bytes = _read_member(archive, archive.getinfo(SIGNATURE), 64 << 10, path)
    try:
        return trust.verify(signature_bytes, manifest_bytes)
    except ValueError:
        raise _tampered(path) from None


def _referred_files(tables: dict[str, TableData]) -> set[str]:
    """The checksums of the files the package's (live) attachment records refer to."""
    table = tables.get("attachment")
    if table is None:
        return set()
    if table.referred is None:
        sha_at, deleted_at = table.columns.index("sha256"), table.columns.index("deleted")
        table.referred = {row[sha_at] for row in table.rows if not row[deleted_at]}
    return table.referred


def _declared_counts(manifest: dict[str, Any], present: set[str], path: Path) -> dict[str, int]:
    """How many records the manifest declares for each table the package holds."""
    counts = manifest.get("counts")
    if not isinstance(counts, dict):
        raise _damaged(path, MANIFEST, _tr("{field} is missing or wrong").format(field="counts"))
    found = {}
    for name in present:
        match = TABLE_MEMBER.fullmatch(name)
        if match:
            declared = counts.get(match.group(1))
            if type(declared) is not int or declared < 0:
                raise _damaged(path, MANIFEST, _tr("{field} is missing or wrong").format(field="counts"))
            found[match.group(1)] = declared
    return found


def _check_sizes(infos: list[zipfile.ZipInfo], members: dict[str, Any], counts: dict[str, int], path: Path) -> None:
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
            raise _damaged(path, name, _tr("an unknown kind of compression"))
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
                raise _too_large(path, name)
        else:
            limit = LIMITS["attachment_bytes"]
        if info.file_size > limit or info.file_size > LIMITS["expansion"] * info.compress_size + LIMITS["expansion_slack"]:
            raise _too_large(path, name)
        total += info.file_size
    if total > LIMITS["total_bytes"]:
        raise UnsafePackageError(_tr("{name} was refused: it holds more data than a field package may. Nothing was "
                                     "imported.").format(name=_name(path)))


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


def _parse_table(data: bytes, table_name: str, path: Path, member: str, count: int | None = None) -> TableData:
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
        raise _damaged(path, member, exc) from exc
    columns = body.columns
    local = table_columns(table_name)
    if local is None:
        raise NewerPackageError(_tr(
            "{name} holds records of a kind this version of CICTE Desktop does not know ({table}). Install the newer "
            "version to import it.").format(name=_name(path), table=table_name))
    if len(set(columns)) != len(columns) or not set(SYNC_COLUMNS) <= set(columns):
        raise _damaged(path, member, _tr("its columns are wrong"))
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
        raise _damaged(path, member, exc) from None
    if count is not None and len(rows) != count:
        raise _damaged(path, member, _tr("it holds {count} records where its manifest says {declared}").format(
            count=len(rows), declared=count))
    known = body.known
    if len(known) > len(rows) or not all(0 <= i < len(rows) for i in known):
        raise _damaged(path, member, "known")
    return TableData(table_name, columns, rows, set(known))


def describe(path: Path, passphrase: str | None = None) -> dict[str, Any]:
    """The manifest of a checked package (for the command line and tests)."""
    with read_package(path, passphrase) as package:
        return package.manifest


def is_encrypted(path: Path) -> bool:
    """Whether the file looks like a package protected with a passphrase (no checks beyond)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return ENVELOPE in archive.namelist()
    except (OSError, *_ZIP_OPEN_ERRORS):
        return False


def passphrase_problem(passphrase: str) -> str | None:
    """Why ``passphrase`` cannot protect a package (too short), or None. The one rule for the
    export dialog and the command line."""
    if len(unicodedata.normalize("NFC", passphrase)) < MIN_PASSPHRASE:
        return _tr("The passphrase needs at least {count} characters.").format(count=MIN_PASSPHRASE)
    return None


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
    "Package", "PackageCancelled", "PackageError", "PassphraseRequiredError", "TableData", "TamperedPackageError",
    "UnsafePackageError", "WrongPassphraseError", "describe", "is_encrypted", "passphrase_problem", "read_package",
    "read_passphrase_file", "write_package",
]
