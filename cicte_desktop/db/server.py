"""A database on a PostgreSQL server (headquarters), named by a URL instead of a file path.

Laptops keep SQLite files; headquarters, where several program managers work at once, keeps one
database on a server. This module tells the two apart (:func:`is_server_url`), checks a server
URL (:func:`parse_server_url`), makes its engine (:func:`make_server_engine`) and says a failed
connection in the user's words (:func:`connection_problem`).

The password is never part of the URL the app is given, nor stored by the app: libpq, under
psycopg, takes it from the user's ``.pgpass`` file (``%APPDATA%\\postgresql\\pgpass.conf`` on
Windows) or the ``PGPASSWORD`` variable, as every PostgreSQL tool does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

if TYPE_CHECKING:
    from sqlalchemy import Engine

#: What a server URL starts with (``postgres://`` is libpq's short form).
SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
#: How long a connection attempt waits for the server before it is said to be unreachable.
CONNECT_TIMEOUT_S = 10


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Server", text)


class ServerDatabaseError(RuntimeError):
    """The server database cannot be used (reached, made ready, opened); the message is for the user."""


class ServerUrlError(ValueError):
    """A URL that does not name a PostgreSQL database the app can use; the message says why."""


def is_server_url(text: str) -> bool:
    """Whether ``text`` names a database on a server rather than a file."""
    scheme, sep, _rest = text.strip().partition("://")
    return bool(sep) and scheme.lower() in SCHEMES


class ServerUrl(str):
    """A checked server URL, as the user wrote it (without a password), with its parts."""

    host: str
    port: int
    database: str
    user: str
    #: A password typed in the connection form: kept in memory for the session, never in the URL's
    #: text (so never printed, logged or stored); None: libpq's own (``.pgpass``, ``PGPASSWORD``).
    password: str | None = None

    def __new__(cls, text: str) -> ServerUrl:
        self = super().__new__(cls, text.strip())
        parts = urlsplit(self)
        self.host = parts.hostname or ""
        self.port = parts.port or 5432
        self.database = unquote(parts.path.lstrip("/"))
        self.user = unquote(parts.username or "")
        return self

    def with_password(self, password: str | None) -> ServerUrl:
        """The same URL, connecting with ``password`` (None or empty: libpq's own)."""
        url = ServerUrl(self)
        url.password = password or None
        return url

    @property
    def connect_arguments(self) -> dict[str, object]:
        """What every connection to this server is opened with (psycopg's keywords)."""
        arguments: dict[str, object] = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "CICTE Desktop",
                                        # Times in UTC, dates read back as ISO text whatever the
                                        # server's or the account's DateStyle ("01/03/2016" otherwise).
                                        "options": "-c timezone=UTC -c datestyle=ISO,YMD"}
        if self.password:
            arguments["password"] = self.password
        return arguments

    @property
    def sqlalchemy_url(self) -> str:
        """The same URL with the driver SQLAlchemy is to use (psycopg 3)."""
        _scheme, _sep, rest = self.partition("://")
        return f"postgresql+psycopg://{rest}"

    @property
    def display_name(self) -> str:
        """How the database is named to the user: ``cicte on db.example.org:5432``."""
        return _tr("{database} on {host}:{port}").format(database=self.database, host=self.host or "localhost",
                                                          port=self.port)


def server_url(host: str, port: int, database: str, user: str) -> ServerUrl:
    """The URL of a database from its parts, as typed in the connection form (checked as
    :func:`parse_server_url` checks one)."""
    import ipaddress
    from urllib.parse import quote

    host = host.strip()
    if host.startswith("[") and host.endswith("]"):  # an IPv6 address typed as in a URL
        host = host[1:-1]
    ipv6 = ":" in host
    if ipv6:
        try:
            ipaddress.IPv6Address(host)
        except ValueError:
            ipv6 = False
    if not host or any(c.isspace() or c in "/@?#[]%" for c in host) or (":" in host and not ipv6):
        raise ServerUrlError(_tr("“{host}” is not a server: type a name such as db.example.org or an address such as "
                                 "10.0.0.5, and the port in its own field.").format(host=host))
    netloc = f"[{host}]" if ipv6 else host
    return parse_server_url(f"postgresql://{quote(user.strip(), safe='')}@{netloc}:{port}/"
                            f"{quote(database.strip(), safe='')}")


def parse_server_url(text: str) -> ServerUrl:
    """``text`` checked as the URL of a PostgreSQL database; raises :class:`ServerUrlError`."""
    if not is_server_url(text):
        raise ServerUrlError(_tr("{url} is not a PostgreSQL URL like postgresql://user@host/cicte").format(url=text))
    try:
        parts = urlsplit(text.strip())
        port = parts.port
    except ValueError:
        raise ServerUrlError(_tr("{url} has a port that is not a number from 1 to 65535").format(url=text)) from None
    if parts.password is not None:
        raise ServerUrlError(_tr("Leave the password out of the URL: the app never keeps passwords. Put it in your "
                                 ".pgpass file (or the PGPASSWORD variable), where PostgreSQL's own tools find it."))
    if port == 0:
        raise ServerUrlError(_tr("{url} has a port that is not a number from 1 to 65535").format(url=text))
    database = unquote(parts.path.lstrip("/"))
    if not database or "/" in database:
        raise ServerUrlError(_tr("{url} names no database: write it as postgresql://user@host/cicte").format(url=text))
    if parts.fragment:
        raise ServerUrlError(_tr("{url} is not a PostgreSQL URL like postgresql://user@host/cicte").format(url=text))
    return ServerUrl(text)


def make_server_engine(url: ServerUrl) -> Engine:
    """An engine on the server database ``url``: UTC for every session, a bounded wait for the
    server, and the app's name in ``pg_stat_activity`` so that the administrator sees who is on."""
    from sqlalchemy import create_engine

    from cicte_desktop.db import stamping  # noqa: F401  (registers the flush hook that stamps changes)

    return create_engine(url.sqlalchemy_url, pool_pre_ping=True, connect_args=url.connect_arguments)


def connection_problem(url: ServerUrl, exc: BaseException) -> str:
    """What went wrong connecting to (or working on) the server, in the user's words, one line."""
    detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    reason = detail[0] if detail else type(exc).__name__
    lowered = reason.lower()
    if "password" in lowered and ("authentication" in lowered or "no password" in lowered):
        return _tr("The server {name} did not accept user {user}: put the password in your .pgpass file or the "
                   "PGPASSWORD variable ({reason})").format(name=url.display_name, user=url.user or "?", reason=reason)
    if "does not exist" in lowered and "role" in lowered:
        return _tr("The server {host} has no user {user}: the database administrator creates it (see the README, "
                   "\"Headquarters on PostgreSQL\")").format(host=url.host, user=url.user or "?")
    if "does not exist" in lowered and "database" in lowered:
        return _tr("There is no database {database} on {host}: the database administrator creates it (see the README, "
                   "\"Headquarters on PostgreSQL\")").format(database=url.database, host=url.host)
    if "permission denied" in lowered or "must be owner" in lowered or "must be superuser" in lowered:
        return _tr("User {user} may not change the database {name}: the database administrator makes that user its "
                   "owner (see the README, \"Headquarters on PostgreSQL\") ({reason})").format(
            user=url.user or "?", name=url.display_name, reason=reason)
    if "failed to resolve host" in lowered or "could not translate host name" in lowered:
        return _tr("There is no server called {host} on the network this computer is on: check its name, and that "
                   "this computer is connected (for example to the office network or its VPN).").format(host=url.host)
    if lowered.startswith("connection failed") or "timeout" in lowered:
        return _tr("Could not reach the PostgreSQL server at {host}:{port}: check that it is running and accepts "
                   "connections from this computer ({reason})").format(host=url.host, port=url.port, reason=reason)
    return _tr("Could not work with the database {name}: {reason}").format(name=url.display_name, reason=reason)


def newer_schema(url: ServerUrl, revision: str) -> ServerDatabaseError:
    """The refusal of a database that a newer version of the app upgraded."""
    from cicte_desktop.db.schema import HEAD_REVISION

    return ServerDatabaseError(_tr(
        "The database {name} was upgraded by a newer CICTE Desktop (schema {revision}); this version knows schemas "
        "up to {head}. Install the newer version.").format(name=url.display_name, revision=revision,
                                                           head=HEAD_REVISION))
