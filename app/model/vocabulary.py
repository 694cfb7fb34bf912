"""The words a map is made of: kinds of lane, channels, sentiments, states, statuses.

The schema checks every value against these lists, and the editor offers them; they live apart
from the ORM classes so that the editor can read them without touching the database layer.
"""

from __future__ import annotations

LANE_KINDS = (
    "text",
    "touchpoints",
    "emotion",
    "pains_gains",
    "opportunities",
    "images",
    "metrics",
)
JOURNEY_STATES = ("current", "future")
SENTIMENTS = ("neutral", "pain", "gain")
CHANNELS = (
    "",
    "web",
    "app",
    "store",
    "advisor",
    "phone",
    "sms",
    "email",
    "chat",
    "social",
    "press",
    "reviews",
    "mail",
    "event",
    "other",
)
OPPORTUNITY_STATUSES = ("", "idea", "planned", "in_progress", "done")
EVIDENCE_KINDS = ("photo", "quote", "link", "note")
MEDIA_TYPES = ("image/jpeg", "image/png")
EVIDENCE_TARGETS = ("card", "emotion_point", "stage", "persona", "journey")


def link_target(link: object) -> tuple[str, str]:
    """(target kind, target id) of an evidence link (a row or a read model of one): the one of
    its `card_id`, `emotion_point_id`, `stage_id`, `persona_id`, `journey_id` that is set."""
    for kind in EVIDENCE_TARGETS:
        target_id = getattr(link, f"{kind}_id")
        if target_id is not None:
            return kind, target_id
    raise AssertionError("an evidence link always has one target")
