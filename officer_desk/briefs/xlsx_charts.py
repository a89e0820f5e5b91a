"""Native Excel charts for the KPI tables of the Summary sheet.

Each chart references the KPI's cells (so it follows if someone edits a figure), which
``xlsx.py`` writes as a block: a header row (category, series…) then one row per label.
Charts can be added to a write-only sheet: openpyxl writes them with the sheet's tail.
"""

from __future__ import annotations

from typing import Any

from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.chart.label import DataLabelList
from openpyxl.utils import get_column_letter

from officer_desk.briefs.content import Kpi
from officer_desk.briefs.xlsx_cells import excel_text

#: Rows a chart covers on the sheet (at the default row height of 15 points).
CHART_ROWS = 16
CHART_WIDTH_CM = 16.0


def chart_height_rows(kpi: Kpi) -> int:
    """Rows the KPI's chart needs: bar charts grow with their categories."""
    if kpi.chart == "bar":
        return max(CHART_ROWS, 4 + int(len(kpi.rows) * 1.3))
    return CHART_ROWS


def add_kpi_chart(ws: Any, kpi: Kpi, *, header_row: int, anchor_column: int) -> None:
    """Chart the KPI whose header row is ``header_row`` (labels in column A, series in
    B…); anchored at ``header_row - 1`` (the KPI's title row) in ``anchor_column``."""
    first, last = header_row + 1, header_row + len(kpi.rows)
    series = len(kpi.series)
    data = Reference(ws, min_col=2, max_col=1 + series, min_row=header_row, max_row=last)
    labels = Reference(ws, min_col=1, min_row=first, max_row=last)
    chart: BarChart | PieChart
    if kpi.chart == "pie":
        chart = PieChart()
        # one series only: the shares of a whole
        chart.add_data(Reference(ws, min_col=2, min_row=header_row, max_row=last),
                       titles_from_data=True)
        chart.dataLabels = DataLabelList()
        chart.dataLabels.showPercent = True
    else:
        chart = BarChart()
        chart.type = "bar" if kpi.chart == "bar" else "col"
        chart.grouping = "clustered"
        chart.add_data(data, titles_from_data=True)
        # Since openpyxl 3.1 axes are hidden unless told otherwise.
        chart.x_axis.delete = False
        chart.y_axis.delete = False
        chart.y_axis.majorGridlines = None
        chart.y_axis.numFmt = "0"
        if kpi.chart == "bar":
            chart.x_axis.scaling.orientation = "maxMin"  # first label on top, as in the table
        if series == 1:
            chart.legend = None
    chart.set_categories(labels)
    chart.title = excel_text(kpi.title, limit=255)
    chart.width = CHART_WIDTH_CM
    chart.height = chart_height_rows(kpi) * 0.5
    ws.add_chart(chart, f"{get_column_letter(anchor_column)}{header_row - 1}")
