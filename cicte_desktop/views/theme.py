"""Seeing the window well: its theme (light, dark, high contrast, or the system's colour scheme) and
the size of its text (a factor of the system's font size, View > Bigger Text...). Both are
preferences kept like the language, and both take effect at once.

The colours are the tables of ``ui/style.qss`` (``style_roles``): the theme's table gives the rules
of the widgets with a role, the colours painted in code, and, for the dark and high-contrast themes
or a light theme on a dark system, the application's palette in Qt's Fusion style, so that Qt's own
widgets (fields, lists, menus, buttons) follow; on the dark ones, the edges of fields, buttons and
check boxes are drawn again in the table's @edge (``edged_style.py``). The light theme on a light
system keeps the system's own style and palette.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from cicte_desktop import style_roles
from cicte_desktop.views.roles import restyle_all

THEME_KEY = "theme"
TEXT_SCALE_KEY = "textScale"
#: Following the system's colour scheme (the default).
SYSTEM = ""
#: The text sizes offered by View > Bigger Text / Smaller Text, as factors of the system's.
TEXT_SCALES = (0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0)
#: A widget whose font is a factor of the application's (a heading): kept so on a change of size.
FONT_FACTOR = "fontFactor"
#: The object name of the style of the dark and high-contrast themes (edged_style.OBJECT_NAME, which
#: is imported only when a dark theme is shown).
EDGED_STYLE = "cicteEdged"

_native: dict[str, object] = {}


# --- the theme ---------------------------------------------------------------------------------

def chosen_theme() -> str:
    """The theme chosen in Preferences; "" (:data:`SYSTEM`) when the system's scheme is followed."""
    value = QSettings().value(THEME_KEY, "", str)
    return value if value in style_roles.THEMES else SYSTEM


def set_chosen_theme(name: str) -> None:
    """Choose theme ``name``; "" follows the system's colour scheme again."""
    if name and name not in style_roles.THEMES:
        raise ValueError(f"unknown theme {name!r}")
    if name:
        QSettings().setValue(THEME_KEY, name)
    else:
        QSettings().remove(THEME_KEY)


def system_prefers_dark() -> bool:
    """Whether the system's colour scheme is dark (Qt 6.5+; unknown counts as light)."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolved_theme(choice: str | None = None) -> str:
    """The theme shown for ``choice`` (default: the one chosen): the system's scheme when none is."""
    name = chosen_theme() if choice is None else choice
    if name:
        return name
    return style_roles.DARK if system_prefers_dark() else style_roles.LIGHT


def palette_for(name: str) -> QPalette:
    """The application palette of theme ``name``, from its table."""
    table = style_roles.colours(name)

    def c(key: str) -> QColor:
        return QColor(table[key])

    palette = QPalette(c("button"), c("window"))  # the bevels (light, mid, dark, shadow) from these two
    role = QPalette.ColorRole
    for colour_role, key in ((role.Window, "window"), (role.WindowText, "window-text"), (role.Base, "base"),
                             (role.AlternateBase, "alternate-base"), (role.Text, "text"),
                             (role.Button, "button"), (role.ButtonText, "button-text"),
                             (role.Highlight, "highlight"), (role.HighlightedText, "highlighted-text"),
                             (role.Link, "link"), (role.LinkVisited, "link"), (role.ToolTipBase, "tooltip"),
                             (role.ToolTipText, "tooltip-text"), (role.PlaceholderText, "muted"),
                             (role.BrightText, "error")):
        palette.setColor(colour_role, c(key))
    # Disabled text half-way between the text and its background: visibly quieter, still legible.
    disabled = QPalette.ColorGroup.Disabled
    for colour_role, text, ground in ((role.WindowText, "window-text", "window"), (role.Text, "text", "base"),
                                      (role.ButtonText, "button-text", "button")):
        palette.setColor(disabled, colour_role, _blend(c(text), c(ground)))
    palette.setColor(disabled, role.Highlight, c("muted"))
    # The edges of fields, buttons and check boxes (views/edged_style.py draws them in Mid).
    palette.setColor(role.Mid, c("edge"))
    palette.setColor(disabled, role.Mid, _blend(c("edge"), c("window")))
    return palette


def _blend(first: QColor, second: QColor) -> QColor:
    return QColor((first.red() + second.red()) // 2, (first.green() + second.green()) // 2,
                  (first.blue() + second.blue()) // 2)


def apply_theme(name: str | None = None) -> str:
    """Show theme ``name`` (default: the one chosen, or the system's) in the whole application at
    once: the colours painted in code, the rules of the widgets with a role, and the palette.
    Returns the theme shown."""
    app = QApplication.instance()
    shown = name or resolved_theme()
    style_roles.use_theme(shown)
    if not isinstance(app, QApplication):
        return shown
    if shown == style_roles.LIGHT and not system_prefers_dark():
        if app.property("cicteThemed"):  # back to the system's own look
            app.setStyle(str(_native["style"]))
            app.setPalette(QPalette())
            app.setProperty("cicteThemed", False)
    else:
        # The system's own style, to return to; asked for only here (app.style() brings QStyle's
        # enums into Python: some 8 ms of a start-up in the light theme, which needs none of it).
        _native.setdefault("style", app.style().name())
        edged = shown != style_roles.LIGHT  # on a dark window Fusion's edges vanish: drawn again
        if edged and app.style().objectName() != EDGED_STYLE:
            from cicte_desktop.views.edged_style import EdgedStyle

            _native["edged"] = EdgedStyle()  # kept: the application does not own it in Python
            app.setStyle(_native["edged"])  # type: ignore[arg-type]
        elif not edged and (app.style().objectName() == EDGED_STYLE or app.style().name().lower() != "fusion"):
            app.setStyle("Fusion")
        app.setPalette(palette_for(shown))
        app.setProperty("cicteThemed", True)
    restyle_all(app.allWidgets())
    for widget in app.allWidgets():
        widget.update()
    return shown


# --- the size of text --------------------------------------------------------------------------

def text_scale() -> float:
    """The text size kept between runs, as a factor of the system's (1.0 by default)."""
    value = QSettings().value(TEXT_SCALE_KEY, 1.0, float)
    return min(TEXT_SCALES, key=lambda scale: abs(scale - float(value)))


def system_point_size() -> float:
    """The system's font size in points (a size the system gives in pixels is converted)."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    if font.pointSizeF() > 0:
        return font.pointSizeF()
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
    return font.pixelSize() * 72.0 / dpi


def apply_text_scale(scale: float | None = None, *, keep: bool = False) -> float:
    """Text at ``scale`` times the system's size (default: the size kept), in every window at once;
    with ``keep``, remembered for the next runs. Returns the scale applied."""
    chosen = text_scale() if scale is None else min(max(scale, TEXT_SCALES[0]), TEXT_SCALES[-1])
    if keep:
        QSettings().setValue(TEXT_SCALE_KEY, chosen)
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return chosen
    font = QFont(app.font())
    font.setPointSizeF(system_point_size() * chosen)
    if font.pointSizeF() != app.font().pointSizeF():
        app.setFont(font)
        for widget in app.allWidgets():  # the others follow the application's font (Qt posts it to them)
            if widget.property(FONT_FACTOR):
                _apply_factor(widget)
    return chosen


def step_text_scale(steps: int) -> float:
    """One size bigger (1) or smaller (-1) than the one shown, or back to the system's (0); kept."""
    if steps == 0:
        return apply_text_scale(1.0, keep=True)
    current = TEXT_SCALES.index(text_scale())
    index = min(max(current + steps, 0), len(TEXT_SCALES) - 1)
    return apply_text_scale(TEXT_SCALES[index], keep=True)


def set_relative_font(widget: QWidget, factor: float, bold: bool = True) -> None:
    """``widget``'s text ``factor`` times the application's (a heading), and so after a change of size."""
    widget.setProperty(FONT_FACTOR, factor)
    font = widget.font()
    font.setBold(bold)
    widget.setFont(font)
    _apply_factor(widget)


def _apply_factor(widget: QWidget) -> None:
    font = widget.font()
    font.setPointSizeF(QApplication.font().pointSizeF() * float(widget.property(FONT_FACTOR)))
    widget.setFont(font)
