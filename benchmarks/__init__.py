"""The benchmark of issue 5: pages, exports, extraction, import, and a load test.

`python manage.py benchmark` (or `python -m benchmarks.run`) runs everything and prints one table.
Each measurement runs in its own subprocess (benchmarks.tasks) so that the database, the memory
figures and the imported libraries of one never leak into another.
"""
