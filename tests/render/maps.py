"""Maps the poster tests print: a sparse 30-card workshop map, written as a team would after a
first workshop (short titles, a sentence of detail, a few marks), and the sample map."""

from __future__ import annotations

from app.model import JourneyDocument

TOUCHPOINTS = [  # stage, title, body, channel
    (0, "Publicité en ligne", "Une bannière sur un site d’annonces.", "web"),
    (0, "Bouche-à-oreille", "Des amis qui viennent d’acheter.", "other"),
    (1, "Simulateur du site", "Trois questions, un montant indicatif.", "web"),
    (2, "Rendez-vous en agence", "Une heure avec la conseillère.", "store"),
    (3, "Espace client", "Dépôt des pièces du dossier.", "app"),
    (4, "Appel de la conseillère", "Le point sur l’accord de principe.", "phone"),
    (5, "E-mail de suivi", "Le contrat est prêt à signer.", "email"),
    (6, "Application mobile", "Suivi des échéances.", "app"),
]
ACTIONS = [
    "Cherche des annonces",
    "Compare les taux",
    "Présente son projet",
    "Rassemble les pièces",
    "Attend la réponse",
    "Signe l’offre",
    "Paie la première échéance",
]
THOUGHTS = [
    (1, "« Est-ce que j’ai les moyens ? »"),
    (2, "« Elle me comprend enfin. »"),
    (3, "« Encore un document ? »"),
    (4, "« Pourquoi si long ? »"),
    (6, "« C’était plus simple que prévu. »"),
]
PAINS_GAINS = [  # stage, title, sentiment, moment of truth
    (1, "Taux affichés trompeurs", "pain", False),
    (2, "Conseillère disponible", "gain", True),
    (3, "Pièces demandées deux fois", "pain", False),
    (4, "Trois semaines sans nouvelles", "pain", True),
    (5, "Signature en ligne", "gain", False),
    (6, "Les clés en main", "gain", True),
]
IDEAS = [  # stage, title, impact, effort
    (1, "Simulateur transparent", 4, 2),
    (3, "Liste de pièces unique", 5, 2),
    (4, "Un SMS à chaque étape", 4, 1),
    (6, "Rappel avant la 1re échéance", 3, 2),
]
CURVE = [(0, 1), (1, -1), (2, 3), (3, -2), (4, -4), (5, 3), (6, 4)]
METRICS = [  # stage, name, before, after, target, unit
    (0, "Notoriété", 12, 18, 25, "%"),
    (1, "CES", 4.1, 3.2, 3, "/7"),
    (2, "CSAT", 3.9, 4.4, 4.5, "/5"),
    (3, "CSAT", 2.6, 3.5, 4, "/5"),
    (4, "NPS", -12, 15, 20, "points"),
    (5, "CSAT", 4.1, 4.4, 4.5, "/5"),
    (6, "NPS", 24, 38, 40, "points"),
]


def build_sparse(document: JourneyDocument) -> None:
    """30 cards on the seven-stage purchase template (a French map, `purchase` template)."""
    journey = document.journeys()[0].id
    document.update_journey(
        journey,
        title="Obtenir un prêt immobilier",
        context="Un couple achète son premier appartement et cherche un prêt.",
        goal="Un financement clair, à temps pour signer chez le notaire.",
    )
    stages = [s.id for s in document.stages(journey)]
    lanes: dict[str, list[str]] = {}
    for lane in document.lanes(journey):
        lanes.setdefault(lane.kind, []).append(lane.id)
    touch, (actions, thoughts) = lanes["touchpoints"][0], lanes["text"]
    for stage, title, body, channel in TOUCHPOINTS:
        document.add_card(touch, stages[stage], title, body=body, channel=channel)
    for stage, title in enumerate(ACTIONS):
        document.add_card(actions, stages[stage], title)
    for stage, title in THOUGHTS:
        document.add_card(thoughts, stages[stage], title)
    cards = {}
    for stage, title, sentiment, moment in PAINS_GAINS:
        cards[title] = document.add_card(
            lanes["pains_gains"][0],
            stages[stage],
            title,
            sentiment=sentiment,
            moment_of_truth=moment,
        ).first_added
    for stage, title, impact, effort in IDEAS:
        document.add_card(
            lanes["opportunities"][0], stages[stage], title, impact=impact, effort=effort
        )
    for stage, value in CURVE:
        document.add_emotion_point(lanes["emotion"][0], stages[stage], value, offset=0.5)
    for stage, name, before, after, target, unit in METRICS:
        document.add_metric(
            stages[stage], name, value_before=before, value_after=after, target=target, unit=unit
        )
    persona = document.add_persona(
        "Camille Renaud",
        role="Cheffe de projet",
        age=34,
        quote="Je veux savoir où j’en suis.",
        goals="Acheter avant la rentrée",
        frustrations="Le jargon bancaire",
    ).first_added
    document.set_persona(journey, persona)


def sparse_map() -> JourneyDocument:
    document = JourneyDocument.new("purchase", "fr")
    build_sparse(document)
    assert len(document.cards(document.journeys()[0].id)) == 30
    return document
