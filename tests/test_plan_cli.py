"""``habitat-results plan``: checking and building plan workbooks from the command line."""

from click.testing import CliRunner

from cli.main import main


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_the_plan_commands_are_listed_with_their_help():
    listed = run("plan", "--help")
    assert listed.exit_code == 0
    assert "check" in listed.output and "build" in listed.output
    for name in ("check", "build"):
        assert run("plan", name, "--help").exit_code == 0
