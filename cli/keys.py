"""``habitat-results keys``: the office keys that sign submissions (see docs/proof.md)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from cli.terminal import Refusal, echo

FILE = click.Path(path_type=Path, dir_okay=False)


@click.command("keys")
@click.argument("file", type=FILE, required=False)
@click.option("--office", help="The office whose key is exported (default: the office of FILE, or the only one).")
@click.option("--export", "export_to", type=FILE, help="Write the office's key to this file, for a new laptop.")
@click.option("--import", "import_from", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="Add a key file exported on another computer to this profile.")
@click.option("--revoke", metavar="FINGERPRINT",
              help="At headquarters: stop trusting this key (its fingerprint or its first 8 characters); files it "
                   "signs are refused from now on.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def keys(file, office, export_to, import_from, revoke, fmt):
    """Show, export and import the office keys that sign submissions; at headquarters, the keys it trusts.

    Without FILE: the keys this user's profile holds (one per office it submits for). With an office
    FILE: the file's signatures and whether this profile holds their key. With a headquarters FILE:
    the offices' keys headquarters recorded (the first key seen for an office is trusted; a new one
    is accepted with `merge --accept-new-key-for OFFICE`), and --revoke to stop trusting one.
    The key file is secret: whoever holds it can sign for the office. Keep an exported copy safe.
    """
    from db.signing import export_key, import_key, keys_folder, profile_keys

    if import_from:
        key = import_key(import_from)
        echo(f"Key {key.fingerprint} of office {key.office} is in this profile ({key.path}).")
        return
    if export_to:
        office = office or _office_of(file) or _only_office(profile_keys())
        key = export_key(office.upper(), export_to)
        echo(f"Wrote the key {key.fingerprint} of office {key.office} to {export_to}. Keep it secret: whoever "
             f"holds it can sign for {key.office}. On the new laptop: habitat-results keys --import {export_to.name}")
        return
    if revoke:
        if file is None:
            raise Refusal("--revoke needs the headquarters file: habitat-results keys HQ_FILE --revoke FINGERPRINT")
        _revoke(file, revoke)
        return
    if file is not None:
        _show_file(file, fmt)
        return
    held = profile_keys()
    rows = [{"office": k.office, "fingerprint": k.fingerprint, "created_at": k.created_at, "path": str(k.path)}
            for k in held]
    if fmt == "json":
        echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    echo(f"Office keys in {keys_folder()}:" if rows else f"No office keys in {keys_folder()} yet "
         "(one is made with an office's file, or at its first submission).")
    for r in rows:
        echo(f"  {r['office']:<8} {r['fingerprint']}  made {r['created_at']}")


def _office_of(file) -> str | None:
    if file is None:
        return None
    from db.officefile import ResultsFile

    with ResultsFile.open_readonly(file) as results:
        return results.office.code if results.kind == "office" else None


def _only_office(held) -> str:
    offices = sorted({k.office for k in held})
    if len(offices) != 1:
        raise Refusal("--export needs --office: this profile holds keys of "
                      f"{', '.join(offices) if offices else 'no office'}")
    return offices[0]


def _revoke(file, typed: str) -> None:
    from db.merge_store import open_headquarters
    from db.officefile import default_user
    from db.signing import revoke_key

    hq, _ = open_headquarters(file)
    try:
        row = revoke_key(hq, typed, who=default_user())
    finally:
        hq.close()
    echo(f"Key {row['fingerprint']} of office {row['office_code']} revoked in {file.name}: files it signs are "
         "refused from now on.")


def _show_file(file, fmt) -> None:
    from db.officefile import ResultsFile
    from db.signing import known_keys, profile_keys, signatures_of

    with ResultsFile.open_readonly(file) as results:
        if results.kind == "headquarters":
            rows = known_keys(results)
            if fmt == "json":
                echo(json.dumps(rows, ensure_ascii=False, indent=1))
                return
            echo(f"Office keys {file.name} knows:" if rows else f"{file.name} knows no office key yet.")
            for r in rows:
                revoked = f", revoked {r['revoked_at']} by {r['revoked_by']}" if r["state"] == "revoked" else ""
                echo(f"  {r['office_code']:<8} {r['fingerprint']}  {r['state']}, first seen {r['first_seen_at']} "
                     f"in {r['first_seen_file']}{revoked}")
            return
        signatures = signatures_of(results)
        office = results.office.code
    mine = {k.fingerprint for k in profile_keys() if k.office == office}
    for s in signatures:
        s["in_this_profile"] = s["key"] in mine
    if fmt == "json":
        echo(json.dumps({"office": office, "signatures": signatures}, ensure_ascii=False, indent=1))
        return
    echo(f"{file.name} ({office}): " + (f"{len(signatures)} signed submission(s), newest first:" if signatures
                                         else "no signed submission yet."))
    for s in signatures:
        where = "this profile holds the key" if s["in_this_profile"] else "key not in this profile"
        echo(f"  {s['year']}  signed {s['signed_at']}  key {s['key']}  ({where})")


COMMANDS = (keys,)
