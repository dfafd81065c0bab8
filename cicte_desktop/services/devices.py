"""This installation's device: its id (made when the database was created), the name people
know it by (asked on first run, changeable) and its role (the database's headquarters, or a
laptop). The name travels in field packages; the role is a local setting. No Qt widgets."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from cicte_desktop.db.database import Database

#: Set once a person has given (or confirmed) the device's name.
NAMED_SETTING = "device_named"
MAX_NAME = 200

HEADQUARTERS, LAPTOP = "headquarters", "laptop"
ROLES = (HEADQUARTERS, LAPTOP)
#: The local setting holding this installation's role (a laptop when it holds nothing).
ROLE_SETTING = "device_role"

Query = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Devices", text)


def device_name(db: Database) -> str:
    with db.sql() as conn:
        row = conn.execute("SELECT name FROM device WHERE uuid = ?", (db.device_id,)).fetchone()
    return row[0] if row else ""


def device_names(db: Database) -> dict[str, str]:
    """The name of every device this database knows (this one, and those packages came from), by uuid."""
    with db.sql() as conn:
        return dict(conn.execute("SELECT uuid, name FROM device").fetchall())


def name_confirmed(db: Database) -> bool:
    """Whether someone has named this device (otherwise it still has the computer's name)."""
    with db.sql() as conn:
        return conn.execute("SELECT 1 FROM local_setting WHERE key = ?", (NAMED_SETTING,)).fetchone() is not None


def check_name(name: str) -> str | None:
    """What is wrong with ``name`` as a device name, in words; None when it will do."""
    text = " ".join(name.split())
    if not text:
        return _tr("Give this computer a name, for example “Laptop of María (Trinidad mission)” or “Headquarters”.")
    if len(text) > MAX_NAME:
        return _tr("The name is too long (at most {count} characters).").format(count=MAX_NAME)
    return None


def set_device_name(db: Database, name: str) -> str:
    """Rename this device (a synchronised change: other installations learn it from packages)."""
    from cicte_desktop.db import models as m

    problem = check_name(name)
    if problem:
        raise ValueError(problem)
    text = " ".join(name.split())
    with db.write() as s:
        device = s.get(m.Device, db.device_id)
        if device is None:
            s.add(m.Device(uuid=db.device_id, name=text))
        elif device.name != text:
            device.name = text
        s.merge(m.LocalSetting(key=NAMED_SETTING, value="1"))
    return text


# --- Role ---------------------------------------------------------------------------------------


def role_label(role: str) -> str:
    return _tr("headquarters") if role == HEADQUARTERS else _tr("laptop")


def own_role(query: Query) -> str:
    """This installation's role, read with ``query`` (inside a transaction that is under way)."""
    rows = query("SELECT value FROM local_setting WHERE key = ?", (ROLE_SETTING,))
    return rows[0][0] if rows and rows[0][0] in ROLES else LAPTOP


def device_role(db: Database) -> str:
    with db.sql() as conn:
        return own_role(lambda sql, params=(): conn.execute(sql, params).fetchall())


def set_device_role(db: Database, role: str) -> None:
    """Make this installation the database's headquarters, or a laptop again (local setting)."""
    from cicte_desktop.db import models as m

    if role not in ROLES:
        raise ValueError(_tr("A computer is either headquarters or a laptop."))
    with db.write() as s:
        s.merge(m.LocalSetting(key=ROLE_SETTING, value=role))
