"""The results file, split by job: the connection and its transactions, the record types, office
codes, and ``ResultsFile``, a facade over small stores (records, unfinished rows, outcome narratives,
the audit log). Import from here or from ``db.officefile``, which re-exports every name."""
