"""The strategic plan 2020–2025 as data: structure, codes, names, and errors in framework files."""

import json

import pytest

from db.framework import FrameworkError, builtin_frameworks, get_framework, load_framework_file

# Every indicator code of the reference (shared/reference/framework-sp-2020-2025.md).
REFERENCE_CODES = [
    "1.1.a", "1.1.b", "1.1.c", "1.1.d", "1.1.e", "1.1.f", "1.1.g",
    "1.2.a", "1.2.b", "1.2.c", "1.2.d", "1.2.e", "1.2.f", "1.2.g", "1.2.h", "1.2.i", "1.2.j",
    "2.1.a", "2.1.b", "2.1.c", "2.1.d", "2.1.e", "2.1.f", "2.1.g", "2.1.h", "2.2.a", "2.3.a",
    "3.1.a", "3.2.a", "3.3.a", "4.2.a", "4.2.b", "4.3.a", "4.3.b", "4.1.a", "E.1.a",
]


@pytest.fixture(scope="module")
def plan():
    return get_framework("SP2020-2025")


def test_structure_of_the_plan(plan):
    assert (plan.id, plan.first_year, plan.last_year) == ("SP2020-2025", 2020, 2025)
    assert [d.code for d in plan.domains] == ["1", "2", "3", "4"]
    assert [o.code for d in plan.domains for o in d.children] == [
        "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3", "4.1", "4.2", "4.3"]
    assert [e.code for e in plan.enablers] == ["E.1", "E.2", "E.3", "E.4", "E.5", "E.6"]
    assert sorted(i.code for i in plan.indicators()) == sorted(REFERENCE_CODES)


def test_counting_rules_match_the_reference(plan):
    assert plan.indicator("1.1.a").rule == "sum"
    assert (plan.indicator("1.1.c").rule, plan.indicator("1.1.c").entity) == ("distinct", "city")
    assert plan.indicator("1.2.c").entity == "country"
    assert plan.indicator("1.1.e").entity == "named"
    assert plan.indicator("2.1.g").entity == "country_or_city"
    e = plan.indicator("1.2.e")
    assert (e.rule, e.numerator, e.denominator, e.enterable) == ("derived", "1.2.a", "1.2.d", False)
    h = plan.indicator("1.2.h")
    assert (h.numerator, h.denominator) == ("1.2.g", "1.2.f")
    assert plan.indicator("1.2.i").unit == "households"
    assert plan.indicator("1.1.a").disaggregations == ("sex", "age", "disability")
    assert plan.indicator("1.1.c").disaggregations == ()


def test_names_in_english_and_chinese(plan):
    for ind in plan.indicators():
        assert ind.name.get("en") and ind.name.get("zh") != ind.name.get("en"), ind.code
    assert plan.group("1").name.get("zh") == "减少城乡连续体各个社区的空间不平等和贫困"
    assert plan.group("1.2").name.is_official("zh")
    # Outcomes the report never names in Chinese carry our translation, marked unofficial.
    assert not plan.group("1.3").name.is_official("zh")
    assert plan.group("1.3").name.get("zh")
    assert plan.unit_name("people", "zh") == "人"


def test_report_figures_are_kept_as_metadata(plan):
    assert plan.indicator("1.2.a").report_value == 17_600_000
    assert plan.indicator("1.1.a").report_qualifier == "more_than"
    assert plan.indicator("E.1.a").report_para == 37


def test_a_second_framework_loads_from_its_own_file(tmp_path):
    nxt = {
        "id": "SP2026-2029", "version": "0.1", "name": {"en": "Strategic plan 2026–2029"},
        "period": {"first_year": 2026, "last_year": 2029},
        "levels": {"domain": {"en": "Impact area"}},
        "domains": [{"code": "A", "name": {"en": "Adequate housing"}, "outcomes": [
            {"code": "A.1", "name": {"en": "Housing policies"}, "indicators": [
                {"code": "A.1.a", "name": {"en": "People housed"}, "unit": "people", "rule": "sum"}]}]}],
    }
    path = tmp_path / "sp-2026-2029.json"
    path.write_text(json.dumps(nxt), encoding="utf-8")
    fw = load_framework_file(path)
    assert fw.id == "SP2026-2029" and list(fw.years) == [2026, 2027, 2028, 2029]
    assert fw.indicator("A.1.a").rule == "sum"
    assert fw.level_names["domain"].get("en") == "Impact area"


@pytest.mark.parametrize("mutate, expected", [
    (lambda d: d["domains"][0]["outcomes"][1]["indicators"][4].update(rule="average"),
     "domains[0] (1).outcomes[1] (1.2).indicators[4] (1.2.e): rule 'average'"),
    (lambda d: d["domains"][1]["outcomes"][0]["indicators"][0].pop("unit"),
     "indicators[0] (2.1.a): field 'unit' is missing"),
    (lambda d: d["domains"][0]["outcomes"][0]["indicators"][2].pop("entity"),
     "(1.1.c): a distinct indicator needs 'entity'"),
    (lambda d: d["domains"][0]["outcomes"][1]["indicators"][4]["derived_from"].update(numerator="9.9.z"),
     "1.2.e is derived from 9.9.z"),
    (lambda d: d["domains"][0]["outcomes"][0]["indicators"][1].update(code="1.1.a"),
     "indicator code 1.1.a appears twice"),
    (lambda d: d["domains"][2].pop("name"), "domains[2] (3): 'name' needs"),
    (lambda d: d.update(period={"first_year": 2025, "last_year": 2020}), "'period' needs"),
])
def test_a_broken_framework_file_names_the_file_and_the_entry(tmp_path, mutate, expected):
    data = json.loads(json.dumps(_raw()))
    mutate(data)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(FrameworkError) as err:
        load_framework_file(path)
    assert str(path) in str(err.value)
    assert expected in str(err.value)


def test_a_framework_file_that_is_not_json_names_the_line(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('{"id": "X",\n "version": }', encoding="utf-8")
    with pytest.raises(FrameworkError, match=r"bad.json: not valid JSON at line 2"):
        load_framework_file(path)


def test_unknown_framework_is_refused():
    with pytest.raises(FrameworkError, match="SP1999 is not known"):
        get_framework("SP1999")


def _raw():
    from importlib import resources

    return json.loads((resources.files("resources") / "frameworks" / "sp-2020-2025.json").read_text("utf-8"))


def test_shipped_frameworks_are_all_valid():
    assert ("SP2020-2025", "1.0") in builtin_frameworks()


# --- the plan as a tree of any depth, and plan files (format 2) -------------------------------------------

def test_the_builtin_plan_is_a_tree_whose_groups_know_their_level_and_parent(plan):
    assert [(lv.number, lv.key, lv.name.get("en")) for lv in plan.levels] == [
        (1, "domain", "Domain of change"), (2, "outcome", "Outcome"),
        (1, "enabler", "Organizational performance enablers")]
    assert plan.depth == 2 and (plan.status, plan.symbol, plan.crosswalk) == ("final", "", ())
    assert [g.code for g in plan.roots] == ["1", "2", "3", "4", "E.1", "E.2", "E.3", "E.4", "E.5", "E.6"]
    groups = plan.groups()
    assert [g.code for g in groups[:5]] == ["1", "1.1", "1.2", "1.3", "2"]
    assert (plan.group("1.2").parent, plan.group("1.2").level) == ("1", "outcome")
    assert (plan.group("E.1").parent, plan.group("E.1").level) == (None, "enabler")
    assert [g.code for g in plan.ancestors("1.2.e")] == ["1", "1.2"]
    assert [g.code for g in plan.ancestors("1.2")] == ["1"] and plan.ancestors("E.1") == []
    assert [i.code for i in plan.group("1").all_indicators()][:3] == ["1.1.a", "1.1.b", "1.1.c"]
    assert plan.level("enabler").number == 1 and plan.level("impact_area") is None


def test_the_builtin_plan_written_as_a_plan_file_reads_back_the_same(plan, tmp_path):
    from db.framework import substance_sha256
    from db.plan_format import plan_data, plan_file_bytes

    data = plan_data(plan)
    assert data["format"] == 2 and data["indicators"][4]["counts"] == "entity"  # 1.1.e counts named utilities
    path = tmp_path / "sp-2020-2025.plan.json"
    path.write_bytes(plan_file_bytes(data))
    again = load_framework_file(path)
    assert again == plan
    assert substance_sha256(again) == substance_sha256(plan)


def test_the_substance_is_what_counting_depends_on(plan):
    import dataclasses

    from db.framework import plan_substance, substance_sha256

    before = substance_sha256(plan)
    assert len(before) == 64 and plan_substance(plan)["indicators"][0] == {
        "code": "1.1.a", "parent": "1.1", "unit": "people", "rule": "sum", "counts": None, "numerator": None,
        "denominator": None, "ceiling": 50_000_000, "breakdowns": ["sex", "age", "disability"]}
    renamed = dataclasses.replace(plan, name=dataclasses.replace(plan.name, texts={"en": "Another name"}),
                                  source="elsewhere", status="provisional")
    assert substance_sha256(renamed) == before
    data = json.loads(json.dumps(_plan_data(plan)))
    data["indicators"][0]["name"]["fr"] = "Personnes…"
    data["indicators"][0]["definition"] = {"en": "People who…"}
    from db.framework import parse_framework

    assert substance_sha256(parse_framework(data, "x")) == before
    for change in (lambda d: d["indicators"][0].update(ceiling=60_000_000),
                   lambda d: d["indicators"][0].update(breakdowns=["sex"]),
                   lambda d: d["indicators"][2].update(counts="country"),
                   lambda d: d.update(last_year=2026),
                   lambda d: d["rules"].pop(),
                   lambda d: d["indicators"][0].update(unit="households")):
        changed = json.loads(json.dumps(_plan_data(plan)))
        change(changed)
        assert substance_sha256(parse_framework(changed, "x")) != before


def _plan_data(fw):
    from db.plan_format import plan_data

    return plan_data(fw)


def _three_levels() -> dict:
    return {
        "format": 2, "id": "TEST-3", "version": "1", "first_year": 2030, "last_year": 2033, "status": "provisional",
        "name": {"en": "A plan of three levels"},
        "levels": [{"level": 1, "key": "pillar", "name": {"en": "Pillar", "fr": "Pilier"}},
                   {"level": 2, "key": "impact_area", "name": {"en": "Impact area"}},
                   {"level": 3, "key": "outcome", "name": {"en": "Outcome"}}],
        "structure": [{"code": "P", "level": "pillar", "name": {"en": "Pillar P"}},
                      {"code": "P1", "parent": "P", "level": "impact_area", "name": {"en": "Area P1"}},
                      {"code": "P1x", "parent": "P1", "level": "outcome", "name": {"en": "Outcome P1x"}},
                      {"code": "P1y", "parent": "P1", "level": "outcome", "name": {"en": "Outcome P1y"}}],
        "indicators": [{"code": "a", "parent": "P1x", "name": {"en": "People"}, "unit": "people", "rule": "sum"},
                       {"code": "b", "parent": "P1y", "name": {"en": "Cities"}, "unit": "cities", "rule": "distinct",
                        "counts": "city"}],
        "units": [{"unit": "people", "name": {"en": "people"}}, {"unit": "cities", "name": {"en": "cities"}}],
    }


def test_a_plan_of_three_levels_with_its_own_level_names():
    from db.framework import parse_framework

    fw = parse_framework(_three_levels(), "three.plan.json")
    assert fw.depth == 3 and fw.status == "provisional"
    assert [g.code for g in fw.outcomes()] == ["P1x", "P1y"]
    assert [i.code for i in fw.indicators()] == ["a", "b"]
    assert [g.code for g in fw.ancestors("b")] == ["P", "P1", "P1y"]
    assert fw.indicator("b").entity == "city" and fw.indicator("b").group_code == "P1y"
    assert fw.level_names["pillar"].get("fr") == "Pilier" and fw.group("P1").level == "impact_area"
    assert [g.code for g in fw.domains] == ["P"] and fw.enablers == ()


def test_a_plan_file_with_problems_is_refused_naming_each_place():
    from db.framework import parse_framework

    data = _three_levels()
    data["indicators"][0]["unit"] = "peple"
    data["structure"][3]["parent"] = "P9"
    with pytest.raises(FrameworkError) as err:
        parse_framework(data, "three.plan.json")
    message = str(err.value)
    assert message.startswith("three.plan.json: not a valid plan: ")
    assert "structure[3].parent: 'P9' is not a code of the sheet structure" in message
    assert "indicators[0].unit: unit 'peple' is not in units" in message


def test_a_plan_of_a_format_this_app_does_not_know_is_refused_by_its_number(tmp_path):
    data = _three_levels()
    data["format"] = 3
    path = tmp_path / "future.plan.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(FrameworkError) as err:
        load_framework_file(path)
    assert err.value.code == "plan_format_unknown"
    assert str(err.value) == (f"{path}: a plan of format 3, which this version of Habitat Results does not read "
                              "(it reads formats 1, 2); please update the app")


def test_the_groups_that_hold_indicators_are_those_of_before(plan):
    # outcomes() was the outcomes of each domain, then the enablers: the tree gives the same, in that order.
    before = [o for d in plan.domains for o in d.children] + list(plan.enablers)
    assert plan.outcomes() == before
    assert [i.code for i in plan.indicators()] == [i.code for g in before for i in g.indicators]
    assert all(plan.group(g.code) is g for g in plan.groups())
    assert plan.group("9.9") is None and plan.ancestors("9.9.z") == []
