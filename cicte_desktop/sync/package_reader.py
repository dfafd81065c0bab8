"""Reading a field package (``.cictepkg``, see :mod:`cicte_desktop.sync.package` for its
format): opening the zip, decrypting a protected one, and checking everything in it before
anything is merged (what is checked member by member: :mod:`cicte_desktop.sync.package_checks`).
No Qt widgets, no database.

The signature is checked right after the manifest's bytes are read, before anything else in the
package is parsed: as the manifest lists every other member's SHA-256, it vouches for them all.
A damaged or hostile file is refused with a :class:`PackageError` saying why; nothing is written.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, NoReturn

from PySide6.QtCore import QCoreApplication

from cicte_desktop.gc_pause import gc_paused
from cicte_desktop.sync import package_checks as checks
from cicte_desktop.sync.package import (
    ATTACHMENT_MEMBER, ENCRYPTED_FORMAT, ENCRYPTED_FORMAT_VERSION, ENVELOPE, FORMAT_VERSION, LIMITS, MANIFEST,
    MAX_SCRYPT_MEMORY, MIN_PASSPHRASE, PAYLOAD, SIGNATURE, TABLE_MEMBER, DamagedPackageError, NewerPackageError,
    NotAPackageError, Package, PackageCancelled, PackageError, PassphraseRequiredError, TableData,
    UnsafePackageError, WrongPassphraseError, chunk_nonce, derive_key,
)

#: The authentication tag that follows each encrypted chunk.
_TAG = 16


def _tr(text: str) -> str:
    return QCoreApplication.translate("FieldPackage", text)


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
    except checks.ZIP_OPEN_ERRORS:
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
            checks.check_names(archive, path, lambda n: n in (ENVELOPE, PAYLOAD))
            if PAYLOAD not in names:
                raise checks.damaged(path, PAYLOAD, _tr("missing"))
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
        package.archive, package.spool = archive, spool
        return package
    except BaseException:
        archive.close()
        if spool is not None:
            spool.close()
        raise


def _decrypt(archive: zipfile.ZipFile, path: Path, passphrase: str) -> IO[bytes]:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    envelope_bytes = checks.read_member(archive, archive.getinfo(ENVELOPE), 64 << 10, path)
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
        raise checks.damaged(path, ENVELOPE, exc) from exc
    if (n < 2 or n & (n - 1) or r < 1 or p < 1 or 128 * n * r * p > MAX_SCRYPT_MEMORY or len(prefix) != 7
            or not 1024 <= chunk_size <= 64 << 20 or len(salt) < 16):
        raise checks.damaged(path, ENVELOPE, _tr("unusable encryption settings"))
    key, expected = derive_key(passphrase, salt, n, r, p)
    if not secrets.compare_digest(check, expected):
        raise WrongPassphraseError(_tr("Wrong passphrase for {name}. Nothing was imported; try again.").format(
            name=_name(path)))
    info = archive.getinfo(PAYLOAD)
    if info.file_size > LIMITS["total_bytes"]:
        raise checks.too_large(path, PAYLOAD)
    aead = AESGCM(key)
    spool = tempfile.SpooledTemporaryFile(max_size=256 << 20)
    try:
        with archive.open(info) as member:
            remaining, index = info.file_size, 0
            while True:
                size = min(chunk_size + _TAG, remaining)
                sealed = member.read(size)
                if len(sealed) != size or size < _TAG:
                    raise checks.damaged(path, PAYLOAD, _tr("cut short"))
                remaining -= size
                try:
                    spool.write(aead.decrypt(chunk_nonce(prefix, index, remaining == 0), sealed, envelope_bytes))
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
        raise checks.damaged(path, PAYLOAD, exc) from exc
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
    infos = checks.check_names(archive, path, _allowed)
    manifest_limit = min(LIMITS["manifest_bytes"], (64 << 10) + LIMITS["manifest_per_member"] * len(infos))
    manifest_bytes = checks.read_member(archive, archive.getinfo(MANIFEST), manifest_limit, path)
    signature = checks.verify_signature(archive, names, manifest_bytes, path)  # before anything is parsed
    manifest = checks.parse_manifest(manifest_bytes, path)
    version = manifest.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise checks.damaged(path, MANIFEST, "format_version")
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
        raise checks.damaged(path, MANIFEST, _tr("{field} is missing or wrong").format(field=exc)) from exc
    if source["device_uuid"] != signature.device_uuid:
        raise checks.tampered(path)
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
    counts = checks.declared_counts(manifest, present, path)
    checks.check_sizes(infos, members, counts, path)

    tables: dict[str, TableData] = {}
    attachments: set[str] = set()
    # Tables first: an attached file is read only once a record is known to refer to it.
    ordered = sorted(present, key=lambda n: (not n.startswith("tables/"), n))
    for done, name in enumerate(ordered, 1):
        info = archive.getinfo(name)
        expected = members[name]
        if name.startswith("tables/"):
            data = checks.read_member(archive, info, expected["size"], path)
            digest, size = hashlib.sha256(data).hexdigest(), len(data)
        else:
            sha256 = name.removeprefix("attachments/")
            if sha256 not in checks.referred_files(tables):
                raise UnsafePackageError(_tr(
                    "{name} was refused: it holds the file {member}, which none of its records refers to. Nothing was "
                    "imported.").format(name=_name(path), member=name))
            digest, size = checks.hash_member(archive, info, path)
        if size != expected["size"] or digest != expected["sha256"]:
            raise DamagedPackageError(_tr(
                "{name} is damaged or was changed after it was written: {member} does not match its checksum. Nothing "
                "was imported.").format(name=_name(path), member=name))
        if name.startswith("tables/"):
            table_name = TABLE_MEMBER.fullmatch(name).group(1)  # type: ignore[union-attr]
            table = checks.parse_table(data, table_name, path, name, counts[table_name])
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


def describe(path: Path, passphrase: str | None = None) -> dict[str, Any]:
    """The manifest of a checked package (for the command line and tests)."""
    with read_package(path, passphrase) as package:
        return package.manifest


def is_encrypted(path: Path) -> bool:
    """Whether the file looks like a package protected with a passphrase (no checks beyond)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return ENVELOPE in archive.namelist()
    except (OSError, *checks.ZIP_OPEN_ERRORS):
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


__all__ = ["describe", "is_encrypted", "passphrase_problem", "read_package", "read_passphrase_file"]
