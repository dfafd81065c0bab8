"""A throwaway PostgreSQL server for the tests: its own cluster in a temporary folder, on a free
port of 127.0.0.1 only, with no durability (fsync off), stopped and removed at the end."""

from __future__ import annotations

import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from types import TracebackType
from typing import LiteralString

USER = "cicte_test"
PROGRAMS = ("initdb", "pg_ctl", "postgres")
RUN_AS = "nobody"  # PostgreSQL refuses to run as root
SPEED = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"


def find_server_binaries() -> Path | None:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres``: the one of PATH's ``initdb``,
    else the highest version under /usr/lib/postgresql; None when PostgreSQL is not installed."""
    candidates: list[Path] = []
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)

    def version(folder: Path) -> tuple[int, str]:
        name = folder.parent.name
        return (int(name) if name.isdigit() else -1, name)

    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=version, reverse=True)
    for folder in candidates:
        if all((folder / program).is_file() for program in PROGRAMS):
            return folder
    return None


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nothing listens on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user() -> list[str]:
    """The prefix that runs a command as RUN_AS when we are root; none otherwise."""
    if os.geteuid() != 0:
        return []
    if shutil.which("runuser"):
        return ["runuser", "-u", RUN_AS, "--"]
    return ["setpriv", f"--reuid={RUN_AS}", "--regid=nogroup", "--clear-groups"]


class ThrowawayCluster:
    """A PostgreSQL cluster that lives as long as its ``with`` block (superuser ``cicte_test``,
    trust authentication, TCP on 127.0.0.1 only, its unix socket inside its own folder)."""

    def __init__(self, binaries: Path | None = None) -> None:
        found = binaries or find_server_binaries()
        if found is None:
            raise RuntimeError("PostgreSQL is not installed (no initdb, pg_ctl and postgres found)")
        self.binaries: Path = found
        self.folder: Path | None = None
        self.port: int = 0

    @property
    def data(self) -> Path:
        """The cluster's data directory."""
        assert self.folder is not None, "the cluster is not started"
        return self.folder / "data"

    @property
    def log(self) -> Path:
        """The server's log file."""
        assert self.folder is not None, "the cluster is not started"
        return self.folder / "server.log"

    def __enter__(self) -> ThrowawayCluster:
        self.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.stop()

    def _run(self, program: str, *args: str) -> subprocess.CompletedProcess[str]:
        """Run one of the server's programs, as RUN_AS when we are root, in the cluster's folder."""
        env = {name: value for name, value in os.environ.items() if not name.startswith("PG")}
        return subprocess.run(
            [*_as_server_user(), str(self.binaries / program), *args],
            cwd=self.folder, env=env, capture_output=True, text=True, timeout=180, check=False,
        )

    def log_tail(self, lines: int = 30) -> str:
        """The last lines of the server log, for an error message."""
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:]) or "(the server log is empty)"
        except OSError:
            return "(no server log)"

    def start(self) -> None:
        """Make the cluster in a new temporary folder and start its server; RuntimeError if either
        fails (with the server log's tail), leaving nothing behind."""
        self.folder = Path(tempfile.mkdtemp(prefix="cicte-pg-"))
        try:
            if os.geteuid() == 0:
                account = pwd.getpwnam(RUN_AS)
                os.chown(self.folder, account.pw_uid, account.pw_gid)
            self._initdb()
            for _attempt in range(3):  # another process may take the port between probe and start
                self.port = free_port()
                options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {shlex.quote(str(self.folder))} {SPEED}"
                started = self._run("pg_ctl", "start", "-w", "-t", "60", "-D", str(self.data), "-l", str(self.log), "-o", options)
                if started.returncode == 0:
                    return
                tail = self.log_tail()
                if "already in use" not in tail:
                    break
            raise RuntimeError(
                f"PostgreSQL did not start ({self.binaries / 'pg_ctl'}: {(started.stdout + started.stderr).strip()})."
                f"\nThe end of its log:\n{tail}"
            )
        except BaseException:
            self.stop()
            raise

    def _initdb(self) -> None:
        """Make the cluster: UTF8, locale C.UTF-8 or, where that locale is missing, C."""
        output = ""
        for locale in ("C.UTF-8", "C"):
            made = self._run("initdb", "-D", str(self.data), "-U", USER, "--auth=trust", "-E", "UTF8", f"--locale={locale}")
            if made.returncode == 0:
                return
            output += f"\n--locale={locale}: {(made.stdout + made.stderr).strip()}"
            shutil.rmtree(self.data, ignore_errors=True)
        raise RuntimeError(f"initdb failed:{output}")

    def stop(self) -> None:
        """Stop the server at once (no checkpoint: the data is thrown away) and remove the folder."""
        if self.folder is None:
            return
        try:
            if (self.data / "postmaster.pid").exists():
                self._run("pg_ctl", "stop", "-m", "immediate", "-w", "-D", str(self.data))
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    def url(self, database: str) -> str:
        """The URL of one of the cluster's databases (psycopg's form; SQLAlchemy's wants
        ``postgresql+psycopg://``)."""
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{database}"

    def _execute(self, statement: LiteralString, name: str) -> None:
        """Run a statement about database ``name`` outside a transaction, from the ``postgres`` database."""
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.url("postgres"), autocommit=True, connect_timeout=10) as connection:
            connection.execute(sql.SQL(statement).format(sql.Identifier(name)))

    def create_database(self, name: str, template: str | None = None) -> str:
        """Create an empty database (or a copy of ``template``, which nobody may be connected to); its URL."""
        if template is None:
            self._execute("CREATE DATABASE {}", name)
        else:
            self._execute("CREATE DATABASE {} TEMPLATE " + template, name)  # type: ignore[arg-type]
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop a database, even with connections still open to it."""
        self._execute("DROP DATABASE IF EXISTS {} WITH (FORCE)", name)
