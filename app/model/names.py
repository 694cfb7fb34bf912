"""Names of new elements in the map's own language, whatever the interface speaks.

A French map made on an English desktop gets "Nouvelle carte", not "New card": the name is
part of the map, which is read (and printed) in its language.
"""

from __future__ import annotations

_NAMES: dict[str, tuple[str, str]] = {  # (English, French)
    "stage": ("New stage", "Nouvelle étape"),
    "card": ("New card", "Nouvelle carte"),
    "touchpoint": ("New touchpoint", "Nouveau point de contact"),
    "pain": ("New pain", "Nouvel irritant"),
    "gain": ("New gain", "Nouvel enchanteur"),
    "opportunity": ("New opportunity", "Nouvelle opportunité"),
    "metric": ("New metric", "Nouvel indicateur"),
    "journey": ("New journey", "Nouveau parcours"),
    "future": ("{title} (future)", "{title} (état futur)"),
    "lane:touchpoints": ("Touchpoints", "Points de contact"),
    "lane:text": ("Customer actions", "Ce que fait le client"),
    "lane:emotion": ("Feelings", "Ressenti"),
    "lane:pains_gains": ("Pains and gains", "Irritants et enchanteurs"),
    "lane:opportunities": ("Opportunities", "Opportunités"),
    "lane:images": ("Storyboard", "Storyboard"),
    "lane:metrics": ("Metrics", "Indicateurs"),
    "metric:nps": ("NPS", "NPS"),
    "metric:csat": ("CSAT", "CSAT"),
    "metric:ces": ("CES", "CES"),
    "metric:conversion": ("Conversion rate", "Taux de conversion"),
    "metric:custom": ("New metric", "Nouvel indicateur"),
}


def new_name(what: str, language: str, **values: str) -> str:
    """The name a new `what` ("card", "lane:emotion", "metric:nps"...) takes in a map written
    in `language` ("en" or "fr")."""
    english, french = _NAMES[what]
    text = french if language == "fr" else english
    return text.format(**values) if values else text


def is_default_metric_name(name: str) -> bool:
    """True for a name a metric got from its kind (which a new kind may then replace)."""
    return not name.strip() or any(
        name in pair for key, pair in _NAMES.items() if key.startswith("metric")
    )
