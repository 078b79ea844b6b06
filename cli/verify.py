"""``habitat-results verify-annex``: make an export again from the manifest beside it, and compare."""

from __future__ import annotations

from pathlib import Path

import click

from cli.terminal import Refusal, echo


@click.command("verify-annex")
@click.argument("manifest", type=click.Path(path_type=Path, dir_okay=False, exists=True))
def verify_annex(manifest):
    """Check an exported annex against its MANIFEST (the .manifest.json written beside every export).

    The results file the manifest names must be as it was (its SHA-256), the output beside the
    manifest too, and the annex made again from the file with the same options must be byte for
    byte the output the manifest names. Exit 0 when everything matches; 1 naming what differs.
    """
    from exports.verify import verify_annex as verify

    found = verify(manifest)
    if found.ok:
        echo(f"{found.output.name}: verified: made again from its results file, byte for byte the same "
             f"({manifest.name}).")
        return
    for difference in found.differences:
        echo(f"DIFFERS  {difference}")
    raise Refusal(f"{manifest.name}: {len(found.differences)} difference(s): the annex is not verified")


COMMANDS = (verify_annex,)
