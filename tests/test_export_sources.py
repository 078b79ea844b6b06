"""An annex total traces back to the office files behind it: the workbook's sources sheet."""

import hashlib
import shutil

from openpyxl import load_workbook

from db.merge import merge_files
from db.officefile import ResultsFile
from exports import DocumentSettings, export_annex


def test_sources_sheet_lists_each_merged_file_with_its_sha256(demo_dir, tmp_path):
    offices = [shutil.copy(p, tmp_path) for p in sorted(demo_dir.glob("*.habitat"))]
    hq = tmp_path / "hq.habitat"
    merge_files(hq, offices)
    out = tmp_path / "annex.xlsx"
    export_annex(hq, out, "xlsx", DocumentSettings(lang="en"))

    sheet = load_workbook(out)["Sources"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(n for n, r in enumerate(rows) if r[0] == "Files merged")
    merged = {r[1]: r for r in rows[header + 1:] if r[1]}
    expected = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in map(type(hq), offices)}
    assert {name: r[3] for name, r in merged.items()} == expected
    with ResultsFile.open(hq) as results:
        held = results.count_records(include_deleted=True)
    assert sum(r[6] for r in merged.values()) == held
    assert next(r[1] for r in rows if r[0] == "Open conflicts") == 0
