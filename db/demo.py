"""Realistic sample office files, the same every time (fixed seed).

Used for the app's first run, for trying merges and exports, and by tests. Several offices report
the same cities (a country office and its regional office both report Nairobi), past years are
submitted and the plan's last year is still in draft.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from db.officefile import Office, ResultsFile
from db.framework import Framework, get_framework

DEMO_OFFICES = [
    (Office("KEN", "UN-Habitat Kenya Country Office", "KEN", "Africa"),
     {"KEN": ["Nairobi", "Mombasa", "Kisumu", "Nakuru"], "SOM": ["Mogadishu"]}),
    (Office("ROAF", "Regional Office for Africa", "KEN", "Africa"),
     {"KEN": ["Nairobi", "Kisumu"], "MOZ": ["Maputo", "Beira"], "GHA": ["Accra"], "ETH": ["Addis Ababa"]}),
    (Office("EGY", "UN-Habitat Egypt Country Office", "EGY", "Arab States"),
     {"EGY": ["Cairo", "Alexandria", "Giza"], "JOR": ["Amman"]}),
    (Office("BRA", "UN-Habitat Brazil Country Office", "BRA", "Latin America and the Caribbean"),
     {"BRA": ["São Paulo", "Rio de Janeiro", "Salvador", "Recife"], "COL": ["Medellín"]}),
    (Office("ROAP", "Regional Office for Asia and the Pacific", "JPN", "Asia and the Pacific"),
     {"CHN": ["Wuhan", "Shanghai"], "PHL": ["Manila"], "MMR": ["Yangon"], "IND": ["Pune"]}),
]

NARRATIVES = {
    "en": [
        "Community-led upgrading of {city} improved access to water, sanitation and drainage.",
        "With the municipality of {city}, the office supported a participatory planning process.",
        "Results confirmed by the city's monitoring unit after a field visit.",
        "Waste collection routes were redesigned with informal waste pickers in {city}.",
    ],
    "zh": [
        "在{city}开展的社区主导改造改善了供水、环卫和排水条件。",
        "人居署与{city}市政府合作，支持了参与式规划进程。",
        "经实地访问后，由城市监测部门确认了相关成果。",
        "在{city}与非正规拾荒者共同重新设计了废物收集路线。",
    ],
}
SOURCES = ["Project progress report", "Municipal monitoring data", "Field verification mission",
           "Partner utility annual report", "National statistics office"]
NAMED = {"1.1.e": "Water utility", "2.1.a": "Public space", "2.2.a": "Voluntary local review",
         "3.3.a": "Climate action plan", "4.3.b": "Resilience framework", "4.1.a": "Settlement"}


def _rows_for(office: Office, cities: dict[str, list[str]], year: int, framework: Framework,
              rng: random.Random, levels: dict[str, int]) -> list[dict]:
    rows = []
    chinese = office.code == "ROAP"
    for indicator in framework.indicators():
        if not indicator.enterable or rng.random() < 0.45:
            continue
        country = rng.choice(sorted(cities))
        city = rng.choice(cities[country])
        lang = "zh" if chinese and rng.random() < 0.7 else "en"
        row: dict[str, Any]
        row = {"indicator": indicator.code, "year": year, "country": country,
               "narrative": rng.choice(NARRATIVES[lang]).format(city=city) if rng.random() < 0.6 else "",
               "source": rng.choice(SOURCES), "qualifier": "none"}
        if indicator.rule == "sum":
            # Each office works at its own scale, which changes from year to year but not tenfold.
            # 1.2.d is a national figure: larger than the project figure 1.2.a.
            level = levels.setdefault(indicator.code,
                                      rng.randrange(500, 400_000, 50) * (8 if indicator.code == "1.2.d" else 1))
            row["value"] = max(50, round(level * rng.uniform(0.6, 1.6) / 50) * 50)
            row["city"] = city
            row["qualifier"] = rng.choice(["none", "none", "none", "at_least", "more_than"])
            rows.append(row)
            if "sex" in indicator.disaggregations and rng.random() < 0.3:
                # The total's breakdown by sex: parts "of which", never added to the total.
                female = int(row["value"] * 0.52)
                rows.append({**row, "sex": "female", "value": female, "narrative": ""})
                rows.append({**row, "sex": "male", "value": row["value"] - female, "narrative": ""})
        elif indicator.entity == "country":
            rows.append(row)
        elif indicator.entity == "named":
            for n in range(rng.randint(1, 2)):
                rows.append({**row, "city": city, "entity": f"{NAMED.get(indicator.code, 'Item')} {city} {n + 1}"})
        else:  # city, country_or_city: one record per city counted
            for city in rng.sample(cities[country], k=min(len(cities[country]), rng.randint(1, 2))):
                rows.append({**row, "city": city})
    return _follow_rules(rows, framework, cities, levels, rng)


def _measure(rows: list[dict], indicator) -> dict[str, int]:
    """An indicator's figure per country in these rows: the sum, or the number of distinct entities."""
    mine = [r for r in rows if r["indicator"] == indicator.code]
    if indicator.rule == "sum":
        sums: dict[str, int] = {}
        for r in mine:
            sums[r["country"]] = sums.get(r["country"], 0) + r["value"]
        return sums
    seen: dict[str, set] = {}
    for r in mine:
        seen.setdefault(r["country"], set()).add((r.get("city", ""), r.get("entity", "")))
    return {c: len(v) for c, v in seen.items()}


def _follow_rules(rows: list[dict], framework: Framework, cities: dict[str, list[str]], levels: dict[str, int],
                  rng: random.Random) -> list[dict]:
    """Add what the framework's consistency rules ask for: each country's figure of a rule's
    indicator at most the figure it is compared with (1.2.a at most 1.2.d, 1.2.g at most 1.2.f...)."""
    by_code = {i.code: i for i in framework.indicators()}  # a rule names indicators of its framework
    for rule in framework.rules:
        left, right = by_code[rule.indicator], by_code[rule.at_most]
        have = _measure(rows, right)
        for country, need in _measure(rows, left).items():
            short = need - have.get(country, 0)
            if short <= 0:
                continue
            base = next(r for r in rows if r["indicator"] == left.code and r["country"] == country)
            row = {**base, "indicator": right.code, "narrative": "", "sex": "", "age": "", "disability": "",
                   "entity": "", "value": None}
            if right.rule == "sum":
                level = max(levels.setdefault(right.code, short * 2), short * 2)
                rows.append({**row, "value": round(level * rng.uniform(1, 1.6) / 50) * 50, "qualifier": "none"})
            elif right.entity == "country":
                rows.append({**row, "city": ""})
            elif right.entity == "named":
                rows += [{**row, "city": base.get("city") or cities[country][0],
                          "entity": f"{NAMED.get(right.code, 'Item')} {base.get('city') or country} "
                                    f"{left.code} {n + 1}"}
                         for n in range(short)]
            else:
                rows += [{**row, "city": city} for city in cities[country][:short]]
    return rows


def write_demo(folder: Path, *, framework: Framework | None = None, seed: int = 2025) -> list[Path]:
    """Write one office file per demo office into ``folder``; existing files are refused."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    framework = framework or get_framework()
    rng = random.Random(seed)
    paths = []
    for office, cities in DEMO_OFFICES:
        path = folder / f"{office.code.lower()}.habitat"
        levels: dict[str, int] = {}
        with ResultsFile.create(path, office, framework=framework, who="demo") as results:
            for year in framework.years:
                results.add_records(_rows_for(office, cities, year, framework, rng, levels), who="demo")
                for outcome in ("1.1", "1.2", "2.1"):
                    city = rng.choice(sorted(c for cs in cities.values() for c in cs))
                    lang = "zh" if office.code == "ROAP" else "en"
                    results.set_outcome_narrative(
                        outcome, year, " ".join(rng.sample(NARRATIVES[lang], 2)).format(city=city), who="demo")
                if year < framework.last_year:
                    results.submit_year(year, who="demo")
        paths.append(path)
    return paths
