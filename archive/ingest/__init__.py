"""Ingestion: find and read page files, cut them, store them, report and record the run.

reading  files → validated, decoded PageFile (no database)
prepare  PageFile → PreparedPage: parse, places, fingerprints, dates (no database)
load     PreparedPage → rows, one transaction per page, converging when re-run
pipeline the loop over files, with progress and per-file failures
report   the lines an operator reads; record: the IngestRun rows
"""
