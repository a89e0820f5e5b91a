"""Bring in the spreadsheets officers already keep (XLSX and CSV).

``readers`` turns a file into a table of cells with their row numbers and column
letters, ``mapping`` matches its headers to fields, ``values`` reads what people type
in cells, ``plan`` checks every row before anything is written and ``run`` writes the
good rows in one transaction. The command line (``officer-desk import``) and the
window's import wizard call the same two functions: ``plan_import`` and ``run_import``.
"""
