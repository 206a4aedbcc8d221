#!/bin/sh
# Run once by the postgres image when it initialises its data folder (docker-entrypoint-initdb.d), as the owner
# POSTGRES_USER: creates the application's role, which may read and write the data but not change the schema,
# create databases or roles, or alter the audit trail (its privileges are granted by `intake migrate`).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v app_password="$INTAKE_APP_DB_PASSWORD" <<'SQL'
CREATE ROLE intake_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT PASSWORD :'app_password';
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SQL
