"""A reproducible annex: the same file and options give the same bytes, and a manifest proves it.

No clock goes into an export: the annex says when its data last changed (``data_as_of``: the
newest entry of the file's audit log or merge log), the PDF is written in reportlab's invariant
mode, and the XLSX zip's entries and document properties carry fixed times (``stable_xlsx``).

Every export writes a manifest beside its output, named after it (``annex.pdf.manifest.json``):
the app version, the options, the results file's path and SHA-256, each office file merged into
it with its SHA-256 and signature state, and the output's SHA-256. ``verify_annex`` re-creates the
output from the file the manifest names and says what differs, if anything.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import zipfile
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from db.errors import HabitatError

MANIFEST_KIND = "habitat-results annex manifest"
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)  # the earliest time a zip entry can carry


def data_as_of(read) -> str:
    """When the file's data last changed (UTC, to the second): its newest audit or merge entry."""
    # The audit log grows in time order: its last row is its newest, found without a scan.
    moments = [read("SELECT at FROM audit ORDER BY id DESC LIMIT 1").fetchone(),
               read("SELECT max(merged_at) FROM merge_batch").fetchone()]
    found = sorted(str(m[0]) for m in moments if m and m[0])
    return (found[-1][:19] + "Z") if found else ""


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


@dataclass
class Verification:
    """What ``verify_annex`` found: nothing differs, or each difference in words."""

    manifest: Path
    output: Path | None = None
    differences: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.differences


def read_manifest(path: Path) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("kind") != MANIFEST_KIND:
            raise ValueError("not an annex manifest")
        for key in ("output", "options", "source"):
            if not isinstance(data.get(key), dict):
                raise ValueError(f"'{key}' is missing")
        return data
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise HabitatError(f"{path}: not an annex manifest ({exc})") from None


def verify_annex(path: Path) -> Verification:
    """Re-create the export a manifest describes, from the file it names, and compare."""
    from exports.document import DocumentSettings
    from exports.service import checked_annex, render

    path = Path(path)
    manifest = read_manifest(path)
    output, options, source = manifest["output"], manifest["options"], manifest["source"]
    produced = path.parent / str(output.get("file"))
    found = Verification(path, produced)
    source_path = Path(str(source.get("path")))
    if not source_path.is_file():
        found.differences.append(f"the results file {source_path} is not there any more")
        return found
    if sha256_of(source_path) != source.get("sha256"):
        found.differences.append(f"the results file {source_path} changed since the export "
                                 f"(SHA-256 {sha256_of(source_path)}, the manifest says {source.get('sha256')})")
    if not produced.is_file():
        found.differences.append(f"the output {produced} is not there any more")
    elif sha256_of(produced) != output.get("sha256"):
        found.differences.append(f"the output {produced} changed since the export "
                                 f"(SHA-256 {sha256_of(produced)}, the manifest says {output.get('sha256')})")
    known = {f.name for f in fields(DocumentSettings)}
    settings = DocumentSettings(**{k: v for k, v in (options.get("settings") or {}).items() if k in known})
    working_draft = bool(options.get("working_draft"))
    settings = replace(settings, working_draft=working_draft)
    try:
        annex, _ = checked_annex(source_path, years=options.get("years"), include_drafts=bool(
            options.get("include_drafts")), working_draft=working_draft)
    except HabitatError as exc:
        found.differences.append(f"the annex cannot be made again from {source_path}: {exc}")
        return found
    if annex.provisional:
        settings = replace(settings, provisional_plan=True)
    again = io.BytesIO()
    render(annex, str(output.get("format")), settings, again)
    digest = hashlib.sha256(again.getvalue()).hexdigest()
    if digest != output.get("sha256"):
        from exports.aggregate import app_version

        version = (f" (made by version {manifest.get('app_version')}, re-created by {app_version()})"
                   if manifest.get("app_version") != app_version() else "")
        found.differences.append(f"the output made again from {source_path.name} differs from the one the manifest "
                                 f"names (SHA-256 {digest}, the manifest says {output.get('sha256')}){version}")
    return found

