"""The templates users already know, in French and English, and how a new map is built from one.

Each template is plain data (stages and lanes with their titles in both languages); the sample
map, a finished home-loan journey in French, is built by `sample.build_sample`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .errors import UnknownTemplateError

if TYPE_CHECKING:
    from .document import JourneyDocument

Text = tuple[str, str]  # (English, French)


@dataclass(frozen=True)
class Template:
    name: str
    title: Text
    description: Text
    journey: Text
    stages: tuple[Text, ...]
    lanes: tuple[tuple[str, Text], ...]  # (lane kind, title)
    context: Text = ("", "")
    roles: tuple[str, ...] = ()  # each lane's place in a service blueprint, when it is one


_EMOTIONS = ("emotion", ("Feelings", "Ressenti"))

TEMPLATES: dict[str, Template] = {
    t.name: t
    for t in (
        Template(
            "blank",
            ("Blank map", "Carte vierge"),
            (
                "Three stages and the essential lanes, ready to fill.",
                "Trois étapes et les couloirs essentiels, prêts à remplir.",
            ),
            ("New journey", "Nouveau parcours"),
            (("Stage 1", "Étape 1"), ("Stage 2", "Étape 2"), ("Stage 3", "Étape 3")),
            (
                ("touchpoints", ("Touchpoints", "Points de contact")),
                ("text", ("Customer actions", "Ce que fait le client")),
                _EMOTIONS,
            ),
        ),
        Template(
            "cgap",
            ("CGAP worksheet", "Fiche CGAP"),
            (
                "The CGAP Customer Journey Map worksheet: context, six stages, touchpoints, "
                "thoughts, feelings, highs and lows.",
                "La fiche « Customer Journey Map » du CGAP : contexte, six étapes, points de "
                "contact, pensées, ressenti, hauts et bas.",
            ),
            ("Customer journey", "Parcours client"),
            (
                ("Awareness of the need", "Prise de conscience du besoin"),
                ("Research", "Recherche"),
                ("Selection", "Sélection"),
                ("Purchase / onboarding", "Achat / souscription"),
                ("Use", "Utilisation"),
                ("Evolution of the product", "Évolution du produit"),
            ),
            (
                (
                    "touchpoints",
                    (
                        "2. Touchpoints: what the customer does",
                        "2. Points de contact : ce que fait le client",
                    ),
                ),
                ("text", ("3a. Customer thoughts", "3a. Pensées du client")),
                ("emotion", ("3b. Customer feelings", "3b. Ressenti du client")),
                ("pains_gains", ("4. Highs and lows", "4. Hauts et bas")),
            ),
            (
                "1a. Journey context: which customer, which product, which question must the map "
                "answer?",
                "1a. Contexte du parcours : quel client, quel produit, à quelle question la carte "
                "doit-elle répondre ?",
            ),
        ),
        Template(
            "purchase",
            ("Seven-stage purchase journey", "Parcours d’achat en sept étapes"),
            (
                "From discovery to recommendation, with touchpoints, emotions, pains and gains, "
                "opportunities and metrics.",
                "De la découverte à la recommandation, avec points de contact, émotions, "
                "irritants et enchanteurs, opportunités et indicateurs.",
            ),
            ("Purchase journey", "Parcours d’achat"),
            (
                ("Discovery", "Découverte"),
                ("Research", "Recherche"),
                ("Evaluation", "Évaluation"),
                ("Purchase", "Achat"),
                ("Use", "Utilisation"),
                ("Customer service", "Service client"),
                ("Recommendation", "Recommandation"),
            ),
            (
                ("touchpoints", ("Touchpoints", "Points de contact")),
                ("text", ("Customer actions", "Ce que fait le client")),
                ("text", ("Thoughts", "Pensées")),
                _EMOTIONS,
                ("pains_gains", ("Pains and gains", "Irritants et enchanteurs")),
                ("opportunities", ("Opportunities", "Opportunités")),
                ("metrics", ("Metrics", "Indicateurs")),
            ),
        ),
        Template(
            "blueprint",
            ("Service blueprint", "Blueprint de service"),
            (
                "What the customer sees and what happens backstage: physical evidence, customer "
                "actions, frontstage, backstage, support processes.",
                "Ce que voit le client et ce qui se passe en coulisses : preuves physiques, "
                "actions du client, front-office, coulisses, processus support.",
            ),
            ("Service blueprint", "Blueprint de service"),
            (
                ("Before", "Avant"),
                ("Arrival", "Arrivée"),
                ("Service", "Service"),
                ("Payment", "Paiement"),
                ("After", "Après"),
            ),
            (
                ("images", ("Physical evidence", "Preuves physiques")),
                ("text", ("Customer actions", "Actions du client")),
                ("touchpoints", ("Frontstage", "Front-office")),
                ("text", ("Backstage", "Coulisses")),
                ("text", ("Support processes", "Processus support")),
            ),
            roles=("evidence", "customer", "frontstage", "backstage", "support"),
        ),
    )
}
SAMPLE = "sample"
"""Name of the finished example map (a home loan at a bank, in French)."""


def template_names() -> list[str]:
    return [*TEMPLATES, SAMPLE]


def build_template(document: JourneyDocument, name: str, language: str) -> None:
    """Fill a new, empty document from the named template in `language` ("en" or "fr")."""
    if language not in ("en", "fr"):
        raise UnknownTemplateError(f"Language “{language}” is not available; choose en or fr.")
    if name == SAMPLE:
        from .sample import build_sample

        build_sample(document)
        return
    template = TEMPLATES.get(name)
    if template is None:
        choices = ", ".join(template_names())
        raise UnknownTemplateError(f"There is no template named “{name}”; choose one of {choices}.")
    pick = 0 if language == "en" else 1
    document.start_project(template.journey[pick], language)
    journey_id = document.add_journey(
        template.journey[pick], context=template.context[pick]
    ).first_added
    for stage in template.stages:
        document.add_stage(journey_id, stage[pick])
    roles = template.roles or ("",) * len(template.lanes)
    for (kind, title), role in zip(template.lanes, roles, strict=True):
        document.add_lane(journey_id, kind, title[pick], blueprint_role=role)
