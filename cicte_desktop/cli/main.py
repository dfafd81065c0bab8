"""The command line of CICTE Desktop: arguments, paths and logging, then the GUI or a command.

Commands never import Qt widgets; the GUI is imported only when it is started.
"""

from __future__ import annotations

import argparse
import sys

from cicte_desktop.cli.common import one_line, open_db, refusal, silence_stdout
from cicte_desktop.cli.parser import COMMANDS, build_parser

def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CommandLine", text)


def run_command(args: argparse.Namespace) -> int:
    """The command of ``args`` on the database it names; its exit status."""
    from cicte_desktop.cli import backup, demo, excel, packages, plan, reports, upgrade

    if args.command == "upgrade":
        return upgrade.run(args)
    if args.command in ("check", "restore"):
        result = backup.run_file_command(args)
        assert result is not None
        return result
    commands = {"plan": plan.run, "backup": backup.backup, "attendance": excel.attendance_preview,
                "package": packages.run, "device": packages.device, "demo-data": demo.run}
    if args.command == "export":
        command = excel.export_xlsx if args.kind == "xlsx" else reports.export_pdf
    elif args.command == "import":
        command = excel.import_xlsx
    else:
        command = commands[args.command]
    db = open_db(args.db)
    try:
        return command(db, args)
    finally:
        db.close()


def _language_asked(argv: list[str]) -> str | None:
    """``--lang X`` or ``--lang=X`` before the parser exists, so that its help is translated too."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return None


def _without_language(argv: list[str]) -> list[str]:
    result, skip = [], False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            result.append(arg)
    return result


def _install_language(language: str | None) -> None:
    """Messages and exports of the command line in ``language`` (default: the preferred one)."""
    from PySide6.QtCore import QCoreApplication

    from cicte_desktop import i18n

    from cicte_desktop import APPLICATION_NAME, ORGANIZATION_NAME

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0] if sys.argv else "cicte-desktop"])
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    i18n.install(app, language)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    language = _language_asked(argv)
    if language is not None:  # accepted before or after the command: taken out here, checked here
        if language not in ("en", "es", "fr", "pt"):
            print(_tr("cicte-desktop: error: argument --lang: invalid choice: {value!r} (choose from en, es, fr, "
                      "pt)").format(value=language), file=sys.stderr)
            return 2
        argv = _without_language(argv)
    if "--self-test" in argv:
        from cicte_desktop import selftest

        selftest.prepare_application()  # graphical (offscreen without a display), before any other
    gui = not any(a in COMMANDS or a in ("-h", "--help", "--self-test") for a in argv)
    if gui:
        from cicte_desktop import pyside_hook
        from cicte_desktop.gc_pause import pause_start_up

        pause_start_up()  # while the window starts (resumed once it is whole: see gc_pause)
        pyside_hook.lighten()  # before the window's modules load: each goes through PySide6's hook
    else:
        _install_language(language)
    args = build_parser().parse_args(argv)
    args.lang = language
    if args.self_test:
        from cicte_desktop import selftest

        return selftest.run()
    from cicte_desktop.db.errors import DatabaseOpenError
    from cicte_desktop.logging_setup import configure_logging
    from cicte_desktop.paths import log_dir

    try:
        configure_logging(log_dir())
    except OSError:
        pass  # a read-only data folder must not stop the app; errors still reach stderr
    if args.command is None:
        from cicte_desktop.app import run_gui

        return run_gui(args.db, args.lang)
    from cicte_desktop.files import sweep_scratch

    sweep_scratch()  # what a killed earlier run left: temporary and .partial files
    try:
        sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]  # file names not in UTF-8
    except (AttributeError, ValueError):
        pass
    try:
        code = run_command(args)
        sys.stdout.flush()  # a reader gone away is found here, not in the flush at exit
        return code
    except BrokenPipeError:  # an OSError: caught first. The reader of the output went away (`| head -1`)
        silence_stdout()
        return 0
    except DatabaseOpenError as exc:
        print(one_line(_tr("cicte-desktop: error: {message}").format(message=exc.message)), file=sys.stderr)
        return 1
    except OSError as exc:  # a backup that could not be written (BackupError says why)
        print(one_line(_tr("cicte-desktop: error: {message}").format(message=exc)), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(_tr("cicte-desktop: interrupted."), file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - never a traceback: one line, and the log
        return refusal(exc)


if __name__ == "__main__":
    sys.exit(main())
