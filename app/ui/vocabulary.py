"""The method's words in the interface's language, for choices the inspector and menus offer:
kinds of metric, of effort, roles in a service blueprint, ways of reading CSAT and CES."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .fields import format_number

translate = QCoreApplication.translate


def metric_kinds() -> tuple[tuple[str, str], ...]:
    return (
        ("nps", translate("Vocabulary", "NPS (net promoter score)")),
        ("csat", translate("Vocabulary", "CSAT (satisfaction)")),
        ("ces", translate("Vocabulary", "CES (customer effort)")),
        ("conversion", translate("Vocabulary", "Conversion rate")),
        ("custom", translate("Vocabulary", "Other indicator")),
    )


def effort_kinds() -> tuple[tuple[str, str], ...]:
    return (
        ("", translate("Vocabulary", "—")),
        ("cognitive", translate("Vocabulary", "Cognitive (understanding, deciding)")),
        ("physical", translate("Vocabulary", "Physical (going, carrying, filling in)")),
        ("financial", translate("Vocabulary", "Financial (what it costs)")),
        ("emotional", translate("Vocabulary", "Emotional (stress, doubt)")),
        ("time", translate("Vocabulary", "Time (waiting, lost time)")),
    )


def blueprint_roles() -> tuple[tuple[str, str], ...]:
    return (
        ("", translate("Vocabulary", "— (not a blueprint lane)")),
        ("evidence", translate("Vocabulary", "Physical evidence")),
        ("customer", translate("Vocabulary", "Customer actions")),
        ("frontstage", translate("Vocabulary", "Frontstage")),
        ("backstage", translate("Vocabulary", "Backstage")),
        ("support", translate("Vocabulary", "Support processes")),
    )


def csat_methods() -> tuple[tuple[str, str], ...]:
    return (
        ("share", translate("Vocabulary", "Share of 4 and 5 answers (%)")),
        ("mean", translate("Vocabulary", "Mean answer (1 to 5)")),
    )


def ces_scales() -> tuple[tuple[int, str], ...]:
    return ((7, translate("Vocabulary", "1 to 7")), (5, translate("Vocabulary", "1 to 5")))


def count_labels(kind: str, scale: int = 7) -> tuple[tuple[str, str], ...]:
    """The counts a metric of `kind` is computed from, named for the user."""
    if kind == "nps":
        return (
            ("promoters", translate("Vocabulary", "Promoters (9–10)")),
            ("passives", translate("Vocabulary", "Passives (7–8)")),
            ("detractors", translate("Vocabulary", "Detractors (0–6)")),
        )
    if kind == "csat":
        return tuple(
            (str(n), translate("Vocabulary", "Answers of %1").replace("%1", str(n)))
            for n in range(1, 6)
        )
    if kind == "ces":
        return tuple(
            (str(n), translate("Vocabulary", "Answers of %1").replace("%1", str(n)))
            for n in range(1, scale + 1)
        )
    if kind == "conversion":
        return (
            ("converted", translate("Vocabulary", "Went on")),
            ("total", translate("Vocabulary", "Started")),
        )
    return ()


def effort_words() -> dict[str, str]:
    """A pain's kind of effort in a few words, for lists and the outline."""
    return {
        "cognitive": translate("Vocabulary", "cognitive effort"),
        "physical": translate("Vocabulary", "physical effort"),
        "financial": translate("Vocabulary", "financial effort"),
        "emotional": translate("Vocabulary", "emotional effort"),
        "time": translate("Vocabulary", "time lost"),
    }


def metric_line(metric: object) -> str:
    """ "NPS: 18 → 32 points (target 35)", numbers the interface's way."""
    before, after = metric.value_before, metric.value_after  # type: ignore[attr-defined]
    figures = " → ".join(format_number(v, 2) if v is not None else "—" for v in (before, after))
    unit = f" {metric.unit}" if metric.unit else ""  # type: ignore[attr-defined]
    text = f"{metric.name}: {figures}{unit}"  # type: ignore[attr-defined]
    if metric.target is not None:  # type: ignore[attr-defined]
        target = format_number(metric.target, 2)  # type: ignore[attr-defined]
        text += " (" + translate("Vocabulary", "target %1").replace("%1", target) + ")"
    return text
