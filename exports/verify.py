"""Verifying an exported annex: make it again from the manifest beside it, and say what differs."""

from __future__ import annotations

import hashlib
import io
import json
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from db.errors import HabitatError
from exports.reproducible import MANIFEST_KIND, sha256_of


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
    """A manifest written beside an export (``exports.reproducible``); refuses anything else."""
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
    from exports.aggregate import app_version
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
        version = (f" (made by version {manifest.get('app_version')}, re-created by {app_version()})"
                   if manifest.get("app_version") != app_version() else "")
        found.differences.append(f"the output made again from {source_path.name} differs from the one the manifest "
                                 f"names (SHA-256 {digest}, the manifest says {output.get('sha256')}){version}")
    return found

