"""Hostile import tables, built in seconds: XLSX bombs (a huge declared range, millions of rows, a
GiB cell) and oversized CSV files. Used by the tests and by bench/bench_guards.py.

A workbook part is written as raw deflate: each distinct chunk is compressed once (a full flush
makes it independent of what comes before) and repeated, so a part that unpacks to 1 GiB costs a
CRC pass, not a GiB of compression.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"
HEADER_ROW = (b'<row r="1"><c r="A1" t="inlineStr"><is><t>indicator</t></is></c>'
              b'<c r="B1" t="inlineStr"><is><t>year</t></is></c>'
              b'<c r="C1" t="inlineStr"><is><t>value</t></is></c></row>')

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
    'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/>{shared}</Types>')
SHARED_TYPE = ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
               'officedocument.spreadsheetml.sharedStrings+xml"/>')
ROOT_RELS = (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE}"><Relationship Id="rId1" '
             f'Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>').encode()
WORKBOOK = (f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets>'
            '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>').encode()


def _workbook_rels(shared: bool) -> bytes:
    extra = (f'<Relationship Id="rId2" Type="{RELS}/sharedStrings" Target="sharedStrings.xml"/>'
             if shared else "")
    return (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE}"><Relationship Id="rId1" '
            f'Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/>{extra}</Relationships>').encode()


def write_zip(path: Path, parts: dict[str, list[tuple[bytes, int]]]) -> Path:
    """A zip whose parts are given as (chunk, times repeated) pieces, deflated."""
    entries, out = [], bytearray()
    for name, pieces in parts.items():
        crc, size, data = 0, 0, bytearray()
        for chunk, times in pieces:
            packer = zlib.compressobj(9, zlib.DEFLATED, -15)
            packed = packer.compress(chunk) + packer.flush(zlib.Z_FULL_FLUSH)
            data += packed * times
            size += len(chunk) * times
            for _ in range(times):
                crc = zlib.crc32(chunk, crc)
        data += b"\x03\x00"  # an empty final block
        encoded = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded), 0)
        out += encoded + data
        entries.append((encoded, crc, len(data), size, offset))
    directory = bytearray()
    for encoded, crc, packed, size, offset in entries:
        directory += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, packed, size,
                                 len(encoded), 0, 0, 0, 0, 0, offset) + encoded
    out += directory + struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(directory),
                                   len(out), 0)
    Path(path).write_bytes(bytes(out))
    return Path(path)


def workbook(path: Path, rows: list[tuple[bytes, int]], *, dimension: str | None = None,
             shared: list[tuple[bytes, int]] | None = None, prolog: bytes = b"") -> Path:
    """An XLSX file whose first sheet holds the header row, then ``rows`` (raw XML pieces)."""
    head = (b'<?xml version="1.0" encoding="UTF-8"?>' + prolog + f'<worksheet xmlns="{MAIN}">'.encode()
            + (f'<dimension ref="{dimension}"/>'.encode() if dimension else b"") + b"<sheetData>" + HEADER_ROW)
    parts = {
        "[Content_Types].xml": [(CONTENT_TYPES.format(shared=SHARED_TYPE if shared is not None else "").encode(), 1)],
        "_rels/.rels": [(ROOT_RELS, 1)],
        "xl/workbook.xml": [(WORKBOOK, 1)],
        "xl/_rels/workbook.xml.rels": [(_workbook_rels(shared is not None), 1)],
        "xl/worksheets/sheet1.xml": [(head, 1), *rows, (b"</sheetData></worksheet>", 1)],
    }
    if shared is not None:
        parts["xl/sharedStrings.xml"] = [(f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}">'.encode(), 1),
                                         *shared, (b"</sst>", 1)]
    return write_zip(path, parts)


def data_row(n: int, value: str = "1") -> bytes:
    return (f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>1.1.a</t></is></c><c r="B{n}"><v>2022</v></c>'
            f'<c r="C{n}"><v>{value}</v></c></row>').encode()


# --- the bombs -------------------------------------------------------------------------------------

def whole_sheet_declared(path: Path) -> Path:
    """About 1.7 KB: one far cell, and a declared range of every row and column (A1:XFD1048576)."""
    far = b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    return workbook(path, [(data_row(2), 1), (far, 1)], dimension="A1:XFD1048576")


def millions_of_rows(path: Path, rows: int = 5_000_000, dimension: str | None = "A1:C2") -> Path:
    """A few hundred KB: ``rows`` empty rows after one data row, under a dimension that understates them."""
    block = b"<row/>" * 1000
    return workbook(path, [(data_row(2), 1), (block, rows // 1000)], dimension=dimension)


def giant_cell(path: Path, size: int = 2**30, *, shared: bool = False) -> Path:
    """About 1 MB: one cell of ``size`` characters, inline or in the shared strings."""
    chunk = b"A" * 2**20
    pieces = [(chunk, size // len(chunk)), (b"A" * (size % len(chunk)), 1)]
    if shared:
        row = b'<row r="2"><c r="A2" t="inlineStr"><is><t>1.1.a</t></is></c><c r="B2" t="s"><v>0</v></c></row>'
        return workbook(path, [(row, 1)], dimension="A1:C2",
                        shared=[(b"<si><t>", 1), *pieces, (b"</t></si>", 1)])
    open_cell = b'<row r="2"><c r="A2" t="inlineStr"><is><t>'
    return workbook(path, [(open_cell, 1), *pieces, (b"</t></is></c></row>", 1)], dimension="A1:C2")


def far_column(path: Path) -> Path:
    """No declared range; one cell in the last column Excel has."""
    return workbook(path, [(b'<row r="2"><c r="XFD2"><v>1</v></c></row>', 1)])


def with_doctype(path: Path) -> Path:
    """An entity declared in a document type declaration (the billion-laughs family)."""
    return workbook(path, [(data_row(2), 1)], dimension="A1:C2",
                    prolog=b'<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">]>')


def oversized_csv(path: Path, size: int) -> Path:
    """A CSV file of ``size`` bytes that costs no disk (sparse) after a valid header."""
    with open(path, "wb") as fh:
        fh.write(b"indicator,year,value\n")
        fh.truncate(size)
    return Path(path)


def long_line_csv(path: Path, size: int = 50 * 2**20) -> Path:
    """A CSV file whose second line is ``size`` bytes long (no line break)."""
    with open(path, "wb") as fh:
        fh.write(b"indicator,year,value,narrative\n1.1.a,2022,5,")
        chunk = b"x" * 2**20
        for _ in range(size // len(chunk)):
            fh.write(chunk)
    return Path(path)


def many_rows_csv(path: Path, rows: int) -> Path:
    with open(path, "wb") as fh:
        fh.write(b"indicator,year,value\n" + b"1.1.a,2022,5\n" * rows)
    return Path(path)


def windows_1252_csv(path: Path, rows: int = 190_000) -> Path:
    """A CSV file of about 90 MB whose only non-UTF-8 byte (Excel's plain 'CSV') is on its last line."""
    row = b"1.1.a,2022,5,BRA,Sao Paulo," + b"n" * 470 + b"\n"
    with open(path, "wb") as fh:
        fh.write(b"indicator,year,value,country,city,narrative\n")
        for _ in range(rows // 1000):
            fh.write(row * 1000)
        fh.write("1.1.a,2022,5,BRA,São Paulo,\n".encode("cp1252"))
    return Path(path)
