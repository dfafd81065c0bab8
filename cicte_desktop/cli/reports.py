"""``export pdf``: the semi-annual report, a member-state report or certificates."""

from __future__ import annotations

import argparse
import sys

from cicte_desktop.cli.common import one_line, period_dates, usage_error


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CommandLine", text)


def _trn(text: str, n: int) -> str:
    """A message that counts ``n`` things ("%n event(s)"), in its singular or plural form."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CommandLine", text, None, n)


def export_pdf(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from cicte_desktop.exports.pdf import CERTIFICATES, MEMBER_STATE, ReportError, ReportOptions, export_report

    if args.report == MEMBER_STATE and not args.member_state:
        return usage_error(_tr("--report member-state needs --member-state"))
    if args.report != MEMBER_STATE and args.member_state:
        return usage_error(_tr("--member-state goes with --report member-state"))
    if args.report == CERTIFICATES and not args.event:
        return usage_error(_tr("--report certificates needs --event"))
    if args.report != CERTIFICATES and args.event:
        return usage_error(_tr("--event goes with --report certificates"))
    period = period_dates(db, args)
    if period is None:
        return 2
    options = ReportOptions(args.report, *period, member_state=args.member_state, event=args.event)
    out = args.out.expanduser().absolute()
    try:
        result = export_report(db, options, out)
    except ReportError as exc:
        print(one_line(_tr("cicte-desktop: error: {problem}").format(problem=exc)), file=sys.stderr)
        return 1
    if result.certificates:
        print(_tr("Wrote {path}: {certificates}.").format(path=result.path, certificates=_trn(
            "%n certificate(s)", result.certificates)))
    else:
        print(_tr("Wrote {path}: {pages}, {events}.").format(path=result.path, pages=_trn("%n page(s)", result.pages),
                                                             events=_trn("%n event(s)", result.events)))
    return 0
