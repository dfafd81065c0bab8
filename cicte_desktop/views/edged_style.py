"""The style of the dark and high-contrast themes: Qt's Fusion, with the edge of every field,
button, check box, box and list drawn again in the palette's Mid (the theme table's @edge, at
least 3:1 against the window and the fields). Fusion draws those edges a little darker than the
window: on a dark or black window they vanish, and a field or a check box in a list could not be
told from what is around it."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

#: How the application tells this style from Fusion (``theme.EDGED_STYLE`` is the same).
OBJECT_NAME = "cicteEdged"
_PE = QStyle.PrimitiveElement
#: The primitives whose edge is drawn again, and whether it is round (a radio button).
_EDGED = {_PE.PE_PanelLineEdit: False, _PE.PE_FrameLineEdit: False, _PE.PE_PanelButtonCommand: False,
          _PE.PE_Frame: False, _PE.PE_FrameGroupBox: False, _PE.PE_IndicatorCheckBox: False,
          _PE.PE_IndicatorRadioButton: True, _PE.PE_FrameMenu: False, _PE.PE_FrameTabWidget: False}
_CC = QStyle.ComplexControl
_EDGED_CONTROLS = (_CC.CC_ComboBox, _CC.CC_SpinBox)


class EdgedStyle(QProxyStyle):
    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.setObjectName(OBJECT_NAME)

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,  # noqa: N802
                      widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in _EDGED and option.rect.width() > 2 and option.rect.height() > 2 and not _inner(widget):
            _edge(painter, option, round_=_EDGED[element])

    def drawComplexControl(self, control: QStyle.ComplexControl, option, painter: QPainter,  # noqa: N802
                           widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _EDGED_CONTROLS:
            _edge(painter, option)


def _inner(widget: QWidget | None) -> bool:
    """The text field inside a spin box, a date field or a combo box: their own edge is drawn."""
    parent = widget.parentWidget() if isinstance(widget, QLineEdit) else None
    return isinstance(parent, (QAbstractSpinBox, QComboBox))


def _edge(painter: QPainter, option: QStyleOption, round_: bool = False) -> None:
    enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
    group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
    painter.save()
    painter.setPen(QPen(option.palette.color(group, QPalette.ColorRole.Mid), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    rect = QRect(option.rect).adjusted(0, 0, -1, -1)
    if round_:
        painter.drawEllipse(rect)
    else:
        painter.drawRect(rect)
    painter.restore()
