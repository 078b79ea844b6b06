"""The pre-publication check's findings in the user-interface language.

The core (``exports.check``) names each finding by a code with its parameters and says it in
English; here each code is said again through Qt's translation (context "CheckText"). The core's
English stays in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from exports.check import CheckReport, Finding


def scope(finding: Finding) -> str:
    """Where a figure of the annex is: a country, office, region, year or the period."""
    where = finding.where
    if finding.scope == "country":
        return QCoreApplication.translate("CheckText", "country {country}").format(country=where)
    if finding.scope == "office":
        return QCoreApplication.translate("CheckText", "office {office}").format(office=where)
    if finding.scope == "region":
        return QCoreApplication.translate("CheckText", "region {region}").format(
            region=where or QCoreApplication.translate("CheckText", "(none)"))
    if finding.scope == "period":
        return QCoreApplication.translate("CheckText", "period {period}").format(period=where)
    return where


def state_text(state: str) -> str:
    """An office-year's state at headquarters (``db.completeness.STATES``)."""
    words = {
        "submitted": QCoreApplication.translate("CheckText", "submitted"),
        "partly submitted": QCoreApplication.translate("CheckText", "partly submitted"),
        "returned": QCoreApplication.translate("CheckText", "returned"),
        "draft only in the office": QCoreApplication.translate("CheckText", "draft only in the office"),
        "not received": QCoreApplication.translate("CheckText", "not received"),
    }
    return words.get(state, state)


def _number(value) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:,.0f}" if isinstance(value, float) else str(value)


def text(finding: Finding) -> str:
    """One finding, in the user-interface language."""
    p, f = finding.params, finding
    record = f"{f.office} {f.indicator} {f.year}"
    if f.code == "open_conflict":
        return QCoreApplication.translate(
            "CheckText", "record {record} ({what}): {count} versions, none chosen; resolve it in Review → "
                         "Conflicts").format(record=f.where, what=record, count=p["versions"])
    if f.code == "rule_broken":
        return QCoreApplication.translate(
            "CheckText", "{scope}: {indicator} is {value} but {other} is {limit}; rule {rule}").format(
            scope=scope(f), indicator=f.indicator, value=_number(p["value"]), other=p["at_most"],
            limit=_number(p["limit"]), rule=p["rule"])
    if f.code == "rule_unmatched":
        return QCoreApplication.translate(
            "CheckText", "{scope}: {indicator} is {value} but {other} is not reported; rule {rule} cannot "
                         "be checked there").format(scope=scope(f), indicator=f.indicator,
                                                    value=_number(p["value"]), other=p["at_most"], rule=p["rule"])
    if f.code == "share_above_100":
        return QCoreApplication.translate("CheckText", "{scope}: {indicator} is {percent} %, above 100 %").format(
            scope=scope(f), indicator=f.indicator, percent=f"{p['percent']:,g}")
    if f.code == "above_ceiling":
        return QCoreApplication.translate(
            "CheckText", "record {record} ({what}): {value} is above the ceiling of {ceiling} for one "
                         "record").format(record=f.where, what=record, value=_number(p["value"]),
                                          ceiling=_number(p["ceiling"]))
    if f.code == "outlier":
        return QCoreApplication.translate(
            "CheckText", "{what}: {value} is far from the office's earlier years (median {median}); check "
                         "it is not a typo").format(what=record, value=_number(p["value"]),
                                                    median=_number(p["median"]))
    if f.code == "no_longer_valid":
        from PySide6.QtCore import QLocale

        from db.errors import Problem
        from desktop.problem_text import problem_line

        lang = QLocale().name()[:2]  # the language installed (desktop.i18n sets the default locale)
        problems = "; ".join(problem_line(Problem(q["field"], q["message"], None, q["code"], q["params"]), lang)
                             for q in p["problems"])
        return QCoreApplication.translate(
            "CheckText", "record {record} ({what}) no longer passes the plan's version {version}: {problems}").format(
            record=f.where, what=record, version=p["version"], problems=problems)
    if f.code == "removed_indicator":
        return QCoreApplication.translate(
            "CheckText", "{count} record(s) of {indicator} {year}: the indicator was removed from the plan by its "
                         "newer version (it was in {plan}); kept, read-only, and not counted").format(
            count=_number(p["records"]), indicator=f.indicator, year=f.year, plan=p["plan"])
    if f.code == "part_without_total":
        return QCoreApplication.translate(
            "CheckText", "{office} {place}: {count} breakdown part(s) counted without their total (records "
                         "{records}); the annex leaves them out: count the total, or delete the parts").format(
            office=f.office, place=p["place"], count=p["count"], records=", ".join(p["records"]))
    if f.code == "parts_over_total":
        return QCoreApplication.translate(
            "CheckText", "{office} {place}: the parts by {dimension} add up to {added}, more than their counted "
                         "total {total} (records {records})").format(
            office=f.office, place=p["place"], dimension=p["dimension"], added=_number(p["added"]),
            total=_number(p["total"]), records=", ".join(p["records"]))
    if f.code == "same_figure_offices":
        return QCoreApplication.translate(
            "CheckText", "{what}: reported by {offices} (records {records}); the annex counts it each time: "
                         "make sure they are different results").format(
            what=p["described"], offices=", ".join(p["offices"]), records=", ".join(p["records"]))
    if f.code == "duplicate_in_office":
        return QCoreApplication.translate(
            "CheckText", "{office} {what}: {count} identical records ({records}); the annex counts each: make "
                         "sure they are different results").format(
            office=f.office, what=p["described"], count=len(p["records"]), records=", ".join(p["records"]))
    if f.code == "incomplete":
        return QCoreApplication.translate("CheckText", "{office} {year}: {state}").format(
            office=f.office, year=f.year, state=state_text(p["state"]))
    if f.code == "unvalidated":
        return QCoreApplication.translate(
            "CheckText", "{office}: {count} submitted record(s) not yet validated").format(
            office=f.office, count=_number(p["records"]))
    if f.code == "unsigned":
        return QCoreApplication.translate(
            "CheckText", "{office}: its file was merged unsigned (made by an earlier version of the app): nothing "
                         "shows that it came from the office").format(office=f.office)
    if f.code == "drafts_not_checked":
        return QCoreApplication.translate(
            "CheckText", "{count} record(s) not submitted (draft or returned) were not checked: the annex "
                         "does not count them").format(count=_number(p["records"]))
    return f.message


def summary(report: CheckReport) -> str:
    """The verdict: ready to publish or not, with the counts."""
    if report.ok:
        return QCoreApplication.translate(
            "CheckText", "Ready to publish: no blocking problems, {warnings} warning(s).").format(
            warnings=len(report.warnings))
    return QCoreApplication.translate(
        "CheckText", "Not ready to publish: {blocking} blocking problem(s), {warnings} warning(s). Fix them, "
                     "or export a working draft marked as not for publication.").format(
        blocking=len(report.blocking), warnings=len(report.warnings))


def blocking_label() -> str:
    return QCoreApplication.translate("CheckText", "Blocking")


def warning_label() -> str:
    return QCoreApplication.translate("CheckText", "Warning")
