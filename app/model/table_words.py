"""How people name the spreadsheet columns and their values, in English and French.

`FIELD_HEADERS` and `CHOICE_LABELS` are what an export writes (in the map's language);
`HEADER_WORDS` are the other headers a workshop spreadsheet may carry, which an import
recognises. A column that a later file format adds and that is missing here is still exported
and imported, under its own name.
"""

from __future__ import annotations

FIELD_HEADERS: dict[str, tuple[str, str]] = {
    "journey": ("Journey", "Parcours"),
    "stage": ("Stage", "Étape"),
    "stage_position": ("Stage no.", "N° d’étape"),
    "lane": ("Lane", "Couloir"),
    "lane_kind": ("Lane kind", "Type de couloir"),
    "lane_position": ("Lane no.", "N° de couloir"),
    "title": ("Title", "Titre"),
    "body": ("Description", "Description"),
    "colour": ("Colour", "Couleur"),
    "channel": ("Channel", "Canal"),
    "direct": ("Direct", "Direct"),
    "physical": ("Physical", "Physique"),
    "touchpoint_state": ("Current or future", "Actuel ou futur"),
    "owner": ("Owner", "Responsable"),
    "sentiment": ("Pain or gain", "Irritant ou enchanteur"),
    "moment_of_truth": ("Moment of truth", "Moment de vérité"),
    "impact": ("Impact (1-5)", "Impact (1-5)"),
    "effort": ("Effort (1-5)", "Effort (1-5)"),
    "status": ("Status", "Statut"),
    "evidence_count": ("Evidence", "Éléments de preuve"),
    "position": ("Order", "Ordre"),
    "id": ("Id", "Id"),
    "created_at": ("Created", "Créé le"),
    "updated_at": ("Changed", "Modifié le"),
    "name": ("Metric", "Indicateur"),
    "value_before": ("Before", "Avant"),
    "value_after": ("After", "Après"),
    "target": ("Target", "Cible"),
    "unit": ("Unit", "Unité"),
    "kind": ("Kind", "Type"),
    "text": ("Text", "Texte"),
    "speaker": ("Speaker", "Auteur"),
    "source": ("Source", "Source"),
    "date": ("Date", "Date"),
    "url": ("Link", "Lien"),
    "used_on": ("Used on", "Utilisé sur"),
    "use_count": ("Uses", "Utilisations"),
}

CHOICE_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "sentiment": {
        "neutral": ("Neutral", "Neutre"),
        "pain": ("Pain", "Irritant"),
        "gain": ("Gain", "Enchanteur"),
    },
    "touchpoint_state": {"current": ("Current", "Actuel"), "future": ("Future", "Futur")},
    "status": {
        "": ("", ""),
        "idea": ("Idea", "Idée"),
        "planned": ("Planned", "Planifiée"),
        "in_progress": ("In progress", "En cours"),
        "done": ("Done", "Terminée"),
    },
    "channel": {
        "": ("", ""),
        "web": ("Web site", "Site web"),
        "app": ("App", "Application"),
        "store": ("Store", "Magasin"),
        "advisor": ("Advisor", "Conseiller"),
        "phone": ("Phone", "Téléphone"),
        "sms": ("SMS", "SMS"),
        "email": ("E-mail", "E-mail"),
        "chat": ("Chat", "Chat"),
        "social": ("Social media", "Réseaux sociaux"),
        "press": ("Press", "Presse"),
        "reviews": ("Review sites", "Sites d’avis"),
        "mail": ("Post", "Courrier"),
        "event": ("Event", "Événement"),
        "other": ("Other", "Autre"),
    },
    "lane_kind": {
        "text": ("Text", "Texte"),
        "touchpoints": ("Touchpoints", "Points de contact"),
        "emotion": ("Feelings", "Ressenti"),
        "pains_gains": ("Pains and gains", "Irritants et enchanteurs"),
        "opportunities": ("Opportunities", "Opportunités"),
        "images": ("Storyboard", "Storyboard"),
        "metrics": ("Metrics", "Indicateurs"),
    },
    "kind": {
        "photo": ("Photo", "Photo"),
        "quote": ("Quote", "Verbatim"),
        "link": ("Link", "Lien"),
        "note": ("Note", "Note"),
    },
}

CHOICE_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "sentiment": {
        "pain": (
            "pain point",
            "frustration",
            "point de douleur",
            "friction",
            "negative",
            "négatif",
        ),
        "gain": ("delight", "enchantement", "positive", "positif", "gain"),
        "neutral": ("", "none", "aucun"),
    },
    "status": {
        "idea": ("to do", "todo", "à faire", "proposée", "proposed"),
        "planned": ("planned", "planifié", "prévu", "prévue"),
        "in_progress": ("in progress", "ongoing", "en cours", "doing"),
        "done": ("done", "finished", "fait", "faite", "terminé", "réalisé", "réalisée"),
    },
    "channel": {
        "web": ("web", "website", "site", "internet", "site internet"),
        "app": ("mobile app", "appli", "application mobile"),
        "store": ("shop", "agence", "boutique", "branch"),
        "advisor": ("adviser", "conseillère", "vendeur", "agent"),
        "phone": ("telephone", "call centre", "call center", "centre d’appels", "appel"),
        "email": ("email", "mail électronique", "courriel"),
        "chat": ("chatbot", "tchat", "messagerie"),
        "social": ("social", "réseaux", "facebook", "instagram", "linkedin"),
        "reviews": ("reviews", "avis"),
        "mail": ("letter", "lettre", "postal", "courrier postal"),
        "event": ("salon", "trade show"),
    },
    "touchpoint_state": {"current": ("as is", "existant"), "future": ("to be", "cible")},
}
"""Other words for vocabulary values (the codes and the labels above are always accepted)."""

HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "journey": ("parcours client", "journey title"),
    "stage": ("step", "phase", "stade", "etape du parcours", "stage title", "titre de l etape"),
    "stage_position": ("stage number", "numero d etape", "stage position"),
    "lane": ("swimlane", "row", "ligne", "lane title", "titre du couloir"),
    "lane_kind": ("lane type", "kind of lane"),
    "lane_position": ("lane number", "numero de couloir", "lane position"),
    "title": (
        "card", "carte", "label", "libelle", "intitule", "nom", "touchpoint", "point de contact",
        "opportunity", "opportunite", "action", "idea", "idee",
    ),
    "body": ("details", "detail", "notes", "note", "commentaire", "comment", "body", "texte"),
    "channel": ("canal de contact", "media", "medium"),
    "direct": ("direct or indirect", "direct indirect", "direct ou indirect"),
    "physical": ("physical or digital", "physique ou digital", "physique ou numerique"),
    "touchpoint_state": ("state", "etat", "current future", "actuel futur"),
    "owner": ("porteur", "pilote", "proprietaire", "who", "qui", "responsible"),
    "sentiment": ("pain gain", "irritant enchanteur", "sentiment"),
    "moment_of_truth": ("moment de verite", "mot", "key moment"),
    "impact": ("impact",),
    "effort": ("effort", "difficulty", "difficulte"),
    "status": ("state of progress", "avancement", "etat d avancement"),
    "name": ("indicator", "kpi", "metric name", "nom de l indicateur"),
    "value_before": ("value before", "valeur avant", "baseline", "value", "valeur"),
    "value_after": ("value after", "valeur apres"),
    "target": ("objectif", "goal"),
    "unit": ("unite",),
    "id": ("identifier", "identifiant", "uuid"),
}  # fmt: skip
"""Other headers for a field, written folded (no accent, no punctuation, lower case)."""
