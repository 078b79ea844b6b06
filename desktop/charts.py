"""Charts drawn with QPainter: bars, status bars and an office × year heat map.

Drawn by hand rather than with a chart library: nothing to install or import at start-up, the
same drawing goes to the screen, a PNG (QImage) and an SVG (QSvgGenerator), Chinese is drawn by
Qt's own fonts, and offscreen rendering needs nothing more (measurements in docs/overview.md).
Colours are the Okabe–Ito palette, which stays apart for colour-blind readers, and each series
also has its own fill pattern or mark so that a greyscale print keeps them apart.

Every chart keeps the numbers it draws (``bars``, ``cells``) so tests compare them with the
aggregation's, and says which part was clicked through ``activated(key)``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QFileDialog, QMenu, QSizePolicy, QToolTip, QWidget

# Okabe & Ito (2008), "Color Universal Design".
BLUE, SKY, GREEN, ORANGE, VERMILLION, PURPLE, YELLOW, GREY = (
    "#0072B2", "#56B4E9", "#009E73", "#E69F00", "#D55E00", "#CC79A7", "#F0E442", "#BBBBBB")

# Status of records and office-years: colour, fill pattern, and a mark drawn in heat map cells.
STYLES = {
    "submitted": (BLUE, Qt.BrushStyle.SolidPattern, "✓"),
    "partly submitted": (SKY, Qt.BrushStyle.BDiagPattern, "½"),
    "draft": (SKY, Qt.BrushStyle.BDiagPattern, ""),
    "returned": (VERMILLION, Qt.BrushStyle.CrossPattern, "↩"),
    "draft only in the office": (YELLOW, Qt.BrushStyle.Dense4Pattern, "…"),
    "not received": ("#FFFFFF", Qt.BrushStyle.NoBrush, "–"),
}


def fill(colour: str, pattern: Qt.BrushStyle) -> list[QBrush]:
    """A pale ground of the colour with its pattern in the full colour over it (greyscale-safe)."""
    base = QColor(colour)
    if pattern == Qt.BrushStyle.SolidPattern:
        return [QBrush(base)]
    pale = QColor(base)
    pale.setAlpha(90)
    return [QBrush(pale), QBrush(base.darker(130), pattern)]


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None
    key: object  # what a click on it opens
    style: str = "normal"  # normal | selected | total | report | earlier (a year of an earlier plan)
    tip: str = ""


@dataclass(frozen=True)
class Segment:
    status: str
    value: int


@dataclass(frozen=True)
class StackedRow:
    label: str
    segments: tuple[Segment, ...]
    note: str
    key: object
    tip: str = ""


class _RightToLeft:
    """A painter drawing a chart mirrored, for a right-to-left language: each box and each text's
    box at its mirrored place (bars grow to the left, labels on the right, years from the right),
    the texts themselves written as they read, aligned to the other side."""

    def __init__(self, painter: QPainter, rect: QRectF):
        self._painter = painter
        self._axis = rect.left() + rect.right()

    def __getattr__(self, name):
        return getattr(self._painter, name)

    def flip(self, rect: QRectF) -> QRectF:
        rect = QRectF(rect)
        return QRectF(self._axis - rect.right(), rect.top(), rect.width(), rect.height())

    @staticmethod
    def _align(flags: int) -> int:
        horizontal = flags & int(Qt.AlignmentFlag.AlignHorizontal_Mask)
        swapped = {int(Qt.AlignmentFlag.AlignLeft): int(Qt.AlignmentFlag.AlignRight),
                   int(Qt.AlignmentFlag.AlignRight): int(Qt.AlignmentFlag.AlignLeft)}.get(horizontal, horizontal)
        return (flags & ~int(Qt.AlignmentFlag.AlignHorizontal_Mask)) | swapped | int(Qt.AlignmentFlag.AlignAbsolute)

    def fillRect(self, rect, brush) -> None:
        self._painter.fillRect(self.flip(rect), brush)

    def drawRect(self, rect) -> None:
        self._painter.drawRect(self.flip(rect))

    def drawText(self, rect, flags: int, text: str) -> None:
        self._painter.drawText(self.flip(rect), self._align(flags), text)

    def boundingRect(self, rect, flags: int, text: str) -> QRectF:
        return self.flip(self._painter.boundingRect(self.flip(rect), self._align(flags), text))

    def drawLine(self, start: QPointF, end: QPointF) -> None:
        self._painter.drawLine(QPointF(self._axis - start.x(), start.y()), QPointF(self._axis - end.x(), end.y()))


class Chart(QWidget):
    """The common part: a title, hit areas for clicks and tooltips, saving as PNG or SVG; mirrored
    right to left in Arabic."""

    activated = Signal(object)

    def __init__(self, title: str = "", parent=None):
        super().__init__(parent)
        self.title = title
        self.lang = "en"
        self._hits: list[tuple[QRectF, object, str]] = []
        self._mirror: _RightToLeft | None = None
        self.setMouseTracking(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # drawing ------------------------------------------------------------------------------------
    def paintEvent(self, event):
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        self._hits = []
        self._draw(painter, QRectF(self.rect()))
        painter.end()

    def _draw(self, painter: QPainter, rect: QRectF) -> None:
        """``draw`` laid out left to right, mirrored when the chart is right to left."""
        painter.setLayoutDirection(self.layoutDirection())
        self._mirror = _RightToLeft(painter, rect) if self.isRightToLeft() else None
        try:
            self.draw(self._mirror or painter, rect)
        finally:
            self._mirror = None

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        raise NotImplementedError

    def _title(self, painter: QPainter, rect: QRectF) -> float:
        """Draw the title (wrapped, bold) at the top of ``rect``; returns the height used."""
        if not self.title:
            return 0
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#222222"))
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
        box = QRectF(rect.left() + 4, rect.top() + 2, rect.width() - 8, 2 * QFontMetrics(font).height() + 2)
        used = painter.boundingRect(box, flags, self.title)
        painter.drawText(box, flags, self.title)
        painter.setFont(self.font())
        return min(used.height(), box.height()) + 4

    def _hit(self, rect: QRectF, key, tip: str) -> None:
        self._hits.append((self._mirror.flip(rect) if self._mirror else QRectF(rect), key, tip))

    def hit_at(self, point: QPointF):
        for rect, key, tip in self._hits:
            if rect.contains(point):
                return key, tip
        return None, ""

    def key_rect(self, key) -> QRectF | None:
        """Where the part opening ``key`` is drawn (for tests), laid out now if not yet painted."""
        if not self._hits:
            from PySide6.QtGui import QPicture

            picture = QPicture()
            painter = QPainter(picture)
            painter.setFont(self.font())
            self._draw(painter, QRectF(self.rect()))
            painter.end()
        return next((rect for rect, k, _ in self._hits if k == key), None)

    # interaction --------------------------------------------------------------------------------
    def mouseMoveEvent(self, event):
        key, tip = self.hit_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if key is not None else Qt.CursorShape.ArrowCursor)
        if tip:
            QToolTip.showText(event.globalPosition().toPoint(), tip, self)
        else:
            QToolTip.hideText()

    def mouseReleaseEvent(self, event):
        if event.button() == Qt.MouseButton.LeftButton:
            key, _ = self.hit_at(event.position())
            if key is not None:
                self.activated.emit(key)

    def _menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Save chart as PNG…"), lambda: self.save_dialog("png"))
        menu.addAction(self.tr("Save chart as SVG…"), lambda: self.save_dialog("svg"))
        menu.exec(self.mapToGlobal(pos))

    def ask_save_path(self, kind: str) -> str:
        """Replaceable in tests: the file to save the chart to, or an empty string."""
        name = "".join(c if c.isalnum() or c in "._-" else "-" for c in self.title)[:60] or "chart"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"), f"{name}.{kind}",
                                              "PNG (*.png)" if kind == "png" else "SVG (*.svg)")
        return path

    def save_dialog(self, kind: str) -> None:
        path = self.ask_save_path(kind)
        if path:
            self.save(path)

    def save(self, path: str, scale: float = 2.0) -> None:
        """Write the chart as PNG (at ``scale`` times its size on screen) or SVG, by the file's suffix."""
        size = self.size() if self.width() > 10 else self.sizeHint()
        rect = QRectF(0, 0, size.width(), size.height())
        if str(path).lower().endswith(".svg"):
            from PySide6.QtSvg import QSvgGenerator

            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(QSize(size.width(), size.height()))
            generator.setViewBox(rect)
            generator.setTitle(self.title)
            painter = QPainter(generator)
        else:
            from PySide6.QtGui import QImage

            image = QImage(int(size.width() * scale), int(size.height() * scale), QImage.Format.Format_ARGB32)
            image.fill(QColor("#FFFFFF"))
            painter = QPainter(image)
            painter.scale(scale, scale)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        hits = self._hits
        self._draw(painter, rect)
        self._hits = hits
        painter.end()
        if not str(path).lower().endswith(".svg") and not image.save(str(path), "PNG"):
            raise OSError(f"{path}: cannot be written")


class BarChart(Chart):
    """Vertical bars with their figures on top: an indicator's years, regions or offices."""

    def __init__(self, title: str = "", bars: list[Bar] | None = None, note: str = "", parent=None):
        super().__init__(title, parent)
        self.bars = bars or []
        self.note = note  # a line under the bars: the total, the report's figure, progress
        self.setMinimumHeight(self.sizeHint().height())

    def sizeHint(self):
        return QSize(280, 210)

    def set_bars(self, bars: list[Bar], note: str = "") -> None:
        self.bars, self.note = bars, note
        self.update()

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        from exports.numbers import short_count  # not at start-up: see desktop/overview.py

        top = rect.top() + self._title(painter, rect)
        metrics = QFontMetrics(painter.font())
        line = metrics.height()
        bottom = rect.bottom() - line - 4 - (line + 2 if self.note else 0)
        if self.note:
            painter.setPen(QColor("#333333"))
            painter.drawText(QRectF(rect.left() + 4, rect.bottom() - line - 2, rect.width() - 8, line),
                             int(Qt.AlignmentFlag.AlignLeft), metrics.elidedText(self.note, Qt.TextElideMode.ElideRight,
                                                                          int(rect.width() - 8)))
        area = QRectF(rect.left() + 6, top + line + 2, rect.width() - 12, bottom - top - line - 2)
        values = [b.value for b in self.bars if b.value is not None]
        peak = max(values) * 1.1 if values else 0  # room for the figure above the highest bar
        if not self.bars:
            return
        if not values:
            painter.setPen(QColor("#777777"))
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), self.tr("No data yet"))
        slot = area.width() / len(self.bars)
        painter.setPen(QPen(QColor("#888888"), 1))
        painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()))
        for n, bar in enumerate(self.bars):
            x = area.left() + n * slot
            label_rect = QRectF(x, area.bottom() + 2, slot, line)
            painter.setPen(QColor("#333333"))
            painter.drawText(label_rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                             metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(slot)))
            column = QRectF(x, area.top(), slot, area.height() + line)
            self._hit(column, bar.key, bar.tip)
            if bar.value is None:
                continue
            height = (area.height() * bar.value / peak) if peak else 0
            box = QRectF(x + slot * 0.15, area.bottom() - height, slot * 0.7, height)
            colour, pattern = {"selected": (ORANGE, Qt.BrushStyle.SolidPattern),
                               "total": (GREEN, Qt.BrushStyle.FDiagPattern),
                               "report": (GREY, Qt.BrushStyle.Dense5Pattern),
                               "earlier": (GREY, Qt.BrushStyle.SolidPattern)}.get(bar.style,
                                                                                  (BLUE, Qt.BrushStyle.SolidPattern))
            painter.setPen(QPen(QColor(colour).darker(140), 1))
            for brush in fill(colour, pattern):
                painter.fillRect(box, brush)
            painter.drawRect(box)
            painter.setPen(QColor("#222222"))
            painter.drawText(QRectF(x - 4, box.top() - line, slot + 8, line),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                             short_count(bar.value, self.lang))


class StatusBars(Chart):
    """One horizontal bar per outcome, split by record status, with a note at its end."""

    def __init__(self, title: str = "", rows: list[StackedRow] | None = None, legend=(), parent=None):
        super().__init__(title, parent)
        self.rows = rows or []
        self.legend = list(legend)  # (status, words)
        self.setMinimumHeight(self.sizeHint().height())

    def sizeHint(self):
        line = QFontMetrics(self.font()).height()
        return QSize(600, int(len(self.rows) * (line + 8) + 2 * line + 36))

    def set_rows(self, rows: list[StackedRow]) -> None:
        self.rows = rows
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        top = rect.top() + self._title(painter, rect)
        metrics = QFontMetrics(painter.font())
        line = metrics.height()
        label_width = min(rect.width() * 0.4, max((metrics.horizontalAdvance(r.label) for r in self.rows),
                                                   default=0) + 12)
        note_width = min(rect.width() * 0.25, max((metrics.horizontalAdvance(r.note) for r in self.rows),
                                                   default=0) + 12)
        bar_left = rect.left() + label_width
        bar_width = max(20, rect.width() - label_width - note_width - 8)
        peak = max((sum(s.value for s in r.segments) for r in self.rows), default=0)
        y = top + 4
        for row in self.rows:
            painter.setPen(QColor("#222222"))
            painter.drawText(QRectF(rect.left() + 4, y, label_width - 8, line + 4),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, int(label_width - 8)))
            x = bar_left
            for segment in row.segments:
                if not segment.value or not peak:
                    continue
                width = bar_width * segment.value / peak
                box = QRectF(x, y + 1, width, line + 2)
                colour, pattern, _ = STYLES[segment.status]
                for brush in fill(colour, pattern):
                    painter.fillRect(box, brush)
                painter.setPen(QPen(QColor(colour).darker(140), 1))
                painter.drawRect(box)
                x += width
            painter.setPen(QColor("#444444"))
            painter.drawText(QRectF(x + 6, y, rect.right() - x - 8, line + 4),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), row.note)
            self._hit(QRectF(rect.left(), y, rect.width(), line + 4), row.key, row.tip)
            y += line + 8
        _legend(painter, QRectF(rect.left() + 4, y + 4, rect.width() - 8, line + 4), self.legend)


class HeatMap(Chart):
    """Offices down, years across; each cell coloured, patterned and marked by its state."""

    def __init__(self, title: str = "", rows=(), columns=(), parent=None):
        super().__init__(title, parent)
        self.rows: list[tuple[str, str]] = list(rows)  # (key, label)
        self.columns: list[int] = list(columns)
        self.cells: dict[tuple[str, int], tuple[str, str]] = {}  # (office, year) → (state, tip)
        self.legend: list[tuple[str, str]] = []

    def sizeHint(self):
        line = QFontMetrics(self.font()).height()
        return QSize(600, int((len(self.rows) + 1) * (line + 10) + 2 * line + 36))

    def set_cells(self, rows, columns, cells, legend) -> None:
        self.rows, self.columns, self.cells, self.legend = list(rows), list(columns), dict(cells), list(legend)
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def draw(self, painter: QPainter, rect: QRectF) -> None:
        top = rect.top() + self._title(painter, rect)
        metrics = QFontMetrics(painter.font())
        line = metrics.height()
        label_width = min(rect.width() * 0.35, max((metrics.horizontalAdvance(t) for _, t in self.rows),
                                                    default=0) + 12)
        cell_width = min(90, (rect.width() - label_width - 8) / max(1, len(self.columns)))
        height = line + 10
        painter.setPen(QColor("#222222"))
        for n, year in enumerate(self.columns):
            painter.drawText(QRectF(rect.left() + label_width + n * cell_width, top, cell_width, line + 4),
                             int(Qt.AlignmentFlag.AlignCenter), str(year))
        y = top + line + 6
        for key, label in self.rows:
            painter.setPen(QColor("#222222"))
            painter.drawText(QRectF(rect.left() + 4, y, label_width - 8, height),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_width - 8)))
            for n, year in enumerate(self.columns):
                state, tip = self.cells.get((key, year), ("not received", ""))
                box = QRectF(rect.left() + label_width + n * cell_width + 1, y + 1, cell_width - 2, height - 2)
                _swatch(painter, box, state)
                self._hit(box, (key, year), tip)
            y += height
        _legend(painter, QRectF(rect.left() + 4, y + 6, rect.width() - 8, line + 4), self.legend)


def _legend(painter: QPainter, rect: QRectF, entries) -> None:
    metrics = QFontMetrics(painter.font())
    x = rect.left()
    for status, words in entries:
        box = QRectF(x, rect.top() + 2, rect.height() - 4, rect.height() - 4)
        _swatch(painter, box, status)
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(box.right() + 4, rect.top(), rect.right() - box.right(), rect.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), words)
        x = box.right() + 4 + metrics.horizontalAdvance(words) + 16


def _swatch(painter: QPainter, box: QRectF, status: str) -> None:
    """A box in a status's colour, pattern and mark (heat map cells and legend keys)."""
    colour, pattern, mark = STYLES[status]
    for brush in fill(colour, pattern):
        painter.fillRect(box, brush)
    painter.setPen(QPen(QColor("#666666"), 1))
    painter.drawRect(box)
    painter.setPen(QColor("#FFFFFF") if status == "submitted" else QColor("#000000"))
    painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), mark)
