"""Killing the app while it submits and signs years loses nothing acknowledged and never leaves a
submission unsigned: the file merges at headquarters, every year it sends covered by its signature."""

from __future__ import annotations

import random
import sqlite3
import textwrap

from db.merge import merge_files
from db.officefile import ResultsFile
from tests.test_desktop_kill import run_and_kill

# A record added, then its year submitted (and signed) as the app does; one line after each commit.
SUBMITTER = textwrap.dedent("""
    import os
    import sys
    from db.officefile import ResultsFile
    from exports.submission import submit_year

    results = ResultsFile.open(sys.argv[1])
    n = 0
    while True:
        n += 1
        year = 2020 + n % 6
        results.add_record({"indicator": "1.1.a", "year": year, "value": n, "country": "KEN",
                            "city": f"City {n} of run {os.getpid()}"}, who="tester")  # no repeat of a run before
        submit_year(results, year, who="tester")
        print(f"submitted {n} {year}", flush=True)
""")


def test_killed_while_signing_leaves_every_submission_signed(office_path, tmp_path):
    script = tmp_path / "submitter.py"
    script.write_text(SUBMITTER, encoding="utf-8")
    seed = random.randrange(2**32)
    print(f"kill timing seed: {seed}")
    rng = random.Random(seed)
    acknowledged: set[int] = set()  # numbered afresh each round: told apart by round
    for round_ in range(2):
        acks = run_and_kill(office_path, script, acks_before_kill=8 + 3 * round_, pause=rng.uniform(0, 0.05))
        conn = sqlite3.connect(office_path)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.close()
        with ResultsFile.open(office_path) as results:
            assert results.check() == []
            held = [r for r in results.records(indicator="1.1.a") if r.status == "submitted"]
            submitted = {r.value for r in held}
        acknowledged |= {int(a.split()[1]) + 1000 * round_ for a in acks}
        # Each round numbers its records afresh from 1: compare this round's acknowledgements.
        this_round = {int(a.split()[1]) for a in acks}
        assert this_round <= submitted
        # Whatever the kill interrupted, the file merges signed: every submitted record is covered.
        hq = tmp_path / f"hq-{round_}.habitat"
        report = merge_files(hq, [office_path]).files[0]
        assert report.ok, report.refused
        assert report.signature.state == "signed" and report.records == len(held)
    assert acknowledged
