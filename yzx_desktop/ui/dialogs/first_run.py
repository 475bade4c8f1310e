"""First-run dialog: connect a relay with a token, or try the demo."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from yzx_desktop import APP_NAME
from yzx_desktop.credentials import keyring_available, store_token
from yzx_desktop.settings import Settings
from yzx_desktop.ui.a11y import describe
from yzx_desktop.ui.aio import spawn
from yzx_desktop.ui.dialogs.connection import base_url_problem, test_connection

DEMO_RESULT = 2


class FirstRunDialog(QDialog):
    """Accepted: token saved. ``DEMO_RESULT``: demo mode. Rejected: quit."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Welcome to %1").replace("%1", APP_NAME))
        intro = QLabel(
            self.tr(
                "Connect your relay to generate videos. The token is the one from the relay's "
                "token page (令牌), in the “video” group. Or try the demo: a built-in simulated "
                "relay, no token, no cost."
            ),
            wordWrap=True,
        )
        self.base_edit = QLineEdit(settings.base_url)
        self.token_edit = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.token_edit.setPlaceholderText("sk-…")
        self.status = QLabel(wordWrap=True)
        self.status.setAccessibleName(self.tr("Connection test result"))
        where = QLabel(wordWrap=True)
        if keyring_available():
            where.setText(self.tr("The token will be kept in the system keyring."))
        else:
            where.setText(
                self.tr(
                    "No system keyring was found: the token will be kept in a file only your user "
                    "can read, in the app's settings folder."
                )
            )
        self.test_button = QPushButton(self.tr("Test co&nnection"))
        self.demo_button = QPushButton(self.tr("Try &demo"))
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("&Save and start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Escape or closing the window quits too: the button says so, in words.
        self.quit_button = buttons.addButton(
            self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in (
            (self.tr("&Base URL"), self.base_edit),
            (self.tr("&Token"), self.token_edit),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        form.addRow("", self.test_button)
        self.base_edit.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        for item in (intro, form, where, self.status, buttons):
            if isinstance(item, QWidget):
                layout.addWidget(item)
            else:
                layout.addLayout(item)
        describe(
            (
                self.base_edit,
                self.tr("Base URL"),
                self.tr("The relay's API address, ending in /v1"),
            ),
            (self.token_edit, self.tr("Token"), self.tr("Your relay token (kept secret)")),
            (
                self.test_button,
                self.tr("Test connection"),
                self.tr("Ask the relay for its model list"),
            ),
            (self.demo_button, self.tr("Try demo"), self.tr("Use the built-in simulated relay")),
            (
                self.quit_button,
                self.tr("Quit"),
                self.tr("Close the app without connecting (Esc); nothing is saved"),
            ),
        )
        self.test_button.clicked.connect(lambda: spawn(self._test()))
        self.demo_button.clicked.connect(lambda: self.done(DEMO_RESULT))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.token_edit.setFocus()
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    async def _test(self) -> None:
        self.status.setText(self.tr("Testing…"))
        self.test_button.setEnabled(False)
        try:
            _, message = await test_connection(
                self.base_edit.text(), self.token_edit.text(), self.settings.proxy
            )
        finally:
            self.test_button.setEnabled(True)
        self.status.setText(message)
        self.setMinimumWidth(self.width())  # grows with the answer, never narrower
        self.adjustSize()

    def _save(self) -> None:
        problem = base_url_problem(self.base_edit.text())
        if problem:
            self.status.setText(problem)
            self.base_edit.setFocus()
            return
        if not self.token_edit.text().strip():
            self.status.setText(self.tr("Enter the relay's token, or choose “Try demo”."))
            return
        self.settings.base_url = self.base_edit.text().strip().rstrip("/")
        store_token(self.token_edit.text())
        self.accept()
