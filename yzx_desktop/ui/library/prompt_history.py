"""Every prompt ever sent: search as you type, Enter reuses one, Delete forgets one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from yzx_desktop.jobs.library import PromptHistory, PromptUse
from yzx_desktop.ui.a11y import describe

COL_PROMPT, COL_USES, COL_WHEN = range(3)
_TO_LIST = (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)


def one_line(prompt: str) -> str:
    """A prompt on one line, as the list shows it (the whole text is its tooltip)."""
    return " ".join(prompt.split())


class PromptHistoryDialog(QDialog):
    """Newest first. Typing filters (every word must appear); Up and Down move in the list
    while the search keeps focus; Enter emits ``promptChosen`` and closes; Delete forgets the
    prompt from the history (its jobs keep it)."""

    promptChosen = Signal(str)

    def __init__(self, history: PromptHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.list = QTreeWidget()
        self.list.setColumnCount(3)
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_PROMPT, QHeaderView.ResizeMode.Stretch)
        for column in (COL_USES, COL_WHEN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.note = QLabel(wordWrap=True)
        self.note.setEnabled(False)  # the quieter text colour
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.use_button = QPushButton()
        self.forget_button = QPushButton()
        self.buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.use_button.setDefault(True)  # once in the dialog, so the dialog knows it
        self.search.textChanged.connect(self.refresh)
        self.search.installEventFilter(self)
        self.list.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item, _column: self.use_current())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.use_button.clicked.connect(self.use_current)
        self.forget_button.clicked.connect(self.forget_current)
        self.buttons.rejected.connect(self.reject)
        self.retranslate()
        self.refresh()
        self.search.setFocus()
        self.resize(720, 460)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Prompt History"))
        self.search.setPlaceholderText(self.tr("Search the prompts you sent…"))
        self.list.setHeaderLabels([self.tr("Prompt"), self.tr("Uses"), self.tr("Last sent")])
        self.use_button.setText(self.tr("&Use Prompt"))
        self.forget_button.setText(self.tr("&Forget"))
        describe(
            (
                self.search,
                self.tr("Search prompts"),
                self.tr("Every word must appear; Up and Down move in the list, Enter uses"),
            ),
            (
                self.list,
                self.tr("Prompts sent"),
                self.tr(
                    "Newest first. Enter puts the prompt in the compose panel; Delete forgets it"
                ),
            ),
            (
                self.use_button,
                self.tr("Use prompt"),
                self.tr("Replace the prompt in the compose panel (Ctrl+Z there undoes it)"),
            ),
            (
                self.forget_button,
                self.tr("Forget prompt"),
                self.tr("Remove it from this history (Delete); jobs keep their prompts"),
            ),
        )

    def refresh(self) -> None:
        """List the prompts matching the search, newest first; the first one is current."""
        uses = self.history.search(self.search.text())
        self.list.clear()
        locale = QLocale()
        for use in uses:
            self._add(use, locale)
        if uses:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        if self.search.text().strip():
            self.note.setText(self.tr("No prompt contains these words.") if not uses else "")
        else:
            self.note.setText(
                self.tr("No prompts yet: every prompt you send is kept here.") if not uses else ""
            )
        self._update_buttons()

    def _add(self, use: PromptUse, locale: QLocale) -> None:
        when = QDateTime.fromSecsSinceEpoch(int(use.last_used))
        item = QTreeWidgetItem(
            [
                one_line(use.prompt),
                str(use.uses),
                locale.toString(when, QLocale.FormatType.ShortFormat),
            ]
        )
        item.setData(COL_PROMPT, Qt.ItemDataRole.UserRole, use.prompt)
        item.setToolTip(COL_PROMPT, use.prompt)
        item.setTextAlignment(COL_USES, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.list.addTopLevelItem(item)

    def current_prompt(self) -> str | None:
        item = self.list.currentItem()
        return item.data(COL_PROMPT, Qt.ItemDataRole.UserRole) if item else None

    def _update_buttons(self) -> None:
        has = self.current_prompt() is not None
        self.use_button.setEnabled(has)
        self.forget_button.setEnabled(has)

    def use_current(self) -> None:
        """The chosen prompt goes to the compose panel; the dialog closes."""
        prompt = self.current_prompt()
        if prompt is None:
            return
        self.promptChosen.emit(prompt)
        self.accept()

    def forget_current(self) -> None:
        """Remove the current prompt from the history; the next one becomes current."""
        item = self.list.currentItem()
        prompt = self.current_prompt()
        if item is None or prompt is None:
            return
        row = self.list.indexOfTopLevelItem(item)
        self.history.forget(prompt)
        self.list.takeTopLevelItem(row)
        remaining = self.list.topLevelItemCount()
        if remaining:
            self.list.setCurrentItem(self.list.topLevelItem(min(row, remaining - 1)))
        self.note.setText(
            self.tr("Forgotten: “%1”. Jobs keep their prompts.").replace("%1", one_line(prompt))
        )
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search:
            if key in _TO_LIST:  # move in the list while typing goes on in the search
                moved = QKeyEvent(event.type(), key, event.modifiers())
                QCoreApplication.sendEvent(self.list, moved)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.use_current()
                return True
        elif watched is self.list and key == Qt.Key.Key_Delete:
            self.forget_current()
            return True
        return super().eventFilter(watched, event)
