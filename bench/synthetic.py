"""Synthetic office files for benchmarks, the same for the same arguments.

    python bench/synthetic.py OUT_DIR --offices 100 --records 20000 [--seed 1] [--drafts 0.1]

Each office file is created by the app (``ResultsFile.create``), then filled with plain SQL in one
transaction (the app's own import would be the thing measured, not the set-up). The mix is
realistic: indicators in proportion to the plan, years 2020–2025, cities shared between offices of
the same region, about one narrative in five, in English or Chinese, some counts broken down by
sex or age, and an example of impact (outcome narrative) per office, year and a few outcomes.
Files are written under a temporary name and renamed, so an interrupted run leaves none half made.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import os
import random
import sys
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db.framework import get_framework  # noqa: E402
from db.officefile import RECORD_COLUMNS, Office, ResultsFile  # noqa: E402

REGIONS = {
    "Africa": ["KEN", "MOZ", "GHA", "ETH", "NGA", "SEN", "UGA", "TZA", "ZMB", "CMR"],
    "Arab States": ["EGY", "JOR", "LBN", "IRQ", "MAR", "TUN"],
    "Asia and the Pacific": ["CHN", "PHL", "MMR", "IND", "IDN", "VNM", "BGD", "NPL"],
    "Latin America and the Caribbean": ["BRA", "COL", "MEX", "PER", "CHL", "ECU"],
    "Europe": ["UKR", "POL", "ESP", "SRB"],
}
NARRATIVES = [
    "Community-led upgrading improved access to water, sanitation and drainage.",
    "The municipality adopted a participatory plan with support from the office.",
    "在社区开展的改造改善了供水、环卫和排水条件。",
    "人居署与市政府合作，支持了参与式规划进程。",
]


def offices(count: int) -> list[Office]:
    regions = sorted(REGIONS)
    found = []
    for n in range(count):
        region = regions[n % len(regions)]
        country = REGIONS[region][(n // len(regions)) % len(REGIONS[region])]
        found.append(Office(f"OF{n + 1:03d}", f"Office {n + 1} ({country})", country, region))
    return found


def record_rows(office: Office, records: int, rng: random.Random, drafts: float,
                last_year: int, ids: str = "v4") -> list[tuple]:
    plan = get_framework()
    indicators = [i for i in plan.indicators() if i.enterable]
    countries = REGIONS[office.region]
    now = "2025-12-31T00:00:00.000Z"
    rows = []
    # A breakdown part ("of which") is written only beside its place's total, with that total's
    # status and within what it leaves to the breakdown: the rules of db/rules.py hold here.
    totals: dict[tuple, dict] = {}
    for _ in range(records):
        ind = rng.choice(indicators)
        year = rng.randint(plan.first_year, last_year)
        country = rng.choice(countries)
        city = f"City {country}-{rng.randint(1, 40)}"  # 40 cities a country: offices share them
        value = rng.randint(10, 200_000) if ind.rule == "sum" else None
        entity = f"{ind.unit.title()} {country}-{rng.randint(1, 60)}" if ind.entity == "named" else ""
        narrative = rng.choice(NARRATIVES) if rng.random() < 0.2 else ""
        sex = age = ""
        status = "draft" if rng.random() < drafts else "submitted"
        place = (ind.code, year, country, "" if ind.entity == "country" else city, entity)
        held = totals.get(place)
        if value is not None and held is not None and rng.random() < 0.25:  # a part of a breakdown
            if "sex" in ind.disaggregations:
                sex = rng.choice(("female", "male"))
            if "age" in ind.disaggregations and rng.random() < 0.5:
                age = rng.choice(("children", "youth", "adults", "older"))
            dims = [d for d, on in (("sex", sex), ("age", age)) if on]
            room = min((held["room"][d] for d in dims), default=0)
            if room >= 1:
                value = rng.randint(1, max(1, room // 3))
                for d in dims:
                    held["room"][d] -= value
                status = held["status"]
            else:
                sex = age = ""
        if value is not None and not (sex or age):
            if held is None:
                held = totals[place] = {"status": status, "room": {"sex": 0, "age": 0}}
            if status == held["status"]:
                for d in held["room"]:
                    held["room"][d] += value
        values = {
            "id": record_key(rng.getrandbits(128), year, ids), "office_code": office.code,
            "indicator": ind.code, "year": year, "value": value, "country": country,
            "city": "" if ind.entity == "country" else city, "entity": entity,
            "qualifier": rng.choice(["none", "none", "none", "at_least", "more_than"]) if value else "none",
            "sex": sex, "age": age, "disability": "", "narrative": narrative, "source": "Project report",
            "status": status, "created_at": now, "updated_at": now, "version": 1,
            "changed_by": "synthetic", "deleted": 0,
        }
        rows.append(tuple(values[c] for c in RECORD_COLUMNS))
    return rows


YEAR_MS = 365 * 24 * 3600 * 1000


def record_key(bits: int, year: int, ids: str) -> str:
    """A random key (``ids`` 'v4', as the app makes), or a time-ordered one (RFC 9562 version 7,
    'v7', to measure whether such keys would help) of a moment in the year after ``year``, when its
    results are entered; from the same random bits either way, so that the files differ only in
    their keys."""
    if ids == "v4":
        return str(uuid.UUID(int=bits, version=4))
    from datetime import datetime, timezone

    start = int(datetime(year + 1, 1, 1, tzinfo=timezone.utc).timestamp() * 1000)
    ms, seq = start + (bits >> 80) % YEAR_MS, (bits >> 64) & 0xFFF
    # RFC 9562: 48 bits of Unix milliseconds, the version (7), 12 bits, the variant (0b10), 62 bits.
    return str(uuid.UUID(int=(ms << 80 | 0x7 << 76 | seq << 64 | 0b10 << 62 | bits & ((1 << 62) - 1))))


def narrative_rows(office: Office, rng: random.Random, last_year: int) -> list[tuple]:
    """Examples of impact: each year, three outcomes of the plan, in English or Chinese."""
    plan = get_framework()
    outcomes = [g.code for g in plan.outcomes()]
    rows = []
    for year in range(plan.first_year, last_year + 1):
        for outcome in rng.sample(outcomes, 3):
            text = f"{rng.choice(NARRATIVES)} ({office.name}, {outcome}, {year})"
            rows.append((office.code, outcome, year, text, "2025-12-31T00:00:00.000Z", 1, "synthetic"))
    return rows


def office_path(folder: Path, office: Office, records: int) -> Path:
    return Path(folder) / f"{office.code.lower()}-{records}.habitat"


def write_office(folder: Path, n: int, office: Office, records: int, seed: int, drafts: float,
                 ids: str = "v4") -> Path:
    """Write office number ``n`` (its own random stream: the same file whatever else is written)."""
    path = office_path(folder, office, records)
    if path.exists():
        return path
    plan = get_framework()
    rng = random.Random(seed * 1_000_003 + n)
    rows = record_rows(office, records, rng, drafts, plan.last_year, ids)
    stories = narrative_rows(office, rng, plan.last_year)
    part = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    with ResultsFile.create(part, office, who="synthetic") as results:
        with results.transaction() as conn:
            conn.executemany(f"INSERT INTO record ({', '.join(RECORD_COLUMNS)}) "
                             f"VALUES ({', '.join('?' * len(RECORD_COLUMNS))})", rows)
            conn.executemany("INSERT INTO outcome_narrative (office_code, outcome, year, text, updated_at, "
                             "version, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?)", stories)
        results.query("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    part.replace(path)
    return path


def write_offices(folder: Path, count: int, records: int, *, seed: int = 1, drafts: float = 0.0,
                  workers: int = 1, ids: str = "v4") -> list[Path]:
    """Write ``count`` office files of ``records`` records each; files already there are reused.

    ``workers`` > 1 writes files in that many processes (the files are the same either way).
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    jobs = [(folder, n, office, records, seed, drafts, ids) for n, office in enumerate(offices(count))]
    missing = [j for j in jobs if not office_path(folder, j[2], records).exists()]
    if workers > 1 and len(missing) > 1:
        with concurrent.futures.ProcessPoolExecutor(workers) as pool:
            list(pool.map(write_office, *zip(*missing)))
    else:
        for job in missing:
            write_office(*job)
    return [office_path(folder, office, records) for _, _, office, *_ in jobs]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--offices", type=int, default=10)
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--drafts", type=float, default=0.0, help="share of records left in draft")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--ids", choices=("v4", "v7"), default="v4",
                        help="record keys: random (v4, as the app makes) or time-ordered (v7)")
    args = parser.parse_args()
    paths = write_offices(args.folder, args.offices, args.records, seed=args.seed, drafts=args.drafts,
                          workers=args.workers, ids=args.ids)
    print(f"{len(paths)} office files of {args.records:,} records in {args.folder}")


if __name__ == "__main__":
    main()
