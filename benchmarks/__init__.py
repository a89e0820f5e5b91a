"""Benchmarks of Officer Desk at a realistic size (``make bench``: ``python -m benchmarks``).

Four jobs, each in its own module, all working in a temporary folder (with
``OFFICER_DESK_HOME`` pointing inside it, so no real data or settings are touched):

* ``bench_demo``   - demo generation of N records into a fresh HQ demo database;
* ``bench_insert`` - the same records read back and added through the services
  (``records.create_many``), next to the same rows written with raw ``executemany``;
* ``bench_search`` - search latency over a query mix, next to a raw FTS5 query;
* ``bench_plan``   - the query plans of the SQL that ``storage.search`` executes.

The benchmarks print figures and ratios next to their targets; they never fail on
timing (the exit status is non-zero only when something raises).
"""
