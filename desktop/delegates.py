"""Cell editors for the entry grid. What is typed reaches the model exactly as typed.

Lists offer only the allowed choices. Free-typed cells (value, country, texts) keep every
keystroke: nothing is swallowed by a validator. The model checks what was typed and, if it is
refused, keeps it on the cell, marked, with the validation's own reason. The country cell offers
the names in the UI language as one types; the model matches a name, a code or a unique prefix
(``db.countries``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QStringListModel, Qt
from PySide6.QtWidgets import (QComboBox, QCompleter, QLineEdit, QPlainTextEdit, QSpinBox,
                               QStyledItemDelegate, QToolTip)

from db.validation import TEXT_LIMITS
from desktop import terms
from desktop.i18n import left_to_right
from desktop.record_model import RecordTableModel
from desktop.vocabulary import BREAKDOWNS

class CountryEditor(QLineEdit):
    """Type a country's name (UI language), its code or its first letters; names are offered as one types."""

    def __init__(self, parent=None, lang: str = "en"):
        super().__init__(parent)
        self.labels = {code: f"{name} ({code})" for code, name in terms.countries(lang)}
        completer = QCompleter(QStringListModel(list(self.labels.values()), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)

    def show_value(self, value) -> None:
        """A stored code as "Name (CODE)"; anything else (a refused text) exactly as typed."""
        text = "" if value is None else str(value)
        self.setText(self.labels.get(text, text))
        self.selectAll()  # typing replaces the cell, as in a spreadsheet


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

    def initStyleOption(self, option, index):
        super().initStyleOption(option, index)
        if self._field(index) == "indicator":  # "1.2.a" in its own order in Arabic too
            option.text = left_to_right(option.text)

    def createEditor(self, parent, option, index):
        field = self._field(index)
        model = index.model()
        framework = model.framework
        if field == "year":
            editor = QSpinBox(parent)
            editor.setRange(framework.first_year, framework.last_year)
            return editor
        if field == "value":
            return QLineEdit(parent)
        if field == "country":
            return CountryEditor(parent, self.lang)
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
        # No length cap on the editor: text past the limit is kept and refused on the cell, with the limit.
        return QLineEdit(parent)

    def _choices(self, parent, labels: dict[str, str]) -> QComboBox:
        editor = QComboBox(parent)
        for code, label in labels.items():
            editor.addItem(label or "—", code)
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
        elif isinstance(editor, CountryEditor):
            editor.show_value(value)
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            value = editor.currentData()
        elif isinstance(editor, QSpinBox):
            value = editor.value()
        elif isinstance(editor, QPlainTextEdit):
            value = editor.toPlainText()
        else:
            # As typed: the model matches a country, reads a number, or says why it cannot.
            value = editor.text()
            if isinstance(editor, CountryEditor) and value == editor.labels.get(index.data(Qt.ItemDataRole.EditRole)):
                return  # the stored country, shown as "Name (CODE)": unchanged
            if self._field(index) == "value" and not value.strip():
                value = None
        stored = index.data(Qt.ItemDataRole.EditRole)
        if value == stored or (value is None and stored == ""):
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)

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

