"""Browsing the plan: the years, loading a year's plan and its figures, the search and the
filters, the selection (kept across a search) and what the detail pane shows of it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt

from cicte_desktop import i18n
from cicte_desktop.qtmodels.workplan_tree import PlanItem, WorkPlanTreeModel
from cicte_desktop.services import figures, workplan
from cicte_desktop.services.workplan import ActivityNode, ProgramNode, ProjectNode, WorkAreaNode, WorkPlanNode
from cicte_desktop.views.controllers.base import Controller

if TYPE_CHECKING:
    from cicte_desktop.services.reference import MandateItem


def _event_search():  # type: ignore[no-untyped-def]
    """The search service, imported when first needed: a search, or the detail pane's events
    (not before the window's first paint, which needs neither; some 5 ms of the start-up)."""
    from cicte_desktop.services import event_search

    return event_search


def _reference():  # type: ignore[no-untyped-def]
    """The reference-data service, imported when first needed (as :func:`_event_search`)."""
    from cicte_desktop.services import reference

    return reference


class BrowseController(Controller):
    """The plan shown in the window's tree and detail pane, by year, search and filters."""

    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        super().__init__(window)
        self.plan: WorkPlanNode | None = None
        self.progress: dict[str, figures.NodeProgress] = {}
        self.progress_filter: figures.EventFilter | None = None  # the filter ``progress`` was read under
        #: The plan's mandates by work-area number, read when the detail pane first shows one.
        self._mandates: dict[str, list[MandateItem]] | None = None
        #: For every plan item, the uuids of the planned activities at or below it.
        self.activities_under: dict[str, list[str]] = {}
        #: The item selected (kept in the settings), and the year to show when the plans are read.
        self.selected_uuid: str | None = None
        self.remembered_year: int | None = None
        # While searching: what was selected when the search began, and what the user picked
        # among the matches (not the first match the window selected by itself). Clearing the
        # search returns to the one, or keeps the other.
        self._selected_before_search: str | None = None
        self._picked_while_searching: str | None = None
        self._reselecting = False
        self._summaries: dict[tuple[str, figures.EventFilter], figures.Summary] = {}
        #: The progress column widened for a longer heading: (its width before, the width given).
        self._progress_widened: tuple[int, int] | None = None

    def connect_views(self) -> None:
        """React to the window's tree, search box, filters and year selector."""
        window = self.window
        window.no_matches.clear_requested.connect(self._clear_search_from_no_matches)
        window.plan_view.selectionModel().currentChanged.connect(self._current_changed)
        window.plan_view.pressed.connect(self.picked)  # a click on the match the search selected picks it too
        window.search.textChanged.connect(self._search_changed)
        window.search.leave.connect(self.focus_tree)
        window.filter_bar.changed.connect(self._filters_changed)
        window.year.currentIndexChanged.connect(self._year_changed)

    def database_replaced(self) -> None:
        """Another database (opened, restored, recovered): nothing of the previous one stays
        selected, and everything is read again."""
        self.selected_uuid = None
        self.fill_member_states()

    def fill_member_states(self) -> None:
        """The member-state filter's list, in the window's language."""
        self.window.filter_bar.set_member_states(_reference().member_states(self.db))

    def show_year(self, year: int) -> None:
        """Read the plans again and show ``year``'s (made or changed meanwhile)."""
        self.remembered_year = year
        self.fill_years()

    def _show_read_only(self) -> None:
        """The banner of a database on read-only media (changes cannot be saved), or none."""
        db, banner = self.db, self.window.read_only_banner
        if db.read_only:
            banner.setText(self.tr(
                "{path} is on read-only media: you can view it, check it and export from it, but changes cannot "
                "be saved. To make changes, copy it to a folder you can write to and open the copy.").format(
                    path=db.path))
        banner.setVisible(db.read_only)

    def fill_years(self) -> None:
        self._show_read_only()
        years = workplan.plan_years(self.db)
        combo = self.window.year
        combo.blockSignals(True)
        combo.clear()
        for year in years:
            combo.addItem(self.tr("{year} Work Plan").format(year=year), year)
        remembered = self.remembered_year
        year = remembered if remembered in years else (years[-1] if years else None)
        combo.setCurrentIndex(years.index(year) if year in years else -1)
        combo.setEnabled(len(years) > 1)
        combo.blockSignals(False)
        self.load_plan(year)

    def _year_changed(self, _index: int) -> None:
        self.selected_uuid = None
        self.load_plan(self.window.year.currentData())

    def load_plan(self, year: int | None) -> None:
        db = self.db
        self.plan = workplan.get_work_plan(db, year, language=i18n.ui_language()) if year is not None else None
        self.activities_under = _activities_by_item(self.plan) if self.plan else {}
        self._mandates = None
        if self.plan:
            self.window.filter_bar.set_year(self.plan.year)
            counts = workplan.plan_counts(self.plan)
            line = self.tr("{symbol} · {areas}, {programs}, {projects}, {activities} · {path}").format(
                symbol=self.plan.symbol, path="\0", areas=self.tr("%n work area(s)", "", counts["areas"]),
                programs=self.tr("%n program(s)", "", counts["programs"]),
                projects=self.tr("%n project(s)", "", counts["projects"]),
                activities=self.tr("%n planned activity(ies)", "", counts["activities"]))
            before, _path, after = line.partition("\0")
            self.window.status_label.set_text_with_path(before, str(db.path), after)
        self._compute_progress()
        self.window.dashboards.invalidate(data_changed=True)
        self._rebuild_tree()

    def _compute_progress(self) -> None:
        self._summaries.clear()
        if self.plan is None:
            self.progress = {}
            return
        ahead, self.window.figures_ahead = self.window.figures_ahead, None
        self.progress_filter = self.window.filter_bar.event_filter()
        self.progress = figures.plan_figures(self.db, self.plan, self.progress_filter, ahead=ahead)

    def _rebuild_tree(self) -> None:
        window, model = self.window, self.window.plan_model
        text = window.search.text().strip()
        if text and not model.searching:  # a search begins
            self._selected_before_search, self._picked_while_searching = self.selected_uuid, None
        elif not text and model.searching:  # a search ends
            self.selected_uuid = self._selection_after_search()
        result = _event_search().search(self.db, text, window.filter_bar.event_filter(), i18n.ui_language()) if text else None
        model.set_plan(self.plan, self.progress, result)
        if result is not None:
            window.plan_view.expandAll()
        else:
            for row in range(model.rowCount()):
                window.plan_view.expand(model.index(row, 0))
        self._reselect(result is not None)
        self._show_no_matches(text if result is not None and not model.rowCount() else None)

    def _show_no_matches(self, text: str | None) -> None:
        """Say so in the tree's place when a search finds nothing, with what to try next."""
        if text is None or self.plan is None:
            self.window.no_matches.hide()
            return
        if _event_search().searches_events(text):
            message = self.tr("No plan items or events match “{text}”.").format(text=text)
            hint = self.tr("The search finds words that start with what you type in the plan, in the events' "
                           "titles, places, trainers and notes, and member states by name or code (Jamaica, JAM).")
            if not self.window.filter_bar.is_default():
                hint += " " + self.tr("Only events under the current filters are searched: Reset Filters "
                                      "(Ctrl+Shift+R) searches them all.")
        else:
            message = self.tr("No plan items match “{text}”.").format(text=text)
            hint = self.tr("Type at least {count} letters to search the events too.").format(
                count=_event_search().EVENT_SEARCH_MIN_LETTERS)
        self.window.no_matches.show_for(message, hint)

    def clear_search(self) -> None:
        if self.window.search.text():
            self.window.search.clear()

    def _clear_search_from_no_matches(self) -> None:
        self.clear_search()
        self.focus_tree()

    def _selection_after_search(self) -> str | None:
        """The item to select once the search is cleared: the one the user picked among the
        matches if it is still shown, else the one selected before the search (else the match
        the search selected, when nothing was selected before)."""
        current = self.window.current_item()
        shown_uuid = current.node.uuid if current is not None else None
        if self._picked_while_searching is not None and self._picked_while_searching == shown_uuid:
            return shown_uuid
        return self._selected_before_search or shown_uuid

    def _reselect(self, searching: bool) -> None:
        model, view = self.window.plan_model, self.window.plan_view
        if searching:
            # The user's own choice, else what was selected before the search, if they match;
            # else the first match.
            candidates = (self._picked_while_searching, self._selected_before_search)
            index = next((i for uuid in candidates if (i := model.index_for_uuid(uuid)).isValid()), QModelIndex())
            if not index.isValid():
                index = self._first_match()
        else:
            index = model.index_for_uuid(self.selected_uuid)
        self._reselecting = True
        try:
            view.setCurrentIndex(index)
        finally:
            self._reselecting = False
        if index.isValid():
            view.scrollTo(index)
        else:
            self._show_detail(None)

    def _first_match(self) -> QModelIndex:
        model = self.window.plan_model

        def walk(parent: QModelIndex) -> QModelIndex | None:
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                if model.data(index, WorkPlanTreeModel.MatchRole):
                    return index
                found = walk(index)
                if found is not None:
                    return found
            return None

        return walk(QModelIndex()) or QModelIndex()

    def picked(self, index) -> None:  # type: ignore[no-untyped-def]
        """The user chose this item (by click or Enter), even if the search had selected it already."""
        item = self.window.plan_model.item(index)
        if item is not None and self.window.plan_model.searching:
            self._picked_while_searching = item.node.uuid

    def tree_enter(self, index) -> None:  # type: ignore[no-untyped-def]
        """Enter on a row: a parent opens or closes, an activity's events get the focus."""
        window = self.window
        item = window.plan_model.item(index)
        if item is None:
            return
        self.picked(index)
        if item.children:
            window.plan_view.setExpanded(index.siblingAtColumn(0), not window.plan_view.isExpanded(index.siblingAtColumn(0)))
        elif window.detail is not None and window.detail.event_model.rowCount():
            window.detail.events.setFocus()
            window.detail.events.selectRow(0)

    def focus_tree(self) -> None:
        view = self.window.plan_view
        view.setFocus()
        if not view.currentIndex().isValid():
            first = self._first_match() if self.window.plan_model.searching else self.window.plan_model.index(0, 0)
            view.setCurrentIndex(first)

    # --- reacting -----------------------------------------------------------------------

    def _search_changed(self, _text: str) -> None:
        self._rebuild_tree()

    def refresh_figures(self, data_changed: bool = True) -> None:
        """Figures follow every save, edit and deletion (and the filters: ``data_changed`` False)."""
        self._compute_progress()
        self.window.dashboards.invalidate(data_changed)
        if self.window.search.text().strip():
            self._rebuild_tree()  # which events match depends on the filters
        else:
            self.window.plan_model.set_progress(self.progress)
            self._show_detail(self.window.current_item())

    def _filters_changed(self) -> None:
        self.refresh_figures(data_changed=False)
        self._fit_progress_heading()

    def columns_scaled(self, factor: float) -> None:
        """The tree's columns were scaled with the text: the progress column's width before it was
        widened scales alike (else the scaling would count as the user's sizing it)."""
        if self._progress_widened is not None:
            header = self.window.plan_view.header()
            self._progress_widened = (round(self._progress_widened[0] * factor),
                                      header.sectionSize(WorkPlanTreeModel.COLUMN_PROGRESS))

    def _fit_progress_heading(self) -> None:
        """A member-state filter turns "Progress" into "Share of achieved": room for the heading,
        given back when the filter is cleared (unless the user has sized the column since)."""
        header = self.window.plan_view.header()
        column = WorkPlanTreeModel.COLUMN_PROGRESS
        title = str(self.window.plan_model.headerData(column, Qt.Orientation.Horizontal) or "")
        needed = header.fontMetrics().horizontalAdvance(title) + 16
        size, widened = header.sectionSize(column), self._progress_widened
        if widened is not None and size != widened[1]:
            widened = None  # sized by the user meanwhile: their width stands
        if size < needed:
            widened = (widened[0] if widened is not None else size, needed)
            header.resizeSection(column, needed)
        elif widened is not None and needed < widened[1]:  # a shorter heading again: the width it had
            header.resizeSection(column, widened[0])
            widened = None
        self._progress_widened = widened

    def _current_changed(self, current, _previous=None) -> None:  # type: ignore[no-untyped-def]
        item = self.window.plan_model.item(current)
        if item is not None:
            self.selected_uuid = item.node.uuid
            if self.window.plan_model.searching and not self._reselecting:
                self._picked_while_searching = item.node.uuid
        self._show_detail(item)

    def mandates(self, area_number: str) -> list[MandateItem]:
        """The mandates that apply to the work area ``area_number`` of the plan shown."""
        if self._mandates is None:
            self._mandates = _reference().mandates_by_work_area(self.db, self.plan.uuid) if self.plan else {}
        return self._mandates.get(area_number, [])

    def show_detail_of_selection(self) -> None:
        """The detail of the item selected (or the dashboard), once the detail pane is made."""
        self._show_detail(self.window.current_item())

    def _show_detail(self, item: PlanItem | None) -> None:
        detail = self.window.detail
        if detail is None:  # before the window's first paint: shown by show_detail_of_selection()
            if item is None or self.plan is None:
                self.window.dashboards.show()
            else:  # the detail's place kept for it (no dashboard for a moment)
                self.window.dashboards.show_detail()
            return
        if item is None or self.plan is None:
            detail.show_nothing()
            self.window.dashboards.show()  # the start page while nothing is selected
            return
        self.window.dashboards.show_detail()
        node = item.node
        event_filter = self.window.filter_bar.event_filter()
        activities = self.activities_under.get(node.uuid, [])
        key = (node.uuid, event_filter)
        summary = self._summaries.get(key)  # searching re-selects items: do not count again
        if summary is None:
            summary = self._summaries[key] = figures.summary(self.db, event_filter, activities)
        area = item.path()[0].node
        kind = {WorkAreaNode: self.tr("Work area"), ProgramNode: self.tr("Program"), ProjectNode: self.tr("Project"),
                ActivityNode: self.tr("Planned activity")}[type(node)]
        progress = self.progress.get(node.uuid)
        if isinstance(node, ActivityNode):
            target = self.tr("Upon request") if node.upon_request else (
                workplan.target_label(node) or self.tr("no numeric target"))
        else:
            target = ""  # the sum of the numeric targets below, as the tree shows it
        search_text = self.window.search.text().strip() or None
        # While events are searched the list shows the matches only: so does the heading's count.
        matching = ((search_text, item.matching_events)
                    if search_text and self.window.plan_model.searching and _event_search().searches_events(search_text)
                    else None)
        detail.show_item(
            breadcrumb=[p.label for p in item.path()[:-1]], kind=kind, title=item.label, target=target,
            progress=progress, summary=summary, mandates=self.mandates(area.number), note=node.note,
            matching=matching,
        )
        db = self.db

        def load(order: str, descending: bool, offset: int, limit: int):  # type: ignore[no-untyped-def]
            return _event_search().events(db, event_filter, activities, search_text, order, descending, offset, limit)

        if search_text and not _event_search().searches_events(search_text):
            empty = self.tr("Type at least {count} letters to search the events too.").format(
                count=_event_search().EVENT_SEARCH_MIN_LETTERS)
        elif search_text:
            empty = self.tr("No events under this item match “{text}”.").format(text=search_text)
        elif not self.window.filter_bar.is_default():
            empty = self.tr("No events under this item match the filters. Widen the dates or choose "
                            "Reset Filters (Ctrl+Shift+R).")
        else:
            empty = self.tr("No events logged under this {kind} in {year} yet — press Ctrl+N to log one.").format(
                kind=kind.lower(), year=self.plan.year)
        detail.show_events(load, empty)


def _activities_by_item(plan: WorkPlanNode) -> dict[str, list[str]]:
    """For every plan item, the uuids of the planned activities at or below it."""
    result: dict[str, list[str]] = {}
    for area in plan.work_areas:
        area_list = result.setdefault(area.uuid, [])
        for program in area.programs:
            program_list = result.setdefault(program.uuid, [])
            for project in program.projects:
                project_list = result.setdefault(project.uuid, [])
                for activity in project.activities:
                    result[activity.uuid] = [activity.uuid]
                    for bucket in (project_list, program_list, area_list):
                        bucket.append(activity.uuid)
    return result
