"""What a screen reader announces for each input: its name (what it is) and a description (what
it does), in the UI language.

Qt names a combo box by its current value ("2025") and a line edit by nothing unless told;
``complete(root)`` gives every input under ``root`` that has none the words already on the
screen for it: its label in a form (or the label whose buddy it is), the title of the group it
is alone in, its placeholder; and as description its tool tip or placeholder. Inputs with
nothing on screen to borrow from are named where they are made (``describe``).
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (QAbstractItemView, QAbstractSpinBox, QComboBox, QFormLayout, QGroupBox, QHeaderView,
                               QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget)

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)


def describe(widget: QWidget, name: str, description: str = "") -> None:
    """Name ``widget`` for screen readers (and say what it does)."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)


def fit_placeholder(edit: QLineEdit) -> None:
    """An empty field shows its whole placeholder (the example of what to type), in any language."""
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 16)


def plain(text: str) -> str:
    """A label's words without its access key and final colon ("&Office code:" → "Office code")."""
    text = re.sub(r"\(&.\)", "", text)  # Chinese access keys: 文件(&F)
    text = re.sub(r"&(.)", r"\1", text.replace("&&", "\x00")).replace("\x00", "&")
    return text.strip().rstrip(":：").strip()


def complete(root: QWidget) -> None:
    """Give every input under ``root`` without a name or a description the words shown for it."""
    labels: dict[QWidget, str] = {}
    for label in root.findChildren(QLabel):
        if label.buddy() is not None and label.text():
            labels[label.buddy()] = plain(label.text())
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or not isinstance(label.widget(), QLabel):
                continue
            text = plain(label.widget().text())
            inputs = [field.widget()] if field.widget() is not None else []
            if field.layout() is not None:
                inputs = [field.layout().itemAt(i).widget() for i in range(field.layout().count())]
            for widget in inputs:
                if isinstance(widget, INPUTS) and text:
                    labels.setdefault(widget, text)
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or isinstance(widget, QHeaderView):
            continue
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # speaks through its spin box or combo box
        placeholder = widget.placeholderText() if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)) else ""
        if not widget.accessibleName():
            name = labels.get(widget) or _group_title(widget) or placeholder
            if name:
                widget.setAccessibleName(name)
        if not widget.accessibleDescription():
            description = widget.toolTip() or (placeholder if placeholder != widget.accessibleName() else "")
            if description:
                widget.setAccessibleDescription(description)


def _group_title(widget: QWidget) -> str:
    """The title of the group box ``widget`` is the only input of."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QGroupBox):
        parent = parent.parentWidget()
    if parent is None or not parent.title():
        return ""
    inputs = [w for w in parent.findChildren(QWidget) if isinstance(w, INPUTS) and not isinstance(w, QHeaderView)
              and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))]
    return plain(parent.title()) if inputs == [widget] else ""
