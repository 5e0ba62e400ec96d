#!/usr/bin/env python3
"""The yardstick for intake: a plain script doing the same durable work as `orchestrator`'s intake on one export.

Hashes the file (SHA-256), reads it with csv.reader, groups its lines by order id in a dict, then records each order
(its lines as JSON), its per-file outcome and one operation row in SQLite (WAL, synchronous=FULL), committing every
128 orders, and copies the file to an archive folder with a `.sha256` sidecar, flushed. No validation, no routing:
what it does is the floor of intake's work, in the standard library only.

    python3 intake_reference.py EXPORT.csv WORKDIR

Prints rows/s (data lines, the header not counted) and the peak resident memory of the process.
"""
import csv
import hashlib
import json
import os
import resource
import shutil
import sqlite3
import sys
import time

ORDERS_PER_COMMIT = 128


def main(export, workdir):
    os.makedirs(os.path.join(workdir, "archive"), exist_ok=True)
    started = time.monotonic()

    digest = hashlib.sha256()
    with open(export, "rb") as source:
        for block in iter(lambda: source.read(1 << 20), b""):
            digest.update(block)
    sha256 = digest.hexdigest()

    orders = {}
    rows = 0
    with open(export, newline="", encoding="utf-8") as source:
        reader = csv.reader(source, delimiter=";")
        header = next(reader)
        for number, values in enumerate(reader, start=2):
            rows += 1
            orders.setdefault(values[0], []).append((number, dict(zip(header, values))))

    db = sqlite3.connect(os.path.join(workdir, "ledger.sqlite"), isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.executescript("""
        CREATE TABLE IF NOT EXISTS input_file (id INTEGER PRIMARY KEY, sha256 TEXT UNIQUE, name TEXT, lines INTEGER);
        CREATE TABLE IF NOT EXISTS "order" (order_id TEXT PRIMARY KEY, state TEXT, lines TEXT, source_file_id INTEGER,
            updated_at TEXT);
        CREATE TABLE IF NOT EXISTS file_order (file_id INTEGER, order_id TEXT, first_line INTEGER, outcome TEXT,
            PRIMARY KEY (file_id, order_id));
        CREATE TABLE IF NOT EXISTS operation (id INTEGER PRIMARY KEY, at TEXT, scope TEXT, action TEXT, status TEXT,
            order_id TEXT, message TEXT);
    """)
    db.execute("BEGIN")
    file_id = db.execute("INSERT INTO input_file (sha256, name, lines) VALUES (?, ?, ?)",
                         (sha256, os.path.basename(export), rows)).lastrowid
    db.execute("COMMIT")

    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    pending = 0
    db.execute("BEGIN")
    for order_id, lines in orders.items():
        db.execute('INSERT OR REPLACE INTO "order" VALUES (?, ?, ?, ?, ?)',
                   (order_id, "PENDING_POST", json.dumps([values for _, values in lines]), file_id, now))
        db.execute("INSERT INTO file_order VALUES (?, ?, ?, ?)", (file_id, order_id, lines[0][0], "accepted"))
        db.execute("INSERT INTO operation (at, scope, action, status, order_id, message) VALUES (?, ?, ?, ?, ?, ?)",
                   (now, "intake", "merge_order", "OK", order_id, "queued"))
        pending += 1
        if pending == ORDERS_PER_COMMIT:
            db.execute("COMMIT")
            db.execute("BEGIN")
            pending = 0
    db.execute("COMMIT")

    archived = os.path.join(workdir, "archive", os.path.basename(export))
    shutil.copyfile(export, archived)
    with open(archived + ".sha256", "w") as sidecar:
        sidecar.write(f"{sha256}  {os.path.basename(export)}\n")
        sidecar.flush()
        os.fsync(sidecar.fileno())
    with open(archived, "rb") as copy:
        os.fsync(copy.fileno())

    elapsed = time.monotonic() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"reference script: {rows} rows, {len(orders)} orders in {elapsed:.2f} s, {rows / elapsed:.0f} rows/s, "
          f"peak RSS {peak_kb // 1024} MB")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
