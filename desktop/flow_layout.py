"""A row of widgets that wraps onto a second line when the window is too narrow for it, as words do.

The grid's filter bar uses it: in a long language, or beside a wide tree, its fields move to a
second line instead of being cut or widening the window beyond a laptop's screen. Right to left,
the row starts on the right.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QSizePolicy, QStyle


class FlowLayout(QLayout):
    """Items left to right (right to left in Arabic), wrapping to the next line when out of room."""

    def __init__(self, parent=None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        width = sum(item.sizeHint().width() + self._spacing for item in self._shown())
        height = max((item.sizeHint().height() for item in self._shown()), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, place: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            width = max(hint.width(), item.minimumSize().width())
            if x > area.x() and x + width > area.right() + 1:
                x, y, line = area.x(), y + line + self._spacing, 0
            if place:
                target = QRect(QPoint(x, y), QSize(min(width, area.width()), hint.height()))
                widget = self.parentWidget()
                if widget is not None:  # mirrored right to left
                    target = QStyle.visualRect(widget.layoutDirection(), area, target)
                item.setGeometry(target)
            x += width + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


def grow_when_wrapped(widget) -> None:
    """Let ``widget`` (holding a FlowLayout) grow a line taller when its row wraps."""
    policy = widget.sizePolicy()
    policy.setHeightForWidth(True)
    policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)
    widget.setSizePolicy(policy)


class WrappingLabel(QLabel):
    """A word-wrapped label that keeps the height its lines need at its width: a layout squeezed
    by its neighbours (a form, a list growing later) grows the window instead of cutting the text."""

    def __init__(self, text: str = "", parent=None):
        super().__init__(text, parent)
        self.setWordWrap(True)

    def resizeEvent(self, event):
        super().resizeEvent(event)
        need = self.heightForWidth(self.width())
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)
