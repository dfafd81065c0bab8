"""A date field that reads the whole date as typed, in the user's locale, or says why it cannot.

Qt's QDateEdit edits a date section by section: typing "5/12/2016" into an empty one walked
sections that were not there yet, turned into 12/12/2016 or a year "1", and refused a month "3"
whose second digit it awaited. This field is a line edit: what is typed is read whole when it is
complete (en: month/day/year, es: day/month/year, ISO 8601 year-month-day in every language);
until then, or when it names no date, the field holds no date and says so in words when the user
leaves it. A button beside it (and Alt+Down or F4 from the keyboard) opens a calendar.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cicte_desktop.locale_format import date_edit_format, date_order, date_separator, parse_date
from cicte_desktop.safe_text import shown

#: The longest text a date field takes (the longest locale's long date fits).
MAX_LENGTH = 60
#: The date the refusal and the placeholder give as an example (a day above 12, so that the
#: order of day and month shows).
EXAMPLE = QDate(2016, 3, 14)


def _qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value else QDate()


def _pydate(value: QDate) -> dt.date | None:
    return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None


class _CalendarPopup(QFrame):
    """The calendar under a date field; Enter or a click picks, Escape leaves it unchanged."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("calendar")
        self.calendar.setLocale(QLocale())
        self.calendar.setGridVisible(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.calendar)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)

    def _pick(self, value: QDate) -> None:
        self.close()
        self.picked.emit(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class OptionalDateEdit(QWidget):
    """A date that may be empty, typed whole or picked from a calendar.

    ``value()`` is the date the text names, None while it is empty or names no date;
    ``refusal()`` says, once the user has left the field, why the text is not a date.
    """

    dateChanged = Signal(QDate)  # the date held changed (an invalid QDate: none)
    edited = Signal()  # the user typed (the text may not be a date yet)
    editingFinished = Signal()  # the user left the field or pressed Enter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: dt.date | None = None
        self._finished = True
        self.edit = QLineEdit(self)
        self.edit.setObjectName("dateText")
        self.edit.setMaxLength(MAX_LENGTH)
        self.edit.setClearButtonEnabled(False)
        self.button = QToolButton(self)
        self.button.setObjectName("calendarButton")
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down opens it from the keyboard
        self.button.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.button.setAccessibleName(self.tr("Choose from a calendar"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.edit.setPlaceholderText(self.order_words())
        width = max(self.edit.fontMetrics().horizontalAdvance(text) for text in (
            self.order_words(), self.example(), "00/00/0000")) + 24
        self.edit.setMinimumWidth(width)
        self._hint = self.tr("Type the date as {order}, for example {example}, or as {iso}.").format(
            order=self.order_words(), example=self.example(), iso=EXAMPLE.toString("yyyy-MM-dd"))
        self.edit.setToolTip(self._hint)
        self.edit.setAccessibleDescription(self._hint + " " + self.tr("Alt+Down opens a calendar."))
        self.popup: _CalendarPopup | None = None
        self._calendar_start: dt.date | None = None
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finish)
        self.edit.installEventFilter(self)
        self.button.clicked.connect(self.open_calendar)

    # --- words ------------------------------------------------------------------------------

    def order_words(self) -> str:
        """How to type a date here, in words: "month/day/year", "día/mes/año"."""
        words = {"D": self.tr("day"), "M": self.tr("month"), "Y": self.tr("year")}
        return date_separator().join(words[part] for part in date_order())

    @staticmethod
    def example() -> str:
        return QLocale().toString(EXAMPLE, date_edit_format())

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt's name)
        """The name a screen reader gives the field (its text box) and its calendar button."""
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.button.setAccessibleName(self.tr("Choose {field} from a calendar").format(field=name))

    # --- the value --------------------------------------------------------------------------

    def value(self) -> dt.date | None:
        return self._value

    def date(self) -> QDate:
        return _qdate(self._value)

    def text(self) -> str:
        return self.edit.text()

    def set_value(self, value: dt.date | None) -> None:
        """Show ``value`` (None: empty) as the locale writes dates."""
        self.edit.setText(QLocale().toString(_qdate(value), date_edit_format()) if value else "")
        self._finished = True
        self._hold(value)

    def setDate(self, value: QDate) -> None:  # noqa: N802 (as QDateEdit, for callers that pick)
        self.set_value(_pydate(value))

    def is_being_typed(self) -> bool:
        """True while the user types, until they leave the field or press Enter."""
        return not self._finished

    def set_calendar_start(self, value: dt.date | None) -> None:
        """The month the calendar opens on while the field is empty (e.g. the start date's)."""
        self._calendar_start = value

    def refusal(self) -> str | None:
        """Why the text is not a date, once the user has left the field; None otherwise."""
        text = self.edit.text().strip()
        if not text or self._value is not None or not self._finished:
            return None
        return self.tr("“{text}” is not a date: type it as {order}, for example {example} (or {iso}).").format(
            text=shown(text), order=self.order_words(), example=self.example(), iso=EXAMPLE.toString("yyyy-MM-dd"))

    def _hold(self, value: dt.date | None) -> None:
        changed = value != self._value
        self._value = value
        long_date = QLocale().toString(_qdate(value), QLocale.FormatType.LongFormat) if value else ""
        self.edit.setToolTip(self._hint + ("\n" + long_date if long_date else ""))
        if changed:
            self.dateChanged.emit(_qdate(value))

    def _typed(self, text: str) -> None:
        self._finished = False
        self._hold(parse_date(text))
        self.edited.emit()

    def finish_typing(self) -> None:
        """Take the text as typed so far, as if the user had left the field."""
        self._finish()

    def _finish(self) -> None:
        """Leaving the field: a date typed in another accepted way is shown as the locale writes it."""
        self._finished = True
        if self._value is not None:
            self.edit.setText(QLocale().toString(_qdate(self._value), date_edit_format()))
        self.editingFinished.emit()

    # --- the calendar -----------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        if watched is self.edit and event.type() == event.Type.KeyPress and (
                event.key() == Qt.Key.Key_F4 or (event.key() == Qt.Key.Key_Down
                                                 and event.modifiers() & Qt.KeyboardModifier.AltModifier)):
            self.open_calendar()
            return True
        return super().eventFilter(watched, event)

    def open_calendar(self) -> None:
        if not self.isEnabled():
            return
        if self.popup is None:
            self.popup = _CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        shown_date = self._value or self._calendar_start or dt.date.today()
        self.popup.calendar.setSelectedDate(_qdate(shown_date))
        self.popup.adjustSize()
        below = self.mapToGlobal(self.rect().bottomLeft())
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            below.setX(max(screen.left(), min(below.x(), screen.right() - self.popup.width())))
            if below.y() + self.popup.height() > screen.bottom():
                below.setY(self.mapToGlobal(self.rect().topLeft()).y() - self.popup.height())
        self.popup.move(below)
        self.popup.show()
        self.popup.calendar.setFocus()

    def _picked(self, value: QDate) -> None:
        self.set_value(_pydate(value))
        self.edit.setFocus()
        self.edited.emit()
        self.editingFinished.emit()
