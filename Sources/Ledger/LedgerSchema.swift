import GRDB

/// The ledger's tables, built by named migrations, each written for SQLite and for PostgreSQL.
///
/// A released migration is never edited: a change is a new one. PostgreSQL's columns are the same but for its types
/// (`BIGINT`, `DOUBLE PRECISION`, identity columns) and for `"order".position`, which stands in for SQLite's `rowid`:
/// the order in which orders were first recorded (`LedgerDialect.recordingOrder`).
enum LedgerSchema {
    struct Migration {
        let name: String
        let sqlite: String
        let postgres: String
    }

    static let migrations: [Migration] = [
        Migration(
            name: "v1-core-pipeline",
            sqlite: """
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
                """,
            postgres: """
                CREATE TABLE run (
                    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                    stamp TEXT NOT NULL,
                    started_at TEXT NOT NULL,
                    finished_at TEXT,
                    exit_code BIGINT,
                    summary TEXT
                );
                CREATE TABLE input_file (
                    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                    sha256 TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    size BIGINT NOT NULL,
                    format TEXT,
                    status TEXT NOT NULL,
                    columns TEXT,
                    archive_path TEXT,
                    rejects_path TEXT,
                    results_path TEXT,
                    error TEXT,
                    run_id BIGINT NOT NULL REFERENCES run(id),
                    received_at TEXT NOT NULL,
                    line_count BIGINT NOT NULL DEFAULT 0,
                    order_count BIGINT NOT NULL DEFAULT 0
                );
                CREATE TABLE staged_line (
                    file_id BIGINT NOT NULL REFERENCES input_file(id) ON DELETE CASCADE,
                    line BIGINT NOT NULL,
                    order_id TEXT NOT NULL,
                    fields TEXT NOT NULL,
                    PRIMARY KEY (file_id, line)
                );
                CREATE INDEX staged_line_by_order ON staged_line(file_id, order_id, line);
                CREATE TABLE "order" (
                    order_id TEXT PRIMARY KEY,
                    marketplace TEXT NOT NULL DEFAULT 'mirakl',
                    state TEXT NOT NULL,
                    content_sha256 TEXT NOT NULL,
                    source_file_id BIGINT NOT NULL REFERENCES input_file(id),
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
                    packages BIGINT,
                    weight_kg DOUBLE PRECISION,
                    total_amount TEXT,
                    currency TEXT,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL,
                    retry_count BIGINT NOT NULL DEFAULT 0,
                    error_message TEXT,
                    mirakl_tracking_updated TEXT,
                    mirakl_ship_updated TEXT,
                    position BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE
                );
                CREATE INDEX order_by_state ON "order"(state);
                CREATE TABLE file_order (
                    file_id BIGINT NOT NULL REFERENCES input_file(id),
                    order_id TEXT NOT NULL,
                    first_line BIGINT NOT NULL,
                    outcome TEXT NOT NULL,
                    message TEXT NOT NULL,
                    PRIMARY KEY (file_id, order_id)
                );
                CREATE TABLE rejection (
                    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                    file_id BIGINT NOT NULL REFERENCES input_file(id),
                    line BIGINT NOT NULL,
                    order_id TEXT NOT NULL,
                    field TEXT NOT NULL,
                    reason TEXT NOT NULL
                );
                CREATE INDEX rejection_by_file ON rejection(file_id);
                CREATE TABLE operation (
                    id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                    timestamp TEXT NOT NULL,
                    scope TEXT NOT NULL,
                    action TEXT NOT NULL,
                    order_id TEXT NOT NULL,
                    carrier TEXT NOT NULL,
                    marketplace TEXT NOT NULL,
                    status TEXT NOT NULL,
                    message TEXT NOT NULL,
                    duration_ms BIGINT,
                    meta_json TEXT NOT NULL,
                    exported BIGINT NOT NULL DEFAULT 0
                );
                CREATE INDEX operation_unexported ON operation(exported) WHERE exported = 0;
                """),
        Migration(
            name: "v2-carrier-tracking",
            sqlite: """
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
                """,
            postgres: """
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
                );
                CREATE INDEX order_awaiting_announcement ON "order"(carrier_code)
                    WHERE announced_at IS NULL AND shipment_number IS NOT NULL;
                """),
        // Staged lines keyed the way the merge reads them, by order: one B-tree to insert into and to walk, instead
        // of a table by line plus an index by order (an index entry and a table lookup per line). Staged lines are
        // transient: a file whose staging was interrupted is staged again from its start, so none is carried over.
        Migration(
            name: "v3-ingest-staging-by-order",
            sqlite: """
                DROP TABLE staged_line;
                CREATE TABLE staged_line (
                    file_id INTEGER NOT NULL REFERENCES input_file(id) ON DELETE CASCADE,
                    order_id TEXT NOT NULL,
                    line INTEGER NOT NULL,
                    fields TEXT NOT NULL,
                    PRIMARY KEY (file_id, order_id, line)
                ) WITHOUT ROWID;
                """,
            postgres: """
                DROP TABLE staged_line;
                CREATE TABLE staged_line (
                    file_id BIGINT NOT NULL REFERENCES input_file(id) ON DELETE CASCADE,
                    order_id TEXT NOT NULL,
                    line BIGINT NOT NULL,
                    fields TEXT NOT NULL,
                    PRIMARY KEY (file_id, order_id, line)
                );
                """),
        // How far `operations.csv` got, as one number, instead of a flag on every operation: the export of a run's
        // operations rewrote each of their rows (and an index entry) only to set that flag.
        Migration(
            name: "v4-operations-export-mark",
            sqlite: """
                CREATE TABLE export_mark (
                    name TEXT PRIMARY KEY,
                    last_id INTEGER NOT NULL
                ) WITHOUT ROWID;
                INSERT INTO export_mark (name, last_id) VALUES ('operations', COALESCE(
                    (SELECT MIN(id) - 1 FROM operation WHERE exported = 0), (SELECT MAX(id) FROM operation), 0));
                DROP INDEX operation_unexported;
                ALTER TABLE operation DROP COLUMN exported;
                """,
            postgres: """
                CREATE TABLE export_mark (
                    name TEXT PRIMARY KEY,
                    last_id BIGINT NOT NULL
                );
                INSERT INTO export_mark (name, last_id) VALUES ('operations', COALESCE(
                    (SELECT MIN(id) - 1 FROM operation WHERE exported = 0), (SELECT MAX(id) FROM operation), 0));
                DROP INDEX operation_unexported;
                ALTER TABLE operation DROP COLUMN exported;
                """),
        // The Mirakl round trip: how far each shop's orders were fetched, and each order's state as Mirakl last
        // reported it (a cancellation after booking is told once, not at every overlapping fetch).
        Migration(
            name: "v5-mirakl",
            sqlite: """
                CREATE TABLE mirakl_fetch (
                    shop TEXT PRIMARY KEY,
                    updated_since TEXT,
                    attempted_at TEXT NOT NULL
                ) WITHOUT ROWID;
                ALTER TABLE "order" ADD COLUMN mirakl_state TEXT;
                """,
            postgres: """
                CREATE TABLE mirakl_fetch (
                    shop TEXT PRIMARY KEY,
                    updated_since TEXT,
                    attempted_at TEXT NOT NULL
                );
                ALTER TABLE "order" ADD COLUMN mirakl_state TEXT;
                """),
        // One name for the handover, in the ledger as in the code (it was "announced").
        Migration(
            name: "v6-handover-name",
            sqlite: """
                ALTER TABLE "order" RENAME COLUMN announced_at TO handed_over_at;
                DROP INDEX order_awaiting_announcement;
                CREATE INDEX order_awaiting_handover ON "order"(carrier_code)
                    WHERE handed_over_at IS NULL AND shipment_number IS NOT NULL;
                """,
            postgres: """
                ALTER TABLE "order" RENAME COLUMN announced_at TO handed_over_at;
                DROP INDEX order_awaiting_announcement;
                CREATE INDEX order_awaiting_handover ON "order"(carrier_code)
                    WHERE handed_over_at IS NULL AND shipment_number IS NOT NULL;
                """),
        // Intake records orders as their lines stream by and stages only scattered orders' lines, in the run that
        // reads the file: the columns of a staged file no longer need keeping between runs.
        Migration(
            name: "v7-streamed-intake",
            sqlite: """
                ALTER TABLE input_file DROP COLUMN columns
                """,
            postgres: """
                ALTER TABLE input_file DROP COLUMN columns
                """),
        // What a ledger knows about itself: until when a rebuilt one looks every order up before booking it.
        Migration(
            name: "v8-ledger-notes",
            sqlite: """
                CREATE TABLE ledger_note (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID
                """,
            postgres: """
                CREATE TABLE ledger_note (name TEXT PRIMARY KEY, value TEXT NOT NULL)
                """),
        // Several processes sharing one ledger (PostgreSQL): each is a worker that renews its lease; files and
        // orders are claimed by one, and each carrier's calls at once are slots that workers hold. A claim of a
        // worker whose lease ran out is anyone's to take.
        Migration(
            name: "v9-work-sharing",
            sqlite: """
                CREATE TABLE worker (
                    id TEXT PRIMARY KEY,
                    host TEXT NOT NULL,
                    pid INTEGER NOT NULL,
                    settings_sha256 TEXT NOT NULL,
                    started_at TEXT NOT NULL,
                    renewed_at REAL NOT NULL
                ) WITHOUT ROWID;
                ALTER TABLE input_file ADD COLUMN claimed_by TEXT;
                ALTER TABLE "order" ADD COLUMN claimed_by TEXT;
                CREATE INDEX order_claimed ON "order"(claimed_by) WHERE claimed_by IS NOT NULL;
                CREATE TABLE call_slot (
                    carrier TEXT NOT NULL,
                    slot INTEGER NOT NULL,
                    worker_id TEXT,
                    PRIMARY KEY (carrier, slot)
                ) WITHOUT ROWID;
                """,
            postgres: """
                CREATE TABLE worker (
                    id TEXT PRIMARY KEY,
                    host TEXT NOT NULL,
                    pid BIGINT NOT NULL,
                    settings_sha256 TEXT NOT NULL,
                    started_at TEXT NOT NULL,
                    renewed_at DOUBLE PRECISION NOT NULL
                );
                ALTER TABLE input_file ADD COLUMN claimed_by TEXT;
                ALTER TABLE "order" ADD COLUMN claimed_by TEXT;
                CREATE INDEX order_claimed ON "order"(claimed_by) WHERE claimed_by IS NOT NULL;
                CREATE TABLE call_slot (
                    carrier TEXT NOT NULL,
                    slot BIGINT NOT NULL,
                    worker_id TEXT,
                    PRIMARY KEY (carrier, slot)
                );
                """),
    ]

    /// GRDB's migrator over the SQLite side, under the same names (a ledger it migrated before keeps its history).
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            migrator.registerMigration(migration.name) { db in try db.execute(sql: migration.sqlite) }
        }
        return migrator
    }
}
