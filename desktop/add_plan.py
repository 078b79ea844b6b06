"""File → Add plan…: the open file (office or headquarters) takes a plan file headquarters issued.

The plan is read and checked first (``db.plans``, no Qt) and shown before anything is written: its
name, years, status, levels with how many groups each holds, its indicators and its SHA-256, and
what it replaces. Adding it is one transaction; the tree then offers the plan's years.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from db.errors import HabitatError
from db.plans import PlanFile, add_plan, plan_to_replace, read_plan_file
from desktop import plain_text


class AddPlanDialog(QDialog):
    """What a plan file holds, before it is added: accepted adds it."""

    def __init__(self, plan_file: PlanFile, file_name: str, lang: str, replaces: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        plan = plan_file.plan
        framework = plan.framework
        self.setWindowTitle(self.tr("Add plan"))
        layout = QFormLayout(self)
        intro = plain_text.label(self.tr("{file} will hold this plan: its years open for entry, each year "
                                         "entered, checked and exported under its own plan.").format(file=file_name))
        intro.setWordWrap(True)
        layout.addRow(intro)
        self.rows: dict[str, QLabel] = {}

        def row(key: str, title: str, text: str) -> None:
            label = plain_text.label(text)
            label.setWordWrap(True)
            self.rows[key] = label
            layout.addRow(title, label)

        row("name", self.tr("Plan"), framework.name.get(lang))
        row("id", self.tr("Id and version"), f"{plan.id} {plan.version}")
        row("years", self.tr("Years"), f"{plan.first_year}–{plan.last_year}")
        row("status", self.tr("Status"), self.tr("provisional: entered and merged; its annex only as a working "
                                                 "draft") if plan.provisional else self.tr("final"))
        groups = framework.groups()
        for level in framework.levels:
            found = sum(g.level == level.key for g in groups)
            if found:
                row(f"level:{level.key}", level.name.get(lang), str(found))
        row("indicators", self.tr("Indicators"), str(len(framework.indicators())))
        row("sha256", self.tr("SHA-256"), plan.sha256)
        if replaces:
            row("replaces", self.tr("Replaces"), self.tr("version {version}: records stay as they are; records of "
                                                         "indicators it removes are kept, read-only, and not "
                                                         "counted").format(version=replaces))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = buttons.addButton(self.tr("Add plan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.setMinimumWidth(640)


def make_action(window) -> QAction:
    """The File menu's action."""
    action = QAction(QCoreApplication.translate("AddPlan", "Add &plan…"), window)
    action.triggered.connect(lambda: add_plan_dialog(window))
    return action


# The two questions, replaceable in tests (like MainWindow.ask_export).
def ask_plan_path(window) -> Path | None:
    return window.ask_open_path(QCoreApplication.translate("AddPlan", "Add a plan file"),
                                QCoreApplication.translate("AddPlan", "Plan files (*.json);;All files (*)"))


def ask_add(dialog: AddPlanDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def add_plan_dialog(window, path: Path | None = None):
    """Ask for a plan file, show what it holds, and add it to the open file; returns what was added or None."""
    results = window.session.results
    if results is None or window.read_only():
        return None
    path = path or ask_plan_path(window)
    if path is None:
        return None
    try:
        plan_file = read_plan_file(path)
        held = plan_to_replace(results.plans, plan_file, results.path.name)  # refused before it is shown
    except HabitatError as exc:
        window.show_error(QCoreApplication.translate("AddPlan", "Cannot add the plan"), window.localize_error(exc))
        return None
    replaces = held.version if held is not None and held.version != plan_file.plan.version else None
    dialog = AddPlanDialog(plan_file, results.path.name, window.lang, replaces, window)
    try:
        if not ask_add(dialog):
            return None
    finally:
        dialog.deleteLater()
    window.save_outcome_narrative()
    try:
        added = add_plan(results, plan_file)
    except HabitatError as exc:
        reason = window.localize_error(exc)
        text = QCoreApplication.translate("AddPlan", "Nothing was changed.\n\n{reason}")
        window.show_error(QCoreApplication.translate("AddPlan", "Cannot add the plan"), text.format(reason=reason))
        return None
    window.session.notify(None, plans=True)
    plan = added.plan
    if added.already_held:
        message = QCoreApplication.translate(
            "AddPlan", "{file} already holds the plan {plan}; nothing changed.").format(
            file=results.path.name, plan=plan.label())
    else:
        message = QCoreApplication.translate(
            "AddPlan", "{file} now holds the plan {plan}: {first}–{last} are open for entry.").format(
            file=results.path.name, plan=plan.label(), first=plan.first_year, last=plan.last_year)
    window.statusBar().showMessage(message, 15000)
    return added
