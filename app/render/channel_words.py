"""Which channels a persona's free text names ("l'appli, le site, un SMS pour les alertes"), in
French and English, and the lines of a multi-line field without the bullets people type."""

from __future__ import annotations

import re

_CHANNEL_WORDS: dict[str, tuple[str, ...]] = {  # words that name a channel, French and English
    "web": ("site", "site web", "web", "internet", "en ligne", "website", "online"),
    "app": ("appli", "application", "app", "application mobile", "mobile app"),
    "store": ("agence", "magasin", "boutique", "guichet", "store", "shop", "branch"),
    "advisor": ("conseiller", "conseillère", "courtier", "advisor", "adviser", "broker"),
    "phone": ("téléphone", "telephone", "appel", "phone", "call", "hotline"),
    "sms": ("sms", "texto", "text message"),
    "email": ("e-mail", "email", "mail", "courriel", "newsletter"),
    "chat": ("chat", "tchat", "chatbot", "messagerie", "whatsapp", "messenger"),
    "social": ("réseaux sociaux", "réseau social", "social media", "facebook", "instagram",
               "linkedin", "tiktok"),
    "press": ("presse", "press", "magazine"),
    "reviews": ("avis en ligne", "avis clients", "reviews", "trustpilot"),
    "mail": ("courrier", "lettre", "letter", "post"),
    "event": ("événement", "salon", "event", "webinaire", "webinar"),
}  # fmt: skip
_CHANNEL_PATTERNS = tuple(
    (
        channel,
        re.compile(
            r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")s?(?![\w-])",
            re.IGNORECASE,
        ),
    )
    for channel, words in _CHANNEL_WORDS.items()
)
_BULLET = re.compile(r"^\s*(?:[-–—•*·]\s+)?")


def named_channels(text: str) -> list[str]:
    """The known channels (`web`, `app`, ...) a free text names, in the order it names them."""
    found = []
    for channel, pattern in _CHANNEL_PATTERNS:
        match = pattern.search(text)
        if match:
            found.append((match.start(), channel))
    return [channel for _, channel in sorted(found)]


def bullet_lines(text: str, split_semicolons: bool = False) -> list[str]:
    """The lines of a multi-line field, without the bullets people type; with
    `split_semicolons`, each part of a line between semicolons too (capitalised)."""
    lines = []
    for raw in text.splitlines():
        parts = raw.split(";") if split_semicolons else [raw]
        for index, part in enumerate(parts):
            part = _BULLET.sub("", part).strip()
            if part and index > 0 and part[0].islower():
                part = part[0].upper() + part[1:]
            if part:
                lines.append(part)
    return lines
