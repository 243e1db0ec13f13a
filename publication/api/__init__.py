"""The read-only JSON API (SPEC §12): rounds, plans, processes and government decisions,
each user seeing exactly what the web pages show them (`kerntaken.permissions`)."""
