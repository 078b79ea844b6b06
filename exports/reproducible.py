"""A reproducible annex: the same file and options give the same bytes, and a manifest proves it.

No clock goes into an export: the annex says when its data last changed (the newest entry of the
file's audit log or merge log, ``exports.aggregate.data_as_of``), the PDF is written in reportlab's
invariant mode, and the XLSX zip's entries and document properties carry fixed times (``stable_xlsx``).

Every export writes a manifest beside its output, named after it (``annex.pdf.manifest.json``):
the app version, the options, the results file's path and SHA-256, each office file merged into
it with its SHA-256 and signature state, and the output's SHA-256. ``exports.verify`` re-creates the
output from the file the manifest names and says what differs, if anything.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import zipfile
from dataclasses import fields
from pathlib import Path


MANIFEST_KIND = "habitat-results annex manifest"
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry


def stable_xlsx(data: bytes, as_of: str) -> bytes:
    """A workbook with fixed times: zip entries dated ``ZIP_EPOCH``, created and modified ``as_of``."""
    moment = (as_of or "2000-01-01T00:00:00Z")[:19] + "Z"
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = content.decode("utf-8")
                for tag in ("created", "modified"):
                    text = re.sub(rf"(<dcterms:{tag}[^>]*>)[^<]*(</dcterms:{tag}>)", rf"\g<1>{moment}\g<2>", text)
                content = text.encode("utf-8")
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_EPOCH)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = info.external_attr
            dst.writestr(entry, content)
    return out.getvalue()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def manifest_path(out_path: Path) -> Path:
    """Where an export's manifest is written: beside it, named after it."""
    out_path = Path(out_path)
    return out_path.with_name(out_path.name + ".manifest.json")


def manifest_of(out_path: Path, source_path: Path, fmt: str, settings, annex, *, years, include_drafts: bool,
                working_draft: bool) -> dict:
    """What an export was made from and with, and its output's SHA-256."""
    from exports.aggregate import app_version

    source = annex.source
    return {
        "kind": MANIFEST_KIND, "format": 1, "app_version": app_version(),
        "output": {"file": Path(out_path).name, "format": fmt, "sha256": sha256_of(out_path)},
        "options": {"years": list(annex.years), "include_drafts": include_drafts, "working_draft": working_draft,
                    "settings": {f.name: getattr(settings, f.name) for f in fields(settings)
                                 if f.name not in ("working_draft", "provisional_plan")}},
        "source": {"path": str(Path(source_path).resolve()), "sha256": sha256_of(source_path), "kind": source.kind,
                   "file_id": source.file_id, "data_as_of": source.generated_at},
        "merged_files": [{k: m.get(k) for k in ("file_name", "office_code", "sha256", "file_id", "merged_at",
                                                 "signature", "signed_by")} for m in source.merged_files],
    }


def write_manifest(manifest: dict, out_path: Path) -> Path:
    """Write the manifest beside the output, whole or not at all."""
    target = manifest_path(out_path)
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        temp.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    return target
