"""Field packages of at most 1 MB built to exhaust memory or time (zip bombs), made from a real
package with :func:`tests.sync_helpers.rewrite_package`; and :func:`probe`, which imports one in
a child process and measures its time and peak memory. Used by tests/sync/test_hostile_packages.py
and by ``benchmarks/run.py sync`` (``bomb_s``, ``bomb_peak_mb``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests.sync_helpers import rewrite_package

Change = Callable[[dict[str, bytes], dict], None]
#: What a package of at most this size may take: refused or imported within these.
BOMB_BYTES = 1 << 20
PEAK_MB, SECONDS = 200, 10


def _table(members: dict[str, bytes], name: str) -> dict:
    return json.loads(members[f"tables/{name}.json"])


def _body(table: dict, rows: bytes, known: bytes = b"[]") -> bytes:
    head = json.dumps({"table": table["table"], "columns": table["columns"]}).encode()[:-1]
    return head + b', "rows": ' + rows + b', "known": ' + known + b"}"


def million_empty_rows(*, declared: int) -> Change:
    """The participant table: a million empty records (3 MB of JSON, 3 KB compressed)."""
    def change(members: dict[str, bytes], manifest: dict) -> None:
        table = _table(members, "participant")
        members["tables/participant.json"] = _body(table, b"[" + b"[]," * 999_999 + b"[]]")
        manifest["counts"]["participant"] = declared
    return change


def million_null_rows(members: dict[str, bytes], manifest: dict) -> None:
    """A million records of the right width, every value null (60 MB of JSON), declared."""
    table = _table(members, "participant")
    row = b"[" + b",".join([b"null"] * len(table["columns"])) + b"]"
    members["tables/participant.json"] = _body(table, b"[" + (row + b",") * 999_999 + row + b"]")
    manifest["counts"]["participant"] = 1_000_000


def long_title(members: dict[str, bytes], _manifest: dict) -> None:
    """An event whose title is 50 million characters (50 KB compressed)."""
    table = _table(members, "event")
    table["rows"][0][table["columns"].index("title")] = "@TITLE@"
    members["tables/event.json"] = json.dumps(table).encode().replace(b"@TITLE@", b"x" * 50_000_000)


def deeply_nested(members: dict[str, bytes], _manifest: dict) -> None:
    """Records nested a million arrays deep."""
    table = _table(members, "event")
    members["tables/event.json"] = _body(table, b"[" * 1_000_000 + b"]" * 1_000_000)


def nested_known(members: dict[str, bytes], _manifest: dict) -> None:
    """The list of known records nested a million deep."""
    table = _table(members, "event")
    members["tables/event.json"] = _body(table, json.dumps(table["rows"]).encode(),
                                         b"[" * 1_000_000 + b"]" * 1_000_000)


def huge_known(members: dict[str, bytes], _manifest: dict) -> None:
    """Ten million entries in the list of known records (20 MB, 20 KB compressed)."""
    table = _table(members, "event")
    members["tables/event.json"] = _body(table, json.dumps(table["rows"]).encode(),
                                         b"[" + b"0," * 9_999_999 + b"0]")


def many_tiny_members(members: dict[str, bytes], _manifest: dict) -> None:
    """Four thousand tiny attached files (which no record refers to)."""
    for number in range(4000):
        members[f"attachments/{number:064x}"] = b"x"


def huge_manifest(members: dict[str, bytes], manifest: dict) -> None:
    """A manifest of 30 MB (300,000 bogus entries), compressed to some 60 KB."""
    manifest["padding"] = ["x" * 90] * 300_000


def small_sizes_declared(members: dict[str, bytes], manifest: dict) -> None:
    """A 60 MB table (compressed) the manifest says is 100 bytes long (not relisted)."""
    table = _table(members, "participant")
    members["tables/participant.json"] = _body(table, b"[" + b"[]," * 20_000_000 + b"[]]")
    manifest["members"]["tables/participant.json"]["size"] = 100


#: name -> (change, whether the manifest's checksums are redone)
BOMBS: dict[str, tuple[Change, bool]] = {
    "a million empty records, declared": (million_empty_rows(declared=1_000_000), True),
    "a million empty records, one declared": (million_empty_rows(declared=1), True),
    "a million records of nulls": (million_null_rows, True),
    "a title of 50 million characters": (long_title, True),
    "records nested a million deep": (deeply_nested, True),
    "known records nested a million deep": (nested_known, True),
    "ten million known records": (huge_known, True),
    "four thousand tiny members": (many_tiny_members, True),
    "a manifest of 30 MB": (huge_manifest, True),
    "small sizes declared for a huge member": (small_sizes_declared, False),
}


def make_bomb(plain: Path, folder: Path, name: str) -> Path:
    change, relist = BOMBS[name]
    target = folder / (name.replace(" ", "-").replace(",", "") + ".cictepkg")
    rewrite_package(plain, target, change, relist=relist, compression=zipfile.ZIP_DEFLATED)
    if target.stat().st_size > BOMB_BYTES:
        raise AssertionError(f"{name}: {target.stat().st_size} bytes, more than a 1 MB bomb")
    return target


_PROBE = r"""
import json, resource, sys, time
from pathlib import Path
resource.setrlimit(resource.RLIMIT_AS, (2_000_000_000, 2_000_000_000))


def peak_mb():
    # This process's own peak. ru_maxrss also counts the parent's memory at the fork that made
    # this child (Linux keeps it across exec), so the kernel's high-water mark of this address
    # space is read where there is one.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


from cicte_desktop.db.database import open_database
from cicte_desktop.sync import package as pkg
from cicte_desktop.sync.apply import apply_import
from cicte_desktop.sync.import_plan import plan_import
from cicte_desktop.sync.package_reader import read_package
db = open_database(Path(sys.argv[2]))
ready_mb = peak_mb()
started = time.perf_counter()
try:
    with read_package(Path(sys.argv[1])) as package:
        apply_import(db, plan_import(db, package), data_folder=Path(sys.argv[3]))
    outcome = "imported"
except pkg.PackageError as exc:
    outcome = str(exc)
seconds = time.perf_counter() - started
db.close()
print(json.dumps({"seconds": seconds, "peak_mb": peak_mb(), "ready_mb": ready_mb, "outcome": outcome,
                  "ru_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def probe(package: Path, database: Path, data_folder: Path) -> dict:
    """Import ``package`` into ``database`` in a child process (its address space capped at
    2 GB): {"seconds", "peak_mb" (the child's whole peak), "ready_mb" (its peak before
    reading), "outcome" (the refusal, or "imported")}."""
    done = subprocess.run([sys.executable, "-c", _PROBE, str(package), str(database), str(data_folder)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if done.returncode != 0:
        raise AssertionError(f"the probe failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])
