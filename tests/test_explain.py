"""Every figure explained: the records behind each annex figure add up to it, and every record not
counted is named with its reason (the report scenario: the demo offices merged at headquarters, with
a returned record, a conflict, a deletion and a city two offices report)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from cli.main import main
from db.errors import HabitatError
from db.feedback import apply_feedback, review_records, write_feedback
from db.merge import list_conflicts, merge_files
from db.officefile import Office, ResultsFile
from exports.aggregate import aggregate_file
from exports.explain import FATES, explain_file

KES = Office("KES", "UN-Habitat Kenya Settlements Programme", "KEN", "Africa")


def _office_with_a_conflict(folder: Path) -> dict:
    """An office whose records headquarters returned, answered from two laptops differently."""
    path = folder / "kes.habitat"
    with ResultsFile.create(path, KES) as f:
        total = f.add_record({"indicator": "1.1.a", "year": 2022, "value": 1000, "country": "KEN",
                              "city": "Nairobi"}, who="t")
        part = f.add_record({"indicator": "1.1.a", "year": 2022, "value": 600, "country": "KEN",
                             "city": "nairobi ", "sex": "female"}, who="t")
        mombasa = f.add_record({"indicator": "1.1.a", "year": 2022, "value": 500, "country": "KEN",
                                "city": "Mombasa"}, who="t")
        kisumu = f.add_record({"indicator": "1.1.a", "year": 2022, "value": 70, "country": "KEN",
                               "city": "Kisumu"}, who="t")
        city = f.add_record({"indicator": "2.1.e", "year": 2022, "country": "KEN", "city": "Nairobi"}, who="t")
        f.submit_year(2022)
    scratch = folder / "scratch-hq.habitat"
    merge_files(scratch, [path])
    review_records(scratch, [mombasa.id, kisumu.id], "returned", "please check")
    feedback = folder / "kes-feedback.json"
    write_feedback(scratch, "KES", feedback)
    apply_feedback(path, feedback)
    lap_a, lap_b = folder / "kes-laptop-a.habitat", folder / "kes-laptop-b.habitat"
    shutil.copy(path, lap_a)
    shutil.copy(path, lap_b)
    with ResultsFile.open(lap_a) as f:
        f.update_record(mombasa.id, {"value": 510})
        f.delete_record(kisumu.id)
        f.submit_year(2022)
    with ResultsFile.open(lap_b) as f:
        f.update_record(mombasa.id, {"value": 520})
        f.delete_record(kisumu.id)
        f.submit_year(2022)
    return {"files": [path, lap_a, lap_b], "total": total.id, "part": part.id, "mombasa": mombasa.id,
            "kisumu": kisumu.id, "city": city.id}


@pytest.fixture(scope="module")
def scenario(demo_dir, tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("explain")
    offices = folder / "offices"
    shutil.copytree(demo_dir, offices)
    kes = _office_with_a_conflict(folder)
    hq = folder / "hq.habitat"
    merge_files(hq, sorted(offices.glob("*.habitat")))
    merge_files(hq, kes["files"])
    assert {c.record_id for c in list_conflicts(hq)} == {kes["mombasa"]}
    # A record headquarters returns after the merge: not counted in the annex until submitted again.
    returned = next(r["id"] for r in _rows(hq) if r["office"] == "EGY" and r["indicator"] == "1.1.a"
                    and not r["sex"])
    review_records(hq, [returned], "returned", "source missing")
    return {**kes, "hq": hq, "offices": offices, "returned": returned}


def _rows(path: Path) -> list[dict]:
    out = CliRunner().invoke(main, ["list", str(path), "--format", "csv"])
    assert out.exit_code == 0, out.output
    return list(csv.DictReader(io.StringIO(out.output)))


def _figures(annex, result):
    """Every figure of an indicator the annex prints, with the explain options giving it."""
    yield {}, result.total
    for year in annex.years:
        yield {"years": [year]}, result.by_year[year]
    for office, cell in result.by_office.items():
        yield {"office": office}, cell


@pytest.mark.parametrize("drafts", [False, True], ids=["annex", "working-view"])
def test_every_figure_of_the_report_scenario_is_the_sum_of_its_counted_records(scenario, drafts):
    hq = scenario["hq"]
    annex = aggregate_file(hq, include_drafts=drafts)
    ids = {r["id"] for r in _rows(hq)}
    explained = 0
    for result in annex.results:
        for options, cell in _figures(annex, result):
            explanation = explain_file(hq, result.code, include_drafts=drafts, **options)
            assert explanation.figure == cell, (result.code, options)
            for part in explanation.components or (explanation,):
                counted = [r for r in part.records if r.counted]
                if part.indicator.rule == "sum":
                    assert sum(r.counts for r in counted) == (part.figure.value or 0)
                    assert all(r.counts == (r.value or 0) for r in counted)
                else:  # distinct: the entities of the counted records, each counted once
                    assert len({r.key for r in counted}) == len(counted) == (part.figure.value or 0)
                for r in part.records:
                    assert r.record_id in ids or r.fate == "deleted"  # as `list` prints it (not deleted ones)
                    assert r.office and r.source.endswith(".habitat")
                    if not r.counted:
                        assert r.fate in FATES and r.words().startswith(("not counted", "counted once"))
                    if r.fate in ("part_of_total", "same_entity"):
                        named = [o for o in part.records if o.record_id == r.other]
                        assert named and named[0].counted
            explained += 1
    assert explained > 300


def test_each_reason_a_record_is_not_counted_is_named(scenario):
    hq = scenario["hq"]
    by_id = {r.record_id: r for r in explain_file(hq, "1.1.a", years=[2022], office="KES").records
             if r.fate != "in_conflict"}
    assert by_id[scenario["total"]].fate == "counted" and by_id[scenario["total"]].counts == 1000
    part = by_id[scenario["part"]]
    assert part.fate == "part_of_total" and part.other == scenario["total"] and part.of_which == "sex=female"
    assert part.words() == f"not counted: a part (sex=female) of the total record {scenario['total']}"
    assert by_id[scenario["kisumu"]].fate == "deleted"
    assert {r.source for r in by_id.values()} <= {f.name for f in scenario["files"]}
    rivals = [r for r in explain_file(hq, "1.1.a", years=[2022], office="kes").records if r.fate == "in_conflict"]
    held = by_id[scenario["mombasa"]]
    assert held.fate == "counted" and [r.record_id for r in rivals] == [scenario["mombasa"]]
    assert {held.value, rivals[0].value} == {510, 520}
    assert rivals[0].source == f"kes-laptop-{'a' if rivals[0].value == 510 else 'b'}.habitat"
    assert rivals[0].words().startswith("not counted: a rival version of record")
    returned = explain_file(hq, "1.1.a", office="EGY").records
    assert [r.fate for r in returned if r.record_id == scenario["returned"]] == ["returned"]
    assert {r.source for r in returned} == {"egy.habitat"}
    # Nairobi counted by Kenya's demo office and by KES: once in the period's figure.
    cities = explain_file(hq, "2.1.e").records
    nairobi = [r for r in cities if r.city == "Nairobi"]
    assert [r.fate for r in nairobi].count("counted") == 1 and len(nairobi) >= 2
    assert {r.fate for r in nairobi} == {"counted", "same_entity"}
    assert "the same city as record" in next(r for r in nairobi if not r.counted).words()
    # An office file's drafts are named as drafts; counted in a working view.
    ken = scenario["offices"] / "ken.habitat"
    drafts = [r for r in explain_file(ken, "1.1.a").records if r.status == "draft"]
    assert drafts and {r.fate for r in drafts} == {"draft"}
    working = {r.record_id: r.fate for r in explain_file(ken, "1.1.a", include_drafts=True).records}
    assert {working[r.record_id] for r in drafts} <= {"counted", "part_of_total", "counted_part_alone"}


def test_explain_command_prints_the_records_and_reads_only(scenario):
    hq = scenario["hq"]
    before = hashlib.sha256(hq.read_bytes()).hexdigest()
    runner = CliRunner()
    table = runner.invoke(main, ["explain", str(hq), "--indicator", "1.1.a", "--year", "2022", "--office", "kes"])
    assert table.exit_code == 0, table.output
    figure = aggregate_file(hq).result("1.1.a").by_office["KES"].value  # KES reports 2022 only
    assert table.stdout.startswith(f"1.1.a 2022, office KES: {figure:,}\n") and figure in (1510, 1520)
    assert table.stderr == "hq.habitat holds office kes as KES.\n"
    assert f"not counted: a part (sex=female) of the total record {scenario['total']}" in table.output
    as_json = runner.invoke(main, ["explain", str(hq), "--indicator", "1.2.e", "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    data = json.loads(as_json.output)
    annex = aggregate_file(hq).result("1.2.e")
    assert data["figure"]["value"] == pytest.approx(float(annex.total.value), abs=1e-6)
    assert [c["indicator"] for c in data["components"]] == ["1.2.a", "1.2.d"]
    as_csv = runner.invoke(main, ["explain", str(hq), "--indicator", "2.1.e", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(as_csv.output)))
    assert sum(int(r["counted"] or 0) for r in rows) == aggregate_file(hq).result("2.1.e").total.value
    assert hashlib.sha256(hq.read_bytes()).hexdigest() == before


def test_an_unknown_indicator_office_or_year_is_refused_by_name(scenario):
    hq = scenario["hq"]
    with pytest.raises(HabitatError, match="'9.9.z' is not an indicator"):
        explain_file(hq, "9.9.z")
    with pytest.raises(HabitatError, match="XYZ"):
        explain_file(hq, "1.1.a", office="XYZ")
    out = CliRunner().invoke(main, ["explain", str(hq), "--indicator", "1.1.a", "--year", "1999"])
    assert out.exit_code == 1 and "plan period" in out.output


def test_the_excel_annex_explains_each_figure_on_its_explained_sheet(scenario, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    from exports import explain as explain_module
    from exports.document import DocumentSettings
    from exports.service import export_annex

    hq = scenario["hq"]
    out = tmp_path / "annex.xlsx"
    annex = export_annex(hq, out, "xlsx", DocumentSettings(lang="en"), working_draft=True)
    wb = load_workbook(out)
    ws = wb["Explained"]
    rows = list(ws.iter_rows(values_only=True))
    header = next(n for n, row in enumerate(rows) if row[0] == "Record")
    assert rows[header][:3] == ("Record", "Office", "Office file")
    blocks: dict[str, list] = {}
    code = None
    for row in rows[header + 1:]:
        if row[0] in {r.code for r in annex.results}:
            code = row[0]
            blocks[code] = [row]
        elif str(row[0]).split(":")[0] in {r.code for r in annex.results}:
            code = None  # a share: its parts are explained under them
        elif code and row[0]:
            blocks[code].append(row)
    for result in annex.results:
        if result.rule == "sum":
            heading, *records = blocks[result.code]
            assert heading[4] == (result.total.value if result.reported else None)
            assert sum(r[11] or 0 for r in records) == (result.total.value or 0), result.code
            assert all(r[12] for r in records), [r for r in records if not r[12]][:2]
    # Annex I's code and figures open their indicator's rows.
    annex1 = wb["Annex I"]
    linked = next(c for c in annex1["A"] if c.value == "1.1.a")
    target = linked.hyperlink.location
    assert target.startswith("'Explained'!A") and ws[target.split("!")[1]].value == "1.1.a"
    # Beyond the sheet's limit, the sheet says to use `explain`.
    monkeypatch.setattr(explain_module, "SHEET_ROWS", 50)
    small = tmp_path / "annex-small.xlsx"
    export_annex(hq, small, "xlsx", DocumentSettings(lang="zh"), working_draft=True)
    texts = [v for row in load_workbook(small)["说明"].iter_rows(values_only=True) for v in row if v]
    assert any("habitat-results explain" in str(t) and "50" in str(t) for t in texts)
