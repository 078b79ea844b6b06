"""``habitat-results plan``: checking and building plan workbooks from the command line."""

import hashlib
import json

from click.testing import CliRunner

from cli.main import main
from db.plan_workbook import write_workbook
from tests.test_plan_workbook import EXAMPLE_PLAN_FILE, EXAMPLE_WORKBOOK, EXPECTED, Sheets, broken_workbook
from tools import plan_workbooks


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_the_plan_commands_are_listed_with_their_help():
    listed = run("plan", "--help")
    assert listed.exit_code == 0
    assert "check" in listed.output and "build" in listed.output
    for name in ("check", "build"):
        assert run("plan", name, "--help").exit_code == 0


# --- on real workbooks and plan files -----------------------------------------------------------------------


def test_plan_check_says_a_valid_workbook_is_valid():
    done = run("plan", "check", EXAMPLE_WORKBOOK)
    assert done.exit_code == 0 and done.output == "example-2026-2029.xlsx: a valid plan workbook\n"


def test_plan_check_lists_every_problem_by_cell_and_exits_1(tmp_path):
    path = tmp_path / "plan.xlsx"
    write_workbook(plan_workbooks.example_plan(), path, plan_workbooks.EXAMPLE_BANNER)
    broken = broken_workbook(Sheets(path))
    before = broken.read_bytes()
    done = run("plan", "check", broken)
    assert done.exit_code == 1
    lines = done.output.splitlines()
    for expected in EXPECTED:
        assert expected in lines
    assert lines[-1] == f"Error: plan.xlsx: {len(EXPECTED) + 1} problems"
    assert broken.read_bytes() == before  # checking never writes to the workbook


def test_plan_build_writes_the_plan_file_and_prints_its_sha256(tmp_path):
    out = tmp_path / "example.plan.json"
    done = run("plan", "build", EXAMPLE_WORKBOOK, "-o", out)
    assert done.exit_code == 0, done.output
    sha = hashlib.sha256(out.read_bytes()).hexdigest()
    assert done.output == f"{sha}  {out}\n"
    assert out.read_bytes() == EXAMPLE_PLAN_FILE.read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["example.plan.json"]  # no temporary file left


def test_plan_build_of_a_broken_workbook_writes_nothing(tmp_path):
    path = tmp_path / "plan.xlsx"
    write_workbook(plan_workbooks.example_plan(), path, plan_workbooks.EXAMPLE_BANNER)
    broken = broken_workbook(Sheets(path))
    out = tmp_path / "plan.json"
    done = run("plan", "build", broken, "-o", out)
    assert done.exit_code == 1 and "indicators!J4: unit 'peple' is not in units" in done.output
    assert "no plan file written" in done.output and not out.exists()


def test_plan_build_never_writes_over_a_results_file_or_the_workbook(tmp_path):
    office = tmp_path / "ken.habitat"
    assert run("init", office, "--office", "KEN", "--name", "Kenya", "--country", "KEN").exit_code == 0
    before = office.read_bytes()
    done = run("plan", "build", EXAMPLE_WORKBOOK, "-o", office)
    assert done.exit_code == 1 and "is a results file or a workbook" in done.output
    assert office.read_bytes() == before
    copy = tmp_path / "copy.xlsx"
    copy.write_bytes(EXAMPLE_WORKBOOK.read_bytes())
    assert run("plan", "build", copy, "-o", copy).exit_code == 1
    assert copy.read_bytes() == EXAMPLE_WORKBOOK.read_bytes()


def test_framework_shows_a_plan_files_tree_with_its_own_level_names():
    done = run("framework", "--plan", EXAMPLE_PLAN_FILE)
    assert done.exit_code == 0, done.output
    lines = done.output.splitlines()
    assert lines[0] == ("EXAMPLE — NOT the official framework: a made-up plan for 2026–2029 "
                        "(EXAMPLE-2026-2029 1.0, 2026–2029)")
    assert lines[1] == "Levels: 1 Impact area; 2 Outcome"
    assert "Impact area A  EXAMPLE impact area A: homes and services" in lines
    assert "  Outcome A.2  EXAMPLE outcome A.2: countries with housing policies" in lines
    assert "    A.2.c  EXAMPLE: share of supported countries that adopted a policy  [per cent; A.2.b ÷ A.2.a]" in lines
    zh = run("framework", "--plan", EXAMPLE_PLAN_FILE, "--lang", "zh").output
    assert "影响领域 A  示例：影响领域 A：住房和服务" in zh
    data = json.loads(run("framework", "--plan", EXAMPLE_PLAN_FILE, "--format", "json").output)
    assert [lv["name"] for lv in data["levels"]] == ["Impact area", "Outcome"]
    assert [g["code"] for g in data["tree"]] == ["A", "B", "C"]
    assert [i["code"] for i in data["tree"][0]["groups"][1]["indicators"]] == ["A.2.a", "A.2.b", "A.2.c"]


def test_framework_refuses_a_broken_plan_file_naming_its_problems(tmp_path):
    data = json.loads(EXAMPLE_PLAN_FILE.read_text(encoding="utf-8"))
    data["indicators"][0]["unit"] = "peple"
    path = tmp_path / "broken.plan.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    done = run("framework", "--plan", path)
    assert done.exit_code == 1
    assert f"{path}: not a valid plan: indicators[0].unit: unit 'peple' is not in units" in done.output


def test_the_builtin_framework_shows_its_levels_too():
    lines = run("framework").output.splitlines()
    assert lines[1] == "Levels: 1 Domain of change; 2 Outcome; 1 Organizational performance enablers"
    assert "Organizational performance enablers E.1  Monitoring and knowledge" in lines


def test_plan_check_gives_the_problems_as_json(tmp_path):
    path = tmp_path / "plan.xlsx"
    write_workbook(plan_workbooks.example_plan(), path, plan_workbooks.EXAMPLE_BANNER)
    done = run("plan", "check", broken_workbook(Sheets(path)), "--format", "json")
    assert done.exit_code == 1
    found = json.loads(done.stdout)
    unit = next(p for p in found if p["place"] == "indicators!J4")
    assert unit == {"sheet": "indicators", "cell": "J4", "place": "indicators!J4", "code": "plan_unit_unknown",
                    "params": {"text": "peple"}, "message": "unit 'peple' is not in units"}
    assert len(found) == len(EXPECTED) + 1
    valid = run("plan", "check", EXAMPLE_WORKBOOK, "--format", "json")
    assert valid.exit_code == 0 and json.loads(valid.stdout) == []
