import GRDB

/// The ledger's tables, built by named migrations. A released migration is never edited: a change is a new one.
enum LedgerSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-core-pipeline") { db in
            try db.execute(
                sql: """
                    CREATE TABLE run (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        stamp TEXT NOT NULL,
                        started_at TEXT NOT NULL,
                        finished_at TEXT,
                        exit_code INTEGER,
                        summary TEXT
                    );
                    CREATE TABLE input_file (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        sha256 TEXT NOT NULL UNIQUE,
                        name TEXT NOT NULL,
                        size INTEGER NOT NULL,
                        format TEXT,
                        status TEXT NOT NULL,
                        columns TEXT,
                        archive_path TEXT,
                        rejects_path TEXT,
                        results_path TEXT,
                        error TEXT,
                        run_id INTEGER NOT NULL REFERENCES run(id),
                        received_at TEXT NOT NULL,
                        line_count INTEGER NOT NULL DEFAULT 0,
                        order_count INTEGER NOT NULL DEFAULT 0
                    );
                    CREATE TABLE staged_line (
                        file_id INTEGER NOT NULL REFERENCES input_file(id) ON DELETE CASCADE,
                        line INTEGER NOT NULL,
                        order_id TEXT NOT NULL,
                        fields TEXT NOT NULL,
                        PRIMARY KEY (file_id, line)
                    ) WITHOUT ROWID;
                    CREATE INDEX staged_line_by_order ON staged_line(file_id, order_id, line);
                    CREATE TABLE "order" (
                        order_id TEXT PRIMARY KEY,
                        marketplace TEXT NOT NULL DEFAULT 'mirakl',
                        state TEXT NOT NULL,
                        content_sha256 TEXT NOT NULL,
                        source_file_id INTEGER NOT NULL REFERENCES input_file(id),
                        shippable TEXT,
                        carrier_code TEXT,
                        service_code TEXT,
                        shipment_number TEXT,
                        tracking_number TEXT,
                        label_path TEXT,
                        tracking_file TEXT,
                        carrier_status TEXT,
                        consignee_name TEXT,
                        consignee_postal_code TEXT,
                        consignee_city TEXT,
                        consignee_country TEXT,
                        packages INTEGER,
                        weight_kg REAL,
                        total_amount TEXT,
                        currency TEXT,
                        created_at TEXT NOT NULL,
                        updated_at TEXT NOT NULL,
                        retry_count INTEGER NOT NULL DEFAULT 0,
                        error_message TEXT,
                        mirakl_tracking_updated TEXT,
                        mirakl_ship_updated TEXT
                    );
                    CREATE INDEX order_by_state ON "order"(state);
                    CREATE TABLE file_order (
                        file_id INTEGER NOT NULL REFERENCES input_file(id),
                        order_id TEXT NOT NULL,
                        first_line INTEGER NOT NULL,
                        outcome TEXT NOT NULL,
                        message TEXT NOT NULL,
                        PRIMARY KEY (file_id, order_id)
                    ) WITHOUT ROWID;
                    CREATE TABLE rejection (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        file_id INTEGER NOT NULL REFERENCES input_file(id),
                        line INTEGER NOT NULL,
                        order_id TEXT NOT NULL,
                        field TEXT NOT NULL,
                        reason TEXT NOT NULL
                    );
                    CREATE INDEX rejection_by_file ON rejection(file_id);
                    CREATE TABLE operation (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        timestamp TEXT NOT NULL,
                        scope TEXT NOT NULL,
                        action TEXT NOT NULL,
                        order_id TEXT NOT NULL,
                        carrier TEXT NOT NULL,
                        marketplace TEXT NOT NULL,
                        status TEXT NOT NULL,
                        message TEXT NOT NULL,
                        duration_ms INTEGER,
                        meta_json TEXT NOT NULL,
                        exported INTEGER NOT NULL DEFAULT 0
                    );
                    CREATE INDEX operation_unexported ON operation(exported) WHERE exported = 0;
                    """)
        }
        migrator.registerMigration("v2-carrier-tracking") { db in
            try db.execute(
                sql: """
                    ALTER TABLE "order" ADD COLUMN carrier_status_code TEXT;
                    ALTER TABLE "order" ADD COLUMN carrier_status_text TEXT;
                    ALTER TABLE "order" ADD COLUMN carrier_status_at TEXT;
                    ALTER TABLE "order" ADD COLUMN announced_at TEXT;
                    CREATE TABLE tracking_event (
                        order_id TEXT NOT NULL REFERENCES "order"(order_id),
                        carrier_code TEXT NOT NULL,
                        recorded_at TEXT NOT NULL,
                        status TEXT NOT NULL,
                        code TEXT NOT NULL,
                        text TEXT NOT NULL,
                        fetched_at TEXT NOT NULL,
                        PRIMARY KEY (order_id, recorded_at, code)
                    ) WITHOUT ROWID;
                    CREATE INDEX order_awaiting_announcement ON "order"(carrier_code)
                        WHERE announced_at IS NULL AND shipment_number IS NOT NULL;
                    """)
        }
        // Staged lines keyed the way the merge reads them, by order: one B-tree to insert into and to walk, instead
        // of a table by line plus an index by order (an index entry and a table lookup per line). Staged lines are
        // transient: a file whose staging was interrupted is staged again from its start, so none is carried over.
        migrator.registerMigration("v3-ingest-staging-by-order") { db in
            try db.execute(
                sql: """
                    DROP TABLE staged_line;
                    CREATE TABLE staged_line (
                        file_id INTEGER NOT NULL REFERENCES input_file(id) ON DELETE CASCADE,
                        order_id TEXT NOT NULL,
                        line INTEGER NOT NULL,
                        fields TEXT NOT NULL,
                        PRIMARY KEY (file_id, order_id, line)
                    ) WITHOUT ROWID;
                    """)
        }
        // How far `operations.csv` got, as one number, instead of a flag on every operation: the export of a run's
        // operations rewrote each of their rows (and an index entry) only to set that flag.
        migrator.registerMigration("v4-operations-export-mark") { db in
            try db.execute(
                sql: """
                    CREATE TABLE export_mark (
                        name TEXT PRIMARY KEY,
                        last_id INTEGER NOT NULL
                    ) WITHOUT ROWID;
                    INSERT INTO export_mark (name, last_id) VALUES ('operations', COALESCE(
                        (SELECT MIN(id) - 1 FROM operation WHERE exported = 0), (SELECT MAX(id) FROM operation), 0));
                    DROP INDEX operation_unexported;
                    ALTER TABLE operation DROP COLUMN exported;
                    """)
        }
        // The Mirakl round trip: how far each shop's orders were fetched, and each order's state as Mirakl last
        // reported it (a cancellation after booking is told once, not at every overlapping fetch).
        migrator.registerMigration("v5-mirakl") { db in
            try db.execute(
                sql: """
                    CREATE TABLE mirakl_fetch (
                        shop TEXT PRIMARY KEY,
                        updated_since TEXT,
                        attempted_at TEXT NOT NULL
                    ) WITHOUT ROWID;
                    ALTER TABLE "order" ADD COLUMN mirakl_state TEXT;
                    """)
        }
        // One name for the handover, in the ledger as in the code (it was "announced").
        migrator.registerMigration("v6-handover-name") { db in
            try db.execute(
                sql: """
                    ALTER TABLE "order" RENAME COLUMN announced_at TO handed_over_at;
                    DROP INDEX order_awaiting_announcement;
                    CREATE INDEX order_awaiting_handover ON "order"(carrier_code)
                        WHERE handed_over_at IS NULL AND shipment_number IS NOT NULL;
                    """)
        }
        // Intake records orders as their lines stream by and stages only scattered orders' lines, in the run that
        // reads the file: the columns of a staged file no longer need keeping between runs.
        migrator.registerMigration("v7-streamed-intake") { db in
            try db.execute(sql: "ALTER TABLE input_file DROP COLUMN columns")
        }
        // What a ledger knows about itself: until when a rebuilt one looks every order up before booking it.
        migrator.registerMigration("v8-ledger-notes") { db in
            try db.execute(sql: "CREATE TABLE ledger_note (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID")
        }
        return migrator
    }
}
