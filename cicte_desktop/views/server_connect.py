"""*File > Connect to Server…*: headquarters' database on a PostgreSQL server, by its server, port,
database and user. The password, when typed, serves this session only: it is never saved (a
manager who does not want to type it keeps it in their ``.pgpass`` file, as PostgreSQL's own
tools do). The details other than the password are remembered for the next time."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from cicte_desktop.db.server import ServerUrl, ServerUrlError, server_url
from cicte_desktop.views.accessible import make_accessible
from cicte_desktop.views.forms.ui_server_connect import Ui_ServerConnectDialog
from cicte_desktop.views.roles import apply_roles, set_role
from cicte_desktop.views.text_fit import keep_text_whole

#: Where the last server's details are remembered (never its password).
SETTINGS_GROUP = "server"


class ServerConnectDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ServerConnectDialog()
        self.ui.setupUi(self)
        apply_roles(self)
        make_accessible(self)
        self.host, self.port, self.database = self.ui.host, self.ui.port, self.ui.database
        self.user, self.password, self.problem = self.ui.user, self.ui.password, self.ui.problem
        self.connect_button = self.ui.buttons.addButton(self.tr("Connect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        self.host.setText(str(settings.value("host", "")))
        self.port.setValue(int(settings.value("port", 5432) or 5432))
        self.database.setText(str(settings.value("database", "cicte")))
        self.user.setText(str(settings.value("user", "")))
        settings.endGroup()
        for edit in (self.host, self.database, self.user):
            edit.textChanged.connect(self._check)
        self.port.valueChanged.connect(self._check)
        self._check()
        (self.password if self.host.text() and self.user.text() else self.host).setFocus()
        self.adjustSize()
        keep_text_whole(self)

    def url(self) -> ServerUrl | None:
        """The database the details name, with the password typed (None: they name none yet)."""
        url, _problem = self._checked()
        return url

    def _checked(self) -> tuple[ServerUrl | None, str | None]:
        """The database named, or why the details name none (None: only something still missing)."""
        if not self.host.text().strip() or not self.database.text().strip() or not self.user.text().strip():
            return None, None
        try:
            url = server_url(self.host.text(), self.port.value(), self.database.text(), self.user.text())
        except ServerUrlError as exc:
            return None, str(exc)
        return url.with_password(self.password.text()), None

    def _check(self, *_args: object) -> None:
        missing = [label for label, edit in ((self.tr("the server"), self.host), (self.tr("the database"), self.database),
                                             (self.tr("the user"), self.user)) if not edit.text().strip()]
        url, problem = self._checked()
        if problem:  # something typed that cannot be used: said as an error, beside what is wrong
            self.problem.setText(problem)
        else:  # only something still to type: said quietly
            self.problem.setText(self.tr("Still needed: {fields}").format(fields=", ".join(missing)) if missing else "")
        set_role(self.problem, "error" if problem else "hint")
        self.problem.setVisible(bool(problem or missing))
        self.connect_button.setEnabled(url is not None)

    def remember(self) -> None:
        """Keep the details (not the password) for the next time."""
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        for key, value in (("host", self.host.text().strip()), ("port", self.port.value()),
                           ("database", self.database.text().strip()), ("user", self.user.text().strip())):
            settings.setValue(key, value)
        settings.endGroup()


def ask_server(parent: QWidget | None) -> ServerUrl | None:
    """The server database chosen, or None when cancelled (tests replace this)."""
    dialog = ServerConnectDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    dialog.remember()
    return dialog.url()
