"""The event form's member states and the filter bar's, named and sorted in the window's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from cicte_desktop import i18n
from cicte_desktop.services import reference, workplan

EXPECTED = {
    "en": ("Brazil", "United States", "Saint Vincent and the Grenadines", ["Dominican Republic", "Ecuador"]),
    "es": ("Brasil", "Estados Unidos", "San Vicente y las Granadinas", ["Ecuador", "El Salvador", "Estados Unidos"]),
    "fr": ("Brésil", "États-Unis", "Saint-Vincent-et-les-Grenadines", ["Dominique", "Équateur", "États-Unis"]),
}


def _check(labels: list[str], language: str) -> None:
    brazil, usa, vct, run = EXPECTED[language]
    assert f"{brazil} (BRA)" in labels and f"{usa} (USA)" in labels and f"{vct} (VCT)" in labels
    names = [label.rsplit(" (", 1)[0] for label in labels]
    start = names.index(run[0])
    assert names[start:start + len(run)] == run  # the language's alphabetical order, accents aside
    assert len(names) == 35


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_event_form_lists_member_states_in_the_windows_language(db, qtbot, tmp_path: Path, language: str) -> None:
    from cicte_desktop.views.event_form import EventForm

    i18n.install(QCoreApplication.instance(), language)
    form = EventForm(db, workplan.get_work_plan(db, 2016), activity_uuid=None, member_states=reference.member_states(db),
                     partners=reference.partners(db), data_folder=tmp_path)
    qtbot.addWidget(form)
    box = form.member_states.list
    _check([box.item(i).text() for i in range(box.count())], language)


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_filter_bar_lists_member_states_in_the_windows_language(db, qtbot, language: str) -> None:
    from cicte_desktop.views.filter_bar import FilterBar

    i18n.install(QCoreApplication.instance(), language)
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.set_member_states(reference.member_states(db))
    combo = bar.member_state
    _check([combo.itemText(i) for i in range(1, combo.count())], language)


def test_typing_a_name_without_its_accents_finds_it(db, qtbot, tmp_path: Path) -> None:
    from cicte_desktop.views.event_form import EventForm

    i18n.install(QCoreApplication.instance(), "fr")
    form = EventForm(db, workplan.get_work_plan(db, 2016), activity_uuid=None, member_states=reference.member_states(db),
                     partners=reference.partners(db), data_folder=tmp_path)
    qtbot.addWidget(form)
    form.member_states.filter.setText("etats")
    box = form.member_states.list
    assert [box.item(i).text() for i in range(box.count()) if not box.item(i).isHidden()] == ["États-Unis (USA)"]
