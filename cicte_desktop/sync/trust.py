"""Who may say what: this installation's signing key, its role, and the senders it trusts.
No Qt widgets.

Every installation signs its field packages with an Ed25519 key made for its device id. The
private key is a file in the data folder (``keys/<device id>.ed25519``, mode 0600, written
whole or not at all), never in the database and so never in a backup. A receiving computer
keeps, in the local table ``trusted_device``, the public key of every sender a person confirmed
by comparing its fingerprint, and the role it was confirmed in. One installation is the
database's **headquarters**: only packages signed with a trusted headquarters' key change the
work plan, the reference data and the period locks.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from cicte_desktop.db import sync_store
#: This installation's role is read and set with its device (``services.devices``); the names are
#: also offered here, where senders' roles are judged.
from cicte_desktop.services.devices import HEADQUARTERS, LAPTOP, ROLES, device_role, own_role, role_label, set_device_role

ALGORITHM = "Ed25519"
KEY_FOLDER = "keys"

#: Tables only headquarters' packages may change.
AUTHORITY_TABLES = ("work_plan", "work_area", "program", "project", "planned_activity", "plan_title", "plan_change", "member_state",
                    "partner_organization", "mandate", "period_lock")

#: What a sender is to this computer.
TRUSTED, NEW, KEY_CHANGED, ROLE_RAISED = "trusted", "new", "key_changed", "role_raised"

Query = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("FieldPackage", text)


# --- This installation's key ------------------------------------------------------------------


def key_path(data_folder: Path, device_id: str) -> Path:
    return Path(data_folder) / KEY_FOLDER / f"{device_id}.ed25519"


def _write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` readable by its owner only, whole or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(path.parent, 0o700)
    partial = path.with_name(path.name + ".partial")
    with contextlib.suppress(OSError):
        partial.unlink()
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise


def signing_key(data_folder: Path, device_id: str) -> Any:
    """This device's private key (an ``Ed25519PrivateKey``), made and stored the first time."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = key_path(data_folder, device_id)
    if path.is_file():
        try:
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except (ValueError, TypeError) as exc:
            raise OSError(_tr("The signing key {path} is damaged ({detail}). Move it aside to make a new one; "
                              "the computers that trust this one will then have to confirm it again.").format(
                path=path, detail=exc)) from exc
        if isinstance(key, Ed25519PrivateKey):
            return key
        raise OSError(_tr("The signing key {path} is not an Ed25519 key.").format(path=path))
    key = Ed25519PrivateKey.generate()
    _write_private(path, key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return key


def public_bytes(key: Any) -> bytes:
    from cryptography.hazmat.primitives import serialization

    if hasattr(key, "public_key"):
        key = key.public_key()
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(public_key: bytes) -> str:
    """What people compare by phone: the first 16 bytes of the key's SHA-256, in groups of four
    hexadecimal digits (``3F2C 9A01 …``)."""
    digest = hashlib.sha256(public_key).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def signature_member(manifest_bytes: bytes, key: Any, device_id: str) -> bytes:
    """The ``signature.json`` of a package whose manifest is ``manifest_bytes``."""
    return json.dumps({
        "algorithm": ALGORITHM, "device_uuid": device_id,
        "public_key": base64.b64encode(public_bytes(key)).decode(),
        "signature": base64.b64encode(key.sign(manifest_bytes)).decode(),
    }, indent=1).encode("utf-8")


def signer_for(data_folder: Path, device_id: str) -> Callable[[bytes], bytes]:
    key = signing_key(data_folder, device_id)
    return lambda manifest_bytes: signature_member(manifest_bytes, key, device_id)


@dataclass(frozen=True)
class Signature:
    device_uuid: str
    public_key: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def verify(signature_bytes: bytes, manifest_bytes: bytes) -> Signature:
    """Check ``signature.json`` against the manifest; ValueError saying what is wrong."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        body = json.loads(signature_bytes)
        if not isinstance(body, dict) or body.get("algorithm") != ALGORITHM:
            raise ValueError("algorithm")
        device = body["device_uuid"]
        if not isinstance(device, str) or not 0 < len(device) <= 36:
            raise ValueError("device_uuid")
        public = base64.b64decode(body["public_key"], validate=True)
        signature = base64.b64decode(body["signature"], validate=True)
        if len(public) != 32 or len(signature) != 64:
            raise ValueError("length")
        Ed25519PublicKey.from_public_bytes(public).verify(signature, manifest_bytes)
    except InvalidSignature:
        raise ValueError("signature") from None
    except (KeyError, TypeError, UnicodeDecodeError, ValueError) as exc:
        raise ValueError(str(exc)) from exc
    return Signature(device, public)


# --- Senders ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sender:
    """What the sender of a package is to this computer."""

    device_uuid: str
    name: str
    public_key: bytes
    claimed_role: str  # what the package says the sender is
    status: str  # TRUSTED, NEW, KEY_CHANGED or ROLE_RAISED
    trusted_name: str | None = None  # the name it was confirmed under
    replaces: str | None = None  # the headquarters trusted now, when a new one claims the role
    receiver_is_headquarters: bool = False

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    @property
    def needs_confirmation(self) -> bool:
        return self.status != TRUSTED

    @property
    def authority(self) -> bool:
        """Whether its changes to the plan, reference data and locks are taken (once confirmed)."""
        return self.claimed_role == HEADQUARTERS and not self.receiver_is_headquarters

    def question(self) -> str:
        """Why a person must confirm this sender, and what to compare (for the preview and the CLI)."""
        claims = (_tr("It says it is this database's headquarters.") if self.claimed_role == HEADQUARTERS
                  else _tr("It says it is a laptop."))
        if self.status == KEY_CHANGED:
            head = _tr("{name} signed this package with a new key, not the one confirmed here before. Import it only "
                       "if {name} really made a new key (a new installation): compare the fingerprint with its "
                       "keeper by phone or in person.").format(name=self.name)
        elif self.status == ROLE_RAISED:
            head = _tr("{name} is trusted here as a laptop and now says it is headquarters. Confirm only if it "
                       "really became headquarters.").format(name=self.name)
        else:
            head = _tr("This computer has never received a package from {name}. Compare the fingerprint below with "
                       "the one {name} shows (Tools > This Computer's Fingerprint), by phone or in person, before "
                       "you trust it.").format(name=self.name)
        text = f"{head} {claims}"
        if self.replaces:
            text += " " + _tr("{old} is headquarters here now; confirming makes {name} headquarters instead.").format(
                old=self.replaces, name=self.name)
        return text


def assess(query: Query, signature: Signature, name: str, claimed_role: str) -> Sender:
    """What the package's signer is to this computer (reads only)."""
    receiver_hq = own_role(query) == HEADQUARTERS
    claimed = claimed_role if claimed_role in ROLES else LAPTOP
    trusted = sync_store.trusted_device(query, signature.device_uuid)
    current_hq = sync_store.trusted_in_role(query, HEADQUARTERS, signature.device_uuid)
    replaces = current_hq if claimed == HEADQUARTERS and current_hq and not receiver_hq else None
    if trusted is None:
        status, trusted_name = NEW, None
    else:
        key, role, trusted_name = trusted
        if key != signature.public_key.hex():
            status = KEY_CHANGED
        elif claimed == HEADQUARTERS and role != HEADQUARTERS:
            status = ROLE_RAISED
        else:
            status = TRUSTED
    return Sender(signature.device_uuid, name, signature.public_key, claimed, status, trusted_name, replaces,
                  receiver_hq)


def record(conn: Any, sender: Sender, now: str) -> None:
    """Remember ``sender`` as trusted in its role (inside the import's transaction); a new
    headquarters demotes the former one to a laptop."""
    if sender.claimed_role == HEADQUARTERS and sender.needs_confirmation:
        sync_store.change_role(conn, HEADQUARTERS, LAPTOP, sender.device_uuid)
    sync_store.trust_device(conn, sender.device_uuid, sender.name[:200], sender.public_key.hex(), sender.claimed_role,
                            now)


__all__ = [
    "AUTHORITY_TABLES", "HEADQUARTERS", "LAPTOP", "ROLES", "Sender", "Signature", "assess", "device_role",
    "fingerprint", "key_path", "own_role", "public_bytes", "record", "role_label", "set_device_role", "signer_for",
    "signing_key", "verify",
]
