"""`make bench`: the public pages under gunicorn with production settings, loaded with wrk.

- prepare.py: a benchmark database with a generated data set (demo/dataset.py), made once;
- measure.py: one data set: SQL queries and render time per page in-process, then requests
  per second and latency from wrk against gunicorn, without and with the page cache, and the
  workers' memory; a markdown table;
- run.py: measure.py on each database given (e.g. 21 and 342 municipalities), the listings'
  latency at the largest size against the smallest, and one JSON file in bench/results/.
"""
