"""A read-only view of one logged event (the editable form comes with event logging)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cicte_desktop.services.events import EventDetails
from cicte_desktop.vocabulary import event_type_label, modality_label, status_label


class EventView(QDialog):
    def __init__(self, event: EventDetails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventView")
        self.setWindowTitle(self.tr("Event — {title}").format(title=event.title))
        locale = QLocale()

        def date(value) -> str:  # type: ignore[no-untyped-def]
            return locale.toString(value, QLocale.FormatType.LongFormat) if value else self.tr("not recorded")

        def number(value, decimals: int = 0) -> str:  # type: ignore[no-untyped-def]
            if value is None:
                return self.tr("not recorded")
            return locale.toString(float(value), "f", decimals) if decimals else locale.toString(int(value))

        def text(value: str | None) -> str:
            return value if value else "—"

        sections = [
            (self.tr("What"), [
                (self.tr("Type"), event_type_label(event.event_type)),
                (self.tr("Title"), event.title),
                (self.tr("Status"), status_label(event.status)),
                (self.tr("Planned activity"), event.activity_path),
                (self.tr("Counts toward the target"), number(event.units)),
            ]),
            (self.tr("When and where"), [
                (self.tr("Dates"), self.tr("{start} to {end}").format(start=date(event.start_date), end=date(event.end_date))),
                (self.tr("Modality"), modality_label(event.modality) or "—"),
                (self.tr("Member states"), ", ".join(event.member_states) or "—"),
                (self.tr("Venue"), text(event.venue)),
                (self.tr("City"), text(event.city)),
            ]),
            (self.tr("Who"), [
                (self.tr("Participants"), self.tr("{total} ({women} women, {men} men, {unknown} not recorded)").format(
                    total=number(event.participants_total), women=number(event.women), men=number(event.men),
                    unknown=number(event.sex_not_recorded))),
                (self.tr("Institutions"), number(event.institutions)),
                (self.tr("Lead trainer"), text(event.lead_trainer)),
                (self.tr("Experts"), text(event.experts)),
                (self.tr("Partner organisations"), ", ".join(event.partners) or "—"),
                (self.tr("Funding source"), text(event.funding_source)),
                (self.tr("Participant roster"), self.tr("{count} people").format(count=number(event.roster_size))),
            ]),
            (self.tr("Results"), [
                (self.tr("Outcomes"), text(event.outcomes)),
                (self.tr("Satisfaction (1-5)"), number(event.satisfaction, 1)),
                (self.tr("Pre-test / post-test average"), f"{number(event.pretest_average, 1)} / "
                                                          f"{number(event.posttest_average, 1)}"),
                (self.tr("Follow-up needed"), self.tr("Yes") if event.follow_up_needed else self.tr("No")),
                (self.tr("Follow-up notes"), text(event.follow_up_notes)),
                (self.tr("Notes"), text(event.notes)),
                (self.tr("Attachments"), number(event.attachments)),
            ]),
        ]
        body = QWidget()
        body_layout = QVBoxLayout(body)
        for heading, rows in sections:
            box = QGroupBox(heading)
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for label, value in rows:
                shown = QLabel(value)
                shown.setWordWrap(True)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                form.addRow(label, shown)
            body_layout.addWidget(box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(640, 640)
