"""What every analysis view shares: its words in the map's language, its title block and foot,
and the `Poster` the writers print (the same PDF, PNG and SVG writers as the map's).

A view is laid out at a fixed page size in points (landscape A3 proportions); the writers scale
it to the paper asked for, as they do a map.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from app.model.infos import JourneyInfo

from ..blocks import Context
from ..fonts import TextMeasurer
from ..labels import Words
from ..layout import Poster
from ..ops import Box, Item, Line, Op, Rect
from ..theme import DEFAULT_THEME, Theme

WIDTH, HEIGHT = 1190.0, 842.0  # A3 landscape, in points
MARGIN = 36.0

_VIEW_WORDS: dict[str, tuple[str, str]] = {
    "matrix": ("Opportunity matrix", "Matrice des opportunités"),
    "plan": ("Action plan", "Plan d’actions"),
    "inventory": ("Touchpoint inventory", "Inventaire des points de contact"),
    "compare": ("Comparison of journeys", "Comparaison des parcours"),
    "stats": ("Journey statistics", "Statistiques du parcours"),
    "quick_win": ("Quick wins", "Gains rapides"),
    "major_project": ("Major projects", "Projets majeurs"),
    "fill_in": ("Fill-ins", "Petites améliorations"),
    "thankless": ("Thankless tasks", "Chantiers ingrats"),
    "unscored": ("Not scored yet", "Pas encore évaluées"),
    "quick_win_1": ("Quick win", "Gain rapide"),
    "major_project_1": ("Major project", "Projet majeur"),
    "fill_in_1": ("Fill-in", "Petite amélioration"),
    "thankless_1": ("Thankless task", "Chantier ingrat"),
    "unscored_1": ("Not scored", "Non évaluée"),
    "impact_axis": ("Impact", "Impact"),
    "effort_axis": ("Effort", "Effort"),
    "low": ("low", "faible"),
    "high": ("high", "fort"),
    "opportunities_n": ("{count} opportunities", "{count} opportunités"),
    "none_yet": ("No opportunity yet.", "Aucune opportunité pour l’instant."),
    "priority": ("#", "N°"),
    "opportunity": ("Opportunity", "Opportunité"),
    "journey": ("Journey", "Parcours"),
    "stage": ("Stage", "Étape"),
    "related": ("Pains and moments of truth", "Irritants et moments de vérité"),
    "impact": ("Impact", "Impact"),
    "effort": ("Effort", "Effort"),
    "quadrant": ("Priority", "Priorité"),
    "owner": ("Owner", "Responsable"),
    "status": ("Status", "Statut"),
    "due": ("Due", "Échéance"),
    "page": ("Page {page} of {pages}", "Page {page} sur {pages}"),
    "channel": ("Channel", "Canal"),
    "touchpoint": ("Touchpoint", "Point de contact"),
    "direct_col": ("Direct", "Direct"),
    "physical_col": ("Physical", "Physique"),
    "future_col": ("Future", "Futur"),
    "key_col": ("Key", "Clé"),
    "no_channel": ("No channel", "Sans canal"),
    "total": ("Total", "Total"),
    "touchpoints_n": ("{count} touchpoints", "{count} points de contact"),
    "direct": ("direct", "directs"),
    "indirect": ("indirect", "indirects"),
    "physical": ("physical", "physiques"),
    "digital": ("digital", "digitaux"),
    "current": ("current", "actuels"),
    "future": ("future", "futurs"),
    "no_touchpoint": ("No touchpoint in this stage", "Aucun point de contact à cette étape"),
    "emotion": ("Feeling", "Ressenti"),
    "min_max_mean": ("min · max · mean", "min · max · moyenne"),
    "pains": ("Pains", "Irritants"),
    "gains": ("Gains", "Enchanteurs"),
    "moments": ("Moments of truth", "Moments de vérité"),
    "cards": ("Cards", "Cartes"),
    "highs_lows": ("Highs, lows and moments of truth", "Hauts, bas et moments de vérité"),
    "high_point": ("High", "Point haut"),
    "low_point": ("Low", "Point bas"),
    "moment": ("Moment of truth", "Moment de vérité"),
    "coverage": (
        "{percent} % of the cards and emotion points are backed by evidence ({backed} of {total})",
        "{percent} % des cartes et points d’émotion sont étayés par un élément illustratif "
        "({backed} sur {total})",
    ),
    "no_evidence": ("no evidence", "aucun élément illustratif"),
    "metrics": ("Metrics, before → after (target)", "Indicateurs, avant → après (cible)"),
    "pains_gone": ("Pains that disappear", "Irritants qui disparaissent"),
    "gains_new": ("Gains that appear", "Enchanteurs qui apparaissent"),
    "unmatched": ("(no matching stage)", "(sans étape correspondante)"),
    "nothing": ("—", "—"),
    "exported": ("{date} · {file}", "{date} · {file}"),
}


class ViewWords(Words):
    """The words of the analysis views, then the poster's own."""

    def __call__(self, key: str, **values: object) -> str:
        pair = _VIEW_WORDS.get(key)
        if pair is None:
            return super().__call__(key, **values)
        text = pair[1 if self.language == "fr" else 0]
        return text.format(**values) if values else text


@dataclass
class PageContext:
    """A `Context` for a view page, in the map's language."""

    ctx: Context
    words: ViewWords

    @classmethod
    def new(cls, language: str, theme: Theme = DEFAULT_THEME) -> PageContext:
        words = ViewWords(language)
        return cls(Context(theme, words, TextMeasurer(), {}), words)


def title_block(
    page: PageContext,
    view: str,
    journeys: Sequence[JourneyInfo],
    subtitle: str,
    width: float = WIDTH,
) -> tuple[Item, float]:
    """The view's name, the journeys it reads and a line of figures; returns where it ends."""
    ctx, t = page.ctx, page.ctx.theme
    ops: list[Op] = []
    x, w = MARGIN, width - 2 * MARGIN
    y = MARGIN
    y += ctx.text(ops, page.words(view).upper(), "bold", t.label * 1.3, t.curve, x, y, w)
    names = " · ".join(j.title for j in journeys if j.title) or "—"
    y += 2 + ctx.text(ops, names, "bold", t.card_title * 1.35, t.ink, x, y + 2, w, max_lines=2)
    if subtitle:
        y += 4 + ctx.text(ops, subtitle, "regular", t.body * 1.2, t.ink_soft, x, y + 4, w)
    y += 10
    ops.append(Line(x, y, x + w, y, t.hairline, t.rule))
    return Item("view-title", view, Rect(x, MARGIN, w, y - MARGIN), tuple(ops)), y + 14


def foot(page: PageContext, text: str, height: float, width: float = WIDTH) -> Item:
    ctx, t = page.ctx, page.ctx.theme
    ops: list[Op] = []
    y = height - MARGIN + 8
    ctx.text(ops, text, "regular", t.small, t.ink_soft, MARGIN, y, width - 2 * MARGIN)
    return Item("view-foot", "", Rect(MARGIN, y, width - 2 * MARGIN, 14), tuple(ops))


def view_poster(
    page: PageContext,
    items: Sequence[Item],
    title: str,
    language: str,
    author: str = "",
    width: float = WIDTH,
    height: float = HEIGHT,
) -> Poster:
    t = page.ctx.theme
    background = Item(
        "background", "", Rect(0, 0, width, height), (Box(0, 0, width, height, fill=t.paper),)
    )
    return Poster(
        width=width,
        height=height,
        items=(background, *items),
        assets={},
        title=title,
        author=author,
        subject=title,
        language=language,
        column=0.0,
        paper=t.paper,
    )


def stamp(page: PageContext, file_name: str, today: date | None) -> str:
    return page.words("exported", date=page.words.date(today or date.today()), file=file_name)
