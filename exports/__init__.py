"""Annex tables: aggregation of a results file and its exports to PDF, Excel, CSV and JSON.

No Qt here: the desktop app and the CLI both call ``export_annex`` (or ``aggregate_file`` and a
writer). The heavy writers (reportlab, openpyxl) are imported only when their format is asked for.
"""

from exports.aggregate import Annex, Cell, ExportError, IndicatorResult, aggregate_file, parse_years
from exports.document import DocumentSettings
from exports.service import FORMATS, ExportRefused, checked_annex, export_annex

__all__ = ["Annex", "Cell", "DocumentSettings", "ExportError", "FORMATS", "IndicatorResult",
           "ExportRefused", "aggregate_file", "checked_annex", "export_annex", "parse_years"]
