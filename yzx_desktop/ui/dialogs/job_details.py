"""The Details dialog: parameters, times, what went wrong and the last raw response."""

from __future__ import annotations

import contextlib
import html
import json
import time
from collections.abc import Sequence

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from yzx_desktop.jobs.model import Job
from yzx_desktop.profiles.profile import ModelProfile
from yzx_desktop.ui.texts import job_story, option_label, option_value, state_label


def _json_section(title: str, text: str) -> str:
    """A heading and the JSON ``text`` indented (as it is when it is not JSON)."""
    with contextlib.suppress(ValueError):
        text = json.dumps(json.loads(text), indent=2, ensure_ascii=False)
    return f"<h3>{html.escape(title)}</h3><pre>{html.escape(text)}</pre>"


def _detail_section(title: str, text: str) -> str:
    """The technical sentence, then any raw answer in it laid out as indented JSON."""
    start = min((i for i in (text.find("{"), text.find("[")) if i >= 0), default=-1)
    if start >= 0:
        with contextlib.suppress(ValueError):
            raw = json.dumps(json.loads(text[start:]), indent=2, ensure_ascii=False)
            text = text[:start].rstrip() + "\n" + raw
    return f"<h3>{html.escape(title)}</h3><pre>{html.escape(text)}</pre>"


def _when(moment: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(moment)) if moment else "—"


class JobDetailsDialog(QDialog):
    """Everything about one job. ``jobs`` (all known jobs) lets it link a chain of shots;
    a click on a linked job emits ``jobLinkActivated`` with its id."""

    jobLinkActivated = Signal(int)

    def __init__(
        self,
        job: Job,
        parent: QWidget | None = None,
        jobs: Sequence[Job] = (),
        profile: ModelProfile | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile = profile  # the job's family, for its options' own labels
        self.setWindowTitle(self.tr("Job %1").replace("%1", str(job.id)))
        self.jobs = list(jobs)
        self.text = QTextBrowser(openExternalLinks=False, openLinks=False)
        self.text.setAccessibleName(self.tr("Job details"))
        self.text.anchorClicked.connect(self._link)
        self.text.setHtml(self.render(job))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        available = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(640, available.width() - 20), min(560, available.height() - 60))

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "job" and url.path().isdigit():
            self.jobLinkActivated.emit(int(url.path()))
            self.accept()

    def _job_link(self, job_id: int) -> str:
        other = next((j for j in self.jobs if j.id == job_id), None)
        label = self.tr("Job %1").replace("%1", str(job_id))
        if other is None:
            return html.escape(label + " " + self.tr("(removed)"))
        prompt = other.prompt if len(other.prompt) <= 40 else other.prompt[:39] + "…"
        return f'<a href="job:{job_id}">{html.escape(label)}</a> {html.escape(prompt)}'

    def render(self, job: Job) -> str:
        family = self.tr("unknown model: sent as typed") if not job.family else job.family
        rows = [
            (self.tr("State"), state_label(job.state)),
            (self.tr("Model"), f"{job.model} ({family})"),
            (self.tr("Prompt"), job.prompt),
            (
                self.tr("Duration"),
                self.tr("%1 s").replace("%1", str(job.duration)) if job.duration else "—",
            ),
            (self.tr("Size"), job.size_text or "—"),
            (self.tr("Seed"), "—" if job.seed is None else str(job.seed)),
            (self.tr("Task id"), job.task_id or "—"),
            (self.tr("Relay"), job.base_url),
            (self.tr("Created"), _when(job.created_at)),
            (self.tr("Submitted"), _when(job.submitted_at)),
            (self.tr("Finished"), _when(job.finished_at)),
            (self.tr("File"), job.file_path or "—"),
        ]
        rows.append((self.tr("Price"), self._price_text(job)))
        rows += [
            (option_label(key, self.profile), option_value(value))
            for key, value in job.options.items()
        ]
        if job.take_set:
            rows.append(
                (self.tr("Take"), self.tr("%1 of a set").replace("%1", str(job.take_index)))
            )
        if job.starred or job.tags:
            rows.append((self.tr("Library"), " ".join((["★"] if job.starred else []) + job.tags)))
        parts = ["<table cellspacing=4>"]
        parts += [
            f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>" for k, v in rows
        ]
        chain = []
        if job.parent_id:
            chain.append((self.tr("Continues"), self._job_link(job.parent_id)))
        chain += [
            (self.tr("Continued by"), self._job_link(other.id))
            for other in self.jobs
            if other.parent_id == job.id
        ]
        parts += [f"<tr><td><b>{html.escape(k)}</b></td><td>{v}</td></tr>" for k, v in chain]
        parts.append("</table>")
        if job.inputs:
            parts.append(
                "<h3>" + html.escape(self.tr("Images sent")) + "</h3><table cellspacing=4>"
            )
            for image in job.request().images:
                url = QUrl.fromLocalFile(image.path).toString()
                parts.append(
                    f'<tr><td><img src="{html.escape(url)}" height="54"></td>'
                    f"<td><b>{html.escape(self._role(image.role))}</b> "
                    f"{image.width}×{image.height}<br>"
                    f"<small>SHA-256 {html.escape(image.sha256)}</small></td></tr>"
                )
            parts.append("</table>")
        story = job_story(job)
        if story:
            heading = self.tr("What happened")
            paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in story.splitlines())
            parts.append(f"<h3>{html.escape(heading)}</h3>{paragraphs}")
        if job.error_detail:
            parts.append(_detail_section(self.tr("Detail"), job.error_detail))
        if job.sent_body:
            parts.append(_json_section(self.tr("Request as sent"), job.sent_body))
        if job.last_response:
            parts.append(_json_section(self.tr("Last response from the relay"), job.last_response))
        return "".join(parts)

    def _price_text(self, job: Job) -> str:
        """The estimate next to what the relay charged (0 after a refund)."""
        from yzx_desktop.jobs.spend import bucket_of
        from yzx_desktop.ui.spend.texts import bucket_label, usd

        text = self.tr("estimated %1 · charged %2").replace("%1", usd(job.estimate_usd))
        text = text.replace("%2", usd(job.cost_usd))
        bucket = bucket_of(job)
        return f"{text} ({bucket_label(bucket)})" if bucket else text

    def _role(self, role: str) -> str:
        return {
            "first": self.tr("First frame"),
            "last": self.tr("Last frame"),
            "reference": self.tr("Reference"),
        }.get(role, role)
