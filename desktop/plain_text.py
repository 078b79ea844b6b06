"""Text that comes from files (refusals quoting an office file, office codes, comments, file names)
shown as plain text: Qt would render anything that looks like HTML as rich text, so a crafted file
could format, hide or spoof what the user reads."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that never interprets its text as HTML."""
    widget = QLabel(parent)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setText(text)
    return widget


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok) -> QMessageBox:
    """A message box whose text is shown as written (the static QMessageBox helpers guess)."""
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def show(box: QMessageBox) -> QMessageBox.StandardButton:
    """Run a box built by ``message_box`` modally; returns the button pressed."""
    try:
        return QMessageBox.StandardButton(box.exec())
    finally:
        box.deleteLater()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    show(message_box(parent, QMessageBox.Icon.Warning, title, text))


def inform(parent: QWidget | None, title: str, text: str) -> None:
    show(message_box(parent, QMessageBox.Icon.Information, title, text))


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes or No; True for Yes."""
    box = message_box(parent, QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return show(box) == QMessageBox.StandardButton.Yes


def tooltip(text: str) -> str:
    """A tooltip showing ``text`` as written: escaped, inside rich text so the escapes are read back."""
    if not text:
        return ""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"
