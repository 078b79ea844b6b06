"""Looking at a screen as a user would: text cut at an edge, a window too big for a laptop,
text left in English in another language, inputs a screen reader cannot name.

Each function returns what it found, described (empty: nothing wrong), so that a failing test
says which widget and which text.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractScrollArea, QAbstractSpinBox,
                               QComboBox, QDialogButtonBox, QDockWidget, QGroupBox, QHeaderView, QLabel, QLineEdit,
                               QMainWindow, QMenu,
                               QMenuBar, QPlainTextEdit, QStyle, QStyleOptionComboBox, QTabBar, QTextEdit,
                               QToolBar, QWidget)

# A laptop's 1366×768 screen less the title bar and the task bar.
SCREEN_WIDTH, SCREEN_HEIGHT = 1366, 700
INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)


def shown(root: QWidget, kind=QWidget) -> list:
    """The widgets of ``kind`` under ``root`` (and root itself) that are on screen now."""
    found = [w for w in root.findChildren(QWidget) if isinstance(w, kind)]
    if isinstance(root, kind):
        found.insert(0, root)
    # Shown and not entirely out of sight (Qt parks a lone dock's tab bar outside the window).
    return [w for w in found if w.isVisible() and w.width() > 0 and w.height() > 0 and not w.visibleRegion().isEmpty()]


def _name(widget: QWidget, text: str = "") -> str:
    kind = type(widget).__name__
    named = widget.objectName() or widget.accessibleName()
    parent = widget.parentWidget()
    where = ""
    while parent is not None and not where:
        where = parent.accessibleName() or parent.objectName() or (parent.windowTitle() if parent.isWindow() else "")
        where = where or ("" if parent.parentWidget() else type(parent).__name__)
        parent = parent.parentWidget()
    return (f"{kind}{' ' + repr(named) if named else ''}{' in ' + repr(where) if where else ''}"
            f"{': ' + repr(text) if text else ''}")


def _out_of_sight(widget: QWidget, root: QWidget) -> bool:
    """True if part of the widget lies outside an ancestor that does not scroll it into view."""
    rect = widget.rect()
    parent = widget
    while parent is not root and parent.parentWidget() is not None:
        outer = parent.parentWidget()
        rect = QRect(parent.mapToParent(rect.topLeft()), rect.size())
        if isinstance(outer.parentWidget(), QAbstractScrollArea) and outer is outer.parentWidget().viewport():
            return False  # a scroll area shows the rest on scrolling
        if not outer.rect().adjusted(-1, -1, 1, 1).contains(rect):
            return True
        parent = outer
    return False


def cut_texts(root: QWidget) -> list[str]:
    """Texts that do not fit the widget showing them, or widgets pushed out of their parent's sight."""
    cut = []
    for label in shown(root, QLabel):
        text = label.text()
        if not text or label.pixmap() is not None and not label.pixmap().isNull():
            continue
        if label.wordWrap():
            if label.heightForWidth(label.width()) > label.height() + 1:
                cut.append(_name(label, text) + f" needs {label.heightForWidth(label.width())} px of height, "
                                                f"has {label.height()}")
        elif label.minimumSizeHint().width() > label.width() + 1:
            cut.append(_name(label, text) + f" needs {label.minimumSizeHint().width()} px, has {label.width()}")
    for button in shown(root, QAbstractButton):
        if button.text() and button.sizeHint().width() > button.width() + 1:
            cut.append(_name(button, button.text()) + f" needs {button.sizeHint().width()} px, has {button.width()}")
    for box in shown(root, QGroupBox):
        need = box.fontMetrics().horizontalAdvance(box.title()) + 16
        if box.title() and need > box.width():
            cut.append(_name(box, box.title()) + f" needs {need} px, has {box.width()}")
    for bar in shown(root, QTabBar):
        for i in range(bar.count()):
            if bar.tabSizeHint(i).width() > bar.tabRect(i).width() + 1 or not bar.rect().contains(bar.tabRect(i)):
                cut.append(_name(bar, bar.tabText(i)) + " (a tab)")
    for combo in shown(root, QComboBox):
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, combo)
        need = combo.fontMetrics().horizontalAdvance(combo.currentText())
        if not combo.isEditable() and need > field.width() + 1:
            cut.append(_name(combo, combo.currentText()) + f" needs {need} px, has {field.width()}")
    for edit in shown(root, QLineEdit):
        hint = edit.placeholderText()
        need = edit.fontMetrics().horizontalAdvance(hint) + 12
        if hint and not edit.text() and need > edit.width():
            cut.append(_name(edit, hint) + f" (placeholder) needs {need} px, has {edit.width()}")
    for dock in shown(root, QDockWidget):
        need = dock.fontMetrics().horizontalAdvance(dock.windowTitle()) + 40
        if need > dock.width():
            cut.append(_name(dock, dock.windowTitle()) + f" (title) needs {need} px, has {dock.width()}")
    for header in shown(root, QHeaderView):
        if header.orientation() != Qt.Orientation.Horizontal or header.model() is None:
            continue
        bold = QFont(header.font())
        bold.setBold(True)  # the current cell's column title is bold
        for section in range(header.count()):
            title = str(header.model().headerData(section, Qt.Orientation.Horizontal) or "")
            need = QFontMetrics(bold).horizontalAdvance(title) + 8
            if title and not header.isSectionHidden(section) and need > header.sectionSize(section):
                cut.append(_name(header, title) + f" (a column title) needs {need} px, "
                                                  f"has {header.sectionSize(section)}")
    for bar in shown(root, QMenuBar):
        for action in bar.actions():
            if action.isVisible() and not bar.rect().contains(bar.actionGeometry(action)):
                cut.append(_name(bar, action.text()) + " (a menu beyond the menu bar's edge)")
    for bar in shown(root, QToolBar):
        for action in bar.actions():
            button = bar.widgetForAction(action)
            if action.isVisible() and not action.isSeparator() and (button is None or not button.isVisible()):
                cut.append(_name(bar, action.text() or action.objectName()) + " (hidden in the toolbar's overflow)")
    for widget in shown(root):
        if isinstance(widget, (QLabel, QAbstractButton, QComboBox, QLineEdit)) and _out_of_sight(widget, root):
            cut.append(_name(widget, getattr(widget, "text", lambda: "")()) + " lies partly outside its parent")
    return cut


def too_big(window: QWidget, width: int = SCREEN_WIDTH, height: int = SCREEN_HEIGHT) -> list[str]:
    """What keeps ``window`` from fitting a ``width``×``height`` screen (it is resized to fit first)."""
    window.resize(min(window.width(), width), min(window.height(), height))
    need = window.minimumSizeHint().expandedTo(window.minimumSize())
    if window.width() > width or window.height() > height or need.width() > width or need.height() > height:
        return [f"{type(window).__name__} is {window.width()}×{window.height()} (at least "
                f"{need.width()}×{need.height()}); the screen leaves {width}×{height}"]
    return []


_WORD = re.compile(r"[A-Za-z]{3,}")


def _english(text: str) -> bool:
    """Latin words outside the pseudo-language's brackets: text that skipped the translation."""
    text = text.replace("&", "")
    while True:
        inner = re.sub(r"\[[^\[\]]*\]", "", text)
        if inner == text:
            return bool(_WORD.search(text))
        text = inner


def untranslated_texts(root: QWidget, data=()) -> list[str]:
    """The texts of buttons, tabs, titles, menus, toolbars, labels and placeholders shown in the
    pseudo-language that are not in it. ``data``: widgets whose text is the file's data (names)."""
    found = []
    texts = []
    for button in shown(root, QAbstractButton):
        box = button.parentWidget()
        if isinstance(box, QDialogButtonBox) and box.standardButton(button) != QDialogButtonBox.StandardButton.NoButton:
            continue  # Qt's own words (OK, Cancel), translated by Qt's qtbase_xx
        texts.append((button, button.text()))
    for box in shown(root, QGroupBox):
        texts.append((box, box.title()))
    for bar in shown(root, QTabBar):
        texts += [(bar, bar.tabText(i)) for i in range(bar.count())]
    for dock in shown(root, QDockWidget):
        texts.append((dock, dock.windowTitle()))
    for label in shown(root, QLabel):
        if label not in data and not any(label is d or d.isAncestorOf(label) for d in data):
            texts.append((label, label.text()))
    for edit in shown(root, QLineEdit):
        texts.append((edit, edit.placeholderText()))
    for widget in shown(root, INPUTS):
        texts.append((widget, widget.accessibleName()))
    if root.isWindow():
        texts.append((root, root.windowTitle()))
    for bar in shown(root, QMenuBar):
        for action in bar.actions():
            texts.append((bar, action.text()))
            menu = action.menu()
            for item in menu.actions() if isinstance(menu, QMenu) else ():
                if not item.isSeparator() and item.parent() is not None and not _is_data_action(item):
                    texts.append((menu, item.text()))
    for bar in shown(root, QToolBar):
        texts += [(bar, a.text()) for a in bar.actions() if not a.isSeparator()]
    for widget, text in texts:
        if text and _english(text):
            found.append(_name(widget, text))
    return found


def _is_data_action(action) -> bool:
    # Recent files and the language menu name files and languages, not the app's words.
    return action.property("data_text") is True


def unnamed_inputs(root: QWidget) -> list[str]:
    """Inputs a screen reader cannot announce by what they are: no accessible name or description."""
    found = []
    for widget in shown(root, INPUTS):
        if isinstance(widget, QHeaderView) or isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # the line edit inside a spin box or an editable combo box speaks through it
        if isinstance(widget, QAbstractItemView) and isinstance(widget.parentWidget(), QWidget) \
                and type(widget.parentWidget()).__name__ == "QComboBoxPrivateContainer":
            continue  # a combo box's drop-down list
        if not widget.accessibleName().strip():
            found.append(_name(widget) + " has no accessible name")
        elif not widget.accessibleDescription().strip():
            found.append(_name(widget) + " has no accessible description")
    return found


def duplicate_access_keys(window: QMainWindow) -> list[str]:
    """Menus (and the menu bar) in which two entries share an access key (the letter after '&')."""
    found = []

    def key(text: str) -> str | None:
        match = re.search(r"&([^&])", text.replace("&&", ""))
        return match[1].casefold() if match else None

    def check(title: str, actions) -> None:
        seen: dict[str, str] = {}
        for action in actions:
            if action.isSeparator() or not action.isVisible():
                continue
            letter = key(action.text())
            if letter is None:
                continue
            if letter in seen:
                found.append(f"{title!r}: {seen[letter]!r} and {action.text()!r} both on {letter!r}")
            seen[letter] = action.text()
            if isinstance(action.menu(), QMenu):
                check(action.text(), action.menu().actions())

    check("menu bar", window.menuBar().actions())
    return found
