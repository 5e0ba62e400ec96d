print("ingest benchmark: not yet")
