"""Annex tables: aggregation of a results file and its exports to PDF, Excel, CSV and JSON.

No Qt here: the desktop app and the CLI both call ``export_annex`` (or ``aggregate_file`` and a
writer). The heavy writers (reportlab, openpyxl) are imported only when their format is asked for.
"""

from exports.aggregate import Annex, Cell, ExportError, IndicatorResult, aggregate_file, parse_years
from exports.document import DocumentSettings
from exports.service import (ADDING_UP, ANNEX_LANGUAGES, EXPORT_PHASES, FORMATS, WRITING, ExportRefused,
                             annex_file_name, checked_annex, export_annex, export_phase, publish_annex)

__all__ = ["ADDING_UP", "ANNEX_LANGUAGES", "Annex", "Cell", "DocumentSettings", "EXPORT_PHASES", "ExportError",
           "FORMATS", "IndicatorResult", "ExportRefused", "WRITING", "aggregate_file", "annex_file_name",
           "checked_annex", "export_annex", "export_phase", "parse_years", "publish_annex"]
