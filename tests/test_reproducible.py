"""A reproducible annex: the same headquarters file gives byte-identical PDF and XLSX whenever it is
exported, every export writes a manifest beside it, and verify-annex makes it again and compares."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from cli.main import main
from db.feedback import review_records
from db.merge import merge_files
from exports.document import DocumentSettings
from exports.service import export_annex


@pytest.fixture(scope="module")
def hq(demo_dir, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("reproducible")
    offices = folder / "offices"
    shutil.copytree(demo_dir, offices)
    path = folder / "hq.habitat"
    merge_files(path, sorted(offices.glob("*.habitat")))
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_two_exports_of_the_same_file_on_different_days_are_byte_identical(hq, tmp_path, monkeypatch, fmt, lang):
    first, second = tmp_path / f"first.{fmt}", tmp_path / f"second.{fmt}"
    export_annex(hq, first, fmt, DocumentSettings(lang=lang))
    # Three days later by the clock Python reads (zip entries, reportlab, openpyxl's own times)...
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 3 * 86_400 + 3_671)
    if fmt == "pdf" and lang == "en":
        time.sleep(2.1)  # ...and by the system's, once: a zip or PDF time has a 2-second resolution
    export_annex(hq, second, fmt, DocumentSettings(lang=lang))
    assert first.read_bytes() == second.read_bytes()
    if fmt == "xlsx":  # the Sources sheet says when the data last changed, not when it was exported
        sources = {r[0]: r[1] for r in load_workbook(second)["Sources" if lang == "en" else "来源"].iter_rows(
            values_only=True) if r[0]}
        as_of = sources["Data as of (UTC)" if lang == "en" else "数据截至（UTC）"]
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", as_of)


def test_every_export_writes_a_manifest_beside_it_naming_what_it_was_made_from(hq, tmp_path):
    out = tmp_path / "annex-en.xlsx"
    export_annex(hq, out, "xlsx", DocumentSettings(lang="en"), years="2020-2024")
    manifest = json.loads((tmp_path / "annex-en.xlsx.manifest.json").read_text(encoding="utf-8"))
    assert manifest["output"] == {"file": "annex-en.xlsx", "format": "xlsx", "sha256": sha(out)}
    assert manifest["source"]["path"] == str(hq.resolve()) and manifest["source"]["sha256"] == sha(hq)
    assert manifest["options"]["years"] == [2020, 2021, 2022, 2023, 2024]
    assert manifest["options"]["settings"]["lang"] == "en" and manifest["options"]["working_draft"] is False
    files = {m["file_name"]: m for m in manifest["merged_files"]}
    assert set(files) == {p.name for p in (hq.parent / "offices").glob("*.habitat")}
    for name, merged in files.items():
        assert merged["sha256"] == sha(hq.parent / "offices" / name)
        assert merged["signature"] == "unsigned"  # the demo offices' files are unsigned
    assert manifest["app_version"]
    assert all(c in "0123456789abcdef" for c in manifest["output"]["sha256"])


@pytest.mark.parametrize("fmt", ["pdf", "xlsx"])
def test_verify_annex_passes_then_names_a_changed_output_and_a_changed_input(hq, tmp_path, fmt):
    source = tmp_path / "hq.habitat"
    shutil.copy(hq, source)
    out = tmp_path / f"annex.{fmt}"
    export_annex(source, out, fmt, DocumentSettings(lang="zh"))
    manifest = tmp_path / f"annex.{fmt}.manifest.json"
    runner = CliRunner()
    ok = runner.invoke(main, ["verify-annex", str(manifest)])
    assert ok.exit_code == 0 and "verified" in ok.output, ok.output
    # The output changed (one byte more):
    kept = out.read_bytes()
    out.write_bytes(kept + b"\n")
    changed = runner.invoke(main, ["verify-annex", str(manifest)])
    assert changed.exit_code == 1 and f"the output {out} changed since the export" in changed.output
    assert "results file" not in changed.output
    out.write_bytes(kept)
    # The input changed: headquarters returned a record since.
    with_record = runner.invoke(main, ["list", str(source), "--format", "json"])
    record = json.loads(with_record.output)[0]["id"]
    review_records(source, [record], "returned", "check the source")
    differs = runner.invoke(main, ["verify-annex", str(manifest)])
    assert differs.exit_code == 1
    assert f"the results file {source.resolve()} changed since the export" in differs.output
    assert "the output made again from hq.habitat differs" in differs.output
    assert "the output " + str(out) not in differs.output  # the output itself is as exported
