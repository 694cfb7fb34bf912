"""The words printed on a poster, in the map's language (French or English).

The render package knows no Qt, so the poster does not use Qt's translations: the few words it
prints itself (legend, section names, channel names) are here, in both languages.
"""

from __future__ import annotations

from datetime import date

_WORDS: dict[str, tuple[str, str]] = {  # key: (English, French)
    "context": ("Context", "Contexte"),
    "goal": ("Customer goal", "Objectif du client"),
    "persona": ("Persona", "Persona"),
    "current": ("Current state", "État actuel"),
    "future": ("Future state", "État futur"),
    "future_copy": ("{title} (future)", "{title} (futur)"),
    "age": ("{age} years old", "{age} ans"),
    "goals": ("Goals", "Objectifs"),
    "frustrations": ("Frustrations", "Frustrations"),
    "exported": ("Exported {date}", "Exporté le {date}"),
    "file": ("File: {name}", "Fichier : {name}"),
    "by": ("By {author}", "Par {author}"),
    "legend": ("Legend", "Légende"),
    "pain": ("Pain", "Irritant"),
    "gain": ("Gain", "Enchanteur"),
    "moment": ("Moment of truth", "Moment de vérité"),
    "future_tp": ("Future touchpoint", "Point de contact futur"),
    "indirect": ("Indirect", "Indirect"),
    "physical": ("Physical", "Physique"),
    "high": ("High", "Point haut"),
    "low": ("Low", "Point bas"),
    "curve": ("Emotion, −5 to +5", "Ressenti, de −5 à +5"),
    "before_after": ("Metric before, after (target)", "Indicateur avant, après (cible)"),
    "before": ("before", "avant"),
    "after": ("after", "après"),
    "target": ("target {value}", "cible {value}"),
    "magic": ("Magic moment", "Moment magique"),
    "key_tp": ("Key touchpoint", "Point de contact clé"),
    "effort_cognitive": ("Cognitive effort", "Effort cognitif"),
    "effort_physical": ("Physical effort", "Effort physique"),
    "effort_financial": ("Financial effort", "Effort financier"),
    "effort_emotional": ("Emotional effort", "Effort émotionnel"),
    "effort_time": ("Time lost", "Temps perdu"),
    "due": ("Due {date}", "Échéance : {date}"),
    "insight": ("Insight", "Enseignement"),
    "sources": ("Sources: {text}", "Sources : {text}"),
    "connection": ("Connection: the customer’s path", "Connexion : le chemin du client"),
    "line_interaction": ("Line of interaction", "Ligne d’interaction"),
    "line_visibility": ("Line of visibility", "Ligne de visibilité"),
    "line_internal": ("Line of internal interaction", "Ligne d’interaction interne"),
    "answers": ("{count} answers", "{count} réponses"),
    "impact": ("Impact", "Impact"),
    "effort": ("Effort", "Effort"),
    "owner": ("Owner: {name}", "Resp. : {name}"),
    "quick_win": ("Quick win", "Gain rapide"),
    "major": ("Major project", "Projet majeur"),
    "status_idea": ("Idea", "Idée"),
    "status_planned": ("Planned", "Planifié"),
    "status_in_progress": ("In progress", "En cours"),
    "status_done": ("Done", "Fait"),
    "evidence": ("Verbatims and evidence", "Verbatims et preuves"),
    "metrics": ("Metrics", "Indicateurs"),
    "empty": (
        "This journey has no stages or lanes yet.",
        "Ce parcours n’a pas encore d’étapes ni de couloirs.",
    ),
    "made_with": ("Made with Parcours", "Réalisé avec Parcours"),
    "assembly": ("Assembly plan", "Plan d’assemblage"),
    "assembly_help": (
        "{count} sheets of {sheet} ({rows} rows × {columns} columns) make a {width} × {height} mm "
        "poster. Sheets overlap by {overlap} mm. Trim each sheet along its crop marks on the left "
        "and top edges (not on the first column or row), lay it over its neighbour so the "
        "pictures match, and tape it from behind.",
        "{count} feuilles {sheet} ({rows} lignes × {columns} colonnes) forment une affiche de "
        "{width} × {height} mm. Les feuilles se chevauchent de {overlap} mm. Coupez chaque "
        "feuille le long des traits de coupe à gauche et en haut (sauf la première colonne et "
        "la première ligne), posez-la sur sa voisine en faisant coïncider l’image, puis "
        "scotchez-la au dos.",
    ),
    "persona_sheet": ("Persona: {name}", "Persona : {name}"),
    "comments_of": ("Comments on “{title}”", "Commentaires sur «\u00a0{title}\u00a0»"),
    "comment_on_card": ("{n}. Card “{title}”", "{n}. Carte «\u00a0{title}\u00a0»"),
    "comment_on_stage": ("{n}. Stage “{title}”", "{n}. Étape «\u00a0{title}\u00a0»"),
    "comment_on_lane": ("{n}. Lane “{title}”", "{n}. Couloir «\u00a0{title}\u00a0»"),
    "comment_on_emotion_point": (
        "{n}. Emotion point “{title}”",
        "{n}. Point d’émotion «\u00a0{title}\u00a0»",
    ),
    "comment_on_journey": ("{n}. The journey “{title}”", "{n}. Le parcours «\u00a0{title}\u00a0»"),
    "comment_on_persona": ("{n}. Persona “{title}”", "{n}. Persona «\u00a0{title}\u00a0»"),
    "motivations": ("What drives their decisions", "Ce qui guide ses décisions"),
    "channels": ("Preferred channels", "Canaux préférés"),
    "journeys_for": ("Journeys drawn for this persona", "Parcours dessinés pour ce persona"),
    "persona_evidence": ("In their own words", "Verbatims"),
    "sheet": (
        "Sheet {label} · row {row} of {rows}, column {column} of {columns} · {title}",
        "Feuille {label} · ligne {row} sur {rows}, colonne {column} sur {columns} · {title}",
    ),
}

_CHANNELS: dict[str, tuple[str, str]] = {
    "web": ("Website", "Site web"),
    "app": ("Mobile app", "Application"),
    "store": ("Store, branch", "Agence, magasin"),
    "advisor": ("Advisor", "Conseiller"),
    "phone": ("Phone", "Téléphone"),
    "sms": ("SMS", "SMS"),
    "email": ("E-mail", "E-mail"),
    "chat": ("Chat", "Chat"),
    "social": ("Social media", "Réseaux sociaux"),
    "press": ("Press", "Presse"),
    "reviews": ("Reviews", "Avis en ligne"),
    "mail": ("Letter", "Courrier"),
    "event": ("Event", "Événement"),
    "other": ("Other", "Autre"),
}

_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
}


class Words:
    """Poster words in one language; unknown languages fall back to English."""

    def __init__(self, language: str) -> None:
        self.language = "fr" if language == "fr" else "en"
        self._pick = 1 if self.language == "fr" else 0

    def __call__(self, key: str, **values: object) -> str:
        text = _WORDS[key][self._pick]
        return text.format(**values) if values else text

    def channel(self, channel: str) -> str:
        return _CHANNELS.get(channel, ("", ""))[self._pick]

    def date(self, day: date) -> str:
        month = _MONTHS[self.language][day.month - 1]
        if self.language == "fr":
            return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
        return f"{day.day} {month} {day.year}"

    def number(self, value: float) -> str:
        """A figure as people write it: no trailing .0, a decimal comma in French."""
        text = f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"
        text = text.replace("-", "−")
        return text.replace(".", ",") if self.language == "fr" else text

    def iso_date(self, text: str) -> str:
        """A YYYY-MM-DD date as people write it; anything else as it is."""
        try:
            return self.date(date.fromisoformat(text))
        except ValueError:
            return text

    def quoted(self, text: str) -> str:
        return f"«\u00a0{text}\u00a0»" if self.language == "fr" else f"“{text}”"
