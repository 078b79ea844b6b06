"""Publishing at once, on real files: several languages and formats from one aggregation and one
check, each file the same, byte for byte, as its own export would write, with its manifest."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

import exports.service as service
from cli.main import main
from exports import ExportError, export_annex, publish_annex
from exports.reproducible import manifest_path
from tests.test_aggregate import build_known_hq


@pytest.fixture
def hq_path(tmp_path) -> Path:
    return build_known_hq(tmp_path / "hq.habitat")


@pytest.fixture
def passes(monkeypatch) -> dict[str, int]:
    """How many times the export adds up and checks (the real functions, counted)."""
    calls = {"aggregate": 0, "check": 0}
    for name in calls:
        real = getattr(service, name)

        def counted(*args, _real=real, _name=name, **kw):
            calls[_name] += 1
            return _real(*args, **kw)

        monkeypatch.setattr(service, name, counted)
    return calls


def test_every_language_and_format_from_one_aggregation_and_one_check(hq_path, tmp_path, passes):
    out = tmp_path / "out"
    out.mkdir()
    annex, written = publish_annex(hq_path, out, ["en", "fr", "ar"], ["pdf", "xlsx", "csv"])
    assert passes == {"aggregate": 1, "check": 1}
    assert [p.name for p in written] == [f"hq-annex-{lang}.{fmt}" for lang in ("en", "fr", "ar")
                                         for fmt in ("pdf", "xlsx", "csv")]
    assert all(manifest_path(p).is_file() for p in written)
    # Each is the file its own export writes, byte for byte (one run each: 9 aggregations, 9 checks).
    alone = tmp_path / "alone"
    alone.mkdir()
    for path in written:
        lang, fmt = path.stem.rsplit("-", 1)[1], path.suffix[1:]
        from exports import DocumentSettings

        export_annex(hq_path, alone / path.name, fmt, DocumentSettings(lang=lang))
        assert (alone / path.name).read_bytes() == path.read_bytes(), path.name
    assert passes == {"aggregate": 10, "check": 10}
    sheet = load_workbook(out / "hq-annex-fr.xlsx").worksheets[0]
    assert any("Annexe" in str(c.value) for row in sheet.iter_rows(max_row=12) for c in row if c.value)


def test_nothing_is_written_when_a_language_or_the_folder_is_wrong(hq_path, tmp_path, passes):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportError) as refused:
        publish_annex(hq_path, out, ["en", "xx"], ["pdf"])
    assert refused.value.code == "export_language_unknown"
    with pytest.raises(ExportError) as refused:
        publish_annex(hq_path, tmp_path / "missing", ["en"], ["pdf"])
    assert refused.value.code == "folder_not_found"
    assert list(out.iterdir()) == [] and passes == {"aggregate": 0, "check": 0}


def test_the_command_publishes_every_language_and_verify_annex_remakes_one(hq_path, tmp_path):
    out = tmp_path / "annex"
    out.mkdir()
    result = CliRunner().invoke(main, ["publish", str(hq_path), "--format", "csv,xlsx", "-o", str(out)])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir() if not p.name.endswith(".manifest.json"))
    assert names == sorted(f"hq-annex-{lang}.{fmt}" for lang in ("ar", "en", "es", "fr", "ru", "zh")
                           for fmt in ("csv", "xlsx"))
    assert "12 files (ar, en, es, fr, ru, zh; csv, xlsx) from one check of" in result.output
    check = CliRunner().invoke(main, ["verify-annex", str(manifest_path(out / "hq-annex-ru.xlsx"))])
    assert check.exit_code == 0, check.output
    wrong = CliRunner().invoke(main, ["publish", str(hq_path), "--lang", "en,klingon", "-o", str(out)])
    assert wrong.exit_code != 0 and "klingon" in wrong.output
