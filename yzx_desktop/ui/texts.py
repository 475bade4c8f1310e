"""Translated words for job states and plain-language explanations of what went wrong."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from yzx_desktop.jobs.model import Job, JobState


def state_label(state: JobState) -> str:
    labels = {
        JobState.PENDING: QCoreApplication.translate("JobState", "Waiting to send"),
        JobState.SUBMITTING: QCoreApplication.translate("JobState", "Sending"),
        JobState.QUEUED: QCoreApplication.translate("JobState", "Queued"),
        JobState.RUNNING: QCoreApplication.translate("JobState", "Generating"),
        JobState.DOWNLOADING: QCoreApplication.translate("JobState", "Downloading"),
        JobState.DONE: QCoreApplication.translate("JobState", "Done"),
        JobState.FAILED: QCoreApplication.translate("JobState", "Failed"),
        JobState.UNCERTAIN: QCoreApplication.translate("JobState", "Submission uncertain"),
        JobState.STOPPED: QCoreApplication.translate("JobState", "Not tracked"),
    }
    return labels[state]


def explanation(job: Job) -> str:
    """A translated sentence with a hint for the job's problem ("" when there is none)."""
    kind = job.error_kind
    texts = {
        "auth": QCoreApplication.translate(
            "Explain",
            "The relay refused the token. Check it in Settings, and that it belongs to the "
            "relay's video group and has quota.",
        ),
        "model": QCoreApplication.translate(
            "Explain",
            "The relay does not know this model. Refresh the model list and pick one of its "
            "video models.",
        ),
        "moderation": QCoreApplication.translate(
            "Explain",
            "The prompt was refused by content moderation. Rewrite it and try again.",
        ),
        "invalid": QCoreApplication.translate(
            "Explain",
            "The relay refused the request. Check the duration and size for this model.",
        ),
        "rate_limit": QCoreApplication.translate(
            "Explain", "The relay asks us to slow down. The app waits and retries by itself."
        ),
        "server": QCoreApplication.translate(
            "Explain", "The relay is having trouble. The app retries by itself."
        ),
        "network": QCoreApplication.translate(
            "Explain",
            "The relay could not be reached. Check the network or proxy; the app keeps trying.",
        ),
        "malformed": QCoreApplication.translate(
            "Explain", "The relay sent an unexpected answer. The app keeps trying."
        ),
        "gone": QCoreApplication.translate(
            "Explain", "The relay no longer knows this task. Its record is kept here."
        ),
        "no_task_id": QCoreApplication.translate(
            "Explain",
            "The relay accepted the request but sent no task id. Check the relay's dashboard "
            "before submitting again.",
        ),
        "uncertain": QCoreApplication.translate(
            "Explain",
            "It is not known whether the relay received this request, so the app did not "
            "resend it: you are never charged twice. If the relay's dashboard shows the task, "
            "enter its id; otherwise submit again.",
        ),
        "stopped": QCoreApplication.translate(
            "Explain",
            "You stopped tracking this job. The relay may still finish it; choose "
            "“Track again” to fetch the result.",
        ),
        "download": QCoreApplication.translate(
            "Explain",
            "The video is ready on the relay but could not be downloaded yet. Choose “Track "
            "again” to retry; links expire after a few hours.",
        ),
        "disk": QCoreApplication.translate(
            "Explain",
            "The video could not be written to disk. Free some space or choose another "
            "library folder in Settings.",
        ),
        "internal": QCoreApplication.translate(
            "Explain", "An internal error stopped this job. It is kept; try it again."
        ),
    }
    if kind in texts:
        return texts[kind]
    if job.state is JobState.FAILED:
        return QCoreApplication.translate("Explain", "The relay reported the task as failed.")
    return ""
