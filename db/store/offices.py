"""Office codes (typed in any case, stored in capitals) and the offices a results file lists."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict

from db.errors import HabitatError, OfficeFileError, Problem, ValidationError
from db.store.audit import write_audit
from db.store.base import OpenFile, Store
from db.store.models import Office
from db.validation import is_country_code, text_refusal

_CAPITALS = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def in_capitals(code: str) -> str:
    """``code`` with its small letters a–z in capitals, as new files store office codes.

    Only a–z: any other character stays as typed for ``check_office`` to refuse (str.upper would
    turn the dotless 'ı' into a valid 'I').
    """
    return code.translate(_CAPITALS)


def offices_named(codes: Iterable[str], typed: str) -> list[str]:
    """The stored office codes ``typed`` names: itself if stored so, else those differing only in case.

    Codes are typed in any case ('ken' for KEN). Files made before new codes were stored in capitals
    may hold 'ken', and a headquarters file both 'ken' and 'KEN': then the exact one is meant.
    """
    codes = list(codes)
    if typed in codes:
        return [typed]
    return [c for c in codes if in_capitals(c) == in_capitals(typed)]


def require_office(results: OpenFile, code: str) -> str:
    """The code, as ``results`` stores it, of the office typed as ``code`` (case aside: 'ken' finds KEN).

    Refuses a code the file does not hold, or one that could be several offices, naming the codes it holds.
    """
    codes = [o.code for o in results.offices()]
    found = offices_named(codes, code)
    if len(found) == 1:
        return found[0]
    raise HabitatError.of("office_ambiguous" if found else "office_unknown", office=code,
                          file=results.path.name, offices=", ".join(found or codes))


def check_office(office: Office) -> list[Problem]:
    problems = []
    if not re.fullmatch(r"[A-Za-z0-9-]{1,20}", office.code):
        problems.append(Problem.of("office", "office_code_invalid"))
    if not office.name.strip():
        problems.append(Problem.of("name", "office_name_required"))
    elif reason := text_refusal("office_name", office.name):
        problems.append(Problem.of("name", reason[0], **reason[1]))
    if office.region and (reason := text_refusal("region", office.region)):
        problems.append(Problem.of("region", reason[0], **reason[1]))
    if not is_country_code(office.country):
        problems.append(Problem.of("country", "office_country_unknown", text=office.country))
    return problems


class Offices(Store):
    """The offices a file lists: an office file one, a headquarters file every office merged."""

    def offices(self) -> list[Office]:
        return [Office(**dict(r)) for r in self.conn.execute("SELECT * FROM office ORDER BY code")]

    @property
    def office(self) -> Office:
        """The office this file belongs to (an office file has exactly one)."""
        offices = self.offices()
        if len(offices) != 1:
            raise OfficeFileError.of("hq_holds_offices", path=str(self.path), count=len(offices))
        return offices[0]

    def add_office(self, office: Office, *, who: str | None = None) -> None:
        """List one more office in a headquarters file; its records then name it by code."""
        problems = check_office(office)
        if problems:
            raise ValidationError(problems)
        with self.transaction() as conn:
            if conn.execute("SELECT 1 FROM office WHERE code = ?", (office.code,)).fetchone():
                raise OfficeFileError.of("office_listed", path=str(self.path), office=office.code)
            conn.execute("INSERT INTO office (code, name, country, region) VALUES (?, ?, ?, ?)",
                         (office.code, office.name, office.country, office.region))
            write_audit(conn, who, "insert", "office", office.code, None, asdict(office))
