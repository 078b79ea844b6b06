"""The habitat-results command line, end to end on real files."""

import json
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from cli.main import main


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def ken(tmp_path):
    path = tmp_path / "ken.habitat"
    result = run("init", path, "--office", "KEN", "--name", "Kenya Country Office", "--country", "ken",
                 "--region", "Africa")
    assert result.exit_code == 0, result.output
    return path


def test_every_command_has_help():
    for name, command in main.commands.items():
        assert command.help, f"{name} has no help text"
        assert run(name, "--help").exit_code == 0


def test_init_refuses_to_overwrite(ken):
    result = run("init", ken, "--office", "KEN", "--name", "x", "--country", "KEN")
    assert result.exit_code == 1 and "already exists" in result.output


def test_usage_errors_exit_2(tmp_path):
    assert run("init", tmp_path / "x.habitat").exit_code == 2
    assert run("no-such-command").exit_code == 2


def test_import_list_submit_validate(ken, tmp_path):
    data = tmp_path / "in.csv"
    data.write_text("indicator,year,value,country,city\n1.1.a,2023,900,KEN,Kisumu\n"
                    "1.1.c,2023,,KEN,Kisumu\n1.1.a,2024,50,KEN,Nairobi\n", encoding="utf-8")
    assert run("import", ken, data, "--dry-run").exit_code == 0
    assert json.loads(run("list", ken, "--format", "json").output) == []
    result = run("import", ken, data)
    assert result.exit_code == 0 and "3 records imported" in result.output
    rows = json.loads(run("list", ken, "--year", "2023", "--format", "json").output)
    assert sorted(r["indicator"] for r in rows) == ["1.1.a", "1.1.c"]
    assert "1.1.a,2024,50" in run("list", ken, "--format", "csv").output.replace('"', "")
    assert "3 records" in run("list", ken).output
    result = run("submit", ken, "--year", "2023")
    assert result.exit_code == 0 and "2 records of 2023 submitted" in result.output
    statuses = {r["year"]: r["status"] for r in json.loads(run("list", ken, "--format", "json").output)}
    assert statuses == {2023: "submitted", 2024: "draft"}
    assert run("validate", ken).exit_code == 0


def _statuses(path) -> dict[str, str]:
    return {r["id"]: r["status"] for r in json.loads(run("list", path, "--format", "json").output)}


def test_submit_refuses_a_year_with_a_record_the_rules_refuse_naming_it(ken, tmp_path):
    data = tmp_path / "in.csv"
    data.write_text("indicator,year,value,country,city\n1.1.a,2023,900,KEN,Kisumu\n"
                    "1.1.a,2023,50,KEN,Nairobi\n", encoding="utf-8")
    assert run("import", ken, data).exit_code == 0
    ids = {r["city"]: r["id"] for r in json.loads(run("list", ken, "--format", "json").output)}
    raw = sqlite3.connect(ken)  # a record stored under older rules: a negative count
    with raw:
        raw.execute("UPDATE record SET value = -3 WHERE id = ?", (ids["Nairobi"],))
    raw.close()
    before = _statuses(ken)
    result = run("submit", ken, "--year", "2023")
    assert result.exit_code == 1, result.output
    assert f"record {ids['Nairobi']} (1.1.a Nairobi): value" in result.output
    assert ids["Kisumu"] not in result.output
    assert "2023 not submitted: 1 problem to fix first" in result.output
    assert _statuses(ken) == before == {ids["Kisumu"]: "draft", ids["Nairobi"]: "draft"}


def test_submit_refuses_a_year_the_check_blocks_and_lists_its_warnings(demo_dir, tmp_path):
    import shutil

    from db.officefile import ResultsFile

    ken = tmp_path / "ken.habitat"
    shutil.copy(demo_dir / "ken.habitat", ken)
    with ResultsFile.open(ken) as f:
        f.add_records([{"indicator": "1.2.a", "year": 2025, "value": 5000, "country": "TZA"},
                       {"indicator": "1.2.d", "year": 2025, "value": 4000, "country": "TZA"},
                       {"indicator": "1.2.g", "year": 2025, "country": "UGA"}])
        before = f.status_counts(2025)
    result = run("submit", ken, "--year", "2025")
    assert result.exit_code == 1, result.output
    assert "BLOCKING  country TZA: 1.2.a is 5,000 people but 1.2.d is 4,000 people" in result.output
    assert "warning   country UGA: 1.2.g is 1" in result.output
    with ResultsFile.open(ken) as f:
        assert f.status_counts(2025) == before and "submitted" not in before


def test_import_of_bad_rows_lists_each_and_exits_1(ken, tmp_path):
    data = tmp_path / "bad.csv"
    data.write_text("indicator,year,value\n1.1.a,2023,x\n1.1.a,2031,1\n", encoding="utf-8")
    before = ken.read_bytes()
    result = run("import", ken, data)
    assert result.exit_code == 1
    assert "line 2, value" in result.output and "line 3, year" in result.output
    assert "Traceback" not in result.output
    assert ken.read_bytes() == before


def test_framework_lists_everything_in_both_languages():
    en = run("framework").output
    zh = run("framework", "--lang", "zh").output
    assert "E.1.a" in en and "Effective urban crisis prevention and response" in en
    assert "有效预防和应对城市危机" in zh
    data = json.loads(run("framework", "--format", "json").output)
    assert len(data["domains"]) == 4
    assert sum(len(d["outcomes"]) for d in data["domains"]) == 12
    codes = [i["code"] for d in data["domains"] for o in d["outcomes"] for i in o["indicators"]]
    codes += [i["code"] for e in data["enablers"] for i in e["indicators"]]
    assert len(codes) == 36


def test_validate_fails_on_a_damaged_file(ken, tmp_path):
    data = tmp_path / "in.csv"
    data.write_text("indicator,year,value,narrative\n" + "".join(f"1.1.a,2023,{n},long narrative text\n"
                                                             for n in range(400)), encoding="utf-8")
    assert run("import", ken, data).exit_code == 0
    raw = sqlite3.connect(ken)
    page = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = 'audit'").fetchone()[0]
    size = raw.execute("PRAGMA page_size").fetchone()[0]
    raw.close()
    with open(ken, "r+b") as fh:  # scribble over the audit table's root page
        fh.seek((page - 1) * size + 8)
        fh.write(b"\x07" * 64)
    result = run("validate", ken)
    assert result.exit_code == 1
    assert "integrity" in result.output or "cannot be opened" in result.output


def test_demo_writes_files_that_validate(tmp_path):
    result = run("demo", tmp_path / "demo")
    assert result.exit_code == 0, result.output
    files = sorted((tmp_path / "demo").glob("*.habitat"))
    assert len(files) == 5
    for path in files:
        assert run("validate", path).exit_code == 0


def test_the_command_line_never_loads_qt(tmp_path):
    code = ("import sys; from cli.main import main\n"
            "try:\n    main(['framework'])\nexcept SystemExit:\n    pass\n"
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_list_as_csv_neutralises_text_that_a_spreadsheet_would_run(ken, tmp_path):
    data = tmp_path / "in.csv"
    data.write_text('indicator,year,value,narrative\n1.1.a,2023,5,"=HYPERLINK(""http://x"")"\n', encoding="utf-8")
    assert run("import", ken, data).exit_code == 0
    out = run("list", ken, "--format", "csv").output
    assert "'=HYPERLINK" in out and ",=HYPERLINK" not in out
