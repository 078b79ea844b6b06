"""Signed submissions: an office signs what it submits, headquarters checks who sent a file.

**Keys.** Each office has an Ed25519 key pair (PyCA ``cryptography``), made when its file is made
(or at its first signed submission) and kept in the user's profile folder, never in the results
file: a file sent by e-mail carries signatures and the public key, not the private key. One profile
may hold the keys of several offices (a regional office); ``HABITAT_RESULTS_KEYS`` (or the
``folder`` parameter) names another folder, as tests and a portable copy do; otherwise
``HABITAT_RESULTS_HOME``/keys, otherwise the platform's data folder (platformdirs).

**Signing.** Submitting a year signs a manifest: the office, the file id, the year, and each
record that travels to headquarters that year (id, version, digest of its content) and each
outcome narrative, with one SHA-256 over them all. The manifest is stored in the file
(``submission_signature``) with the signature and the public key. Each submission signs again;
years whose travelling content no signature covers yet (submitted by an earlier version, a
tombstone after a return) are signed with it.

**Checking at headquarters** (``check_signatures``, called by the merge): every signature must be
valid and name this office and file; every record and narrative that travels must be in its year's
latest signed manifest, as it is. The office's public key is recorded the first time it is seen
(trust on first use); afterwards a key headquarters does not know for the office is refused unless
confirmed (``accept_new_key_for``), a revoked key is refused, a key of another office is refused,
and an unsigned file from an office known by a key is refused. An unsigned file from an office
never seen signing (a file of an earlier version) merges, marked unsigned: ``check`` warns.

What a signature proves: the file's submitted content was signed with a key headquarters accepted
for that office, and has not changed since. It does not prove who sat at the keyboard, nor that
the figures are right; whoever holds the key file can sign.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.errors import HabitatError
from db.untrusted import refuse

if TYPE_CHECKING:
    from db.merge_plan import Copy
    from db.officefile import ResultsFile

KEYS_ENV = "HABITAT_RESULTS_KEYS"
APP_NAME, APP_AUTHOR = "habitat-results", "UN-Habitat"  # as desktop/paths.py: one profile folder
KEY_KIND = "habitat-results office key"
MANIFEST_KIND = "habitat-results submission"
RECORD_FIELDS = ("id", "version", "deleted", "office_code", "indicator", "year", "value", "country", "city",
                 "entity", "qualifier", "sex", "age", "disability", "narrative", "source")
# Records that travel to headquarters (as db.merge_read.TRAVELS says it).
TRAVELS = "(status IN ('submitted', 'validated') OR (deleted = 1 AND status = 'returned'))"
MAX_MANIFEST_CHARS = 64 * 1024 * 1024


class KeyFileError(HabitatError):
    """A key that cannot be made, read, exported or imported."""


# --- keys in the user's profile ---------------------------------------------------------------------

def keys_folder(folder: Path | None = None) -> Path:
    """Where this user's office keys are kept."""
    if folder is not None:
        return Path(folder)
    if os.environ.get(KEYS_ENV):
        return Path(os.environ[KEYS_ENV]).expanduser().resolve()
    if os.environ.get("HABITAT_RESULTS_HOME"):
        return Path(os.environ["HABITAT_RESULTS_HOME"]).expanduser().resolve() / "keys"
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "keys"


def fingerprint(public_key: bytes) -> str:
    """A public key's short name: the start of its SHA-256, in groups of four ('3f2a-9b1c-…')."""
    digest = hashlib.sha256(public_key).hexdigest()[:32]
    return "-".join(digest[i:i + 4] for i in range(0, 32, 4))


@dataclass(frozen=True)
class OfficeKey:
    """An office's key pair as the profile holds it."""

    office: str
    created_at: str
    private: bytes  # the raw 32 bytes of the Ed25519 private key
    path: Path | None = None

    @property
    def public(self) -> bytes:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        key = Ed25519PrivateKey.from_private_bytes(self.private)
        return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public)

    def sign(self, data: bytes) -> bytes:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(self.private).sign(data)

    def as_json(self) -> str:
        return json.dumps({"kind": KEY_KIND, "format": 1, "office": self.office, "created_at": self.created_at,
                           "fingerprint": self.fingerprint,
                           "private_key": base64.b64encode(self.private).decode("ascii")}, indent=1) + "\n"


def _read_key(path: Path) -> OfficeKey:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("kind") != KEY_KIND:
            raise ValueError("not an office key")
        private = base64.b64decode(data["private_key"], validate=True)
        if len(private) != 32 or not isinstance(data["office"], str) or not data["office"]:
            raise ValueError("not an Ed25519 key")
        return OfficeKey(data["office"], str(data.get("created_at") or ""), private, path)
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise KeyFileError.of("key_unreadable", path=str(path), detail=str(exc)) from None


def profile_keys(folder: Path | None = None) -> list[OfficeKey]:
    """The office keys this profile holds, by office, oldest first."""
    where = keys_folder(folder)
    if not where.is_dir():
        return []
    found = []
    for path in sorted(where.glob("*.key")):
        try:
            found.append(_read_key(path))
        except KeyFileError:
            continue  # a damaged key file is named by `keys`, not a reason to stop signing with the others
    return sorted(found, key=lambda k: (k.office, k.created_at))


def key_for(office: str, folder: Path | None = None) -> OfficeKey | None:
    """The newest key of ``office`` in this profile."""
    mine = [k for k in profile_keys(folder) if k.office == office]
    return mine[-1] if mine else None


def _store(key: OfficeKey, folder: Path | None) -> OfficeKey:
    """Write a key file whole or not at all, readable by its owner only."""
    where = keys_folder(folder)
    where.mkdir(parents=True, exist_ok=True)
    path = where / f"{key.office}-{key.fingerprint[:9]}.key"
    temp = where / f".{path.name}.{os.getpid()}.tmp"
    try:
        with open(temp, "w", encoding="utf-8") as out:
            os.chmod(temp, 0o600)
            out.write(key.as_json())
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise KeyFileError.of("key_not_written", path=str(path), detail=exc.strerror or str(exc)) from None
    return OfficeKey(key.office, key.created_at, key.private, path)


def ensure_key(office: str, folder: Path | None = None) -> OfficeKey:
    """The office's key in this profile, made now if it has none."""
    existing = key_for(office, folder)
    if existing is not None:
        return existing
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    from db.officefile import utc_now

    raw = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return _store(OfficeKey(office, utc_now(), raw), folder)


def export_key(office: str, out: Path, folder: Path | None = None) -> OfficeKey:
    """Write the office's key to ``out`` (for a new laptop); refuses to overwrite a file."""
    key = key_for(office, folder)
    if key is None:
        raise KeyFileError.of("key_none", office=office, folder=str(keys_folder(folder)))
    out = Path(out)
    try:
        with open(out, "x", encoding="utf-8") as f:
            f.write(key.as_json())
    except FileExistsError:
        raise KeyFileError.of("key_export_exists", path=str(out)) from None
    except OSError as exc:
        raise KeyFileError.of("key_not_written", path=str(out), detail=exc.strerror or str(exc)) from None
    return key


def import_key(path: Path, folder: Path | None = None) -> OfficeKey:
    """Add a key file exported on another computer to this profile (kept beside the office's others)."""
    key = _read_key(Path(path))
    same = [k for k in profile_keys(folder) if k.fingerprint == key.fingerprint]
    return same[0] if same else _store(key, folder)


# --- signing a submission (in the office) -----------------------------------------------------------

def _canonical(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def record_digest(values: dict) -> str:
    """A record's content as it travels (fields, version, deletion), as a hex SHA-256 (128 bits)."""
    return hashlib.sha256(_canonical([values[f] for f in RECORD_FIELDS])).hexdigest()[:32]


def narrative_digest(values: dict) -> str:
    return hashlib.sha256(_canonical([values["office_code"], values["outcome"], values["year"],
                                      values["text"]])).hexdigest()[:32]


def manifest_of(results: ResultsFile, year: int) -> dict:
    """What submitting ``year`` sends: its travelling records and narratives, each by digest."""
    cursor = results.query(f"SELECT {', '.join(RECORD_FIELDS)} FROM record WHERE year = ? AND {TRAVELS}", (year,),
                           tuples=True)
    records = sorted([r[0], r[1], record_digest(dict(zip(RECORD_FIELDS, r)))] for r in cursor)
    narratives = sorted([n["outcome"], narrative_digest(dict(n))] for n in results.query(
        "SELECT office_code, outcome, year, text FROM outcome_narrative WHERE year = ?", (year,)))
    return {"kind": MANIFEST_KIND, "format": 1, "office": results.office.code, "file_id": results.file_id,
            "year": year, "records": records, "narratives": narratives,
            "sha256": hashlib.sha256(_canonical([records, narratives])).hexdigest()}


def sign_submission(results: ResultsFile, year: int, *, folder: Path | None = None) -> list[int]:
    """Sign ``year`` (and every other year whose travelling content no signature covers as it is).

    Runs inside the submission's transaction; returns the years signed.
    """
    from db.officefile import utc_now

    key = ensure_key(results.office.code, folder)
    years = [y for (y,) in results.query(f"SELECT DISTINCT year FROM record WHERE {TRAVELS}", tuples=True)]
    signed = []
    now = utc_now()
    with results.transaction() as conn:
        for y in sorted({*years, year}):
            manifest = manifest_of(results, y)
            if y != year and _latest_covers(conn, y, manifest):
                continue
            manifest["signed_at"] = now
            text = _canonical(manifest).decode("utf-8")
            conn.execute("INSERT INTO submission_signature (year, signed_at, manifest, signature, public_key) "
                         "VALUES (?, ?, ?, ?, ?)",
                         (y, now, text, base64.b64encode(key.sign(text.encode("utf-8"))).decode("ascii"),
                          base64.b64encode(key.public).decode("ascii")))
            signed.append(y)
        results.audit("sign", "year", str(year), None, {"years": signed, "key": key.fingerprint})
    return signed


def _latest_covers(conn: sqlite3.Connection, year: int, manifest: dict) -> bool:
    row = conn.execute("SELECT manifest FROM submission_signature WHERE year = ? ORDER BY id DESC LIMIT 1",
                       (year,)).fetchone()
    if row is None:
        return False
    held = json.loads(row[0])
    return held.get("sha256") == manifest["sha256"]


def signatures_of(results: ResultsFile) -> list[dict]:
    """The file's signatures, newest first: year, when, the key's fingerprint."""
    return [{"year": r[0], "signed_at": r[1], "key": fingerprint(base64.b64decode(r[2]))}
            for r in results.query("SELECT year, signed_at, public_key FROM submission_signature ORDER BY id DESC",
                                   tuples=True)]


# --- checking a file at headquarters ----------------------------------------------------------------

@dataclass(frozen=True)
class Signed:
    """One valid signature read from an office file."""

    row: int
    year: int
    public_key: bytes
    records: frozenset[tuple[str, int, str]]
    narratives: frozenset[tuple[str, str]]

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


@dataclass
class SignatureState:
    """What headquarters found about a file's signatures."""

    state: str = "unsigned"  # 'signed' or 'unsigned'
    keys: tuple[str, ...] = ()  # fingerprints of the keys that signed what travels
    first_seen: tuple[str, ...] = ()  # keys recorded now for the office (trust on first use)
    accepted: tuple[str, ...] = ()  # new keys accepted as confirmed (--accept-new-key-for)
    known: tuple[str, ...] = ()  # the keys headquarters held for the office before
    public_keys: dict[str, bytes] = field(default_factory=dict)

    def words(self) -> str:
        if self.state != "signed":
            return "unsigned"
        text = f"signed by {', '.join(self.keys)}"
        if self.first_seen:
            text += " (key recorded for the office: first seen)"
        if self.accepted:
            text += f" (new key accepted, replacing {', '.join(self.known) or 'none'})"
        return text


def read_signatures(path: Path, conn: sqlite3.Connection, file_id: str, office: str) -> list[Signed]:
    """The signatures of an office's checked copy, each verified; refuses a bad one, naming it."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    found = []
    for row, year, manifest, signature, public in conn.execute(
            "SELECT id, year, manifest, signature, public_key FROM submission_signature ORDER BY id"):
        try:
            if not all(isinstance(v, str) for v in (manifest, signature, public)) or type(year) is not int:
                raise ValueError("not text")
            if len(manifest) > MAX_MANIFEST_CHARS:
                raise ValueError("too long")
            key = base64.b64decode(public, validate=True)
            sig = base64.b64decode(signature, validate=True)
            Ed25519PublicKey.from_public_bytes(key).verify(sig, manifest.encode("utf-8"))
        except (ValueError, InvalidSignature):
            raise refuse(path, "signature_bad", row=row, year=year if type(year) is int else "?") from None
        data = json.loads(manifest)
        if data.get("office") != office or data.get("file_id") != file_id or data.get("year") != year:
            raise refuse(path, "signature_other_file", row=row, year=year, office=str(data.get("office")),
                         file_id=str(data.get("file_id")))
        try:
            records = frozenset((str(i), int(v), str(d)) for i, v, d in data["records"])
            narratives = frozenset((str(o), str(d)) for o, d in data["narratives"])
        except (KeyError, TypeError, ValueError):
            raise refuse(path, "signature_bad", row=row, year=year) from None
        found.append(Signed(row, year, key, records, narratives))
    return found


def check_signatures(hq: ResultsFile, path: Path, office: str, signed: list[Signed], copies: list[Copy],
                     narratives: list[dict], accept_new_key_for: Iterable[str] = ()) -> SignatureState:
    """Whether headquarters accepts what ``path`` sends as signed by ``office``; refuses otherwise.

    Reads the keys headquarters holds; writes nothing (``record_keys`` does, with the merge).
    """
    latest = latest_signatures(signed)
    if not latest:
        return check_keys(hq, path, office, False, {}, accept_new_key_for)
    used: dict[str, bytes] = {}
    for copy in copies:
        of_year = latest.get(copy.values["year"])
        if of_year is None or (copy.id, copy.version, record_digest(copy.values)) not in of_year.records:
            raise refuse(path, "signature_not_covering", id=copy.id, year=copy.values["year"])
        used[of_year.fingerprint] = of_year.public_key
    for n in narratives:
        of_year = latest.get(n["year"])
        if of_year is None or (n["outcome"], narrative_digest(n)) not in of_year.narratives:
            raise refuse(path, "signature_not_covering_narrative", outcome=str(n["outcome"]), year=n["year"])
        used[of_year.fingerprint] = of_year.public_key
    return check_keys(hq, path, office, True, used, accept_new_key_for)


def latest_signatures(signed: list[Signed]) -> dict[int, Signed]:
    """The signature of each year that counts: the last one in row order."""
    latest: dict[int, Signed] = {}
    for s in signed:
        latest[s.year] = s
    return latest


def check_keys(hq: ResultsFile, path: Path, office: str, signed: bool, used: dict[str, bytes],
               accept_new_key_for: Iterable[str] = ()) -> SignatureState:
    """Whether headquarters accepts, today, the keys that signed what ``path`` sends (``used``, by
    fingerprint; ``signed`` False: the file holds no signature); refuses otherwise."""
    held = hq.query("SELECT fingerprint, state, office_code FROM office_key", tuples=True).fetchall()
    known = tuple(fp for fp, state, code in held if code == office and state == "trusted")
    revoked = {fp for fp, state, code in held if code == office and state == "revoked"}
    others = {fp: code for fp, state, code in held if code != office}
    state = SignatureState(known=known)
    if not signed:
        if known or revoked:
            raise refuse(path, "signature_missing", office=office, keys=", ".join(known or sorted(revoked)))
        return state
    state.state, state.keys, state.public_keys = "signed", tuple(sorted(used)), used
    for fp in state.keys:
        if fp in revoked:
            raise refuse(path, "key_revoked", office=office, key=fp)
        if fp in others:
            raise refuse(path, "key_of_other_office", office=office, key=fp, other=others[fp])
    new = tuple(fp for fp in state.keys if fp not in known)
    if new and (known or revoked):  # after a revocation too, a new key is confirmed, never taken on trust
        confirmed = {c.strip().upper() for c in accept_new_key_for}
        if office.upper() not in confirmed:
            raise refuse(path, "key_new", office=office, key=", ".join(new), known=", ".join(known))
        state.accepted = new
    elif new:
        state.first_seen = new
    return state


def record_keys(hq: ResultsFile, path: Path, office: str, state: SignatureState, batch_id: int | None,
                who: str) -> None:
    """Inside the merge's transaction: the office's new keys, and the batch's signature state."""
    from db.officefile import utc_now

    now = utc_now()
    conn = hq.conn
    for fp in (*state.first_seen, *state.accepted):
        conn.execute("INSERT OR IGNORE INTO office_key (office_code, fingerprint, public_key, state, first_seen_at, "
                     "first_seen_file, accepted_by) VALUES (?, ?, ?, 'trusted', ?, ?, ?)",
                     (office, fp, base64.b64encode(state.public_keys[fp]).decode("ascii"), now, path.name, who))
    if state.accepted:
        hq.audit("accept_key", "office", office, {"keys": list(state.known)}, {"keys": list(state.accepted),
                                                                              "file": path.name, "batch": batch_id},
                 who=who)
    if batch_id is not None:
        change = json.dumps({"accepted": list(state.accepted), "known": list(state.known)}) if state.accepted else ""
        conn.execute("UPDATE merge_batch SET signature = ?, signed_by = ?, key_change = ? WHERE id = ?",
                     (state.state, ", ".join(state.keys), change, batch_id))


def known_keys(hq: ResultsFile) -> list[dict]:
    """The office keys headquarters holds, by office."""
    return [dict(r) for r in hq.query("SELECT * FROM office_key ORDER BY office_code, first_seen_at")]


def revoke_key(hq: ResultsFile, typed: str, *, who: str) -> dict:
    """Stop trusting a key (its fingerprint, or its first characters): files it signs are refused."""
    wanted = typed.strip().lower().replace("-", "").replace(":", "")
    rows = [r for r in known_keys(hq) if len(wanted) >= 8 and r["fingerprint"].replace("-", "").startswith(wanted)]
    if len(rows) != 1:
        raise HabitatError.of("key_unknown" if not rows else "key_ambiguous", key=typed, file=hq.path.name)
    row = rows[0]
    from db.officefile import utc_now

    with hq.transaction() as conn:
        conn.execute("UPDATE office_key SET state = 'revoked', revoked_at = ?, revoked_by = ? "
                     "WHERE office_code = ? AND fingerprint = ?",
                     (utc_now(), who, row["office_code"], row["fingerprint"]))
        hq.audit("revoke_key", "office", row["office_code"], {"key": row["fingerprint"], "state": row["state"]},
                 {"state": "revoked"}, who=who)
    return {**row, "state": "revoked"}


def unsigned_offices(hq: ResultsFile) -> list[str]:
    """Offices whose latest merged file was unsigned and which headquarters knows by no key."""
    rows = hq.query("SELECT b.office_code, b.signature FROM merge_batch b WHERE b.id IN "
                    "(SELECT max(id) FROM merge_batch GROUP BY office_code)", tuples=True).fetchall()
    keyed = {r[0] for r in hq.query("SELECT DISTINCT office_code FROM office_key", tuples=True)}
    return sorted(code for code, signature in rows if signature != "signed" and code not in keyed)
