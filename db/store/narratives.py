"""The office's narrative for each outcome and year."""

from __future__ import annotations

from db.errors import ValidationError
from db.store.audit import write_audit
from db.store.base import Store
from db.store.connection import default_user, utc_now
from db.validation import check_narrative


class Narratives(Store):
    """Outcome narratives: one text per office, outcome and year, audited."""

    def outcome_narratives(self, year: int | None = None) -> dict[tuple[str, int], str]:
        sql, params = "SELECT outcome, year, text FROM outcome_narrative", []
        if year is not None:
            sql += " WHERE year = ?"
            params.append(year)
        return {(r["outcome"], r["year"]): r["text"] for r in self.conn.execute(sql, params)}

    def set_outcome_narrative(self, outcome: str, year: int, text: str, *, who: str | None = None) -> None:
        """Write (or, with empty text, clear) the office's narrative for an outcome and year."""
        text = text.strip()
        problems = check_narrative(outcome, year, text, self.plans)
        if problems:
            raise ValidationError(problems)
        who = who or default_user()
        office = self.office.code
        with self.transaction() as conn:
            row = conn.execute("SELECT text FROM outcome_narrative WHERE office_code = ? AND outcome = ? "
                               "AND year = ?", (office, outcome, year)).fetchone()
            old = row["text"] if row else None
            if old == (text or None):
                return
            now = utc_now()
            key = f"{office}/{outcome}/{year}"
            if text:
                conn.execute(
                    "INSERT INTO outcome_narrative (office_code, outcome, year, text, updated_at, version, "
                    "changed_by) VALUES (?, ?, ?, ?, ?, 1, ?) ON CONFLICT (office_code, outcome, year) "
                    "DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at, "
                    "version = version + 1, changed_by = excluded.changed_by",
                    (office, outcome, year, text, now, who))
            else:
                conn.execute("DELETE FROM outcome_narrative WHERE office_code = ? AND outcome = ? AND year = ?",
                             (office, outcome, year))
            write_audit(conn, who, "update" if old is not None else "insert", "outcome_narrative", key,
                   {"text": old}, {"text": text}, at=now)
