"""Results frameworks (strategic plans) loaded from data files.

A framework file is JSON. Format 1 (the built-in ``resources/frameworks/sp-2020-2025.json``) holds
the plan's id, version and period, its domains of change with their outcomes, its organizational
performance enablers, and under each outcome or enabler the indicators with their unit, counting
rule and names per language. Format 2 is the plan file that headquarters builds from a plan
workbook (``db.plan_format``, ``db.plan_workbook``): up to four levels of groups of any names.
Both give the same ``Framework``: a tree of groups (each knows its level and parent) whose groups
without groups under them hold the indicators. Nothing about a particular plan is written in code.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from importlib import resources
from pathlib import Path

from db.errors import HabitatError

RULES = ("sum", "distinct", "derived")
ENTITY_KINDS = ("city", "country", "named", "country_or_city")
DISAGGREGATIONS = ("sex", "age", "disability")
LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")  # the six official languages of the United Nations
PLAN_LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")  # the six official languages a plan may name things in
PLAN_STATUSES = ("provisional", "final")
MAX_LEVELS = 4
MAX_PLAN_FILE_BYTES = 20 * 2**20


class FrameworkError(HabitatError):
    """A framework file that cannot be used; the message names the file and the entry."""


@dataclass(frozen=True)
class Names:
    """A name in several languages; ``unofficial`` lists languages whose text is our own translation."""

    texts: dict[str, str]
    unofficial: tuple[str, ...] = ()

    def get(self, lang: str) -> str:
        return self.texts.get(lang) or self.texts["en"]

    def is_official(self, lang: str) -> bool:
        return lang in self.texts and lang not in self.unofficial


@dataclass(frozen=True)
class Milestone:
    """A baseline or a target of an indicator: a value in a year (optional framework data)."""

    year: int
    value: float


@dataclass(frozen=True)
class Indicator:
    code: str
    name: Names
    unit: str
    rule: str  # sum | distinct | derived
    entity: str | None = None  # for distinct: city | country | named | country_or_city
    numerator: str | None = None  # for derived
    denominator: str | None = None
    disaggregations: tuple[str, ...] = ()
    sdg: tuple[str, ...] = ()
    report_value: float | None = None
    report_qualifier: str = "none"
    report_para: int | None = None
    group_code: str = ""  # the outcome or enabler it sits under
    ceiling: int | None = None  # the largest value one record may plausibly hold (sum indicators)
    year_on_year_factor: float | None = None  # this indicator's own outlier factor, if the plan gives one
    baseline: Milestone | None = None  # only where the plan gives one (the 2020–2025 plan gives none)
    target: Milestone | None = None
    definition: Names | None = None  # what is counted, in the plan's words (the 2020–2025 plan gives none)

    @property
    def enterable(self) -> bool:
        return self.rule != "derived"


@dataclass(frozen=True)
class Rule:
    """A consistency rule between two indicators: ``indicator``'s figure is at most ``at_most``'s.

    Checked on every figure the annex shows (per year, for the period, per office, region and
    country), so that a share computed from the two never exceeds 100 %.
    """

    indicator: str
    at_most: str
    why: Names | None = None

    @property
    def text(self) -> str:
        return f"{self.indicator} ≤ {self.at_most}"


@dataclass(frozen=True)
class Group:
    """A group of the plan's tree: a domain of change, an outcome or an enabler (2020–2025), an impact area…

    A group holds either groups (``children``) or indicators, never both.
    """

    code: str
    name: Names
    level: str  # the key of its level: domain | outcome | enabler in 2020–2025; the plan's own keys otherwise
    children: tuple["Group", ...] = ()
    indicators: tuple[Indicator, ...] = ()
    parent: str | None = None  # the code of the group it sits under; None at the top

    def all_indicators(self) -> list[Indicator]:
        """The indicators under this group, at any depth, in plan order."""
        return list(self.indicators) + [i for c in self.children for i in c.all_indicators()]


@dataclass(frozen=True)
class Level:
    """A level of the plan's tree: its depth (1 at the top), key and name.

    Two keys may share a depth: in 2020–2025 the enablers stand beside the domains of change.
    """

    number: int
    key: str
    name: Names


@dataclass(frozen=True)
class CrosswalkEntry:
    """An indicator of an earlier plan that one of this plan's indicators continues (trends across plans)."""

    from_plan: str
    from_code: str
    to_code: str
    note: Names | None = None


# The levels of a format-1 framework, and their English names where the file gives none.
FORMAT1_LEVELS = (
    (1, "domain", "Domain of change"),
    (2, "outcome", "Outcome"),
    (1, "enabler", "Organizational performance enablers"),
)


@dataclass(frozen=True)
class Framework:
    id: str
    version: str
    name: Names
    first_year: int
    last_year: int
    domains: tuple[Group, ...]
    enablers: tuple[Group, ...]
    units: dict[str, Names] = field(default_factory=dict)
    level_names: dict[str, Names] = field(default_factory=dict)
    source: str = ""
    rules: tuple[Rule, ...] = ()
    year_on_year_factor: float | None = None  # a year more than this many times the office's past
    status: str = "final"  # provisional | final
    symbol: str = ""  # the plan's document symbol, where headquarters gives one
    levels: tuple[Level, ...] = ()  # in the plan's order; level_names holds the same names by key
    crosswalk: tuple[CrosswalkEntry, ...] = ()

    @property
    def years(self) -> range:
        return range(self.first_year, self.last_year + 1)

    @property
    def roots(self) -> tuple[Group, ...]:
        """The groups at the top of the tree, in plan order (2020–2025: the domains, then the enablers)."""
        return self.domains + self.enablers

    @property
    def depth(self) -> int:
        """How many levels the tree has (2 in 2020–2025)."""
        return max((level.number for level in self.levels), default=2)

    def groups(self) -> list[Group]:
        """Every group, depth first in plan order (a group before the groups under it)."""
        return list(self._groups.values())

    def outcomes(self) -> list[Group]:
        """The groups that hold indicators (those without groups under them), in plan order.

        In 2020–2025 the outcomes and the enablers.
        """
        return [g for g in self._groups.values() if not g.children]

    def indicators(self) -> list[Indicator]:
        return [i for g in self.outcomes() for i in g.indicators]

    def indicator(self, code: str) -> Indicator | None:
        return self._by_code.get(code)

    def group(self, code: str) -> Group | None:
        return self._groups.get(code)

    def ancestors(self, code: str) -> list[Group]:
        """The groups above a group or an indicator, from the top down (its own group last for an indicator)."""
        found = self._groups.get(code)
        parent = found.parent if found else (ind.group_code if (ind := self.indicator(code)) else None)
        chain: list[Group] = []
        while parent is not None and (group := self._groups.get(parent)) is not None:
            chain.insert(0, group)
            parent = group.parent
        return chain

    def level(self, key: str) -> Level | None:
        """The level of ``key`` (a group's ``level``)."""
        return next((level for level in self.levels if level.key == key), None)

    def crosswalk_to(self, code: str) -> list[CrosswalkEntry]:
        """The indicators of earlier plans that this plan's indicator ``code`` continues."""
        return [c for c in self.crosswalk if c.to_code == code]

    def outlier_factor(self, indicator: Indicator) -> float | None:
        """How many times an office's earlier figure a year may reach before it is called an outlier."""
        return indicator.year_on_year_factor or self.year_on_year_factor

    def unit_name(self, unit: str, lang: str) -> str:
        names = self.units.get(unit)
        return names.get(lang) if names else unit

    @cached_property
    def _by_code(self) -> dict[str, Indicator]:
        return {i.code: i for i in self.indicators()}

    @cached_property
    def _groups(self) -> dict[str, Group]:
        found: dict[str, Group] = {}

        def walk(group: Group) -> None:
            found.setdefault(group.code, group)
            for child in group.children:
                walk(child)

        for root in self.roots:
            walk(root)
        return found


def _names(raw, where: str) -> Names:
    if not isinstance(raw, dict) or not isinstance(raw.get("en"), str) or not raw["en"].strip():
        raise FrameworkError(f"{where}: 'name' needs at least an English text (\"en\")")
    # A unit's, a level's or a rule's names list their own unofficial languages ("unofficial": [...]).
    unofficial = raw.get("unofficial", ())
    return Names({k: v for k, v in raw.items() if isinstance(v, str)},
                 tuple(unofficial) if isinstance(unofficial, list) else ())


def _require(entry: dict, key: str, kind, where: str):
    value = entry.get(key)
    if not isinstance(value, kind):
        raise FrameworkError(f"{where}: field '{key}' is missing or not a {kind.__name__}")
    return value


def _parse_indicator(raw: dict, group_code: str, where: str) -> Indicator:
    if not isinstance(raw, dict):
        raise FrameworkError(f"{where}: an indicator must be an object")
    code = _require(raw, "code", str, where)
    where = f"{where} ({code})"
    if not code.startswith(group_code + "."):
        raise FrameworkError(f"{where}: code must start with its group's code '{group_code}.'")
    rule = _require(raw, "rule", str, where)
    if rule not in RULES:
        raise FrameworkError(f"{where}: rule '{rule}' is not one of {', '.join(RULES)}")
    entity = raw.get("entity")
    if rule == "distinct" and entity not in ENTITY_KINDS:
        raise FrameworkError(f"{where}: a distinct indicator needs 'entity', one of {', '.join(ENTITY_KINDS)}")
    derived = raw.get("derived_from") or {}
    if rule == "derived" and not (derived.get("numerator") and derived.get("denominator")):
        raise FrameworkError(f"{where}: a derived indicator needs 'derived_from' with numerator and denominator")
    dis = tuple(raw.get("disaggregations", ()))
    bad = [d for d in dis if d not in DISAGGREGATIONS]
    if bad:
        raise FrameworkError(f"{where}: unknown disaggregation {bad[0]!r}; allowed: {', '.join(DISAGGREGATIONS)}")
    figure = raw.get("report_figure") or {}
    name = _names(raw.get("name"), where)
    ceiling = raw.get("ceiling")
    if ceiling is not None and (rule != "sum" or type(ceiling) is not int or ceiling < 1):
        raise FrameworkError(f"{where}: 'ceiling' must be a whole number above 0, on a sum indicator")
    factor = _factor(raw.get("year_on_year_factor"), where)
    baseline = _milestone(raw.get("baseline"), "baseline", rule, where)
    target = _milestone(raw.get("target"), "target", rule, where)
    if baseline and target and not target.year > baseline.year:
        raise FrameworkError(f"{where}: the target year {target.year} must come after the baseline year "
                             f"{baseline.year}")
    if baseline and target and target.value == baseline.value:
        raise FrameworkError(f"{where}: the target value equals the baseline value; progress cannot be shown")
    return Indicator(
        code=code,
        name=Names(name.texts, tuple(raw.get("unofficial", ()))),
        unit=_require(raw, "unit", str, where),
        rule=rule,
        entity=entity if rule == "distinct" else None,
        numerator=derived.get("numerator"),
        denominator=derived.get("denominator"),
        disaggregations=dis,
        sdg=tuple(raw.get("sdg", ())),
        report_value=figure.get("value"),
        report_qualifier=figure.get("qualifier", "none"),
        report_para=figure.get("para"),
        group_code=group_code,
        ceiling=ceiling,
        year_on_year_factor=factor,
        baseline=baseline,
        target=target,
    )


def _milestone(raw, key: str, rule: str, where: str) -> Milestone | None:
    """An optional ``{"year": 2019, "value": 120}``: a whole year, and a number not below 0 (a share at most 100)."""
    if raw is None:
        return None
    where = f"{where}: '{key}'"
    if not isinstance(raw, dict) or set(raw) - {"year", "value"}:
        raise FrameworkError(f"{where} must be an object with 'year' and 'value' only")
    year, value = raw.get("year"), raw.get("value")
    if type(year) is not int or not 1900 <= year <= 2100:
        raise FrameworkError(f"{where}: 'year' must be a whole year such as 2019")
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value or value < 0:
        raise FrameworkError(f"{where}: 'value' must be a number not below 0")
    if rule == "derived" and value > 100:
        raise FrameworkError(f"{where}: 'value' is a share and cannot be above 100")
    return Milestone(year, float(value) if type(value) is float else value)


def _factor(value, where: str) -> float | None:
    if value is None:
        return None
    if type(value) not in (int, float) or not value > 1:
        raise FrameworkError(f"{where}: 'year_on_year_factor' must be a number above 1")
    return float(value)


def _parse_checks(raw, fw: Framework, where: str) -> tuple[tuple[Rule, ...], float | None]:
    """The plan's consistency rules and its year-on-year factor, each rule checked against the indicators."""
    if raw is None:
        return (), None
    where = f"{where}: checks"
    if not isinstance(raw, dict):
        raise FrameworkError(f"{where}: must be an object")
    factor = _factor(raw.get("year_on_year_factor"), where)
    rules = []
    entries = raw.get("rules", [])
    if not isinstance(entries, list):
        raise FrameworkError(f"{where}.rules: must be a list")
    for n, entry in enumerate(entries):
        at = f"{where}.rules[{n}]"
        if not isinstance(entry, dict):
            raise FrameworkError(f"{at}: a rule must be an object")
        left, right = _require(entry, "indicator", str, at), _require(entry, "at_most", str, at)
        at = f"{at} ({left} ≤ {right})"
        for code in (left, right):
            found = fw.indicator(code)
            if found is None or found.rule == "derived":
                raise FrameworkError(f"{at}: {code} is not an enterable indicator of this framework")
        if left == right:
            raise FrameworkError(f"{at}: a rule compares two different indicators")
        why = _names(entry["why"], at) if "why" in entry else None
        rules.append(Rule(left, right, why))
    return tuple(rules), factor


def _parse_group(raw: dict, level: str, where: str, parent: str | None = None) -> Group:
    if not isinstance(raw, dict):
        raise FrameworkError(f"{where}: must be an object")
    code = _require(raw, "code", str, where)
    where = f"{where} ({code})"
    name = _names(raw.get("name"), where)
    name = Names(name.texts, tuple(raw.get("unofficial", ())))
    if level == "domain":
        children = tuple(
            _parse_group(o, "outcome", f"{where}.outcomes[{n}]", code)
            for n, o in enumerate(_require(raw, "outcomes", list, where))
        )
        return Group(code, name, level, children=children, parent=parent)
    indicators = tuple(
        _parse_indicator(i, code, f"{where}.indicators[{n}]")
        for n, i in enumerate(raw.get("indicators", []))
    )
    return Group(code, name, level, indicators=indicators, parent=parent)


def parse_framework(data: dict, source: str) -> Framework:
    """Build a framework from parsed JSON (format 1 or a format-2 plan file); ``source`` names the file in errors.

    A format this app does not know is refused by its number, never half read.
    """
    where = str(source)
    if not isinstance(data, dict):
        raise FrameworkError(f"{where}: the top level must be an object")
    form = data.get("format", 1)
    if form == 2:
        from db.plan_format import parse_plan

        return parse_plan(data, where)
    if form != 1:
        raise FrameworkError.of("plan_format_unknown", path=where, format=str(form)[:20], known="1, 2")
    period = _require(data, "period", dict, where)
    first, last = period.get("first_year"), period.get("last_year")
    if not (isinstance(first, int) and isinstance(last, int) and first <= last):
        raise FrameworkError(f"{where}: 'period' needs whole-number first_year <= last_year")
    fw = Framework(
        id=_require(data, "id", str, where),
        version=_require(data, "version", str, where),
        name=_names(data.get("name"), where),
        first_year=first,
        last_year=last,
        domains=tuple(
            _parse_group(d, "domain", f"{where}: domains[{n}]")
            for n, d in enumerate(_require(data, "domains", list, where))
        ),
        enablers=tuple(
            _parse_group(e, "enabler", f"{where}: enablers[{n}]")
            for n, e in enumerate(data.get("enablers", []))
        ),
        units={k: _names(v, f"{where}: units.{k}") for k, v in data.get("units", {}).items()},
        level_names={k: _names(v, f"{where}: levels.{k}") for k, v in data.get("levels", {}).items()},
        source=data.get("source", ""),
    )
    fw = replace(fw, levels=tuple(Level(number, key, fw.level_names.get(key) or Names({"en": english}))
                                  for number, key, english in FORMAT1_LEVELS))
    # A format-1 file may say its status and symbol too (plans added to results files before format 2);
    # the status is checked where the plan is added.
    status, symbol = data.get("status", "final"), data.get("symbol", "")
    if isinstance(status, str) and isinstance(symbol, str):
        fw = replace(fw, status=status, symbol=symbol)
    seen: set[str] = set()
    for ind in fw.indicators():
        if ind.code in seen:
            raise FrameworkError(f"{where}: indicator code {ind.code} appears twice")
        seen.add(ind.code)
    for ind in fw.indicators():
        if ind.rule != "derived":
            continue
        for part in (ind.numerator, ind.denominator):
            other = fw.indicator(part) if part else None
            if other is None or other.rule == "derived":
                raise FrameworkError(
                    f"{where}: indicator {ind.code} is derived from {part}, "
                    "which is not an enterable indicator of this framework"
                )
    rules, factor = _parse_checks(data.get("checks"), fw, where)
    return replace(fw, rules=rules, year_on_year_factor=factor)


def plan_substance(fw: Framework) -> dict:
    """What counting depends on, as plain data: two plans with the same substance count records alike.

    The years, the levels and groups (codes, parents, levels), each indicator's code, group, unit,
    counting rule, numerator and denominator, ceiling and breakdowns, and the consistency rules.
    Names, definitions, translations, report figures, baselines, targets, the crosswalk and the
    outlier factor are not substance: they may differ between two files that agree on a plan.
    """
    return {
        "substance": 1,
        "first_year": fw.first_year,
        "last_year": fw.last_year,
        "levels": [[level.number, level.key] for level in fw.levels],
        "structure": [[g.code, g.parent, g.level] for g in fw.groups()],
        "indicators": [
            {"code": i.code, "parent": i.group_code, "unit": i.unit, "rule": i.rule, "counts": i.entity,
             "numerator": i.numerator, "denominator": i.denominator, "ceiling": i.ceiling,
             "breakdowns": list(i.disaggregations)}
            for i in fw.indicators()
        ],
        "rules": [[r.indicator, r.at_most] for r in fw.rules],
    }


def substance_sha256(fw: Framework) -> str:
    """The SHA-256 (hex) of the plan's substance written as canonical JSON (sorted keys, no spaces, UTF-8)."""
    text = json.dumps(plan_substance(fw), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_framework_file(path: Path) -> Framework:
    """Load and check one framework file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_PLAN_FILE_BYTES:  # a plan file may come from elsewhere: never read a huge one whole
            raise FrameworkError.of("plan_file_too_large", path=str(path), size=f"{size:,}",
                                    limit=f"{MAX_PLAN_FILE_BYTES:,}")
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise FrameworkError(f"{path}: cannot be read ({exc})") from exc
    except json.JSONDecodeError as exc:
        raise FrameworkError(f"{path}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from exc
    return parse_framework(data, str(path))


@cache
def builtin_frameworks() -> dict[tuple[str, str], Framework]:
    """Every framework shipped in ``resources/frameworks``, by (id, version)."""
    found = {}
    folder = resources.files("resources") / "frameworks"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            with resources.as_file(entry) as path:
                fw = load_framework_file(path)
            found[(fw.id, fw.version)] = fw
    return found


DEFAULT_FRAMEWORK_ID = "SP2020-2025"


def get_framework(framework_id: str = DEFAULT_FRAMEWORK_ID, version: str | None = None) -> Framework:
    """A shipped framework by id (newest version unless one is named)."""
    matches = [fw for (fid, ver), fw in builtin_frameworks().items()
               if fid == framework_id and (version is None or ver == version)]
    if not matches:
        known = ", ".join(f"{i} {v}" for i, v in builtin_frameworks())
        wanted = f"{framework_id} {version}" if version else framework_id
        raise FrameworkError(f"framework {wanted} is not known to this version of Habitat Results (known: {known})")
    return max(matches, key=lambda fw: [int(p) if p.isdigit() else p for p in fw.version.split(".")])
