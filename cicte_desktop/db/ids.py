"""Identities that survive transfer between laptops.

Seeded rows get uuid5 identities derived from their place in the source document, so every
installation's copy of "work plan 2016, area 1, program A" is the same row and merging two
laptops never duplicates the plan.
"""

from __future__ import annotations

import datetime as dt
import uuid

#: Namespace of every deterministic id in CICTE Desktop. Never change it: ids already on
#: field laptops are derived from it.
CICTE_NAMESPACE = uuid.UUID("6f1f8a4e-3c1b-5b7e-9d63-2a0c1e7b4d10")

#: The "device" that created seeded rows, the same on every installation.
SEED_DEVICE_ID = str(uuid.uuid5(CICTE_NAMESPACE, "device:seed"))

#: Seeded rows are stamped with the approval date of the 2016 Work Plan, so that their
#: content, timestamps included, is identical everywhere.
SEED_TIMESTAMP = dt.datetime(2016, 2, 26, tzinfo=dt.timezone.utc)


def stable_id(key: str) -> str:
    """The deterministic UUID of a seeded row, from a key such as ``workplan:2016/wa:1``."""
    return str(uuid.uuid5(CICTE_NAMESPACE, key))


def new_id() -> str:
    return str(uuid.uuid4())
