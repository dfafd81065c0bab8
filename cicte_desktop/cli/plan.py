"""``plan``: the work plan as an outline or JSON (with figures), and ``plan new``, ``plan export``
and ``plan import`` (a plan workbook)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

from cicte_desktop.cli.common import one_line, usage_error
from cicte_desktop.safe_text import shown


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CommandLine", text)


def _trn(text: str, n: int) -> str:
    """A message that counts ``n`` things ("%n event(s)"), in its singular or plural form."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CommandLine", text, None, n)


def new_plan(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from cicte_desktop.services import plan_years

    try:
        made = plan_years.new_plan(db, args.new_year, args.source_year)
    except plan_years.NewPlanError as exc:
        print(one_line(_tr("cicte-desktop: error: {problem}").format(problem=exc)), file=sys.stderr)
        return 1
    print(_tr("Started the {year} work plan ({symbol}) from the {source} plan: {areas}, {programs}, {projects}, "
              "{activities}, each carried over with its targets and titles.").format(
        year=made.year, symbol=made.symbol, source=made.source_year, areas=_trn("%n work area(s)", made.counts["areas"]),
        programs=_trn("%n program(s)", made.counts["programs"]), projects=_trn("%n project(s)", made.counts["projects"]),
        activities=_trn("%n planned activity(ies)", made.counts["activities"])))
    if not made.travels:
        print(_tr("Note: this computer is not headquarters, so the new plan stays here: other computers refuse "
                  "work-plan changes from it, and events logged under it reach them only once headquarters starts the "
                  "same plan (from the same earlier plan). Start the plan at headquarters to send it to the laptops."))
    return 0


def plan_export(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from cicte_desktop.exports.plan_xlsx import export_plan_workbook
    from cicte_desktop.services import plan_reading, workplan

    try:
        result = export_plan_workbook(db, args.workbook_year, args.out.expanduser().absolute())
    except plan_reading.PlanEditError:
        years = ", ".join(map(str, workplan.plan_years(db))) or _tr("none")
        print(one_line(_tr("cicte-desktop: error: there is no work plan for {year} (work plans: {years})").format(
            year=args.workbook_year, years=years)), file=sys.stderr)
        return 1
    print(_tr("Wrote {path}: {items} of the {year} work plan.").format(
        path=result.path, items=_trn("%n plan item(s)", result.items), year=args.workbook_year))
    return 0


#: How many items of each group ``plan import`` lists.
PLAN_IMPORT_LINES = 10


def plan_import(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from cicte_desktop.exports.plan_xlsx import level_labels
    from cicte_desktop.services import plan_workbook, plan_workbook_changes as pw

    reason = " ".join((args.reason or "").split())
    if not args.dry_run and not reason:
        return usage_error(_tr("say why the plan changes with --reason TEXT (kept in the plan's history), or "
                                "preview with --dry-run"))
    preview = plan_workbook.read_plan_workbook(args.file.expanduser().absolute(), db)
    levels = level_labels()
    print(shown(preview.mode_sentence()))
    print(_tr("{added}, {changed}, {retired}, {unchanged}.").format(
        added=_trn("%n added", preview.count(pw.ADDED)), changed=_trn("%n changed", preview.count(pw.CHANGED)),
        retired=_trn("%n retired", preview.count(pw.RETIRED)), unchanged=_trn("%n unchanged", preview.count(pw.UNCHANGED))))

    def item(change) -> str:  # type: ignore[no-untyped-def]
        code = f"{change.code} " if change.code else ""
        return shown(f"{levels[change.table]} {code}“{change.title[:80]}”")

    groups = ((pw.ADDED, _tr("Added:")), (pw.CHANGED, _tr("Changed:")), (pw.RETIRED, _tr("Retired:")),
              (pw.MISSING, _tr("Not in the workbook (kept as they are):")))
    for kind, heading in groups:
        changes = preview.of(kind)
        if not changes:
            continue
        print(heading)
        for change in changes[:PLAN_IMPORT_LINES]:
            row = _tr("row {row}: ").format(row=change.row) if change.row else ""
            detail = ""
            if change.changes:
                detail = ": " + "; ".join(shown(f"{c.label}: {c.old[:40]} → {c.new[:40]}") for c in change.changes)
            elif kind == pw.RETIRED:
                detail = " " + (_tr("(kept, marked retired: events point at it)") if change.keeps_events
                                else _tr("(taken out of the plan: no events point at it)"))
            print(f"  {row}{item(change)}{detail}")
        if len(changes) > PLAN_IMPORT_LINES:
            print("  " + _trn("… and %n more", len(changes) - PLAN_IMPORT_LINES))
    for line in preview.skipped:
        print(shown(_tr("Skipped {what}").format(what=line)))
    if preview.problems:
        for problem in preview.problems[1:]:
            print(shown(problem))
        print(one_line(_tr("cicte-desktop: error: {message}").format(
            message=f"{shown(preview.problems[0])} {_tr('Nothing was imported.')}")), file=sys.stderr)
        return 1
    if preview.role_sentence() and not args.dry_run:
        print(one_line(_tr("cicte-desktop: error: {message}").format(message=preview.role_sentence())),
              file=sys.stderr)
        return 1
    if preview.role_sentence():
        print(preview.role_sentence())
    if not preview.has_changes:
        print(_tr("Nothing to change: the workbook is the plan as it is."))
        return 0
    if args.dry_run:
        print(_tr("Nothing was written (dry run)."))
        return 0
    result = pw.apply_plan_workbook(db, preview, reason)
    print(_tr("Imported into the {year} work plan: {added}, {changed}, {retired}, each with the reason in the "
              "plan's history.").format(
        year=result.year, added=_trn("%n added", result.added), changed=_trn("%n changed", result.changed),
        retired=_trn("%n retired", result.retired)) if not result.created else
          _tr("Created the {year} work plan from the {source} plan: {added}, {changed}, {retired}, each with the "
              "reason in the plan's history.").format(
        year=result.year, source=preview.source_year, added=_trn("%n added", result.added),
        changed=_trn("%n changed", result.changed), retired=_trn("%n retired", result.retired)))
    return 0


def print_outline(plan) -> None:
    from cicte_desktop.services.workplan import target_label

    # Titles may have come in a field package from headquarters: shown without control characters.
    print(shown(f"{plan.title} ({plan.symbol})"))
    for wa in plan.work_areas:
        print(shown(f"{wa.number}. {wa.title}"))
        for p in wa.programs:
            print(shown(f"  {p.letter}. {p.title}"))
            for pj in p.projects:
                print(shown(f"    {pj.number + '. ' if pj.number else '- '}{pj.title}"))
                for a in pj.activities:
                    target = _tr("Upon request") if a.upon_request else (target_label(a) or _tr("no target"))
                    print(shown(f"      * {a.text}  [{target}]"))


def add_figures(shape: dict, plan, progress: dict) -> None:  # type: ignore[no-untyped-def, type-arg]
    """Add the figures service's figures to every node of ``plan --json`` (the same as every output)."""

    def put(node: dict, uuid: str) -> None:  # type: ignore[type-arg]
        item = progress[uuid]
        node.update({
            "target": item.target or None if "text" not in node else node["target"],
            "achieved": item.achieved,
            "counted": item.counted if item.target and not item.contribution else None,
            "progress": round(item.percent, 1) if item.percent is not None else None,
            "expected": round(item.expected_percent, 1) if item.expected_percent is not None else None,
            "state": item.state,
            "events": item.events,
        })
        if item.contribution:
            node["share_of_achieved"] = round(item.share_percent, 1) if item.share_percent is not None else None

    for area, area_shape in zip(plan.work_areas, shape["work_areas"], strict=True):
        put(area_shape, area.uuid)
        for program, program_shape in zip(area.programs, area_shape["programs"], strict=True):
            put(program_shape, program.uuid)
            for project, project_shape in zip(program.projects, program_shape["projects"], strict=True):
                put(project_shape, project.uuid)
                for activity, activity_shape in zip(project.activities, project_shape["activities"], strict=True):
                    put(activity_shape, activity.uuid)


def run(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    """``plan`` and its actions."""
    from cicte_desktop.services import workplan

    if getattr(args, "plan_action", None) == "new":
        return new_plan(db, args)
    if getattr(args, "plan_action", None) == "export":
        return plan_export(db, args)
    if getattr(args, "plan_action", None) == "import":
        return plan_import(db, args)
    if (args.member_state or args.date_from or args.date_to) and not args.figures:
        usage_error(_tr("--member-state, --from and --to go with --figures"))
        return 2
    if args.figures and not args.json:
        usage_error(_tr("--figures goes with --json"))
        return 2
    if args.date_to is not None and args.date_from is None:
        usage_error(_tr("--to needs --from"))
        return 2
    if args.date_from and args.date_to and args.date_to < args.date_from:
        usage_error(_tr("the period ends before it starts"))
        return 2
    if args.year is None and args.date_from is not None:
        args.year = args.date_from.year
    try:
        from cicte_desktop import i18n

        # JSON is the approved (English) text for scripts; the outline is for people.
        plan = workplan.get_work_plan(db, args.year, language=None if args.json else i18n.ui_language())
    except workplan.PlanNotFoundError:
        print(_tr("cicte-desktop: error: there is no work plan for {year}").format(year=args.year), file=sys.stderr)
        return 1
    if args.json:
        shape = workplan.plan_as_dict(plan)
        if args.figures:
            from cicte_desktop.services import figures, reference

            if args.member_state and args.member_state not in {s.iso3 for s in reference.member_states(db)}:
                print(one_line(_tr("cicte-desktop: error: there is no member state with the code {code} (use "
                                    "ISO codes such as JAM or TTO)").format(code=args.member_state)),
                      file=sys.stderr)
                return 1
            start = args.date_from or dt.date(plan.year, 1, 1)
            end = args.date_to or (None if args.date_from else dt.date(plan.year, 12, 31))
            event_filter = figures.EventFilter(args.member_state, start, end)
            shape["figures_filter"] = {"member_state": args.member_state, "from": start.isoformat(),
                                       "to": end.isoformat() if end else None}
            add_figures(shape, plan, figures.plan_figures(db, plan, event_filter))
        json.dump(shape, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print_outline(plan)
    return 0
