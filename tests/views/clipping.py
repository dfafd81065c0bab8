"""Measuring what a window clips: each header's text against its section, each label's text
against its rectangle, with the widget's own font metrics and the style's margins."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QStyle, QTableView, QTreeView, QWidget

ELLIPSIS = "…"


def _shown(widget: QWidget, root: QWidget) -> bool:
    if not widget.isVisibleTo(root):
        return False
    parent = widget.parentWidget()  # not on a page of a tab or stack that is not shown
    while parent is not None and parent is not root:
        if not parent.isVisibleTo(root):
            return False
        parent = parent.parentWidget()
    return True


def header_needs(header: QHeaderView, section: int) -> tuple[str, int]:
    """The header text of ``section`` and the width it needs: the text, the style's margin on each
    side, and room for the sort arrow where the header shows one (as Qt's sectionSizeFromContents)."""
    model = header.model()
    text = str(model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole) or "")
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    lines = text.split("\n")
    needed = max(header.fontMetrics().horizontalAdvance(line) for line in lines) + 2 * margin
    if header.isSortIndicatorShown():  # the sort arrow takes half the height and two margins (SE_HeaderLabel)
        needed += header.height() // 2 + 2 * margin
    return text, needed


def clipped_headers(root: QWidget) -> list[str]:
    found = []
    for view in root.findChildren(QAbstractItemView):
        if not isinstance(view, QTableView | QTreeView) or not _shown(view, root) or view.model() is None:
            continue
        headers = [view.horizontalHeader()] if isinstance(view, QTableView) else [view.header()]
        for header in headers:
            if header is None or header.isHidden() or not _shown(header, root):
                continue
            for section in range(header.count()):
                if header.isSectionHidden(section):
                    continue
                text, needed = header_needs(header, section)
                if text and header.sectionSize(section) < needed:
                    found.append(f"header “{text}” of {view.objectName() or type(view).__name__}: "
                                 f"{header.sectionSize(section)} < {needed}")
    return found


def _plain(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (label.textFormat() == Qt.TextFormat.AutoText
                                                        and "<" in text and ">" in text):
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&") if label.buddy() else text


def clipped_labels(root: QWidget) -> list[str]:
    found = []
    for label in root.findChildren(QLabel):
        text = _plain(label)
        if not text.strip() or not _shown(label, root) or not label.pixmap().isNull():
            continue
        if ELLIPSIS in text and label.toolTip():  # elided on purpose, the whole text in its tooltip
            continue
        metrics = label.fontMetrics()
        room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
        name = label.objectName() or type(label.parentWidget()).__name__
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height():
                found.append(f"label “{text[:60]}” ({name}) cut at the bottom: {label.height()} < {needed}")
            continue
        lines = text.split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines)
        height = metrics.height() * len(lines)
        if width > room.width():
            found.append(f"label “{text[:60]}” ({name}): {room.width()} < {width}")
        elif height > room.height():
            found.append(f"label “{text[:60]}” ({name}) cut at the top and bottom: {room.height()} < {height}")
    return found


def clipped(root: QWidget) -> list[str]:
    return clipped_headers(root) + clipped_labels(root)
