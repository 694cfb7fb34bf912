"""What a merge brought, in a few words: "From Jean’s copy — added: 3 cards; changed: 1 stage.
2 conflicts settled: yours kept for 1, theirs for 1."

Shown above the canvas after a merge (the report itself, element by element, is what
`parcours merge --json` prints). Counts go by kind of element and by what happened, so the
sentence reads the same in French, where "added" agrees with the noun, as a list after a colon.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.model.merge_files import MergeReport
from app.model.merge_report import counts

CONTEXT = "MergeSummary"
ELEMENTS = {
    "card": QT_TRANSLATE_NOOP("MergeSummary", "%n cards"),
    "stage": QT_TRANSLATE_NOOP("MergeSummary", "%n stages"),
    "lane": QT_TRANSLATE_NOOP("MergeSummary", "%n lanes"),
    "journey": QT_TRANSLATE_NOOP("MergeSummary", "%n journeys"),
    "persona": QT_TRANSLATE_NOOP("MergeSummary", "%n personas"),
    "emotion_point": QT_TRANSLATE_NOOP("MergeSummary", "%n emotion points"),
    "metric": QT_TRANSLATE_NOOP("MergeSummary", "%n metrics"),
    "evidence": QT_TRANSLATE_NOOP("MergeSummary", "%n pieces of evidence"),
    "evidence_link": QT_TRANSLATE_NOOP("MergeSummary", "%n evidence links"),
    "connection": QT_TRANSLATE_NOOP("MergeSummary", "%n connections"),
    "project": QT_TRANSLATE_NOOP("MergeSummary", "the map’s details"),
}
WHAT = {
    "added": QT_TRANSLATE_NOOP("MergeSummary", "added: %1"),
    "changed": QT_TRANSLATE_NOOP("MergeSummary", "changed: %1"),
    "removed": QT_TRANSLATE_NOOP("MergeSummary", "removed: %1"),
}
SENTENCES = {
    "from_author": QT_TRANSLATE_NOOP("MergeSummary", "From %1’s copy"),
    "from_file": QT_TRANSLATE_NOOP("MergeSummary", "From “%1”"),
    "brought": QT_TRANSLATE_NOOP("MergeSummary", "%1 — %2."),
    "nothing": QT_TRANSLATE_NOOP("MergeSummary", "%1: nothing your map did not have."),
    "both": QT_TRANSLATE_NOOP("MergeSummary", "Changed in both copies — %1."),
    "conflicts": QT_TRANSLATE_NOOP(
        "MergeSummary", "%n conflicts settled: yours kept for %1, theirs for %2."
    ),
    "no_conflict": QT_TRANSLATE_NOOP("MergeSummary", "No conflict."),
}


def _tr(source: object, n: int = -1) -> str:
    text = str(source)  # QT_TRANSLATE_NOOP gives its text back, typed as an object
    translated = QCoreApplication.translate(CONTEXT, text, None, n)
    if n == 1 and translated == text.replace("%n", "1"):  # English: no plural forms loaded
        return _ONE.get(text, translated)
    return translated


_ONE: dict[object, str] = {  # English singulars (the French file has its own plural forms)
    ELEMENTS["card"]: "1 card",
    ELEMENTS["stage"]: "1 stage",
    ELEMENTS["lane"]: "1 lane",
    ELEMENTS["journey"]: "1 journey",
    ELEMENTS["persona"]: "1 persona",
    ELEMENTS["emotion_point"]: "1 emotion point",
    ELEMENTS["metric"]: "1 metric",
    ELEMENTS["evidence"]: "1 piece of evidence",
    ELEMENTS["evidence_link"]: "1 evidence link",
    ELEMENTS["connection"]: "1 connection",
}
_ONE[SENTENCES["conflicts"]] = "1 conflict settled: yours kept for %1, theirs for %2."


def side_words(report: MergeReport, side: str) -> str:
    """ "added: 3 cards, 1 stage; changed: 1 stage", or "" when the side brought nothing."""
    found = counts(report.elements, side)
    parts = []
    for what, template in WHAT.items():
        kinds = [
            _tr(ELEMENTS[table], n) if table in ELEMENTS else f"{n} {table}"
            for (table, done), n in sorted(found.items())
            if done == what
        ]
        if kinds:
            parts.append(_tr(template).replace("%1", ", ".join(kinds)))
    return "; ".join(parts)


def merge_summary(report: MergeReport, their_author: str, stem: str) -> str:
    """The sentence for the notice after merging the copy `stem` (saved by `their_author`)."""
    theirs = side_words(report, "theirs")
    if their_author:
        who = _tr(SENTENCES["from_author"]).replace("%1", their_author)
    else:
        who = _tr(SENTENCES["from_file"]).replace("%1", stem)
    if theirs:
        text = _tr(SENTENCES["brought"]).replace("%1", who).replace("%2", theirs)
    else:
        text = _tr(SENTENCES["nothing"]).replace("%1", who)
    both = side_words(report, "both")
    if both:
        text += " " + _tr(SENTENCES["both"]).replace("%1", both)
    conflicts = len(report.conflicts)
    if conflicts:
        kept_theirs = report.chosen.count("theirs")
        text += " " + (
            _tr(SENTENCES["conflicts"], conflicts)
            .replace("%1", str(conflicts - kept_theirs))
            .replace("%2", str(kept_theirs))
        )
    else:
        text += " " + _tr(SENTENCES["no_conflict"])
    return text
