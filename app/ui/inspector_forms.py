"""Which fields the inspector shows for an element, in which groups: a card shows what its lane
is about (a touchpoint its channel and kind, a pain or gain its sentiment, effort and moments,
an opportunity its scores, owner and due date; an action or a thought its text only), and any
other mark it holds, so that nothing it holds is hidden.

A form is plain data; the inspector builds its widgets, and builds them again only when the
form's shape changes (a card becoming a pain shows its kind of effort), so that a field keeps
its focus and the dock its scroll position after an edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.model.vocabulary import (
    CHANNELS,
    LANE_KINDS,
    MAX_TITLE,
    OPPORTUNITY_STATUSES,
    SENTIMENTS,
)

from .vocabulary import blueprint_roles, effort_kinds, metric_kinds

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str  # line | text | colour | bool | choice | int | decimal | date
    choices: tuple[tuple[Any, str], ...] = ()
    low: float | None = None
    high: float | None = None
    optional: bool = False  # a number that may be left empty
    decimals: int = 2
    limit: int = MAX_TITLE  # characters, for a line
    owner: str = ""  # "" the form's element, "project" the map itself

    @property
    def key(self) -> str:
        return f"{self.owner}:{self.name}" if self.owner else self.name


@dataclass(frozen=True)
class Group:
    title: str
    fields: tuple[Field, ...] = ()
    extra: str = ""  # a section of its own: stage-metrics, metric-answers, metric-order, connection


@dataclass(frozen=True)
class Form:
    title: str
    groups: tuple[Group, ...]

    @property
    def shape(self) -> tuple[Any, ...]:
        return tuple((g.title, g.extra, tuple(f.key for f in g.fields)) for g in self.groups)

    def fields(self) -> list[Field]:
        return [field for group in self.groups for field in group.fields]


CARD_DEFAULTS: dict[str, Any] = {
    "channel": "", "direct": True, "physical": False, "touchpoint_state": "current",
    "owner": "", "sentiment": "neutral", "moment_of_truth": False, "impact": None,
    "effort": None, "status": "", "key_touchpoint": False, "effort_kind": "",
    "magic_moment": False, "due_date": "",
}  # fmt: skip
COMPUTED_KINDS = ("nps", "csat", "ces", "conversion")


def card_form(card: Any, lane_kind: str) -> Form:
    colour = Field("colour", translate("Inspector", "Colour"), "colour")
    groups = [
        Group(
            translate("Inspector", "Card"),
            (
                Field("title", translate("Inspector", "Title"), "line"),
                Field("body", translate("Inspector", "Text"), "text"),
                colour,
            ),
        )
    ]
    marks = _card_marks(card, lane_kind)
    if marks:
        groups.append(Group(_lane_group(lane_kind), tuple(marks)))
    shown = {f.name for f in marks}
    others = [
        field
        for field in _card_fields().values()
        if field.name not in shown and getattr(card, field.name) != CARD_DEFAULTS[field.name]
    ]
    if others:
        groups.append(Group(translate("Inspector", "Also on this card"), tuple(others)))
    return Form(translate("Inspector", "Card"), tuple(groups))


def _lane_group(lane_kind: str) -> str:
    return {
        "touchpoints": translate("Inspector", "Touchpoint"),
        "pains_gains": translate("Inspector", "Pain or gain"),
        "opportunities": translate("Inspector", "Opportunity"),
    }.get(lane_kind, translate("Inspector", "Marks"))


def _card_marks(card: Any, lane_kind: str) -> list[Field]:
    """The fields a card of this lane is about."""
    f = _card_fields()
    if lane_kind == "touchpoints":
        names = ["channel", "direct", "physical", "touchpoint_state", "owner", "key_touchpoint",
                 "moment_of_truth"]  # fmt: skip
    elif lane_kind == "pains_gains":
        names = ["sentiment"]
        if card.sentiment == "pain" or card.effort_kind:
            names.append("effort_kind")
        names.append("moment_of_truth")
        if card.sentiment == "gain" or card.magic_moment:
            names.append("magic_moment")
    elif lane_kind == "opportunities":
        names = ["impact", "effort", "owner", "status", "due_date"]
    else:
        names = []
    return [f[name] for name in names]


def _card_fields() -> dict[str, Field]:
    scores = ((None, translate("Inspector", "—")), *((n, str(n)) for n in range(1, 6)))
    fields = (
        Field("channel", translate("Inspector", "Channel"), "choice", _channels()),
        Field("direct", translate("Inspector", "Direct touchpoint"), "bool"),
        Field("physical", translate("Inspector", "Physical (not digital)"), "bool"),
        Field("touchpoint_state", translate("Inspector", "State"), "choice", _states()),
        Field("key_touchpoint", translate("Inspector", "Key touchpoint"), "bool"),
        Field("sentiment", translate("Inspector", "Sentiment"), "choice", _sentiments()),
        Field("effort_kind", translate("Inspector", "Kind of effort"), "choice", effort_kinds()),
        Field("moment_of_truth", translate("Inspector", "Moment of truth"), "bool"),
        Field("magic_moment", translate("Inspector", "Magic moment (beyond expectations)"), "bool"),
        Field("impact", translate("Inspector", "Impact"), "choice", scores),
        Field("effort", translate("Inspector", "Effort"), "choice", scores),
        Field("owner", translate("Inspector", "Owner"), "line"),
        Field("status", translate("Inspector", "Status"), "choice", _statuses()),
        Field("due_date", translate("Inspector", "Due date"), "date"),
    )
    return {field.name: field for field in fields}


def stage_form() -> Form:
    return Form(
        translate("Inspector", "Stage"),
        (
            Group(
                translate("Inspector", "Stage"),
                (
                    Field("title", translate("Inspector", "Title"), "line"),
                    Field("description", translate("Inspector", "Description"), "text"),
                    Field("colour", translate("Inspector", "Colour"), "colour"),
                    Field("width", translate("Inspector", "Width (columns)"), "int", low=1, high=8),
                ),
            ),
            Group(translate("Inspector", "Metrics of this stage"), extra="stage-metrics"),
        ),
    )


def lane_form() -> Form:
    return Form(
        translate("Inspector", "Lane"),
        (
            Group(
                translate("Inspector", "Lane"),
                (
                    Field("title", translate("Inspector", "Title"), "line"),
                    Field("kind", translate("Inspector", "Kind"), "choice", _lane_kinds()),
                    Field("colour", translate("Inspector", "Colour"), "colour"),
                    Field("height", translate("Inspector", "Height (rows)"), "int", low=1, high=10),
                    Field("hidden", translate("Inspector", "Hidden"), "bool"),
                ),
            ),
            Group(
                translate("Inspector", "Service blueprint"),
                (
                    Field(
                        "blueprint_role",
                        translate("Inspector", "Place in the blueprint"),
                        "choice",
                        blueprint_roles(),
                    ),
                ),
            ),
        ),
    )


def point_form() -> Form:
    return Form(
        translate("Inspector", "Emotion point"),
        (
            Group(
                translate("Inspector", "Emotion point"),
                (
                    Field("label", translate("Inspector", "Label"), "line"),
                    Field(
                        "value",
                        translate("Inspector", "Feeling (-5 to +5)"),
                        "decimal",
                        low=-5,
                        high=5,
                    ),
                    Field(
                        "offset",
                        translate("Inspector", "Place in the stage (0 to 1)"),
                        "decimal",
                        low=0,
                        high=1,
                    ),
                ),
            ),
        ),
    )


def metric_form(metric: Any) -> Form:
    groups = [
        Group(
            translate("Inspector", "Metric"),
            (
                Field("kind", translate("Inspector", "Kind"), "choice", metric_kinds()),
                Field("name", translate("Inspector", "Name"), "line"),
                Field("unit", translate("Inspector", "Unit"), "line", limit=50),
            ),
        ),
        Group(
            translate("Inspector", "Before and after the changes"),
            (
                _figure("value_before", translate("Inspector", "Before")),
                _figure("value_after", translate("Inspector", "After")),
                _figure("target", translate("Inspector", "Target")),
            ),
        ),
        Group(
            translate("Inspector", "Where and when it was measured"),
            (
                Field("source", translate("Inspector", "Source (survey, analytics…)"), "line"),
                Field("measured_before", translate("Inspector", "Measured before on"), "date"),
                Field("measured_after", translate("Inspector", "Measured after on"), "date"),
            ),
        ),
    ]
    if metric.kind in COMPUTED_KINDS:
        groups.append(
            Group(translate("Inspector", "Computed from the answers"), extra="metric-answers")
        )
    groups.append(Group(translate("Inspector", "Order"), extra="metric-order"))
    return Form(translate("Inspector", "Metric"), tuple(groups))


def _figure(name: str, label: str) -> Field:
    """A metric's number: any size a file holds, or none."""
    return Field(name, label, "decimal", low=-1e11, high=1e11, optional=True)


def journey_form() -> Form:
    languages = (("en", "English"), ("fr", "Français"))
    return Form(
        translate("Inspector", "Journey"),
        (
            Group(
                translate("Inspector", "Journey"),
                (
                    Field("title", translate("Inspector", "Title"), "line"),
                    Field("context", translate("Inspector", "Context and scenario"), "text"),
                    Field("goal", translate("Inspector", "Customer goal"), "text"),
                    Field("state", translate("Inspector", "State"), "choice", _states()),
                ),
            ),
            Group(
                translate("Inspector", "The map"),
                (
                    Field(
                        "title", translate("Inspector", "Title of the map"), "line", owner="project"
                    ),
                    Field("author", translate("Inspector", "Author"), "line", owner="project"),
                    Field("notes", translate("Inspector", "Notes"), "text", owner="project"),
                    Field(
                        "language",
                        translate("Inspector", "Language of the map"),
                        "choice",
                        languages,
                        owner="project",
                    ),
                ),
            ),
        ),
    )


def connection_form() -> Form:
    return Form(
        translate("Inspector", "Connection"),
        (Group(translate("Inspector", "Connection"), extra="connection"),),
    )


# -- vocabularies, in the users' words ---------------------------------------------------


def _sentiments() -> tuple[tuple[str, str], ...]:
    words = {
        "neutral": translate("Inspector", "Neutral"),
        "pain": translate("Inspector", "Pain"),
        "gain": translate("Inspector", "Gain"),
    }
    return tuple((s, words[s]) for s in SENTIMENTS)


def _states() -> tuple[tuple[str, str], ...]:
    return (
        ("current", translate("Inspector", "Current")),
        ("future", translate("Inspector", "Future")),
    )


def _statuses() -> tuple[tuple[str, str], ...]:
    words = {
        "": translate("Inspector", "—"),
        "idea": translate("Inspector", "Idea"),
        "planned": translate("Inspector", "Planned"),
        "in_progress": translate("Inspector", "In progress"),
        "done": translate("Inspector", "Done"),
    }
    return tuple((s, words[s]) for s in OPPORTUNITY_STATUSES)


def _channels() -> tuple[tuple[str, str], ...]:
    words = {
        "": translate("Inspector", "—"),
        "web": translate("Inspector", "Web site"),
        "app": translate("Inspector", "Mobile app"),
        "store": translate("Inspector", "Store, branch"),
        "advisor": translate("Inspector", "Advisor"),
        "phone": translate("Inspector", "Phone, call centre"),
        "sms": translate("Inspector", "SMS"),
        "email": translate("Inspector", "E-mail"),
        "chat": translate("Inspector", "Chat, chatbot"),
        "social": translate("Inspector", "Social media"),
        "press": translate("Inspector", "Press, influencers"),
        "reviews": translate("Inspector", "Review sites"),
        "mail": translate("Inspector", "Letter"),
        "event": translate("Inspector", "Event"),
        "other": translate("Inspector", "Other"),
    }
    return tuple((c, words[c]) for c in CHANNELS)


def _lane_kinds() -> tuple[tuple[str, str], ...]:
    words = {
        "text": translate("Inspector", "Text (actions, thoughts, backstage…)"),
        "touchpoints": translate("Inspector", "Touchpoints"),
        "emotion": translate("Inspector", "Emotion curve"),
        "pains_gains": translate("Inspector", "Pains and gains"),
        "opportunities": translate("Inspector", "Opportunities"),
        "images": translate("Inspector", "Storyboard (photos)"),
        "metrics": translate("Inspector", "Metrics"),
    }
    return tuple((k, words[k]) for k in LANE_KINDS)
