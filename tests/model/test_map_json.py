"""The JSON form of a whole map: export then build gives the same map, row for row (the sample,
a generated map, pictures as files); an older format's JSON is upgraded; the JSON Schema in docs
is the one the DDL gives; and every hostile JSON is refused in one sentence, nothing left."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.model import JourneyDocument
from app.model.fileformat import FORMAT_VERSION
from app.model.map_json import (
    MapJsonError,
    build_map,
    export_map_json,
    format_tables,
    json_schema,
    map_data,
)
from tests.conftest import dump

ROOT = Path(__file__).resolve().parents[2]


def same_map(first: Path, second: Path) -> None:
    a, b = JourneyDocument.open(first, read_only=True), JourneyDocument.open(second, read_only=True)
    try:
        assert dump(a) == dump(b)
    finally:
        a.close()
        b.close()


@pytest.fixture
def saved_sample(tmp_path: Path) -> Path:
    document = JourneyDocument.new("sample", "fr")
    try:
        document.save_as(tmp_path / "pret.cjm")
    finally:
        document.close()
    return tmp_path / "pret.cjm"


def exported(source: Path, target: Path, pictures: Path | None = None) -> dict[str, Any]:
    document = JourneyDocument.open(source, read_only=True)
    try:
        export_map_json(document, target, pictures)
    finally:
        document.close()
    return json.loads(target.read_text("utf-8"))


def test_the_sample_comes_back_identical(saved_sample: Path, tmp_path: Path) -> None:
    data = exported(saved_sample, tmp_path / "pret.json")
    assert data["kind"] == "parcours-map" and data["format"] == FORMAT_VERSION
    assert set(data["tables"]) == set(format_tables(FORMAT_VERSION))
    build_map(tmp_path / "pret.json", tmp_path / "copie.cjm")
    same_map(saved_sample, tmp_path / "copie.cjm")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_pictures_as_files_beside_the_json(saved_sample: Path, tmp_path: Path) -> None:
    data = exported(saved_sample, tmp_path / "pret.json", tmp_path / "images")
    files = sorted(p.name for p in (tmp_path / "images").iterdir())
    assets = data["tables"]["asset"]
    assert assets and len(files) == 2 * len(assets)
    assert all(a["data"]["file"].startswith("images/") for a in assets)
    build_map(tmp_path / "pret.json", tmp_path / "copie.cjm")
    same_map(saved_sample, tmp_path / "copie.cjm")


def test_the_json_is_stable_and_diffable(saved_sample: Path, tmp_path: Path) -> None:
    first = exported(saved_sample, tmp_path / "a.json")
    build_map(tmp_path / "a.json", tmp_path / "b.cjm")
    second = exported(tmp_path / "b.cjm", tmp_path / "b.json")
    assert first == second
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


def test_an_older_format_is_upgraded(tmp_path: Path) -> None:
    document = JourneyDocument.new("purchase", "fr")  # what format 1 could already hold
    try:
        document.save_as(tmp_path / "achat.cjm")
    finally:
        document.close()
    data = exported(tmp_path / "achat.cjm", tmp_path / "achat.json")
    data["format"] = 1  # what Parcours 1 wrote: its tables and columns only
    older = format_tables(1)
    for name in list(data["tables"]):
        if name not in older:
            del data["tables"][name]
            continue
        columns = {c.name for c in older[name]}
        data["tables"][name] = [
            {k: v for k, v in row.items() if k in columns} for row in data["tables"][name]
        ]
    (tmp_path / "v1.json").write_text(json.dumps(data), "utf-8")
    build_map(tmp_path / "v1.json", tmp_path / "v1.cjm")
    document = JourneyDocument.open(tmp_path / "v1.cjm", read_only=True)
    try:
        assert document.working.upgraded_from is None  # written in the current format
        assert [s.title for s in document.stages(document.journeys()[0].id)] == [
            s["title"] for s in sorted(data["tables"]["stage"], key=lambda s: s["position"])
        ]
    finally:
        document.close()


def test_the_schema_in_docs_is_the_one_the_format_gives() -> None:
    shipped = json.loads((ROOT / "docs" / "map.schema.json").read_text("utf-8"))
    assert shipped == json_schema(), (
        "regenerate: python -m app.model.map_json > docs/map.schema.json"
    )


def test_the_export_follows_its_schema(saved_sample: Path, tmp_path: Path) -> None:
    data = exported(saved_sample, tmp_path / "pret.json")
    schema = json_schema()
    tables = schema["properties"]["tables"]["properties"]
    for name, rows in data["tables"].items():
        item = tables[name]["items"]
        for row in rows:
            assert set(row) == set(item["required"])
            for column, value in row.items():
                rule = item["properties"][column]
                if "enum" in rule:
                    assert value in rule["enum"]
                if "maxLength" in rule and value is not None:
                    assert len(value) <= rule["maxLength"]


# -- a generated map ------------------------------------------------------------------------

TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=20)


@st.composite
def maps(draw: st.DrawFn) -> list[tuple[str, dict[str, Any]]]:
    actions = []
    for _ in range(draw(st.integers(0, 3))):
        actions.append(("stage", {"title": draw(TEXT)}))
    for _ in range(draw(st.integers(0, 12))):
        actions.append(
            (
                "card",
                {
                    "title": draw(TEXT),
                    "body": draw(TEXT),
                    "impact": draw(st.one_of(st.none(), st.integers(1, 5))),
                    "moment_of_truth": draw(st.booleans()),
                    "sentiment": draw(st.sampled_from(["neutral", "pain", "gain"])),
                },
            )
        )
    for _ in range(draw(st.integers(0, 4))):
        value = draw(st.floats(-5, 5, allow_nan=False))
        actions.append(("point", {"value": value, "offset": draw(st.floats(0, 1))}))
    for _ in range(draw(st.integers(0, 3))):
        number = draw(st.one_of(st.none(), st.floats(-1e11, 1e11, allow_nan=False)))
        actions.append(("metric", {"name": draw(TEXT), "value_before": number}))
    for _ in range(draw(st.integers(0, 2))):
        actions.append(("quote", {"text": draw(TEXT), "speaker": draw(TEXT)}))
    return actions


def build(actions: list[tuple[str, dict[str, Any]]]) -> JourneyDocument:
    document = JourneyDocument.new("cgap", "en")
    journey = document.journeys()[0].id
    stages = document.stages(journey)
    lanes = document.lanes(journey)
    text_lane = next(lane.id for lane in lanes if lane.kind not in ("emotion",))
    emotion = next(lane.id for lane in lanes if lane.kind == "emotion")
    for kind, values in actions:
        if kind == "stage":
            stages.append(document.stage(document.add_stage(journey, **values).first_added))
        elif kind == "card":
            values = dict(values)
            document.add_card(text_lane, stages[-1].id, values.pop("title"), **values)
        elif kind == "point":
            document.add_emotion_point(emotion, stages[0].id, **values)
        elif kind == "metric":
            document.add_metric(stages[0].id, values["name"], value_before=values["value_before"])
        elif kind == "quote":
            evidence = document.add_evidence("quote", **values).first_added
            document.attach_evidence(evidence, "journey", journey)
    return document


@settings(max_examples=20, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(actions=maps())
def test_a_generated_map_comes_back_identical(actions, tmp_path_factory) -> None:
    folder = tmp_path_factory.mktemp("generated")
    document = build(actions)
    try:
        document.save_as(folder / "map.cjm")
        export_map_json(document, folder / "map.json")
    finally:
        document.close()
    build_map(folder / "map.json", folder / "copy.cjm")
    same_map(folder / "map.cjm", folder / "copy.cjm")


# -- hostile JSON ---------------------------------------------------------------------------


def refused(tmp_path: Path, content: str | bytes) -> str:
    source = tmp_path / "evil.json"
    source.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    target = tmp_path / "evil.cjm"
    with pytest.raises(MapJsonError) as caught:
        build_map(source, target)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["evil.json"]
    message = str(caught.value)
    assert "\n" not in message and message.startswith("evil.json cannot be turned into a map: ")
    return message.removeprefix("evil.json cannot be turned into a map: ")


def sample_data() -> dict[str, Any]:
    document = JourneyDocument.new("sample", "fr")
    try:
        data, _ = map_data(document)
    finally:
        document.close()
    return data


@pytest.fixture(scope="module")
def good() -> str:
    return json.dumps(sample_data(), ensure_ascii=False)


def changed(good: str, change: Any) -> str:
    data = json.loads(good)
    change(data)
    return json.dumps(data)


def test_not_json_or_not_ours(tmp_path: Path) -> None:
    assert refused(tmp_path, "{not json").startswith("it is not valid JSON (line 1, column 2")
    assert refused(tmp_path, b"\xff\xfe{}") == "it is not UTF-8 text."
    assert (
        refused(tmp_path, "[1, 2]")
        == "it is not a Parcours map in JSON (the top is not an object)."
    )
    assert refused(tmp_path, '{"kind": "other"}').startswith("it is not a Parcours map in JSON")
    assert refused(tmp_path, '{"kind": "parcours-map", "format": 99, "tables": {}}').startswith(
        "it was written by a newer version of Parcours (file format 99"
    )
    top = f'{{"kind": "parcours-map", "format": {FORMAT_VERSION}, "tables": {{}}, "x": 1}}'
    assert refused(tmp_path, top) == ("it has an unknown key “x” at the top.")


@pytest.mark.parametrize("depth", [1000, 100_000])
def test_nested_a_thousand_deep(tmp_path: Path, depth: int) -> None:
    start = f'{{"kind": "parcours-map", "format": {FORMAT_VERSION}, "tables": '
    text = start + "[" * depth + "]" * depth + "}"
    message = refused(tmp_path, text)
    assert message in (
        "it is nested far deeper than a map ever is.",
        'its "tables" is not an object.',
    )


def test_shapes_and_types_are_checked(tmp_path: Path, good: str) -> None:
    def first_card(data: dict[str, Any]) -> dict[str, Any]:
        return data["tables"]["card"][0]

    def card(**values: Any) -> Any:
        return lambda d: first_card(d).update(**values)

    cases = [
        (
            lambda d: d["tables"].update(secret=[]),
            f"it has a table “secret” format {FORMAT_VERSION} lacks.",
        ),
        (card(extra=1), "row 1 of table “card” has a column “extra” the table lacks."),
        (lambda d: first_card(d).pop("title"), "row 1 of table “card” lacks its column “title”."),
        (card(title=5), "row 1 of table “card”: “title” must be text."),
        (card(title={"a": [1]}), "row 1 of table “card”: “title” must be text."),
        (card(impact=2.5), "row 1 of table “card”: “impact” must be a whole number."),
        (card(title=None), "row 1 of table “card”: “title” must be given (it cannot be null)."),
        (lambda d: d["tables"].update(card={}), "table “card” is not a list of rows."),
    ]
    for change, expected in cases:
        assert refused(tmp_path, changed(good, change)) == expected


def test_values_out_of_range_and_broken_links(tmp_path: Path, good: str) -> None:
    def card(number: int, **values: Any) -> Any:
        return lambda d: d["tables"]["card"][number].update(**values)

    assert refused(tmp_path, changed(good, card(0, impact=9))).startswith(
        "row 1 of table “card” is refused by the file format (a value is out of range: "
    )
    assert refused(tmp_path, changed(good, card(0, stage_id="nowhere-" + "x" * 28))) == (
        "it holds links to elements that do not exist."
    )
    duplicate = json.loads(good)
    duplicate["tables"]["card"][1]["id"] = duplicate["tables"]["card"][0]["id"]
    assert refused(tmp_path, json.dumps(duplicate)) == (
        "row 2 of table “card” is refused by the file format (its id is used twice)."
    )
    assert refused(tmp_path, good.replace('"value_before": 3.4', '"value_before": NaN', 1)) == (
        "it holds NaN, which is not a number JSON allows."
    )
    assert refused(tmp_path, changed(good, lambda d: d["tables"].update(project=[]))) == (
        "it does not describe exactly one project."
    )


def test_duplicate_keys_are_refused(tmp_path: Path) -> None:
    assert refused(tmp_path, '{"kind": "parcours-map", "kind": "x"}') == (
        "it names “kind” twice in one object."
    )


def test_pictures_that_lie_or_escape(tmp_path: Path, good: str) -> None:
    def asset(**values: Any) -> Any:
        return lambda d: d["tables"]["asset"][0].update(**values)

    other = base64.b64encode(b"\xff\xd8\xff not the same picture").decode()
    assert refused(tmp_path, changed(good, asset(data=other))) == (
        "row 1 of table “asset”: the picture's bytes do not match its key (sha256)."
    )
    assert refused(tmp_path, changed(good, asset(data="abcde"))) == (
        "row 1 of table “asset”: a picture is not valid base64."
    )
    assert refused(tmp_path, changed(good, asset(data="**** abcd ****"))) == (
        "row 1 of table “asset”: the picture's bytes do not match its key (sha256)."
    )
    for name in ("../secret.jpg", "/etc/passwd", "a/../../b.jpg", "c:\\x.jpg"):
        message = refused(tmp_path, changed(good, asset(data={"file": name})))
        assert message.endswith("is not a plain name inside the JSON's folder."), name
    (tmp_path.parent / "outside.jpg").write_bytes(b"x")
    (tmp_path / "link.jpg").symlink_to(tmp_path.parent / "outside.jpg")
    source = tmp_path / "evil.json"
    source.write_text(changed(good, asset(data={"file": "link.jpg"})))
    with pytest.raises(MapJsonError, match="lies outside the JSON's folder"):
        build_map(source, tmp_path / "evil.cjm")
    assert not (tmp_path / "evil.cjm").exists()


def test_an_existing_map_is_kept_without_force(saved_sample: Path, tmp_path: Path) -> None:
    exported(saved_sample, tmp_path / "pret.json")
    before = saved_sample.read_bytes()
    with pytest.raises(MapJsonError, match="already exists; use --force"):
        build_map(tmp_path / "pret.json", saved_sample)
    assert saved_sample.read_bytes() == before
