"""What a version changed, in the users' words and the interface's language: "12 cards
changed, 1 stage added, 2 pains removed".

Each phrase is one whole translatable sentence (French agrees the participle with the noun:
"1 étape ajoutée", "2 irritants supprimés"); the phrase for one is a sentence of its own, since
no English catalogue gives Qt's plural forms, so the other is only ever used for two or more and
needs no plural forms either (lupdate does not see them in `translate()` calls).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from app.model.version_history import ChangeCount

translate = QCoreApplication.translate

PHRASES: dict[tuple[str, str], tuple[Callable[[], str], Callable[[int], str]]] = {
    ("stage", "added"): (
        lambda: translate("VersionWords", "1 stage added"),
        lambda n: translate("VersionWords", "%n stages added").replace("%n", str(n)),
    ),
    ("stage", "changed"): (
        lambda: translate("VersionWords", "1 stage changed"),
        lambda n: translate("VersionWords", "%n stages changed").replace("%n", str(n)),
    ),
    ("stage", "removed"): (
        lambda: translate("VersionWords", "1 stage removed"),
        lambda n: translate("VersionWords", "%n stages removed").replace("%n", str(n)),
    ),
    ("lane", "added"): (
        lambda: translate("VersionWords", "1 lane added"),
        lambda n: translate("VersionWords", "%n lanes added").replace("%n", str(n)),
    ),
    ("lane", "changed"): (
        lambda: translate("VersionWords", "1 lane changed"),
        lambda n: translate("VersionWords", "%n lanes changed").replace("%n", str(n)),
    ),
    ("lane", "removed"): (
        lambda: translate("VersionWords", "1 lane removed"),
        lambda n: translate("VersionWords", "%n lanes removed").replace("%n", str(n)),
    ),
    ("card", "added"): (
        lambda: translate("VersionWords", "1 card added"),
        lambda n: translate("VersionWords", "%n cards added").replace("%n", str(n)),
    ),
    ("card", "changed"): (
        lambda: translate("VersionWords", "1 card changed"),
        lambda n: translate("VersionWords", "%n cards changed").replace("%n", str(n)),
    ),
    ("card", "removed"): (
        lambda: translate("VersionWords", "1 card removed"),
        lambda n: translate("VersionWords", "%n cards removed").replace("%n", str(n)),
    ),
    ("touchpoint", "added"): (
        lambda: translate("VersionWords", "1 touchpoint added"),
        lambda n: translate("VersionWords", "%n touchpoints added").replace("%n", str(n)),
    ),
    ("touchpoint", "changed"): (
        lambda: translate("VersionWords", "1 touchpoint changed"),
        lambda n: translate("VersionWords", "%n touchpoints changed").replace("%n", str(n)),
    ),
    ("touchpoint", "removed"): (
        lambda: translate("VersionWords", "1 touchpoint removed"),
        lambda n: translate("VersionWords", "%n touchpoints removed").replace("%n", str(n)),
    ),
    ("pain", "added"): (
        lambda: translate("VersionWords", "1 pain added"),
        lambda n: translate("VersionWords", "%n pains added").replace("%n", str(n)),
    ),
    ("pain", "changed"): (
        lambda: translate("VersionWords", "1 pain changed"),
        lambda n: translate("VersionWords", "%n pains changed").replace("%n", str(n)),
    ),
    ("pain", "removed"): (
        lambda: translate("VersionWords", "1 pain removed"),
        lambda n: translate("VersionWords", "%n pains removed").replace("%n", str(n)),
    ),
    ("gain", "added"): (
        lambda: translate("VersionWords", "1 gain added"),
        lambda n: translate("VersionWords", "%n gains added").replace("%n", str(n)),
    ),
    ("gain", "changed"): (
        lambda: translate("VersionWords", "1 gain changed"),
        lambda n: translate("VersionWords", "%n gains changed").replace("%n", str(n)),
    ),
    ("gain", "removed"): (
        lambda: translate("VersionWords", "1 gain removed"),
        lambda n: translate("VersionWords", "%n gains removed").replace("%n", str(n)),
    ),
    ("opportunity", "added"): (
        lambda: translate("VersionWords", "1 opportunity added"),
        lambda n: translate("VersionWords", "%n opportunities added").replace("%n", str(n)),
    ),
    ("opportunity", "changed"): (
        lambda: translate("VersionWords", "1 opportunity changed"),
        lambda n: translate("VersionWords", "%n opportunities changed").replace("%n", str(n)),
    ),
    ("opportunity", "removed"): (
        lambda: translate("VersionWords", "1 opportunity removed"),
        lambda n: translate("VersionWords", "%n opportunities removed").replace("%n", str(n)),
    ),
    ("emotion_point", "added"): (
        lambda: translate("VersionWords", "1 emotion point added"),
        lambda n: translate("VersionWords", "%n emotion points added").replace("%n", str(n)),
    ),
    ("emotion_point", "changed"): (
        lambda: translate("VersionWords", "1 emotion point changed"),
        lambda n: translate("VersionWords", "%n emotion points changed").replace("%n", str(n)),
    ),
    ("emotion_point", "removed"): (
        lambda: translate("VersionWords", "1 emotion point removed"),
        lambda n: translate("VersionWords", "%n emotion points removed").replace("%n", str(n)),
    ),
    ("metric", "added"): (
        lambda: translate("VersionWords", "1 metric added"),
        lambda n: translate("VersionWords", "%n metrics added").replace("%n", str(n)),
    ),
    ("metric", "changed"): (
        lambda: translate("VersionWords", "1 metric changed"),
        lambda n: translate("VersionWords", "%n metrics changed").replace("%n", str(n)),
    ),
    ("metric", "removed"): (
        lambda: translate("VersionWords", "1 metric removed"),
        lambda n: translate("VersionWords", "%n metrics removed").replace("%n", str(n)),
    ),
    ("connection", "added"): (
        lambda: translate("VersionWords", "1 connection added"),
        lambda n: translate("VersionWords", "%n connections added").replace("%n", str(n)),
    ),
    ("connection", "changed"): (
        lambda: translate("VersionWords", "1 connection changed"),
        lambda n: translate("VersionWords", "%n connections changed").replace("%n", str(n)),
    ),
    ("connection", "removed"): (
        lambda: translate("VersionWords", "1 connection removed"),
        lambda n: translate("VersionWords", "%n connections removed").replace("%n", str(n)),
    ),
    ("evidence", "added"): (
        lambda: translate("VersionWords", "1 piece of evidence added"),
        lambda n: translate("VersionWords", "%n pieces of evidence added").replace("%n", str(n)),
    ),
    ("evidence", "changed"): (
        lambda: translate("VersionWords", "1 piece of evidence changed"),
        lambda n: translate("VersionWords", "%n pieces of evidence changed").replace("%n", str(n)),
    ),
    ("evidence", "removed"): (
        lambda: translate("VersionWords", "1 piece of evidence removed"),
        lambda n: translate("VersionWords", "%n pieces of evidence removed").replace("%n", str(n)),
    ),
    ("persona", "added"): (
        lambda: translate("VersionWords", "1 persona added"),
        lambda n: translate("VersionWords", "%n personas added").replace("%n", str(n)),
    ),
    ("persona", "changed"): (
        lambda: translate("VersionWords", "1 persona changed"),
        lambda n: translate("VersionWords", "%n personas changed").replace("%n", str(n)),
    ),
    ("persona", "removed"): (
        lambda: translate("VersionWords", "1 persona removed"),
        lambda n: translate("VersionWords", "%n personas removed").replace("%n", str(n)),
    ),
    ("journey", "added"): (
        lambda: translate("VersionWords", "1 journey added"),
        lambda n: translate("VersionWords", "%n journeys added").replace("%n", str(n)),
    ),
    ("journey", "changed"): (
        lambda: translate("VersionWords", "1 journey changed"),
        lambda n: translate("VersionWords", "%n journeys changed").replace("%n", str(n)),
    ),
    ("journey", "removed"): (
        lambda: translate("VersionWords", "1 journey removed"),
        lambda n: translate("VersionWords", "%n journeys removed").replace("%n", str(n)),
    ),
    ("evidence_link", "added"): (
        lambda: translate("VersionWords", "1 piece of evidence attached"),
        lambda n: translate("VersionWords", "%n pieces of evidence attached").replace("%n", str(n)),
    ),
    ("evidence_link", "removed"): (
        lambda: translate("VersionWords", "1 piece of evidence detached"),
        lambda n: translate("VersionWords", "%n pieces of evidence detached").replace("%n", str(n)),
    ),
}
"""(kind, what) -> (the phrase for one, the phrase for %n)."""


def phrase(count: ChangeCount) -> str:
    if count.kind == "project":
        return translate("VersionWords", "project description changed")
    one, many = PHRASES[(count.kind, count.what)]
    return one() if count.count == 1 else many(count.count)


def summary(changes: Sequence[ChangeCount], limit: int = 0) -> str:
    """The phrases joined, the most numerous first; beyond `limit` (if given), "…"."""
    shown = list(changes[:limit] if limit else changes)
    text = ", ".join(phrase(c) for c in shown)
    if limit and len(changes) > limit:
        text += ", …"
    return text
