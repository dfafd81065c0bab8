"""Test set-up: offscreen Qt, a private data folder, fresh databases, no real dialogs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Headless, on a screen the size of the smallest field laptop we design for (1366x768), so that
# window sizes, layouts and screenshots in tests are those a user sees.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={Path(__file__).with_name('offscreen-1366x768.json')}"
FROZEN = ROOT / "db" / "frozen"
# English unless a test asks for another language, whatever the developer's own locale.
for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
    os.environ.pop(variable, None)
os.environ["LANG"] = "C.UTF-8"


@pytest.fixture(scope="session", autouse=True)
def private_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Keep logs, backups and the default database of the suite out of the user's folder."""
    folder = tmp_path_factory.mktemp("data")
    os.environ["CICTE_DATA_DIR"] = str(folder)
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")  # the command line's preferences, too
    return folder


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """The .qm catalogues compiled from the .ts sources under test (the build does the same)."""
    from cicte_desktop import i18n_catalog

    i18n_catalog.compile_all()


@pytest.fixture(autouse=True)
def background_backups_finish():
    """A window's daily backup and backup on exit run on its task runner; they end with their
    test, not in the next one (which may be emptying or counting the shared backups folder)."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    for widget in app.topLevelWidgets() if isinstance(app, QApplication) else []:
        runner = getattr(widget, "tasks", None)
        if runner is not None:
            runner.wait_all(60_000)


@pytest.fixture(autouse=True)
def english_afterwards(request: pytest.FixtureRequest):
    """A test with a window sees it in English, as the app installs it at start (with the English
    catalogue: "1 event", not "1 event(s)"); one that switches the language leaves it in English."""
    from PySide6.QtCore import QCoreApplication

    from cicte_desktop import i18n

    if "qapp" in request.fixturenames:
        i18n.install(request.getfixturevalue("qapp"), "en")
    yield
    app = QCoreApplication.instance()
    if app is not None and i18n.ui_language() != "en":
        i18n.install(app, "en")


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path: Path) -> None:
    """Each test starts with no remembered window state, and never touches the user's own."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cicte.sqlite"


@pytest.fixture
def file_db(db_path: Path):
    """A fresh database file, as the app opens it."""
    from cicte_desktop.db.database import open_database

    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def db(file_db):
    """The database of a test: a file (services, exports and sync tests get it on the PostgreSQL
    server too: see ``both_back_ends``)."""
    return file_db


class Answers:
    """What the user answers to the questions a test expects, in order."""

    def __init__(self) -> None:
        self.queue: list[object] = []

    def next(self, kind: str, default: object) -> object:
        return self.queue.pop(0) if self.queue else default


@pytest.fixture
def answers() -> Answers:
    return Answers()


@pytest.fixture
def shown_messages(monkeypatch: pytest.MonkeyPatch, answers: Answers) -> list[tuple[str, str, str]]:
    """Record message boxes instead of showing them: (kind, title, text). Questions are answered
    from ``answers.queue`` (default: the safe answer, no / cancel)."""
    from cicte_desktop.views import messages

    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(messages, "show_error", lambda _p, title, text, details=None: shown.append(("error", title, text)))
    monkeypatch.setattr(messages, "show_info", lambda _p, title, text: shown.append(("info", title, text)))

    def ask_yes_no(_p, title, text, yes, no, **_options):  # noqa: ANN001, ANN202
        shown.append(("question", title, text))
        return bool(answers.next("yes_no", False))

    def ask_text(_p, title, label):  # noqa: ANN001, ANN202
        shown.append(("text", title, label))
        return answers.next("text", None)

    def ask_recovery(problem, backup):  # noqa: ANN001, ANN202
        shown.append(("recovery", "Recovery", problem))
        return answers.next("recovery", "quit")

    def ask_passphrase(_p, title, label):  # noqa: ANN001, ANN202
        shown.append(("passphrase", title, label))
        return answers.next("passphrase", None)

    def ask_device_name(_p, current, first_run):  # noqa: ANN001, ANN202
        shown.append(("device_name", "first run" if first_run else "change", current))
        return answers.next("device_name", None)

    from cicte_desktop.views import device_name, recovery

    monkeypatch.setattr(messages, "ask_passphrase", ask_passphrase)
    monkeypatch.setattr(device_name, "ask_device_name", ask_device_name)
    monkeypatch.setattr(messages, "ask_yes_no", ask_yes_no)
    monkeypatch.setattr(messages, "ask_text", ask_text)
    monkeypatch.setattr(recovery, "ask_recovery", ask_recovery)
    return shown


@pytest.fixture(autouse=True)
def _no_real_dialogs(request: pytest.FixtureRequest) -> None:
    """Every test gets message boxes recorded, whether or not it asks to see them."""
    request.getfixturevalue("shown_messages")


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None, python: str | None = None):
    """Run ``python -m cicte_desktop ARGS`` in a child process, as a user's shell would."""
    import subprocess

    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [python or sys.executable, "-m", "cicte_desktop", *args],
        capture_output=True, text=True, cwd=cwd or ROOT, env=full_env, timeout=300,
    )


# PostgreSQL: one throwaway server for the session, started only when a test asks for a database
# (tests/postgres_server.py). Where PostgreSQL is not installed those tests are skipped; where it is
# but its server does not start, they fail. The summary says which half ran.
class _PostgresUse:
    """How many tests asked for the server, and what became of it."""

    tests = 0
    state = "unused"  # or: not installed, failed (to start), started


_postgres = _PostgresUse()


@pytest.fixture(scope="session")
def postgres_cluster():
    """The session's throwaway PostgreSQL cluster (a ``ThrowawayCluster``)."""
    from tests.postgres_server import ThrowawayCluster, find_server_binaries

    binaries = find_server_binaries()
    if binaries is None:
        _postgres.state = "not installed"
        pytest.skip("PostgreSQL is not installed: the PostgreSQL half was skipped")
    _postgres.state = "failed"
    with ThrowawayCluster(binaries) as cluster:
        _postgres.state = "started"
        yield cluster


@pytest.fixture
def postgres_url(postgres_cluster):
    """The URL of a new, empty database of the session's cluster, dropped after the test
    (``postgresql://``; SQLAlchemy's form is ``postgresql+psycopg://``)."""
    import uuid

    name = f"t_{uuid.uuid4().hex[:12]}"
    url = postgres_cluster.create_database(name)
    yield url
    postgres_cluster.drop_database(name)


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Count the tests that use the PostgreSQL server, for the summary."""
    callspec = getattr(item, "callspec", None)
    if "postgres_cluster" in getattr(item, "fixturenames", ()) or (
            callspec is not None and "server" in callspec.params.values()):  # db[server], two_managers[server]
        _postgres.tests += 1


def pytest_terminal_summary(terminalreporter) -> None:  # noqa: ANN001
    """One line on the PostgreSQL half of the run, when a test used it."""
    count, state = _postgres.tests, _postgres.state
    if not count:
        return
    tests = f"{count} test{'s' if count != 1 else ''}"
    if state == "not installed":
        terminalreporter.write_line(f"PostgreSQL is not installed: the PostgreSQL half was skipped ({tests})")
    elif state == "started":
        terminalreporter.write_line(f"PostgreSQL: {tests} ran against a throwaway server")
    else:
        terminalreporter.write_line(f"PostgreSQL: the throwaway server did not start ({tests} could not run)")


@pytest.fixture(scope="session")
def postgres_template(postgres_cluster) -> str:
    """The name of a server database made ready once (``upgrade``: schema and seed), copied for
    each test that asks for ``server_db`` (a copy is much quicker than migrating again)."""
    from cicte_desktop.db.server import parse_server_url
    from cicte_desktop.db.server_setup import prepare_server_database

    prepare_server_database(parse_server_url(postgres_cluster.create_database("cicte_template")))
    return "cicte_template"


@pytest.fixture
def server_db(postgres_cluster, postgres_template: str):
    """A fresh, ready database on the session's PostgreSQL server, open as the app opens one."""
    import uuid

    from cicte_desktop.db.server import parse_server_url
    from cicte_desktop.db.server_database import open_server_database

    name = f"t_{uuid.uuid4().hex[:12]}"
    url = postgres_cluster.create_database(name, template=postgres_template)
    database = open_server_database(parse_server_url(url))
    yield database
    database.close()
    postgres_cluster.drop_database(name)


def both_back_ends(request: pytest.FixtureRequest, db_path: Path):
    """``db`` on a file, or (``request.param == "server"``) on the PostgreSQL server: for the
    suites that must give the same results on both (services, exports, sync). A test that is about
    the file itself is marked ``file_only``."""
    if request.param == "server":
        if request.node.get_closest_marker("file_only"):
            pytest.skip("about the database file itself")
        return request.getfixturevalue("server_db")
    return request.getfixturevalue("file_db")


@pytest.fixture(scope="session", autouse=True)
def no_file_named_after_a_server():
    """A server database's ``path`` is its name for the user ("cicte on host:5432"); a test that
    opened it as a file would make a stray SQLite file of that name here, and test that instead."""
    before = set(ROOT.glob("* on *:*"))
    yield
    stray = sorted(str(path.name) for path in set(ROOT.glob("* on *:*")) - before)
    assert not stray, f"a test opened a server database's name as a file: {stray[:3]}"
