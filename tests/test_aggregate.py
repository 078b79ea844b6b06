"""Aggregation into the annex: sums, distinct counts across offices and years, shares, qualifiers.

The headquarters-like file built here has totals known by hand; the export tests reuse it.
"""

import tempfile
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.officefile import Office, ResultsFile
from db.progress import Cancelled
from exports.aggregate import EMPTY, Cell, ExportError, aggregate_file, entity_key, open_for_export, parse_years
from exports.numbers import combine_qualifiers

HQ = Office("HQ", "UN-Habitat headquarters", "KEN", "")
KEN = Office("KEN", "UN-Habitat Kenya Country Office", "KEN", "Africa")
ROAF = Office("ROAF", "Regional Office for Africa", "KEN", "Africa")
BRA = Office("BRA", "UN-Habitat Brazil Country Office", "BRA", "Latin America and the Caribbean")

NARRATIVE = "Résumé: <b>not bold</b> & 100% of <i>Nairobi</i> — 人居署 & partners"


def _city(indicator, year, country, city, **extra):
    return {"indicator": indicator, "year": year, "country": country, "city": city, **extra}


def _sum(indicator, year, value, qualifier="none", country="KEN", **extra):
    return {"indicator": indicator, "year": year, "value": value, "qualifier": qualifier,
            "country": country, **extra}


def build_known_hq(path: Path) -> Path:
    """A headquarters file with three offices whose totals are known (see the tests below)."""
    with ResultsFile.create(path, HQ, kind="headquarters", who="test") as hq:
        for office in (KEN, ROAF, BRA):
            hq.add_office(office, who="test")
        hq.add_records([
            # 1.1.a: 3,000,000 + more than 900,000 = more than 3.9 million
            _sum("1.1.a", 2020, 3_000_000),
            # 1.2.a: 17.6 million, one year broken down by sex ("of which")
            _sum("1.2.a", 2021, 100_000),
            _sum("1.2.a", 2022, 7_500_000),
            _sum("1.2.a", 2022, 4_000_000, sex="female"),
            _sum("1.2.a", 2022, 3_500_000, sex="male"),
            # 1.2.d: 41.2 million, so 1.2.e = 42.7 per cent, printed 43%
            _sum("1.2.d", 2021, 41_200_000),
            # 1.2.i: at least 466,000 households
            _sum("1.2.i", 2021, 400_000, "at_least"),
            # 1.1.c (cities): Nairobi by KEN in 2021 and 2022, and by ROAF in 2021; Kisumu once
            _city("1.1.c", 2021, "KEN", "Nairobi"),
            _city("1.1.c", 2022, "KEN", "NAIROBI"),
            _city("1.1.c", 2022, "KEN", "Kisumu"),
            # 1.2.f (countries, 8) and 1.2.g (5): 1.2.h = 62.5 per cent, printed 62%
            *[{"indicator": "1.2.f", "year": 2021, "country": c} for c in ("KEN", "UGA", "TZA", "ETH")],
            *[{"indicator": "1.2.g", "year": 2021, "country": c} for c in ("KEN", "UGA", "TZA")],
        ], office_code="KEN", who="test")
        hq.add_records([
            _sum("1.1.a", 2021, 900_000, "more_than"),
            _sum("1.2.i", 2022, 66_000),
            _city("1.1.c", 2021, "KEN", "  nairobi "),
            {"indicator": "1.2.f", "year": 2022, "country": "KEN"},  # also reported by KEN
            *[{"indicator": "1.2.f", "year": 2022, "country": c} for c in ("MOZ", "GHA")],
        ], office_code="ROAF", who="test")
        hq.add_records([
            _sum("1.2.a", 2023, 10_000_000, country="BRA"),
            _city("1.1.c", 2022, "BRA", "São Paulo"),
            *[{"indicator": "1.2.f", "year": 2023, "country": c} for c in ("BRA", "COL")],
            *[{"indicator": "1.2.g", "year": 2023, "country": c} for c in ("BRA", "COL")],
        ], office_code="BRA", who="test")
        for year in range(2020, 2025):
            hq.submit_year(year, who="test")
        # After submission: a draft (counted only with include_drafts) and a deleted record.
        hq.add_records([_city("1.1.c", 2023, "KEN", "Mombasa"), _sum("1.1.a", 2023, 5)],
                       office_code="KEN", who="test")
        gone = hq.add_records([_sum("1.2.i", 2024, 999)], office_code="KEN", who="test")[0]
        hq.delete_record(gone.id, who="test")
        with hq.transaction() as conn:
            conn.execute(
                "INSERT INTO outcome_narrative (office_code, outcome, year, text, updated_at, version, changed_by) "
                "VALUES ('KEN', '1.2', 2022, ?, '2025-01-01T00:00:00Z', 1, 'test')", (NARRATIVE,))
    return path


@pytest.fixture
def hq_path(tmp_path) -> Path:
    return build_known_hq(tmp_path / "hq.habitat")


def test_sums_add_up_with_the_weakest_qualifier(hq_path):
    annex = aggregate_file(hq_path)
    a = annex.result("1.1.a")
    assert (a.total.value, a.total.qualifier) == (3_900_000, "more_than")
    assert a.by_year[2020].value == 3_000_000 and a.by_year[2020].qualifier == "none"
    assert a.by_year[2021].qualifier == "more_than"
    assert a.by_year[2022].value is None
    assert a.offices == ("KEN", "ROAF") and a.countries == ("KEN",)
    i = annex.result("1.2.i")
    assert (i.total.value, i.total.qualifier) == (466_000, "at_least")
    assert annex.result("1.2.a").total.value == 17_600_000


def test_a_city_counts_once_across_offices_and_years(hq_path):
    c = aggregate_file(hq_path).result("1.1.c")
    assert c.total.value == 3  # Nairobi, Kisumu, São Paulo
    assert c.by_year[2021].value == 1  # Nairobi, reported by two offices
    assert c.by_year[2022].value == 3  # Nairobi again, Kisumu, São Paulo
    assert c.offices == ("BRA", "KEN", "ROAF")
    assert c.countries == ("BRA", "KEN")
    assert c.by_office["KEN"].value == 2 and c.by_office["ROAF"].value == 1
    assert c.by_region["Africa"].value == 2
    assert c.by_region["Latin America and the Caribbean"].value == 1
    assert c.by_country["KEN"].value == 2


def test_distinct_countries_across_offices(hq_path):
    f = aggregate_file(hq_path).result("1.2.f")
    assert f.total.value == 8  # KEN reported twice
    assert f.by_region["Africa"].value == 6


def test_derived_shares_divide_aggregates_and_are_never_summed(hq_path):
    annex = aggregate_file(hq_path)
    e = annex.result("1.2.e")
    assert e.total.value == Fraction(17_600_000 * 100, 41_200_000)
    assert e.by_year[2021].value == Fraction(100_000 * 100, 41_200_000)
    assert e.by_year[2022].value is None  # no 1.2.d that year
    h = annex.result("1.2.h")
    assert h.total.value == Fraction(125, 2)
    assert h.by_region["Latin America and the Caribbean"].value == 100
    assert h.records == 0


def test_disaggregation_where_recorded(hq_path):
    annex = aggregate_file(hq_path)
    # The breakdown tables show the parts only ("of which"); 2022's total is 7.5 million.
    assert annex.result("1.2.a").by_disaggregation == {"sex": {"female": Cell(4_000_000), "male": Cell(3_500_000)}}
    assert annex.result("1.2.a").by_year[2022].value == 7_500_000
    assert annex.result("1.1.a").by_disaggregation == {}
    assert annex.source.places_without_total == 0


def test_only_submitted_records_count_unless_drafts_are_asked_for(hq_path):
    counted = aggregate_file(hq_path)
    assert counted.result("1.1.c").by_year[2023].value is None
    assert counted.result("1.2.i").total.value == 466_000  # the deleted record never counts
    working = aggregate_file(hq_path, include_drafts=True)
    assert working.result("1.1.c").total.value == 4
    assert working.result("1.1.a").total.value == 3_900_005
    assert working.result("1.2.i").total.value == 466_000
    assert working.source.include_drafts and not counted.source.include_drafts


def test_years_filter(hq_path):
    annex = aggregate_file(hq_path, years="2021")
    assert annex.years == (2021,)
    assert annex.result("1.1.c").total.value == 1
    assert annex.result("1.1.a").total.value == 900_000
    assert list(annex.result("1.1.a").by_year) == [2021]


def test_years_must_lie_in_the_plan_period(hq_path):
    with open_for_export(hq_path) as results:
        fw = results.framework
    assert parse_years("2020-2022", fw) == (2020, 2021, 2022)
    assert parse_years("2021, 2023", fw) == (2021, 2023)
    assert parse_years(None, fw) == tuple(range(2020, 2026))
    for bad in ("2019-2021", "twenty", "2024-2023"):
        with pytest.raises(ExportError):
            parse_years(bad, fw)


def test_offices_regions_narratives_and_sources(hq_path):
    annex = aggregate_file(hq_path)
    assert [o.code for o in annex.offices] == ["KEN", "ROAF", "BRA"]
    assert annex.regions() == ["Africa", "Latin America and the Caribbean"]
    assert [(n.outcome, n.office_code, n.year) for n in annex.narratives] == [("1.2", "KEN", 2022)]
    assert annex.source.kind == "headquarters"
    assert annex.source.records_counted == 17 + 6 + 6  # KEN, ROAF, BRA


def test_an_office_file_aggregates_the_same_way(office_path):
    with ResultsFile.open(office_path) as office:
        office.add_records([_city("1.1.c", 2020, "KEN", "Nairobi"), _city("1.1.c", 2021, "KEN", "nairobi")])
        office.submit_year(2020)
        office.submit_year(2021)
    annex = aggregate_file(office_path)
    assert annex.result("1.1.c").total.value == 1
    assert annex.regions() == ["Africa"]


def test_a_record_without_a_country_counts_in_no_country(office_path):
    # A regional office sits in one country but reports for many: its seat is not where results happen.
    with ResultsFile.open(office_path) as office:
        office.add_records([_sum("1.1.a", 2020, 700, country=""), _sum("1.1.a", 2020, 300, country="UGA")])
        office.submit_year(2020)
    result = aggregate_file(office_path).result("1.1.a")
    assert result.total.value == 1000
    assert {k: c.value for k, c in result.by_country.items()} == {"UGA": 300}
    assert len(result.countries) == 1


def test_the_file_is_only_read(hq_path):
    before = hq_path.read_bytes()
    aggregate_file(hq_path)
    assert hq_path.read_bytes() == before


def test_cancelling_stops_the_aggregation(hq_path):
    with pytest.raises(Cancelled):
        aggregate_file(hq_path, progress=lambda done, total=None, message="": done < 2)


def test_entity_names_compare_without_case_spacing_or_composition():
    assert entity_key("city", "BRA", "São  Paulo", "") == entity_key("city", "BRA", "SA\u0303O PAULO ", "")
    assert entity_key("city", "KEN", "Nairobi", "") != entity_key("city", "TZA", "Nairobi", "")
    assert entity_key("country_or_city", "KEN", "", "") == ("country", "KEN")
    assert entity_key("named", "KEN", "", "Nairobi Water ") == entity_key("named", "UGA", "", "nairobi water")


RECORD = st.fixed_dictionaries({
    "office": st.sampled_from(["KEN", "ROAF", "BRA"]),
    "indicator": st.sampled_from(["1.1.a", "1.1.c", "1.2.f"]),
    "year": st.integers(2020, 2024),
    "value": st.integers(0, 10**7),
    "country": st.sampled_from(["KEN", "UGA"]),
    "city": st.sampled_from(["Nairobi", "NAIROBI", "São Paulo", "são  Paulo", "SA\u0303O PAULO"]),
    "qualifier": st.sampled_from(["none", "none", "at_least", "more_than", "about"]),
    "submitted": st.booleans(),
})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(RECORD, max_size=25))
def test_records_entered_through_the_app_aggregate_as_counted_by_hand(records):
    """Whatever offices report, the totals equal a plain count over the submitted records."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "hq.habitat"
        with ResultsFile.create(path, HQ, kind="headquarters") as hq:
            for office in (KEN, ROAF, BRA):
                hq.add_office(office)
            for phase in (True, False):  # submitted records first, then drafts on top
                for office in ("KEN", "ROAF", "BRA"):
                    rows = []
                    for r in records:
                        if r["office"] != office or r["submitted"] != phase:
                            continue
                        row = {"indicator": r["indicator"], "year": r["year"], "country": r["country"],
                               "qualifier": r["qualifier"]}
                        if r["indicator"] == "1.1.a":
                            row["value"] = r["value"]
                        elif r["indicator"] == "1.1.c":
                            row["city"] = r["city"]
                        rows.append(row)
                    if rows:
                        hq.add_records(rows, office_code=office, allow_duplicates=True)  # counted twice
                if phase:
                    for year in range(2020, 2025):
                        hq.submit_year(year)
        annex = aggregate_file(path, years="2020-2024")
    counted = [r for r in records if r["submitted"]]

    def expected(code, year=None):
        mine = [r for r in counted if r["indicator"] == code and (year is None or r["year"] == year)]
        if not mine:
            return None, "none"
        if code == "1.1.a":
            value = sum(r["value"] for r in mine)
        elif code == "1.1.c":
            value = len({(r["country"], "sao paulo" if "PAULO" in r["city"].upper() else r["city"].lower())
                         for r in mine})
        else:
            value = len({r["country"] for r in mine})
        return value, combine_qualifiers(r["qualifier"] for r in mine)

    for code in ("1.1.a", "1.1.c", "1.2.f"):
        result = annex.result(code)
        assert (result.total.value, result.total.qualifier) == expected(code)
        for year in range(2020, 2025):
            assert (result.by_year[year].value, result.by_year[year].qualifier) == expected(code, year)
        assert result.offices == tuple(sorted({r["office"] for r in counted if r["indicator"] == code}))
        if result.total.value is not None and code != "1.1.a":
            assert result.total.value <= sum(c.value or 0 for c in result.by_year.values())


def _store_as_found(hq: ResultsFile, stored: list[dict]) -> None:
    """Records written as they are, entry rules aside: what an old or merged file may hold."""
    with hq.transaction() as conn:
        conn.executemany(
            "INSERT INTO record (id, office_code, indicator, year, value, country, city, entity, qualifier, "
            "sex, age, status, deleted, created_at, updated_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z', 't')",
            [(f"r{n}", r["office"], r["indicator"], r["year"], r.get("value"), r["country"], r.get("city", ""),
              r.get("entity", ""), r.get("qualifier", "none"), r.get("sex", ""), r.get("age", ""),
              r.get("status", "submitted"), r.get("deleted", 0)) for n, r in enumerate(stored)])
        conn.executemany("INSERT INTO part_counted_as_total (record_id) VALUES (?)",
                         [(f"r{n}",) for n, r in enumerate(stored) if r.get("first_version")])


def test_a_part_stored_with_a_missing_country_is_of_its_total_stored_with_an_empty_one(tmp_path):
    """The app has stored an empty country both as '' and as NULL: the same place either way."""
    path = tmp_path / "hq.habitat"
    with ResultsFile.create(path, HQ, kind="headquarters") as hq:
        hq.add_office(KEN)
        _store_as_found(hq, [
            {"office": "KEN", "indicator": "1.1.a", "year": 2021, "value": 1000, "country": "", "city": "Nairobi"},
            {"office": "KEN", "indicator": "1.1.a", "year": 2021, "value": 600, "country": None,
             "city": "Nairobi", "sex": "female"},
        ])
    annex = aggregate_file(path)
    assert annex.result("1.1.a").total == Cell(1000)
    assert annex.result("1.1.a").by_disaggregation == {"sex": {"female": Cell(600)}}
    assert annex.source.places_without_total == 0


STORED = st.fixed_dictionaries({
    "office": st.sampled_from(["KEN", "ROAF", "BRA"]),
    "indicator": st.sampled_from(["1.1.a", "1.1.a", "1.1.c", "1.1.e", "1.2.f", "2.1.g"]),
    "year": st.integers(2020, 2021),  # few places and years: records of one place meet often
    "value": st.one_of(st.none(), st.integers(0, 1000)),
    "country": st.sampled_from(["KEN", "UGA", "", None]),
    "city": st.sampled_from(["", "Nairobi", "NAIROBI ", "São Paulo", "SA\u0303O  PAULO"]),
    "entity": st.sampled_from(["", "Water Co", "water  co"]),
    "qualifier": st.sampled_from(["none", "none", "at_least", "more_than", "about"]),
    "sex": st.sampled_from(["", "", None, "female", "male"]),
    "age": st.sampled_from(["", "", "15-24"]),
    "status": st.sampled_from(["submitted", "validated", "draft", "returned"]),
    "deleted": st.sampled_from([0, 0, 0, 1]),
    "first_version": st.booleans(),  # a part marked as the first version's (db/rules.py)
})
KINDS = {"1.1.a": "sum", "1.1.c": "city", "1.1.e": "named", "1.2.f": "country", "2.1.g": "country_or_city"}
REGIONS = {"KEN": "Africa", "ROAF": "Africa", "BRA": "Latin America and the Caribbean"}


def _annex_by_hand(stored: list[dict], include_drafts: bool):
    """The annex's figures counted record by record, from the rules in exports/aggregate.py's docstring."""
    from db.quality import normal_name

    statuses = {"submitted", "validated"} | ({"draft", "returned"} if include_drafts else set())
    counted = [r for r in stored if not r["deleted"] and r["status"] in statuses]

    def place(r):
        return (r["indicator"], r["year"], r["office"], r["country"] or "", normal_name(r["city"]),
                normal_name(r["entity"]))

    def is_part(r):
        return bool(r["sex"] or r["age"])

    def what(r):  # what a distinct record counts
        kind, country, city, entity = KINDS[r["indicator"]], r["country"] or "", normal_name(r["city"]), \
            normal_name(r["entity"])
        if kind == "country" or (kind == "country_or_city" and not city):
            return ("country", country)
        return ("named", entity) if kind == "named" else ("city", country, city)

    def cell(rows, summed):
        if not rows:
            return EMPTY
        value = sum(r["value"] or 0 for r in rows) if summed else len({what(r) for r in rows})
        return Cell(value, combine_qualifiers(r["qualifier"] for r in rows))

    def table(rows, key, summed):
        return {k: cell([r for r in rows if key(r) == k], summed) for k in sorted({key(r) for r in rows} - {""})}

    with_total = {place(r) for r in counted if KINDS[r["indicator"]] == "sum" and not is_part(r)}
    # A part without its total is not counted at all, unless the first version wrote it (marked).
    counted = [r for r in counted if not (KINDS[r["indicator"]] == "sum" and is_part(r)
                                          and place(r) not in with_total and not r["first_version"])]
    expected, parts_only = {}, set()
    for code, kind in KINDS.items():
        mine = [r for r in counted if r["indicator"] == code]
        summed = kind == "sum"
        parts = [r for r in mine if summed and is_part(r)]
        in_total = [r for r in mine if not (summed and is_part(r) and place(r) in with_total)]
        parts_only |= {place(r) for r in parts if place(r) not in with_total}
        dis = {d: table(parts, lambda r, d=d: r[d] or "", True) for d in ("sex", "age")}
        expected[code] = {
            "total": cell(in_total, summed), "records": len(mine),
            "by_year": {y: cell([r for r in in_total if r["year"] == y], summed) for y in (2020, 2021, 2022)},
            "by_office": table(in_total, lambda r: r["office"], summed),
            "by_region": table(in_total, lambda r: REGIONS[r["office"]], summed),
            "by_country": table(in_total, lambda r: r["country"] or "", summed),
            "offices": tuple(sorted({r["office"] for r in in_total})),
            "countries": tuple(sorted({r["country"] for r in in_total if r["country"]})),
            "by_disaggregation": {d: groups for d, groups in dis.items() if groups},
        }
    office_years = sorted({(r["office"], r["year"]) for r in counted})
    return expected, len(parts_only), office_years


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(STORED, min_size=8, max_size=40))
def test_any_stored_records_aggregate_as_counted_by_hand(stored):
    """Whatever a file holds (parts with and without their total, names spelled differently,
    countries stored empty or missing, drafts, deletions), every figure of the annex equals a count
    made record by record from the rules."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "hq.habitat"
        with ResultsFile.create(path, HQ, kind="headquarters") as hq:
            for office in (KEN, ROAF, BRA):
                hq.add_office(office)
            _store_as_found(hq, stored)
            with hq.transaction() as conn:
                conn.executemany(
                    "INSERT INTO outcome_narrative (office_code, outcome, year, text, updated_at, version, changed_by) "
                    "VALUES (?, '1.1', ?, 'An example.', '2025-01-01T00:00:00Z', 1, 't')",
                    [(o, y) for o in REGIONS for y in (2020, 2021, 2022)])
        for drafts in (False, True):
            annex = aggregate_file(path, years="2020-2022", include_drafts=drafts)
            expected, places_without_total, office_years = _annex_by_hand(stored, drafts)
            for code, figures in expected.items():
                result = annex.result(code)
                assert {name: getattr(result, name) for name in figures} == figures, code
            assert annex.source.places_without_total == places_without_total
            assert annex.source.records_counted == sum(f["records"] for f in expected.values())
            assert sorted((n.office_code, n.year) for n in annex.narratives) == office_years
