-- The database and role of a ledger several workers share (ORCHESTRATOR_LEDGER_URL). Run once, as a superuser:
--   psql -v password="'…'" -v reader_password="'…'" -f deploy/postgres-ledger.sql
-- then put postgres://orchestrator:…@db-host:5432/orchestrator?sslmode=verify-full&sslrootcert=/etc/orchestrator/db-ca.pem
-- in /etc/orchestrator/environment on every host, and admit the workers' hosts in pg_hba.conf with
-- "hostssl … scram-sha-256" (ssl = on in postgresql.conf, with a certificate naming db-host).

-- The workers' role: it signs in, owns the ledger's database, and creates the ledger's tables at the first start
-- and at each upgrade (the migrations, under an advisory lock); nothing else on the server.
CREATE ROLE orchestrator LOGIN PASSWORD :password NOSUPERUSER NOCREATEDB NOCREATEROLE;
CREATE DATABASE orchestrator OWNER orchestrator;
\connect orchestrator
REVOKE ALL ON DATABASE orchestrator FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE orchestrator TO orchestrator;
ALTER SCHEMA public OWNER TO orchestrator;

-- A role for people and reports that only read the ledger (orders, operations, workers): it may not change it.
CREATE ROLE orchestrator_reader LOGIN PASSWORD :reader_password NOSUPERUSER NOCREATEDB NOCREATEROLE;
GRANT CONNECT ON DATABASE orchestrator TO orchestrator_reader;
GRANT USAGE ON SCHEMA public TO orchestrator_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE orchestrator IN SCHEMA public GRANT SELECT ON TABLES TO orchestrator_reader;
