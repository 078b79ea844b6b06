"""The frame around the window's pieces: its actions, menus, toolbar, to-do panel and welcome page.

Mixed into the main window, which connects the actions to the pieces that do the work.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import QDockWidget, QHBoxLayout, QLabel, QPushButton, QStyle, QToolBar, QVBoxLayout, QWidget

from desktop import add_plan, entry_template, i18n
from desktop.grid_view import ProblemList
from desktop.paths import default_office_file


class WindowFrame:
    """Actions, menus, bars and the welcome page of the main window (``self`` is the window)."""

    def _build_actions(self) -> None:
        # On a language switch the actions are made again: the old ones must not linger.
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        for action in self.findChildren(QAction, options=direct):
            action.deleteLater()
        for group in self.findChildren(QActionGroup, options=direct):
            group.deleteLater()
        icon = self.style().standardIcon
        self.new_action = QAction(self.tr("&New office file…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_office_file)
        self.open_action = QAction(self.tr("&Open…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_file_dialog)
        self.demo_action = QAction(self.tr("Open the &demo data"), self)
        self.demo_action.triggered.connect(self.open_demo)
        self.import_action = QAction(self.tr("&Import CSV/XLSX…"), self)
        self.export_action = QAction(self.tr("&Export annex…"), self)
        self.template_action = entry_template.make_action(self)
        self.add_plan_action = add_plan.make_action(self)
        self.merge_action = QAction(self.tr("&Merge office files…"), self)
        self.merge_action.triggered.connect(self.open_merge_window)
        self.write_feedback_action = QAction(self.tr("Write &feedback for an office…"), self)
        self.apply_feedback_action = QAction(self.tr("&Apply feedback from headquarters…"), self)
        self.conflicts_action = QAction(icon(QStyle.StandardPixmap.SP_MessageBoxWarning),
                                        self.tr("&Conflicts…"), self)
        self.validate_action = QAction(icon(QStyle.StandardPixmap.SP_DialogYesButton),
                                       self.tr("&Validate selected"), self)
        self.return_action = QAction(icon(QStyle.StandardPixmap.SP_DialogNoButton),
                                     self.tr("&Return selected…"), self)
        self.status_action = QAction(self.tr("&Offices and years received…"), self)
        self.todo_action = QAction(self.tr("&To do from headquarters"), self)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setIcon(icon(QStyle.StandardPixmap.SP_ArrowBack))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.setIcon(icon(QStyle.StandardPixmap.SP_ArrowForward))
        self.add_action = QAction(icon(QStyle.StandardPixmap.SP_FileIcon), self.tr("&Add record"), self)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.duplicate_action = QAction(icon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
                                        self.tr("Dupl&icate"), self)
        self.duplicate_action.setShortcut(QKeySequence("Ctrl+D"))
        self.delete_action = QAction(icon(QStyle.StandardPixmap.SP_TrashIcon), self.tr("&Delete"), self)
        self.delete_action.setShortcut(QKeySequence("Ctrl+Del"))
        self.history_action = QAction(self.tr("Record &history…"), self)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(self.show_history)
        self.submit_action = QAction(icon(QStyle.StandardPixmap.SP_DialogApplyButton),
                                     self.tr("&Submit year…"), self)

        self.language_group = QActionGroup(self)
        self.language_actions = {}
        for code, (_, name) in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.lang)
            action.triggered.connect(lambda checked=False, c=code: self.set_language(c))
            self.language_group.addAction(action)
            self.language_actions[code] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.template_action)
        file_menu.addAction(self.add_plan_action)
        file_menu.addAction(self.merge_action)
        file_menu.addAction(self.write_feedback_action)
        file_menu.addAction(self.apply_feedback_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        for action in (self.undo_action, self.redo_action, None, self.add_action,
                       self.duplicate_action, self.delete_action, None, self.history_action):
            if action is None:
                edit_menu.addSeparator()
            else:
                edit_menu.addAction(action)
        year_menu = bar.addMenu(self.tr("&Year"))
        year_menu.addAction(self.submit_action)
        review_menu = bar.addMenu(self.tr("&Review"))
        for action in (self.validate_action, self.return_action, None, self.conflicts_action,
                       self.status_action, self.write_feedback_action, None, self.todo_action):
            if action is None:
                review_menu.addSeparator()
            else:
                review_menu.addAction(action)
        settings_menu = bar.addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        for action in self.language_actions.values():
            language_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        about = help_menu.addAction(self.tr("&About Habitat Results"))
        about.triggered.connect(self.show_about)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = [p for p in self.settings.recent_files() if p.exists()]
        for path in files:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda checked=False, p=path: self.open_file(p))
        self.recent_menu.setEnabled(bool(files))

    def _build_welcome(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        title = QLabel(self.tr("Welcome to Habitat Results"))
        font = QFont(title.font())
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(self.tr("Enter your office's strategic plan results offline, under each domain of "
                              "change. Everything you type is saved at once.\n\nYour office file will be "
                              "kept here: {path}").format(path=default_office_file()))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        layout.addWidget(text)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.create_profile_button = QPushButton(self.tr("Create the office profile…"))
        self.create_profile_button.clicked.connect(self.create_default_office)
        self.open_demo_button = QPushButton(self.tr("Open the demo data"))
        self.open_demo_button.clicked.connect(self.open_demo)
        open_button = QPushButton(self.tr("Open a file…"))
        open_button.clicked.connect(self.open_file_dialog)
        for button in (self.create_profile_button, self.open_demo_button, open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return page

    def _build_bars(self) -> None:
        """The to-do panel beside the problems, and the records toolbar with the year selector."""
        # Records headquarters returned, with its comments (office files only).
        self.todo_list = ProblemList()
        self.todo_list.setWordWrap(True)
        todo_dock = QDockWidget(self.tr("To do"), self)
        todo_dock.setObjectName("todo")
        todo_dock.setWidget(self.todo_list)
        todo_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.todo_dock = todo_dock
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, todo_dock)
        self.tabifyDockWidget(self.problems_dock, todo_dock)
        todo_dock.hide()

        toolbar = QToolBar(self.tr("Records"), self)
        toolbar.setObjectName("records")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setIconSize(QSize(16, 16))  # a laptop's screen keeps its height for the grid
        toolbar.addWidget(QLabel(self.tr("Reporting year") + " "))
        toolbar.addWidget(self.year_box)
        toolbar.addSeparator()
        for action in (self.add_action, self.duplicate_action, self.delete_action, None,
                       self.undo_action, self.redo_action, None, self.submit_action,
                       self.validate_action, self.return_action, self.conflicts_action):
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)
        self.addToolBar(toolbar)
        self.records_toolbar = toolbar
