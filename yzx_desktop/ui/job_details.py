"""The Details dialog: parameters, times, what went wrong and the last raw response."""

from __future__ import annotations

import html
import json
import time

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from yzx_desktop.jobs.model import Job
from yzx_desktop.ui.texts import explanation, state_label


def _when(moment: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(moment)) if moment else "—"


class JobDetailsDialog(QDialog):
    def __init__(self, job: Job, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Job %1").replace("%1", str(job.id)))
        self.text = QTextBrowser(openExternalLinks=False)
        self.text.setAccessibleName(self.tr("Job details"))
        self.text.setHtml(self.render(job))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def render(self, job: Job) -> str:
        rows = [
            (self.tr("State"), state_label(job.state)),
            (self.tr("Model"), job.model),
            (self.tr("Prompt"), job.prompt),
            (self.tr("Duration"), f"{job.duration} s" if job.duration else "—"),
            (self.tr("Size"), job.size or "—"),
            (self.tr("Seed"), "—" if job.seed is None else str(job.seed)),
            (self.tr("Task id"), job.task_id or "—"),
            (self.tr("Relay"), job.base_url),
            (self.tr("Created"), _when(job.created_at)),
            (self.tr("Submitted"), _when(job.submitted_at)),
            (self.tr("Finished"), _when(job.finished_at)),
            (self.tr("File"), job.file_path or "—"),
        ]
        parts = ["<table cellspacing=4>"]
        parts += [
            f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows
        ]
        parts.append("</table>")
        explain = explanation(job)
        if explain or job.error:
            heading = self.tr("What happened")
            parts.append(f"<h3>{html.escape(heading)}</h3>")
            if explain:
                parts.append(f"<p>{html.escape(explain)}</p>")
            if job.error:
                parts.append(f"<p><i>{html.escape(job.error)}</i></p>")
        if job.error_detail:
            parts.append(
                "<h3>" + html.escape(self.tr("Detail")) + "</h3>"
                f"<pre>{html.escape(job.error_detail)}</pre>"
            )
        if job.last_response:
            try:
                pretty = json.dumps(json.loads(job.last_response), indent=2, ensure_ascii=False)
            except ValueError:
                pretty = job.last_response
            parts.append(
                "<h3>" + html.escape(self.tr("Last response from the relay")) + "</h3>"
                f"<pre>{html.escape(pretty)}</pre>"
            )
        return "".join(parts)
