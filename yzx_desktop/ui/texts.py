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


def refusal_text(refusal: str) -> str:
    """A check's refusal in the user's language (the English text when it has no kind)."""
    kind = getattr(refusal, "kind", None)
    params = getattr(refusal, "params", {})
    texts = {
        "no_prompt": QCoreApplication.translate("Refusal", "Type a prompt to generate."),
        "no_model": QCoreApplication.translate("Refusal", "Pick or type a model."),
        "unknown_model_images": QCoreApplication.translate(
            "Refusal",
            "{model} is not a model the app knows, so it does not know where its relay reads "
            "images: pin it to a family in Settings, or remove the images.",
        ),
        "unknown_model_pickers": QCoreApplication.translate(
            "Refusal", "{model} is sent as typed: give the size as WxH."
        ),
        "bad_size": QCoreApplication.translate("Refusal", "Size must look like 1280x720."),
        "duration": QCoreApplication.translate(
            "Refusal", "{family} makes videos of {allowed} seconds, not {value}."
        ),
        "size": QCoreApplication.translate(
            "Refusal", "{family} cannot make {size}: pick {allowed}."
        ),
        "resolution": QCoreApplication.translate(
            "Refusal", "{family} offers resolution {allowed}, not {value}."
        ),
        "ratio": QCoreApplication.translate(
            "Refusal", "{family} offers ratio {allowed}, not {value}."
        ),
        "option": QCoreApplication.translate(
            "Refusal", "{family} has no option '{option}' (offered: {allowed})."
        ),
        "links_only": QCoreApplication.translate(
            "Refusal", "{family} takes images only as web links; local images cannot be sent."
        ),
        "first_not_read": QCoreApplication.translate(
            "Refusal", "{family} does not read a first frame: remove it or pick another model."
        ),
        "last_not_read": QCoreApplication.translate(
            "Refusal", "{family} does not read a last frame: remove it or pick another model."
        ),
        "one_per_role": QCoreApplication.translate(
            "Refusal", "Give one {role} frame, not {count}."
        ),
        "references_not_read": QCoreApplication.translate(
            "Refusal", "{family} does not read reference images: remove them or pick another model."
        ),
        "too_many_references": QCoreApplication.translate(
            "Refusal", "{family} reads at most {allowed} reference image(s), not {count}."
        ),
        "last_needs_first": QCoreApplication.translate(
            "Refusal", "{family} reads a last frame only together with a first frame."
        ),
        "frames_or_references": QCoreApplication.translate(
            "Refusal",
            "{family} cannot mix a first or last frame with reference images: use frames or "
            "references.",
        ),
        "unknown_roles": QCoreApplication.translate("Refusal", "Unknown image role(s): {roles}."),
    }
    template = texts.get(kind) if kind else None
    if template is None:
        return str(refusal)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return str(refusal)
