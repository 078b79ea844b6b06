"""Reading an import table (CSV or XLSX) without trusting it.

Every limit is checked before the content is loaded, so that a hostile or broken file is refused
in seconds with a few MB of memory: the file's size; for a workbook, the zip's parts and their
unpacked sizes (as declared; Python's zip reader never unpacks more than a part declares), then
one streaming pass (expat, no document type declarations) over the first sheet and its shared
strings that refuses a declared dimension, a row or column count or a cell longer than the limits,
and only then openpyxl. A CSV is read line by line with a bounded line length. The table's
separator (comma, semicolon, tab) is recognised from its header, as Excel writes "CSV" in many
languages with semicolons.
"""

from __future__ import annotations

import csv
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from xml.parsers import expat

from db.errors import HabitatError, say

MAX_CSV_BYTES = 100 * 2**20
MAX_XLSX_BYTES = 50 * 2**20
MAX_XLSX_UNPACKED = 300 * 2**20  # all parts of a workbook together, unpacked
MAX_XLSX_PARTS = 1_000
MAX_ROWS = 200_000  # rows of data, the header row aside
MAX_COLUMNS = 100
MAX_CELL_CHARS = 32_767  # the most Excel holds in a cell
MAX_LINE_CHARS = 131_072  # the csv module's own limit on one field
SEPARATORS = {",": "commas", ";": "semicolons", "\t": "tabs"}
XML_CHUNK = 1 << 16
_CELL_REF = re.compile(r"\$?([A-Z]{1,3})\$?([0-9]{1,7})")
_UNDECODED = re.compile("[\udc80-\udcff]")
_DIMENSION = re.compile(r"(?:\$?[A-Z]{1,3}\$?[0-9]{1,7}:)?\$?([A-Z]{1,3})\$?([0-9]{1,7})")


class TableError(HabitatError):
    """A table refused while reading it: where (line, column name if known) and why."""

    def __init__(self, message: str, line: int = 0, column: str = "", *, code: str = "", params=None):
        self.message, self.line, self.column = message, line, column
        super().__init__(message, code=code, params=params)


def _refused(code: str, line: int = 0, /, **params) -> TableError:
    """The TableError ``code`` (see db.errors), at ``line`` when known."""
    return TableError(say(code, params), line, code=code, params=params)


@dataclass
class Table:
    """An open table: its rows as (line number, cells), and the separator a CSV file uses."""

    rows: Iterator[tuple[int, list]]
    separator: str = ","

    @property
    def separator_name(self) -> str:
        return SEPARATORS[self.separator]


def open_table(path: Path, columns: Iterable[str] = ()) -> Table:
    """Check ``path`` against the limits and open it; ``columns`` are the names a header may hold."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        _check_size(path, MAX_CSV_BYTES)
        if not _is_utf8(path):  # said before any row is read: Excel's plain "CSV" is Windows-1252
            raise _not_utf8(path)
        separator = _csv_separator(path, set(columns))
        return Table(_read_csv(path, separator), separator)
    if suffix in (".xlsx", ".xlsm"):
        _check_size(path, MAX_XLSX_BYTES)
        _check_workbook(path)
        return Table(_read_xlsx(path))
    raise HabitatError.of("unsupported_type", path=str(path), suffix=path.suffix)


def _check_size(path: Path, limit: int) -> None:
    size = path.stat().st_size
    if size > limit:
        shown, most = (_mb(size), _mb(limit)) if _mb(size) != _mb(limit) else (f"{size:,} bytes", f"{limit:,}")
        raise _refused("file_too_large", size=shown, limit=most)


def _mb(size: int) -> str:
    return f"{size / 2**20:,.1f} MB"


# --- CSV -------------------------------------------------------------------------------------------

def _csv_separator(path: Path, columns: set[str]) -> str:
    """The separator whose split of the header gives only known column names (a comma otherwise)."""
    with path.open("rb") as fh:
        first = fh.readline(MAX_LINE_CHARS + 1)
    try:
        header = first.decode("utf-8-sig").rstrip("\r\n")
    except UnicodeDecodeError:
        return ","  # the reading says what is not UTF-8, with its line and column
    for separator in SEPARATORS:
        names = [n.strip().strip('"').strip().lower() for n in header.split(separator)]
        while names and not names[-1]:
            names.pop()
        if len(names) > 1 and all(n in columns for n in names):
            return separator
    return ","


def _lines(fh) -> Iterator[str]:
    """The file's lines, refusing one longer than MAX_LINE_CHARS before it is read whole."""
    number = 0
    while True:
        line = fh.readline(MAX_LINE_CHARS + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_LINE_CHARS:
            raise _refused("line_too_long", number, limit=f"{MAX_LINE_CHARS:,}")
        yield line


def _read_csv(path: Path, separator: str) -> Iterator[tuple[int, list[str]]]:
    # utf-8-sig: Excel on Windows writes a byte-order mark in front of UTF-8 CSV.
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(_lines(fh), delimiter=separator)
            start = 1
            rows = 0
            for row in reader:
                rows += 1
                if rows > MAX_ROWS + 1:
                    raise _refused("too_many_rows", start, limit=f"{MAX_ROWS:,}")
                for cell in row:
                    if len(cell) > MAX_CELL_CHARS:
                        raise _refused("cell_too_long", start, length=f"{len(cell):,}", limit=f"{MAX_CELL_CHARS:,}")
                yield start, row
                start = reader.line_num + 1
    except UnicodeDecodeError:
        raise _not_utf8(path) from None
    except csv.Error as exc:
        raise _refused("not_csv", start, detail=str(exc)) from None


def _is_utf8(path: Path) -> bool:
    try:
        for block in _blocks_of_lines(path):
            block.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _not_utf8(path: Path, shown: int = 5) -> TableError:
    """Which bytes are not UTF-8, by line and column, read as Windows-1252 (Excel's plain 'CSV')."""
    places: list[str] = []
    more = False
    line_number = 0
    for block in _blocks_of_lines(path):
        try:
            block.decode("utf-8")  # most of a file: whole blocks pass at C speed
            line_number += block.count(b"\n")
            continue
        except UnicodeDecodeError:
            pass
        for raw in block.splitlines(keepends=True):
            line_number += 1
            if line_number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            # Each byte that is not UTF-8 becomes one lone surrogate, U+DC80 to U+DCFF.
            for found in _UNDECODED.finditer(raw.decode("utf-8", "surrogateescape")):
                if len(places) == shown:
                    more = True
                    break
                byte = bytes([ord(found.group()) - 0xDC00])
                seen = byte.decode("cp1252", "replace")
                places.append(f"line {line_number}, column {found.start() + 1}: byte 0x{byte.hex().upper()}"
                              + (f" ('{seen}' in Windows-1252)" if seen.isprintable() and seen != "\ufffd"
                                 else ""))
            if more:
                break
        if more:
            break
    return _refused("not_utf8", places="; ".join(places), more=more, more_text=" and more" if more else "")


def _blocks_of_lines(path: Path, size: int = 1 << 20) -> Iterator[bytes]:
    """The file in blocks of about ``size`` bytes, each ending at a line break (or the file's end)."""
    rest = b""
    with path.open("rb") as fh:
        while block := fh.read(size):
            block = rest + block
            cut = block.rfind(b"\n") + 1
            if cut == 0 and len(block) <= 4 * MAX_LINE_CHARS:
                rest = block
                continue
            if cut == 0:  # no line break for long (the reading refuses such a line): cut between characters
                cut = len(block)
                while cut > len(block) - 4 and 0x80 <= block[cut - 1] <= 0xBF:
                    cut -= 1
                if cut > 0 and block[cut - 1] >= 0xC0:
                    cut -= 1  # the lead byte of a character cut short goes with the next block
            rest = block[cut:]
            yield block[:cut]
    if rest:
        yield rest


# --- XLSX ------------------------------------------------------------------------------------------

def open_workbook_zip(path: Path, max_parts: int, max_unpacked: int) -> zipfile.ZipFile:
    """A workbook's zip, opened only to look: refused if it is no zip, holds more than
    ``max_parts`` parts or unpacks to more than ``max_unpacked`` bytes (a zip bomb)."""
    try:
        book = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _refused("not_workbook", detail=str(exc)) from None
    parts = book.infolist()
    unpacked = sum(p.file_size for p in parts)
    if len(parts) > max_parts or unpacked > max_unpacked:
        book.close()
        if len(parts) > max_parts:
            raise _refused("too_many_parts", count=f"{len(parts):,}", limit=f"{max_parts:,}")
        biggest = max(parts, key=lambda p: p.file_size)
        raise _refused("unpacks_too_large", size=_mb(unpacked), part=biggest.filename,
                       part_size=_mb(biggest.file_size), limit=_mb(max_unpacked))
    return book


def _check_workbook(path: Path) -> None:
    """Refuse a workbook whose size, declared dimension, rows, columns or cells exceed the limits."""
    with open_workbook_zip(path, MAX_XLSX_PARTS, MAX_XLSX_UNPACKED) as book:
        names = {p.filename for p in book.infolist()}
        sheet = _first_sheet(book, names)
        if "xl/sharedStrings.xml" in names:
            _scan(book, "xl/sharedStrings.xml", _SharedStrings())
        _scan(book, sheet, _Sheet())


def _first_sheet(book: zipfile.ZipFile, names: set[str]) -> str:
    """The part of the workbook's first sheet (the one the import reads), as openpyxl finds it."""
    found = _Workbook()
    for part in ("xl/workbook.xml", "xl/_rels/workbook.xml.rels"):
        if part not in names:
            raise _refused("not_workbook", detail=f"no {part}")
        _scan(book, part, found)
    target = next((found.targets[rid] for rid in found.sheets if rid in found.targets), None)
    if target is None:
        raise _refused("no_worksheet")
    part = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
    if part not in names:
        raise _refused("first_sheet_missing", part=part)
    return part


def _scan(book: zipfile.ZipFile, part: str, handler: "_Handler") -> None:
    """Stream one XML part through expat in small chunks; ``handler`` raises at the first excess."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartDoctypeDeclHandler = _no_doctype
    parser.StartElementHandler = handler.start
    parser.EndElementHandler = handler.end
    parser.CharacterDataHandler = handler.text
    parser.buffer_text = False
    try:
        with book.open(part) as fh:
            while chunk := fh.read(XML_CHUNK):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise _refused("xml_unreadable", part=part, detail=str(exc)) from None
    except (zipfile.BadZipFile, OSError, EOFError) as exc:  # a part that unpacks to more than it declares
        raise _refused("part_unpack_failed", part=part, detail=str(exc)) from None


def _no_doctype(*_args) -> None:
    raise _refused("doctype")


def _local(name: str) -> str:
    return name.rpartition(" ")[2]


class _Handler:
    def start(self, name: str, attrs: dict) -> None:
        pass

    def end(self, name: str) -> None:
        pass

    def text(self, data: str) -> None:
        pass


class _Workbook(_Handler):
    def __init__(self):
        self.sheets: list[str] = []  # relationship ids, in the workbook's order
        self.targets: dict[str, str] = {}

    def start(self, name, attrs):
        local = _local(name)
        if local == "sheet":
            rid = next((v for k, v in attrs.items() if _local(k) == "id"), None)
            if rid:
                self.sheets.append(rid)
        elif local == "Relationship" and "Id" in attrs and "Target" in attrs:
            # openpyxl's first sheet is the first worksheet: chart sheets are not among them.
            if attrs.get("Type", "").endswith("/worksheet"):
                self.targets[attrs["Id"]] = attrs["Target"]


class _Cells(_Handler):
    """Counts the characters of each cell's text, refusing one over MAX_CELL_CHARS as it streams."""

    cell = "c"
    code = "xlsx_cell_too_long"

    def __init__(self):
        self.chars = 0
        self.label = ""
        self.inside = False

    def end(self, name):
        if _local(name) == self.cell:
            self.inside = False

    def text(self, data):
        if not self.inside:
            return
        self.chars += len(data)
        if self.chars > MAX_CELL_CHARS:
            raise _refused(self.code, label=self.label, limit=f"{MAX_CELL_CHARS:,}")


class _SharedStrings(_Cells):
    cell = "si"
    code = "shared_text_too_long"

    def __init__(self):
        super().__init__()
        self.count = 0

    def start(self, name, attrs):
        if _local(name) == "si":
            self.chars = 0
            self.inside = True
            self.count += 1
            if self.count > MAX_ROWS * MAX_COLUMNS:
                raise _refused("too_many_texts", limit=f"{MAX_ROWS * MAX_COLUMNS:,}")


class _Sheet(_Cells):
    def __init__(self):
        super().__init__()
        self.rows = 0

    def start(self, name, attrs):
        local = _local(name)
        if local == "c":
            self.chars = 0
            self.inside = True
            ref = attrs.get("r", "")
            self.label = f" {ref}" if len(ref) <= 12 else ""
            found = _CELL_REF.fullmatch(ref)
            if found and _column_number(found.group(1)) > MAX_COLUMNS:
                raise _refused("beyond_column", ref=ref, column=_column_letters(MAX_COLUMNS), limit=MAX_COLUMNS)
            if found:
                self._check_row(int(found.group(2)))
        elif local == "row":
            self.rows += 1
            number = attrs.get("r", "")
            self._check_row(int(number) if number.isdigit() and len(number) < 10 else self.rows)
        elif local == "dimension":
            _check_dimension(attrs.get("ref", ""))

    def _check_row(self, number: int) -> None:
        # openpyxl yields every row up to the last one, the empty ones between included.
        if max(number, self.rows) > MAX_ROWS + 1:
            raise _refused("sheet_too_many_rows", limit=f"{MAX_ROWS:,}")


def _check_dimension(ref: str) -> None:
    found = _DIMENSION.fullmatch(ref.upper())
    if not found:
        return  # openpyxl then measures the sheet by its cells, which the scan counts
    columns, rows = _column_number(found.group(1)), int(found.group(2))
    if rows > MAX_ROWS + 1 or columns > MAX_COLUMNS:
        raise _refused("range_too_large", ref=ref[:30], rows=f"{rows:,}", columns=f"{columns:,}",
                       max_rows=f"{MAX_ROWS + 1:,}", max_columns=MAX_COLUMNS)


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _read_xlsx(path: Path) -> Iterator[tuple[int, list]]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        for n, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield n, ["" if v is None else v for v in row]
    finally:
        book.close()
