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
EFFORT_KINDS = ("", "cognitive", "physical", "financial", "emotional", "time")
"""What a pain costs the customer (DOMAIN.md, "effort kinds")."""
BLUEPRINT_ROLES = ("", "evidence", "customer", "frontstage", "backstage", "support")
"""Where a lane stands in a service blueprint; the lines of interaction, visibility and internal
interaction are drawn where one role gives way to the next (app/render/blueprint.py)."""
METRIC_KINDS = ("custom", "nps", "csat", "ces", "conversion")
EVIDENCE_KINDS = ("photo", "quote", "link", "note", "insight")
MEDIA_TYPES = ("image/jpeg", "image/png")
MAX_TITLE = 500  # characters of a title, a name, an owner (the schema's CHECK; the editor's fields)
EVIDENCE_TARGETS = ("card", "emotion_point", "stage", "persona", "journey")
COMMENT_TARGETS = ("card", "emotion_point", "stage", "lane", "persona", "journey")
"""What a comment can be on: any element of the map with a place to show it."""
MAX_COMMENT = 5_000  # characters of one comment (a review note, not an essay)


def link_target(link: object) -> tuple[str, str]:
    """(target kind, target id) of an evidence link (a row or a read model of one): the one of
    its `card_id`, `emotion_point_id`, `stage_id`, `persona_id`, `journey_id` that is set."""
    for kind in EVIDENCE_TARGETS:
        target_id = getattr(link, f"{kind}_id")
        if target_id is not None:
            return kind, target_id
    raise AssertionError("an evidence link always has one target")
