"""Cell editors for the entry grid. Each offers only values that can be right.

Numbers accept digits only (no sign, no decimals), lists offer only the allowed choices, the
country is picked from a searchable list in the UI language, text fields stop at the length the
validation allows. What an editor cannot know (a city missing for a city indicator) is left to the
validation, whose message then shows on the cell.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QComboBox, QCompleter, QLineEdit, QPlainTextEdit, QSpinBox,
                               QStyledItemDelegate, QToolTip)

from db.validation import TEXT_LIMITS
from desktop import terms
from desktop.models import BREAKDOWNS, RecordTableModel

DIGITS = QRegularExpression(r"^[0-9][0-9 ,]{0,17}$")


class NarrativeEditor(QPlainTextEdit):
    """Multi-line text in a cell: Enter starts a new line, Ctrl+Enter (or leaving the cell) stores it."""

    def __init__(self, parent=None, limit: int = TEXT_LIMITS["narrative"]):
        super().__init__(parent)
        self.limit = limit
        self.setTabChangesFocus(True)
        self.textChanged.connect(self._cap)

    def _cap(self) -> None:
        text = self.toPlainText()
        if len(text) > self.limit:
            self.setPlainText(text[:self.limit])
            self.moveCursor(self.textCursor().MoveOperation.End)
            # Said where the user looks: what was cut is not silently dropped.
            QToolTip.showText(self.mapToGlobal(self.cursorRect().bottomRight()),
                              QCoreApplication.translate("NarrativeEditor", "Cut at {limit} characters, the "
                                                         "most this text may hold").format(limit=self.limit),
                              self)


class RecordDelegate(QStyledItemDelegate):
    """Picks the editor by column; the model says which cells can be edited at all."""

    def __init__(self, lang: str = "en", parent=None):
        super().__init__(parent)
        self.lang = lang

    def _field(self, index) -> str:
        return index.data(RecordTableModel.FieldRole)

    def createEditor(self, parent, option, index):
        field = self._field(index)
        model = index.model()
        framework = model.framework
        if field == "year":
            editor = QSpinBox(parent)
            editor.setRange(framework.first_year, framework.last_year)
            return editor
        if field == "value":
            editor = QLineEdit(parent)
            editor.setValidator(QRegularExpressionValidator(DIGITS, editor))
            return editor
        if field == "country":
            return self._country_editor(parent)
        if field == "indicator":
            editor = QComboBox(parent)
            for code in model.indicators:
                indicator = framework.indicator(code)
                editor.addItem(f"{code}  {indicator.name.get(self.lang)}", code)
            return editor
        if field == "qualifier":
            return self._choices(parent, terms.qualifier_labels())
        if field in BREAKDOWNS:
            return self._choices(parent, terms.breakdown_labels(field))
        if field == "narrative":
            return NarrativeEditor(parent)
        editor = QLineEdit(parent)
        if field in TEXT_LIMITS:
            editor.setMaxLength(TEXT_LIMITS[field])
        return editor

    def _choices(self, parent, labels: dict[str, str]) -> QComboBox:
        editor = QComboBox(parent)
        for code, label in labels.items():
            editor.addItem(label or "—", code)
        return editor

    def _country_editor(self, parent) -> QComboBox:
        editor = QComboBox(parent)
        editor.setEditable(True)
        editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        editor.addItem("", "")
        for code, name in terms.countries(self.lang):
            editor.addItem(f"{name} ({code})", code)
        completer = QCompleter(editor.model(), editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        editor.setCompleter(completer)
        return editor

    def setEditorData(self, editor, index):
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, QSpinBox):
            try:
                editor.setValue(int(value))
            except (TypeError, ValueError):
                pass
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(value or ""))
            editor.moveCursor(editor.textCursor().MoveOperation.End)
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            if editor.isEditable():
                value = self._typed_country(editor)
                if value is None:
                    return  # not a country: refuse, keep the stored value
            else:
                value = editor.currentData()
        elif isinstance(editor, QSpinBox):
            value = editor.value()
        elif isinstance(editor, QPlainTextEdit):
            value = editor.toPlainText()
        else:
            value = editor.text()
            if self._field(index) == "value":
                value = value.replace(" ", "").replace(",", "")
                value = int(value) if value else None
        if value == index.data(Qt.ItemDataRole.EditRole) or (value is None and index.data(Qt.ItemDataRole.EditRole) == ""):
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def _typed_country(self, editor: QComboBox) -> str | None:
        """The country code for what was typed or picked: a listed name, a code, or empty."""
        text = editor.currentText().strip()
        if not text:
            return ""
        found = editor.findText(text, Qt.MatchFlag.MatchFixedString)
        if found >= 0:
            return editor.itemData(found)
        upper = text.upper()
        found = editor.findData(upper)
        if found >= 0:
            return upper
        matches = [editor.itemData(i) for i in range(editor.count())
                   if text.casefold() in editor.itemText(i).casefold()]
        return matches[0] if len(matches) == 1 else None

    def updateEditorGeometry(self, editor, option, index):
        if isinstance(editor, NarrativeEditor):
            rect = QRect(option.rect)
            rect.setWidth(max(rect.width(), 360))
            rect.setHeight(max(rect.height() * 5, 120))
            editor.setGeometry(rect)
        else:
            super().updateEditorGeometry(editor, option, index)

    def eventFilter(self, editor, event):
        # In the narrative editor Enter is a new line; Ctrl+Enter stores and moves on.
        if isinstance(editor, NarrativeEditor) and event.type() == event.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                    self.commitData.emit(editor)
                    self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.SubmitModelCache)
                    return True
                return False
        return super().eventFilter(editor, event)

