-- Intake schema, version 3: security and data protection (issue 13).

-- Accounts are revocable: a disabled account cannot sign in, and every change of its rights (role, disabling,
-- password) bumps session_version, which every request checks, so open sessions end at once.
-- Users set their own password through a one-time link: an account may have no password yet.
alter table app_user alter column password_hash drop not null;
alter table app_user add column disabled_at     timestamptz;
alter table app_user add column session_version int not null default 1;
alter table app_user add column password_set_at timestamptz;

-- One-time links to set a password. Only the SHA-256 of the token is stored: the database never holds a
-- usable link.
create table password_link (
    id           bigserial primary key,
    user_id      bigint      not null references app_user (id) on delete cascade,
    token_sha256 text        not null unique,
    created_by   text        not null,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    used_at      timestamptz
);
create index password_link_user_idx on password_link (user_id);

-- Processing runs (Jobs/FileProcessor): a run that never finished was cut by a crash. The crash is counted
-- against the file (failures) only when the file ran alone; a file that was in flight with others is run alone
-- next time. attempts still counts the runs started; failures decides "repeated failure".
alter table intake_file add column failures       int not null default 0;
alter table intake_file add column run_started_at timestamptz;
alter table intake_file add column run_alone      boolean not null default false;
alter table intake_file add column needs_solo     boolean not null default false;

-- Retention (Retention/RetentionPurgeJob): when the original and the pages' text were removed.
alter table intake_file add column original_purged_at timestamptz;
alter table page add column text_purged_at timestamptz;

-- A reviewer's complete date (the 6-month clock starts from it): kept as set, never re-flagged.
alter table dossier add column complete_date_by text;

-- Page images: "audited once per file per session" looks the session up among the events of the file.
create index audit_event_action_target_idx on audit_event (action, target_id);

-- The application's role may add audit entries but not change or delete them; the retention purge of the
-- audit trail runs through this function, owned by the schema owner, which never removes less than 180 days.
create function intake_purge_audit(keep_days int) returns bigint
language plpgsql security definer set search_path = public as $$
declare removed bigint;
begin
    if keep_days < 180 then
        raise exception 'audit entries are kept at least 180 days (asked: %)', keep_days;
    end if;
    delete from audit_event where at < now() - make_interval(days => keep_days);
    get diagnostics removed = row_count;
    return removed;
end $$;
revoke all on function intake_purge_audit(int) from public;
