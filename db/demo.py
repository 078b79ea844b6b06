"""Realistic sample office files, the same every time (fixed seed).

Used for the app's first run, for trying merges and exports, and by tests. Several offices report
the same cities (a country office and its regional office both report Nairobi), past years are
submitted and the plan's last year is still in draft.
"""

from __future__ import annotations

import random
from pathlib import Path

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
              rng: random.Random) -> list[dict]:
    rows = []
    chinese = office.code == "ROAP"
    for indicator in framework.indicators():
        if not indicator.enterable or rng.random() < 0.45:
            continue
        country = rng.choice(sorted(cities))
        city = rng.choice(cities[country])
        lang = "zh" if chinese and rng.random() < 0.7 else "en"
        row = {"indicator": indicator.code, "year": year, "country": country,
               "narrative": rng.choice(NARRATIVES[lang]).format(city=city) if rng.random() < 0.6 else "",
               "source": rng.choice(SOURCES), "qualifier": "none"}
        if indicator.rule == "sum":
            row["value"] = rng.randrange(500, 400_000, 50)
            if indicator.code == "1.2.d":  # a national figure: larger than the project figure 1.2.a
                row["value"] *= 8
            row["city"] = city
            row["qualifier"] = rng.choice(["none", "none", "none", "at_least", "more_than"])
            if "sex" in indicator.disaggregations and rng.random() < 0.3:
                # Every record adds to the total: a breakdown replaces the undivided figure.
                female = int(row["value"] * 0.52)
                rows.append({**row, "sex": "female", "value": female})
                rows.append({**row, "sex": "male", "value": row["value"] - female, "narrative": ""})
            else:
                rows.append(row)
        elif indicator.entity == "country":
            rows.append(row)
        elif indicator.entity == "named":
            for n in range(rng.randint(1, 2)):
                rows.append({**row, "city": city, "entity": f"{NAMED.get(indicator.code, 'Item')} {city} {n + 1}"})
        else:  # city, country_or_city: one record per city counted
            for city in rng.sample(cities[country], k=min(len(cities[country]), rng.randint(1, 2))):
                rows.append({**row, "city": city})
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
        with ResultsFile.create(path, office, framework=framework, who="demo") as results:
            for year in framework.years:
                results.add_records(_rows_for(office, cities, year, framework, rng), who="demo")
                for outcome in ("1.1", "1.2", "2.1"):
                    city = rng.choice(sorted(c for cs in cities.values() for c in cs))
                    lang = "zh" if office.code == "ROAP" else "en"
                    results.set_outcome_narrative(
                        outcome, year, " ".join(rng.sample(NARRATIVES[lang], 2)).format(city=city), who="demo")
                if year < framework.last_year:
                    results.submit_year(year, who="demo")
        paths.append(path)
    return paths
