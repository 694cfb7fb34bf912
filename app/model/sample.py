"""The sample map: a finished home-loan journey at a bank, in French.

A designer opening Parcours for the first time needs to see what a *finished* map looks like
before drawing one: every kind of lane filled, an emotion curve with clear highs and lows,
moments of truth, verbatims attached where they prove something, an action plan ranked by impact
and effort, and before/after indicators per stage. The people and figures are fictitious but
drawn from real home-loan situations in France (simulator, advisor, supporting documents,
borrower insurance, the legal 10-day reflection period, the notary), so the map is credible when
shown in a workshop.

The content is plain data; `build_sample` only feeds it to the document's public verbs, exactly
as a user's edits would, so the sample can never hold what the editor could not produce.
Typography is written with ordinary spaces and made French (non-breaking spaces before « ; : ! ?
» %, after «, inside numbers) by `_fr` when the map is built, so the poster never breaks a line
between a word and its punctuation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, NamedTuple

from app import bundled

if TYPE_CHECKING:
    from .document import JourneyDocument

Ids = dict[str, str]
"""Ids of what has been built so far, by the short names the data below uses."""


class CardSpec(NamedTuple):
    lane: str
    stage: str
    title: str
    body: str
    ref: str = ""
    fields: tuple[tuple[str, Any], ...] = ()


class PointSpec(NamedTuple):
    ref: str
    stage: str
    offset: float
    value: float
    label: str
    card: str | None = None


class MetricSpec(NamedTuple):
    stage: str
    name: str
    before: float
    after: float
    target: float
    unit: str
    kind: str = "custom"


class SurveySpec(NamedTuple):
    """Where a stage's NPS comes from: the survey, its dates and its answers (promoters,
    passives, detractors), before and after."""

    stage: str
    source: str
    dates: tuple[str, str]
    before: tuple[int, int, int]
    after: tuple[int, int, int]


class InsightSpec(NamedTuple):
    text: str
    sources: str
    targets: tuple[tuple[str, str], ...]


class QuoteSpec(NamedTuple):
    text: str
    speaker: str
    source: str
    date: str
    targets: tuple[tuple[str, str], ...]  # (target kind, short name)


class LinkSpec(NamedTuple):
    title: str
    url: str
    text: str
    targets: tuple[tuple[str, str], ...]


# -- frame: project, persona, journey, stages, lanes ----------------------------------------

PROJECT_TITLE = "Obtenir un prêt immobilier (exemple)"
AUTHOR = "Équipe Expérience client"
NOTES = (
    "Carte d’exemple fournie avec Parcours : le parcours actuel d’une primo-accédante qui "
    "finance sa résidence principale. Personnes, verbatims et chiffres sont fictifs, inspirés "
    "de situations réelles. Les indicateurs « après » sont ceux de l’agence pilote, six mois "
    "après les premières actions. Dupliquez la carte pour dessiner l’état futur."
)

PERSONA: dict[str, Any] = {
    "name": "Camille Renaud",
    "role": "Cheffe de projet dans une PME, primo-accédante",
    "age": 34,
    "quote": (
        "On veut acheter notre premier appartement, mais on ne sait pas par où commencer "
        "ni ce que ça va vraiment nous coûter."
    ),
    "goals": (
        "Acheter un trois-pièces à Nantes avant la rentrée scolaire de sa fille.\n"
        "Savoir tôt combien le couple peut emprunter, assurance et frais compris.\n"
        "Garder des mensualités sous 1 400 € pour continuer à épargner."
    ),
    "frustrations": (
        "Le jargon bancaire (TAEG, quotité, garantie, IRA…).\n"
        "Renvoyer plusieurs fois les mêmes documents.\n"
        "Ne jamais savoir où en est son dossier."
    ),
    "motivations": (
        "Devenir propriétaire plutôt que payer un loyer.\n"
        "Mettre sa famille à l’abri.\n"
        "Être accompagnée par quelqu’un qui connaît son dossier."
    ),
    "channels": (
        "Appli mobile et site de la banque, e-mail ; rendez-vous en agence ou en visio pour "
        "les décisions importantes ; SMS pour les alertes."
    ),
    "colour": "#2a7ab0",
}

JOURNEY_TITLE = "Obtenir un prêt immobilier"
JOURNEY_CONTEXT = (
    "Camille et son conjoint Julien, clients de la banque depuis huit ans, achètent un "
    "appartement ancien de 265 000 € avec 35 000 € d’apport : ils empruntent 250 000 € sur 25 "
    "ans. Périmètre : de l’idée d’acheter aux premières échéances. Sources : 14 entretiens "
    "clients, enquêtes à chaud après rendez-vous, réclamations du service client. Question "
    "posée : où perdons-nous nos clients entre la simulation et la signature ?"
)
JOURNEY_GOAL = (
    "Obtenir un financement fiable, au meilleur coût total, à temps pour signer l’acte "
    "authentique chez le notaire, sans mauvaise surprise."
)

STAGES: tuple[tuple[str, str, str, str], ...] = (  # short name, title, description, colour
    ("s1", "Mûrir le projet",
     "Le couple décide d’acheter et cherche à savoir ce qu’il peut emprunter.", "#e3eef8"),
    ("s2", "Simuler et comparer",
     "Simulateur en ligne, comparateurs de taux, premier contact avec un courtier.", "#dceaf2"),
    ("s3", "Rencontrer la conseillère",
     "Premier rendez-vous, étude de faisabilité, attestation de financement.", "#e2f0e6"),
    ("s4", "Constituer le dossier",
     "Compromis signé : pièces justificatives, assurance emprunteur, garantie.", "#f6ecd9"),
    ("s5", "Obtenir l’accord et l’offre",
     "Étude par le service crédit, accord, offre de prêt, délai de réflexion de 10 jours.",
     "#f7e1dc"),
    ("s6", "Signer chez le notaire",
     "Déblocage des fonds, signature de l’acte authentique, remise des clés.", "#e6e2f3"),
    ("s7", "Rembourser",
     "Premières échéances, espace client, questions sur l’assurance.", "#e8ecef"),
)  # fmt: skip

LANES: tuple[tuple[str, str, str], ...] = (  # short name, kind, title
    ("tp", "touchpoints", "Points de contact"),
    ("act", "text", "Ce que fait le client"),
    ("think", "text", "Pensées / questions"),
    ("emo", "emotion", "Ressenti"),
    ("pg", "pains_gains", "Irritants et enchanteurs"),
    ("back", "text", "Coulisses"),
    ("opp", "opportunities", "Opportunités"),
    ("img", "images", "Éléments illustratifs"),
    ("kpi", "metrics", "Indicateurs"),
)


# -- cards ----------------------------------------------------------------------------------


def _touch(
    stage: str, title: str, body: str, channel: str, ref: str = "", **fields: Any
) -> CardSpec:
    """A touchpoint; `fields` may say direct=False, physical=True, touchpoint_state, ..."""
    return CardSpec("tp", stage, title, body, ref, (("channel", channel), *fields.items()))


def _text(lane: str, stage: str, title: str, body: str) -> CardSpec:
    return CardSpec(lane, stage, title, body)


def _pain(
    stage: str, title: str, body: str, ref: str = "", mot: bool = False, effort: str = ""
) -> CardSpec:
    """A pain; `effort` says what it costs (cognitive, physical, financial, emotional, time)."""
    fields = (("sentiment", "pain"), ("moment_of_truth", mot), ("effort_kind", effort))
    return CardSpec("pg", stage, title, body, ref, fields)


def _gain(
    stage: str, title: str, body: str, ref: str = "", mot: bool = False, magic: bool = False
) -> CardSpec:
    """A gain; `magic` when it goes beyond what the customer expected."""
    fields = (("sentiment", "gain"), ("moment_of_truth", mot), ("magic_moment", magic))
    return CardSpec("pg", stage, title, body, ref, fields)


def _idea(
    stage: str,
    title: str,
    body: str,
    impact: int,
    effort: int,
    owner: str,
    status: str,
    due: str = "",
) -> CardSpec:
    fields = (("impact", impact), ("effort", effort), ("owner", owner), ("status", status))
    return CardSpec("opp", stage, title, body, "", (*fields, ("due_date", due)))


CARDS: tuple[CardSpec, ...] = (
    # 1. Mûrir le projet
    _touch("s1", "Annonces immobilières en ligne",
           "Le soir, sur les sites d’annonces : le couple découvre les prix du quartier.",
           "web", "tp_annonces", direct=False),
    _touch("s1", "Conseils des proches",
           "Des amis qui viennent d’acheter racontent leur prêt… et leurs galères.",
           "other", direct=False, physical=True),
    _text("act", "s1", "Fait ses comptes",
          "Épargne disponible (35 000 €), loyer actuel (1 050 €), charges : tout dans un tableur."),
    _text("think", "s1", "« Est-ce qu’on peut vraiment acheter ? »",
          "Les taux ont remonté : est-ce le bon moment ? Combien la banque va-t-elle nous "
          "prêter ?"),
    _pain("s1", "Un jargon incompréhensible",
          "TAEG, quotité, IRA, caution… Les articles supposent qu’on sait déjà tout.", "p_jargon",
          effort="cognitive"),
    _text("back", "s1", "Campagne « Primo-accédants »",
          "Le marketing cible les 28-40 ans dont l’épargne augmente ; la conseillère n’est pas "
          "prévenue et ne relance pas."),
    _idea("s1", "Guide « Premier achat » en langage clair",
          "Dans l’appli : les étapes, les délais réels, un glossaire et le coût total d’un prêt.",
          3, 2, "Marketing", "planned"),
    # 2. Simuler et comparer
    _touch("s2", "Simulateur de capacité d’emprunt",
           "Sur le site de la banque : revenus, charges, apport, durée. Réponse en 3 minutes.",
           "web", "tp_simu", key_touchpoint=True),
    _touch("s2", "Comparateurs de taux et forums",
           "Barèmes des autres banques, fil de discussion sur un forum, courtier en ligne.",
           "reviews", direct=False),
    _text("act", "s2", "Simule plusieurs scénarios",
          "Teste 20 et 25 ans, avec ou sans prêt à taux zéro, puis compare avec deux autres "
          "banques."),
    _text("think", "s2", "« 250 000 €, c’est jouable ? »",
          "Le taux affiché sera-t-il le nôtre ? Et l’assurance, la garantie, les frais de "
          "dossier, ils sont où ?"),
    _gain("s2", "Résultat du simulateur : le projet est possible",
          "Capacité d’emprunt de 255 000 € sur 25 ans, mensualité de 1 330 € : le projet "
          "devient concret.", "g_simu", mot=True),
    _pain("s2", "Un taux « à partir de » trompeur",
          "Le taux affiché ne vaut que pour les meilleurs profils, sans assurance ni frais : "
          "18 000 € d’écart sur le coût total.", "p_taux", effort="financial"),
    _pain("s2", "Demande de rappel sans suite",
          "Laissée sur le site un samedi : la banque rappelle six jours plus tard, le courtier "
          "dès le lundi.", "p_rappel", effort="time"),
    _text("back", "s2", "File des demandes de rappel",
          "Les demandes arrivent dans la boîte partagée de l’agence et sont traitées quand le "
          "planning le permet (5 jours ouvrés en moyenne)."),
    _idea("s2", "Simulateur en coût total",
          "Afficher assurance, garantie, frais de dossier et TAEG dans le résultat.",
          4, 3, "Direction digitale", "in_progress", "2024-09-30"),
    _idea("s2", "Rappel sous 24 h des simulations abouties",
          "Envoyer la demande, simulation jointe, à la conseillère de la cliente plutôt qu’à "
          "la boîte de l’agence.", 5, 2, "Réseau d’agences", "planned", "2024-06-30"),
    # 3. Rencontrer la conseillère
    _touch("s3", "Prise de rendez-vous en ligne",
           "Agenda de l’appli : premier créneau disponible dans trois semaines.", "app",
           "tp_agenda"),
    _touch("s3", "Rendez-vous en agence",
           "Une heure avec la conseillère habituelle ; la visio est aussi proposée.",
           "advisor", "tp_rdv", physical=True, key_touchpoint=True),
    _text("act", "s3", "Présente son projet",
          "Apporte ses simulations, ses derniers bulletins de salaire et l’annonce du bien visé."),
    _text("think", "s3", "« Elle connaît notre situation, ça rassure »",
          "Faut-il prendre l’assurance de la banque ? Et si le vendeur accepte une autre offre "
          "entre-temps ?"),
    _pain("s3", "Trois semaines pour un rendez-vous",
          "Pendant ce temps, le couple visite sans pouvoir prouver qu’il peut financer l’achat.",
          "p_attente", effort="time"),
    _gain("s3", "Attestation de financement remise le jour même",
          "Le document qui rend l’offre d’achat crédible auprès de l’agence immobilière.",
          "g_attestation"),
    _text("back", "s3", "Étude de faisabilité",
          "La conseillère saisit le projet dans l’outil d’octroi : pré-score automatique et "
          "accord de principe, sans engagement."),
    _idea("s3", "Créneaux « projet immobilier » garantis",
          "Un rendez-vous sous 5 jours ouvrés, en agence ou en visio, après toute simulation "
          "aboutie.", 4, 2, "Réseau d’agences", "idea"),
    # 4. Constituer le dossier
    _touch("s4", "Liste des pièces par e-mail",
           "Liste générique de 14 documents, envoyée après le rendez-vous.", "email"),
    _touch("s4", "Dépôt des pièces sur l’espace client",
           "Un document à la fois, 5 Mo au maximum, sans accusé de réception.", "web",
           "tp_depot", key_touchpoint=True),
    _touch("s4", "Questionnaire de santé de l’assureur",
           "Sur le site de l’assureur partenaire : obligatoire, chacun étant assuré à 100 % "
           "au-delà de 200 000 €.", "web", direct=False),
    _text("act", "s4", "Rassemble les justificatifs",
          "Avis d’imposition, trois bulletins de salaire, relevés de compte, compromis, "
          "justificatif d’apport : une soirée de scan chacun."),
    _text("think", "s4", "« Ils l’ont déjà, ce document ! »",
          "Pourquoi envoyer nos relevés de compte à notre propre banque ? Que manque-t-il "
          "encore ?"),
    _pain("s4", "Pièces demandées deux fois",
          "Deux relances pour des pièces déjà envoyées : un bulletin illisible, un compromis "
          "sans ses annexes.", "p_pieces", effort="physical"),
    _pain("s4", "Surprime d’assurance sans explication",
          "Julien doit fournir un compte rendu médical ; surprime et exclusion annoncées par "
          "courrier. Deux semaines perdues.", "p_sante", effort="emotional"),
    _gain("s4", "Une conseillère qui répond vite",
          "Dans la messagerie sécurisée, les réponses arrivent souvent dans la journée."),
    _text("back", "s4", "Contrôle de complétude",
          "L’assistante d’agence vérifie chaque pièce à la main ; un dossier incomplet ne part "
          "pas au service crédit."),
    _idea("s4", "Liste de pièces personnalisée, cochée à réception",
          "Liste selon le profil (salarié, indépendant, prêt à taux zéro…) et suivi visible de "
          "ce qui manque.", 5, 2, "Service crédit immobilier", "in_progress", "2024-09-30"),
    _idea("s4", "Assurance emprunteur expliquée dès le départ",
          "Fiche contrat groupe ou délégation, aide au questionnaire de santé, droit à l’oubli "
          "et convention AERAS.", 3, 2, "Assurance emprunteur", "idea"),
    # 5. Obtenir l’accord et l’offre
    _touch("s5", "Appels à l’agence",
           "Le couple appelle pour savoir où en est le dossier ; un rappel est promis.", "phone"),
    _touch("s5", "Offre de prêt par courrier recommandé",
           "Offre, tableau d’amortissement et notice d’assurance ; le délai de réflexion court "
           "dès la réception.", "mail", "tp_offre", physical=True, moment_of_truth=True,
           key_touchpoint=True),
    _touch("s5", "Suivi du dossier dans l’appli",
           "Prévu au printemps : les étapes de l’étude visibles en temps réel.", "app",
           touchpoint_state="future"),
    _text("act", "s5", "Attend, relance, puis lit l’offre",
          "Compare l’offre à la simulation, vérifie le TAEG et l’assurance, attend le onzième "
          "jour pour la signer."),
    _text("think", "s5", "« Et si la banque refuse ? »",
          "La condition suspensive expire dans quinze jours, le vendeur s’impatiente : pourquoi "
          "personne ne nous dit rien ?"),
    _pain("s5", "Trois semaines sans nouvelles",
          "Aucune information pendant l’étude ; Camille apprend par hasard qu’il manquait une "
          "pièce.", "p_silence", mot=True, effort="emotional"),
    _gain("s5", "L’accord tombe : le projet est sauvé",
          "La conseillère appelle pour annoncer l’accord, avant même l’envoi de l’offre.",
          "g_accord", magic=True),
    _pain("s5", "Le délai de 10 jours, une surprise",
          "Le couple pensait signer l’offre tout de suite ; le notaire avait fixé la date sans "
          "en tenir compte.", "p_reflexion", effort="cognitive"),
    _text("back", "s5", "Analyse, comité et garantie",
          "Service crédit (taux d’endettement, reste à vivre), accord de la société de caution, "
          "édition de l’offre : 19 jours en moyenne."),
    _idea("s5", "Un SMS à chaque étape de l’étude",
          "« Dossier complet », « En analyse », « Accordé », « Offre envoyée » : quatre messages "
          "automatiques.", 5, 1, "Direction digitale", "planned", "2024-06-30"),
    _idea("s5", "Offre de prêt signée en ligne",
          "Offre envoyée par voie électronique, acceptée en ligne dès le onzième jour, sans "
          "aller-retour postal.", 4, 3, "Service crédit immobilier", "planned", "2024-12-31"),
    # 6. Signer chez le notaire
    _touch("s6", "Appel de fonds du notaire",
           "E-mail du notaire à la conseillère pour le déblocage ; Camille est en copie.",
           "email", direct=False),
    _touch("s6", "Étude du notaire",
           "Signature de l’acte authentique ; les fonds ont été virés au notaire la veille.",
           "other", "tp_notaire", direct=False, physical=True),
    _text("act", "s6", "Signe l’acte, reçoit les clés",
          "Relit l’acte avec le notaire, signe, règle les frais, reçoit les clés du vendeur."),
    _text("think", "s6", "« Les fonds seront-ils là à temps ? »",
          "La veille au soir, le notaire n’a toujours pas reçu le virement : faut-il décaler le "
          "rendez-vous ?"),
    _pain("s6", "Déblocage confirmé à la dernière minute",
          "Le virement est confirmé le matin même, après trois appels entre notaire, agence et "
          "cliente.", "p_deblocage", effort="time"),
    _gain("s6", "Les clés en main",
          "Un moment de joie : photo dans le salon vide, message de félicitations de la "
          "conseillère.", "g_cles", mot=True),
    _text("back", "s6", "Déblocage des fonds",
          "Le service crédit vérifie la levée des conditions puis vire le prêt au notaire, deux "
          "jours avant la signature au mieux."),
    _idea("s6", "Espace d’échange banque-notaire",
          "Une plateforme commune pour l’appel de fonds, le suivi du virement et les pièces de "
          "l’acte.", 4, 5, "Service crédit immobilier", "idea"),
    # 7. Rembourser
    _touch("s7", "E-mail « Votre prêt démarre »",
           "Date et montant de la première échéance, contact de la conseillère.", "email"),
    _touch("s7", "Espace client et appli",
           "Tableau d’amortissement, capital restant dû, attestation d’intérêts.", "app",
           "tp_espace"),
    _text("act", "s7", "Vérifie les premiers prélèvements",
          "Contrôle la mensualité et la cotisation d’assurance sur son relevé."),
    _text("think", "s7", "« Peut-on changer d’assurance ? »",
          "Un collègue a divisé la sienne par deux : est-ce possible à tout moment ? Et "
          "rembourser plus tôt ?"),
    _pain("s7", "Première échéance plus élevée que prévu",
          "1 480 € au lieu de 1 330 € : personne n’avait expliqué les intérêts courus depuis le "
          "déblocage.", "p_echeance", effort="financial"),
    _gain("s7", "La conseillère rappelle après un mois",
          "Un point sur l’installation, l’assurance habitation et l’épargne qui reste.",
          "g_suivi", magic=True),
    _text("back", "s7", "Passage en gestion",
          "Le prêt part au back-office ; la conseillère n’est plus alertée des questions de la "
          "cliente."),
    _idea("s7", "Expliquer la première échéance avant qu’elle tombe",
          "Message à J-5 : montant exact, raison de l’écart, lien vers le tableau "
          "d’amortissement.", 3, 1, "Réseau d’agences", "done"),
    _idea("s7", "Assistant virtuel pour le prêt en cours",
          "Chatbot de questions-réponses ; peu demandé en entretien, les clients veulent leur "
          "conseillère.", 2, 4, "Direction digitale", "idea"),
)  # fmt: skip


# -- emotion curve, indicators, evidence ----------------------------------------------------

POINTS: tuple[PointSpec, ...] = (
    PointSpec("e_envie", "s1", 0.25, 2, "L’envie de devenir propriétaires"),
    PointSpec("e_jargon", "s1", 0.75, -1, "Perdus dans le jargon", "p_jargon"),
    PointSpec("e_simu", "s2", 0.45, 3, "« Le projet est possible ! »", "g_simu"),
    PointSpec("e_rappel", "s2", 0.85, -1, "Rappelée six jours plus tard", "p_rappel"),
    PointSpec("e_attente", "s3", 0.3, -2, "Trois semaines pour un rendez-vous", "p_attente"),
    PointSpec("e_attestation", "s3", 0.75, 3, "Attestation en poche", "g_attestation"),
    PointSpec("e_pieces", "s4", 0.3, -2, "La chasse aux papiers", "p_pieces"),
    PointSpec("e_sante", "s4", 0.75, -4, "Surprime d’assurance", "p_sante"),
    PointSpec("e_silence", "s5", 0.3, -5, "Silence radio, peur de perdre l’appartement",
              "p_silence"),
    PointSpec("e_accord", "s5", 0.75, 4, "Accord de la banque !", "g_accord"),
    PointSpec("e_fonds", "s6", 0.3, -2, "Les fonds arriveront-ils ?", "p_deblocage"),
    PointSpec("e_cles", "s6", 0.75, 5, "Les clés en main", "g_cles"),
    PointSpec("e_echeance", "s7", 0.3, -1, "Échéance plus élevée que prévu", "p_echeance"),
    PointSpec("e_suivi", "s7", 0.75, 2, "Un prêt qui se fait oublier", "g_suivi"),
)  # fmt: skip

# NPS from -100 to +100; CSAT from 1 to 5; CES from 1 (very hard) to 7 (very easy), so that
# every indicator reads "higher is better" except the lead time, in days.
METRICS: tuple[MetricSpec, ...] = (
    MetricSpec("s1", "CSAT", 3.4, 3.9, 4.0, "/5", "csat"),
    MetricSpec("s1", "CES", 4.1, 4.8, 5.0, "/7", "ces"),
    MetricSpec("s2", "CSAT", 3.9, 4.3, 4.3, "/5", "csat"),
    MetricSpec("s2", "CES", 5.6, 5.9, 6.0, "/7", "ces"),
    MetricSpec("s2", "Simulations suivies d’un rendez-vous", 11, 17, 20, "%", "conversion"),
    MetricSpec("s3", "NPS", 18, 32, 35, "points", "nps"),
    MetricSpec("s3", "CSAT", 4.2, 4.5, 4.5, "/5", "csat"),
    MetricSpec("s3", "CES", 4.4, 5.5, 5.5, "/7", "ces"),
    MetricSpec("s4", "CSAT", 2.6, 3.5, 3.8, "/5", "csat"),
    MetricSpec("s4", "CES", 2.3, 4.1, 4.5, "/7", "ces"),
    MetricSpec("s5", "NPS", -12, 15, 20, "points", "nps"),
    MetricSpec("s5", "CSAT", 2.9, 3.9, 4.0, "/5", "csat"),
    MetricSpec("s5", "CES", 3.1, 4.6, 5.0, "/7", "ces"),
    MetricSpec("s5", "Délai moyen jusqu’à l’accord", 19, 12, 10, "jours"),
    MetricSpec("s6", "CSAT", 4.1, 4.4, 4.5, "/5", "csat"),
    MetricSpec("s6", "CES", 3.8, 5.2, 5.5, "/7", "ces"),
    MetricSpec("s7", "NPS", 24, 38, 40, "points", "nps"),
    MetricSpec("s7", "CSAT", 3.9, 4.2, 4.3, "/5", "csat"),
    MetricSpec("s7", "CES", 5.0, 5.6, 6.0, "/7", "ces"),
)

# The NPS of two stages as the survey gave it: promoters, passives, detractors (the method's
# own reckoning: 84 promoters, 68 passives and 48 detractors of 200 answers make 42 % − 24 %).
SURVEYS: tuple[SurveySpec, ...] = (
    SurveySpec("s3", "Enquête à chaud après rendez-vous", ("2024-03-29", "2024-10-31"),
               (84, 68, 48), (100, 64, 36)),
    SurveySpec("s5", "Enquête après accord de prêt", ("2024-03-29", "2024-10-31"),
               (36, 60, 54), (64, 56, 40)),
)  # fmt: skip

# The path Camille actually took, from one touchpoint to the next.
CONNECTIONS: tuple[tuple[str, str], ...] = (
    ("tp_annonces", "tp_simu"),
    ("tp_simu", "tp_agenda"),
    ("tp_agenda", "tp_rdv"),
    ("tp_rdv", "tp_depot"),
    ("tp_depot", "tp_offre"),
    ("tp_offre", "tp_notaire"),
    ("tp_notaire", "tp_espace"),
)

INSIGHTS: tuple[InsightSpec, ...] = (
    InsightSpec("Le silence pendant l’étude du dossier coûte plus que le délai lui-même : 9 "
                "clients sur 14 ont appelé l’agence au moins trois fois pour savoir où en était "
                "leur prêt.",
                "14 entretiens individuels (janvier-avril 2024) ; 312 réclamations de 2023",
                (("stage", "s5"),)),
    InsightSpec("Les pièces redemandées viennent d’une liste générique : deux dossiers sur trois "
                "partent incomplets vers le service crédit.",
                "Contrôle de complétude, 120 dossiers de février 2024",
                (("card", "p_pieces"),)),
)  # fmt: skip

QUOTES: tuple[QuoteSpec, ...] = (
    QuoteSpec("Le simulateur m’a dit oui en trois minutes. Pour la première fois, je me suis "
              "dit : on va vraiment le faire.",
              "Camille, 34 ans, primo-accédante", "Entretien individuel n° 3", "2024-03-12",
              (("card", "g_simu"), ("emotion_point", "e_simu"))),
    QuoteSpec("Le taux affiché, c’était « à partir de ». Avec l’assurance, on payait 18 000 € de "
              "plus que prévu.",
              "Karim, 41 ans, primo-accédant", "Entretien individuel n° 7", "2024-03-19",
              (("card", "p_taux"),)),
    QuoteSpec("J’ai laissé mon numéro un samedi. Le courtier m’a appelé le lundi, ma banque le "
              "vendredi suivant.",
              "Élodie, 29 ans, primo-accédante", "Enquête en ligne après simulation",
              "2024-02-27", (("card", "p_rappel"),)),
    QuoteSpec("Trois semaines pour avoir un rendez-vous, alors qu’on avait un appartement sous "
              "le coude.",
              "Thomas, 38 ans", "Avis Google, agence de Nantes Centre", "2024-01-15",
              (("card", "p_attente"),)),
    QuoteSpec("Monter le dossier, c’est un deuxième boulot : le soir, après le travail, pendant "
              "trois semaines.",
              "Sophie, 33 ans, primo-accédante", "Entretien individuel n° 9", "2024-03-26",
              (("stage", "s4"),)),
    QuoteSpec("On m’a redemandé mes relevés de compte… alors que mon compte est chez eux depuis "
              "huit ans !",
              "Camille, 34 ans, primo-accédante", "Entretien individuel n° 3", "2024-03-12",
              (("card", "p_pieces"),)),
    QuoteSpec("Personne ne m’a expliqué la surprime. J’ai eu l’impression d’être puni pour une "
              "maladie guérie depuis dix ans.",
              "Julien, 36 ans, co-emprunteur", "Entretien individuel n° 3", "2024-03-12",
              (("emotion_point", "e_sante"),)),
    QuoteSpec("Pendant trois semaines, silence radio. J’appelais l’agence tous les deux jours, "
              "et la condition suspensive tombait le 15.",
              "Sophie, 33 ans, primo-accédante", "Réclamation au service client", "2024-02-08",
              (("card", "p_silence"),)),
    QuoteSpec("Quand ma conseillère m’a appelée pour me dire que c’était accordé, j’ai pleuré "
              "dans mon bureau.",
              "Nadia, 35 ans, primo-accédante", "Entretien individuel n° 11", "2024-04-03",
              (("card", "g_accord"),)),
    QuoteSpec("Je ne savais pas qu’il fallait attendre dix jours pour signer l’offre. Le "
              "notaire, lui, voulait une date.",
              "Karim, 41 ans, primo-accédant", "Entretien individuel n° 7", "2024-03-19",
              (("card", "p_reflexion"),)),
    QuoteSpec("La veille de la signature, le notaire n’avait toujours pas les fonds. J’ai passé "
              "la matinée au téléphone.",
              "Thomas, 38 ans", "Enquête à chaud après signature", "2024-04-22",
              (("card", "p_deblocage"),)),
)  # fmt: skip

LINKS: tuple[LinkSpec, ...] = (
    LinkSpec("Code de la consommation, article L313-34 : délai de réflexion",
             "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006069565/",
             "L’emprunteur ne peut accepter l’offre de prêt que dix jours après l’avoir reçue.",
             (("card", "tp_offre"),)),
    LinkSpec("Synthèse des entretiens primo-accédants 2024",
             "https://intranet.example/etudes/primo-accedants-2024.pdf",
             "14 entretiens individuels, janvier à avril 2024 : grille, profils et verbatims.",
             (("journey", "journey"),)),
)  # fmt: skip


# -- building -------------------------------------------------------------------------------

_BEFORE = re.compile(r" (?=[:;!?»%€])")
_AFTER = re.compile(r"(?<=[«°]) ")
_THOUSANDS = re.compile(r"(?<=\d) (?=\d{3}\b)")


def _fr(text: str) -> str:
    """French typography: non-breaking spaces where a line must not break."""
    for pattern in (_BEFORE, _AFTER, _THOUSANDS):
        text = pattern.sub("\u00a0", text)
    return text


def _frame(document: JourneyDocument) -> Ids:
    document.start_project(PROJECT_TITLE, "fr", author=AUTHOR)
    document.update_project(notes=_fr(NOTES))
    persona: dict[str, Any] = {k: _fr(v) if isinstance(v, str) else v for k, v in PERSONA.items()}
    ids = {"persona": document.add_persona(**persona).first_added}
    context, goal = _fr(JOURNEY_CONTEXT), _fr(JOURNEY_GOAL)
    journey = document.add_journey(JOURNEY_TITLE, context=context, goal=goal, state="current")
    ids["journey"] = journey.first_added
    document.set_persona(ids["journey"], ids["persona"])
    for ref, title, description, colour in STAGES:
        added = document.add_stage(
            ids["journey"], title, description=_fr(description), colour=colour
        )
        ids[ref] = added.first_added
    for ref, kind, title in LANES:
        ids[ref] = document.add_lane(ids["journey"], kind, title).first_added
    return ids


def _cards(document: JourneyDocument, ids: Ids) -> None:
    for card in CARDS:
        fields = dict(card.fields)
        added = document.add_card(
            ids[card.lane], ids[card.stage], _fr(card.title), body=_fr(card.body), **fields
        )
        if card.ref:
            ids[card.ref] = added.first_added


def _curve(document: JourneyDocument, ids: Ids) -> None:
    for point in POINTS:
        card_id = ids[point.card] if point.card else None
        added = document.add_emotion_point(
            ids["emo"], ids[point.stage], point.value, point.offset, _fr(point.label), card_id
        )
        ids[point.ref] = added.first_added


def _metrics(document: JourneyDocument, ids: Ids) -> None:
    surveys = {survey.stage: survey for survey in SURVEYS}
    for metric in METRICS:
        added = document.add_metric(
            ids[metric.stage],
            metric.name,
            value_before=metric.before,
            value_after=metric.after,
            target=metric.target,
            unit=metric.unit,
            kind=metric.kind,
        ).first_added
        survey = surveys.get(metric.stage)
        if metric.kind == "nps" and survey is not None:
            document.update_metric(
                added,
                source=_fr(survey.source),
                measured_before=survey.dates[0],
                measured_after=survey.dates[1],
            )
            for phase, counts in (("before", survey.before), ("after", survey.after)):
                groups = dict(zip(("promoters", "passives", "detractors"), counts, strict=True))
                document.set_metric_inputs(added, phase, groups)


def _connections(document: JourneyDocument, ids: Ids) -> None:
    for start, end in CONNECTIONS:
        document.add_connection(ids[start], ids[end])


def _evidence(document: JourneyDocument, ids: Ids) -> None:
    for quote in QUOTES:
        evidence_id = document.add_evidence(
            "quote",
            text=_fr(quote.text),
            speaker=quote.speaker,
            source=_fr(quote.source),
            date=quote.date,
        ).first_added
        for kind, ref in quote.targets:
            document.attach_evidence(evidence_id, kind, ids[ref])
    for link in LINKS:
        evidence_id = document.add_evidence(
            "link", title=_fr(link.title), url=link.url, text=_fr(link.text)
        ).first_added
        for kind, ref in link.targets:
            document.attach_evidence(evidence_id, kind, ids[ref])
    for insight in INSIGHTS:
        evidence_id = document.add_evidence(
            "insight", text=_fr(insight.text), source=_fr(insight.sources)
        ).first_added
        for kind, ref in insight.targets:
            document.attach_evidence(evidence_id, kind, ids[ref])


STORYBOARD: tuple[tuple[str, str, str, str], ...] = (  # stage, picture, title, caption
    ("s1", "1-a-vendre.jpg", "Le trois-pièces repéré",
     "Annonce vue un samedi : le déclic du projet."),
    ("s2", "2-simulateur.jpg", "Le simulateur sur mobile",
     "Le premier chiffre qui rend le projet réel."),
    ("s4", "3-dossier.jpg", "Quatorze pièces à fournir",
     "La liste envoyée par e-mail, cochée un soir après l’autre."),
    ("s5", "4-offre.jpg", "L’offre en recommandé",
     "Dix jours de réflexion que le couple n’attendait pas."),
    ("s6", "5-les-cles.jpg", "Les clés",
     "Remises chez le notaire, après la signature."),
)  # fmt: skip


def _storyboard(document: JourneyDocument, ids: Ids) -> None:
    """The storyboard lane: one drawing per key moment, as photo evidence of its card."""
    for stage, picture, title, caption in STORYBOARD:
        card = document.add_card(ids["img"], ids[stage], _fr(title), body=_fr(caption))
        data = bundled.read_bytes("samples", "storyboard", picture)
        document.add_photo(data, picture, targets=[("card", card.first_added)], title=_fr(title))


def build_sample(document: JourneyDocument) -> None:
    """Fill a brand-new, empty document (no project yet) with the finished home-loan map."""
    ids = _frame(document)
    _cards(document, ids)
    _curve(document, ids)
    _metrics(document, ids)
    _connections(document, ids)
    _evidence(document, ids)
    _storyboard(document, ids)
