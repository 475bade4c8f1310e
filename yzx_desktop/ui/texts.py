"""Translated words for job states and plain-language explanations of what went wrong."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from yzx_desktop.jobs.model import Job, JobState
from yzx_desktop.jobs.problems import Problem, host_of
from yzx_desktop.profiles.profile import ModelProfile


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


def explanation(problem: Problem | None, base_url: str = "", state: JobState | None = None) -> str:
    """What happened and what to do, in the user's language ("" when nothing is wrong)."""
    texts = {
        Problem.AUTH: QCoreApplication.translate(
            "Explain",
            "The relay refused the token. Check it in Settings, and that it belongs to the "
            "relay's video group and has quota.",
        ),
        Problem.MODEL: QCoreApplication.translate(
            "Explain",
            "The relay does not know this model. Refresh the model list and pick one of its "
            "video models.",
        ),
        Problem.MODERATION: QCoreApplication.translate(
            "Explain",
            "The prompt was refused by content moderation. Rewrite it and try again.",
        ),
        Problem.INVALID: QCoreApplication.translate(
            "Explain",
            "The relay refused the request. Check the duration and size for this model.",
        ),
        Problem.WRONG_URL: QCoreApplication.translate(
            "Explain",
            "The relay has no such address. Check the Base URL in Settings; it usually ends "
            "in /v1.",
        ),
        Problem.RATE_LIMIT: QCoreApplication.translate(
            "Explain", "The relay asks us to slow down. The app waits and retries by itself."
        ),
        Problem.SERVER: QCoreApplication.translate(
            "Explain", "The relay is having trouble. The app retries by itself."
        ),
        Problem.NETWORK: QCoreApplication.translate(
            "Explain",
            "The connection to %1 broke. The app keeps trying; check the network or proxy if "
            "it goes on.",
        ),
        Problem.DNS: QCoreApplication.translate(
            "Explain",
            "The host name %1 could not be found. Check the Base URL for a typo, and the network.",
        ),
        Problem.REFUSED: QCoreApplication.translate(
            "Explain",
            "%1 refused the connection: nothing answers at that address and port. Check the "
            "Base URL.",
        ),
        Problem.TIMEOUT: QCoreApplication.translate(
            "Explain",
            "%1 did not answer in time. The app keeps trying; check the network or proxy.",
        ),
        Problem.TLS: QCoreApplication.translate(
            "Explain",
            "The secure connection to %1 failed. Check the Base URL (https) and the proxy.",
        ),
        Problem.MALFORMED: QCoreApplication.translate(
            "Explain", "The relay sent an unexpected answer. The app keeps trying."
        ),
        Problem.GONE: QCoreApplication.translate(
            "Explain", "The relay no longer knows this task. Its record is kept here."
        ),
        Problem.UNCERTAIN: QCoreApplication.translate(
            "Explain",
            "It is not known whether the relay received this request, so the app did not "
            "resend it: you are never charged twice. If the relay's dashboard shows the task, "
            "enter its id; otherwise submit again.",
        ),
        Problem.STOPPED: QCoreApplication.translate(
            "Explain",
            "You stopped tracking this job. The relay may still finish it; choose "
            "“Track again” to fetch the result.",
        ),
        Problem.DOWNLOAD: QCoreApplication.translate(
            "Explain",
            "The video is ready on the relay but could not be downloaded yet. Choose “Track "
            "again” to retry; links expire after a few hours.",
        ),
        Problem.DISK: QCoreApplication.translate(
            "Explain",
            "The video could not be written to disk. Free some space or choose another "
            "library folder in Settings.",
        ),
        Problem.REFUSED_LOCALLY: QCoreApplication.translate(
            "Explain",
            "The app checked the request before sending and could not send it as asked; "
            "nothing was sent or charged.",
        ),
        Problem.INTERNAL: QCoreApplication.translate(
            "Explain", "An internal error stopped this job. It is kept; try it again."
        ),
    }
    if problem in texts:
        return texts[problem].replace("%1", host_of(base_url))
    if state is JobState.FAILED:
        return QCoreApplication.translate("Explain", "The relay reported the task as failed.")
    return ""


def job_story(job: Job) -> str:
    """The job's problem in the user's language, then the relay's own words when it said any."""
    text = explanation(job.error_kind, job.base_url, job.state)
    if job.error:
        said = QCoreApplication.translate("Explain", "The relay said: %1").replace("%1", job.error)
        text = f"{text}\n{said}" if text else said
    return text


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


def profile_language() -> str:
    """Which of a profile's own texts (names, notes, option labels) the window shows."""
    return "zh_CN" if QLocale().language() == QLocale.Language.Chinese else "en"


def option_label(key: str, profile: ModelProfile | None) -> str:
    """An option's label as the compose panel shows it (its id when the family lacks it)."""
    spec = next((o for o in profile.options if o.id == key), None) if profile else None
    return spec.label(profile_language()) if spec else key


def option_value(value: object) -> str:
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Options", "Yes")
            if value
            else QCoreApplication.translate("Options", "No")
        )
    return str(value)


def option_text(key: str, value: object, profile: ModelProfile | None) -> str:
    """``Sound: Yes`` rather than ``generateAudio=True``."""
    return f"{option_label(key, profile)}: {option_value(value)}"
