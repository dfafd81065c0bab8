"""The field package file (``.cictepkg``): its format, its errors, writing and encrypting it
(reading and checking it: :mod:`cicte_desktop.sync.package_reader`). No Qt widgets, no database.

A package is a zip file::

    manifest.json           format, format_version, schema_version, package_uuid, created_at,
                            source {device_uuid, device_name}, destination {key, name, device_uuid},
                            everything, counts {table: rows}, members {name: {sha256, size}}
    tables/<table>.json     {"table", "columns", "rows": [[...], ...], "known": [row indexes]}
    attachments/<sha256>    the content of an attached file, once per checksum
    signature.json          algorithm ("Ed25519"), device_uuid, public_key and signature (base64) of
                            the manifest's bytes, made with the sending device's key (see trust.py)

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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import QCoreApplication

from cicte_desktop.files import atomic_target
from cicte_desktop.safe_text import shown
from cicte_desktop.cancel import Cancelled, Steps as CancelSteps

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
    """The user cancelled; no file was written, nothing was imported."""


class Steps(CancelSteps):
    """The cancel helper (:class:`cicte_desktop.cancel.Steps`) for work on a package: raises
    :class:`PackageCancelled` once ``progress`` returns False."""

    def __init__(self, progress: Callable[[int, int], bool] | None, total: int, every: int = 1000) -> None:
        super().__init__(progress, total, every, PackageCancelled)


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
    archive: zipfile.ZipFile | None = field(default=None, repr=False)  # open until close()
    spool: IO[bytes] | None = field(default=None, repr=False)  # the decrypted package, never on disk

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
        assert self.archive is not None
        with self.archive.open(f"attachments/{sha256}") as member:
            shutil.copyfileobj(member, out, 1 << 20)

    def close(self) -> None:
        if self.archive is not None:
            self.archive.close()
            self.archive = None
        if self.spool is not None:
            self.spool.close()  # a decrypted package never stays on disk
            self.spool = None

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


# --- Writing --------------------------------------------------------------------------------


def _normalized(passphrase: str) -> bytes:
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    """The encryption key and the key check, from one scrypt derivation."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    material = Scrypt(salt=salt, length=64, n=n, r=r, p=p).derive(_normalized(passphrase))
    return material[:32], hashlib.sha256(b"cicte key check" + material[32:]).digest()


def chunk_nonce(prefix: bytes, index: int, last: bool) -> bytes:
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
    key, check = derive_key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
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
                out.write(aead.encrypt(chunk_nonce(prefix, index, last), chunk, envelope))
                if last:
                    break
                index, chunk = index + 1, following


__all__ = [
    "FORMAT", "FORMAT_VERSION", "LIMITS", "SUFFIX", "DamagedPackageError", "NewerPackageError", "NotAPackageError",
    "Package", "PackageCancelled", "PackageError", "PassphraseRequiredError", "Steps", "TableData",
    "TamperedPackageError", "UnsafePackageError", "WrongPassphraseError", "write_package",
]
