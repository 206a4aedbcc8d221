-- Intake schema, version 1. Applied once, in order, under an advisory lock (Storage/Migrator.cs).

-- One row per distinct original (content-addressed by SHA-256).
create table intake_file (
    id              bigserial primary key,
    sha256          text        not null unique,
    original_name   text        not null,          -- path relative to the inbox, as first received
    extension       text        not null,
    size_bytes      bigint      not null,
    received_on     date        not null,          -- receipt date: mail-day folder, else day of pick-up
    archive_path    text        not null,          -- relative to the archive root
    status          text        not null default 'pending'
                    check (status in ('pending', 'processed', 'quarantined')),
    error_code      text,
    error_fr        text,                          -- reason for a secretary, in French
    page_count      int,
    ocr_page_count  int,
    mean_confidence real,
    attempts        int         not null default 0,
    enqueued_at     timestamptz,                   -- last time a processing job was queued (recovery sweep)
    created_at      timestamptz not null default now(),
    processed_at    timestamptz,
    processing_ms   int
);
create index intake_file_status_idx on intake_file (status, created_at);

-- Every time bytes were dropped in the inbox (a second copy of the same bytes is a duplicate sighting).
create table file_sighting (
    id            bigserial primary key,
    file_id       bigint      not null references intake_file (id),
    original_name text        not null,
    received_on   date        not null,
    source_mtime  timestamptz not null,
    is_duplicate  boolean     not null,
    seen_at       timestamptz not null default now(),
    unique (file_id, original_name, source_mtime)
);

create sequence dossier_number_seq;

create table dossier (
    id                bigserial primary key,
    number            text        not null unique,   -- CCI-2026-000123
    status            text        not null default 'a_revoir'
                      check (status in ('a_revoir', 'en_attente_pieces', 'confirme')),
    victim_name_keys  text[]      not null default '{}', -- usage and birth names, upper-case accent-free
    victim_first_key  text,
    victim_birth_date date,
    victim_nir        text,
    act_date          date,
    receipt_date      date,                          -- receipt of the claim form
    decision          jsonb,                         -- last rules decision (Intake.Domain)
    rule_set_version  text,
    facts             jsonb,
    gravity           text,
    procedure         text,
    likely_payer      text,
    flags             text[]      not null default '{}',
    complete          boolean     not null default false,
    complete_date     date,
    avis_due          date,
    prescription_date date,
    review_status     text        not null default 'pending'
                      check (review_status in ('pending', 'confirmed', 'overridden')),
    reviewed_by       text,
    reviewed_at       timestamptz,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);
create index dossier_victim_idx on dossier using gin (victim_name_keys);
create index dossier_nir_idx on dossier (victim_nir);
create index dossier_queue_idx on dossier (review_status, avis_due, created_at);

create table page (
    id              bigserial primary key,
    file_id         bigint  not null references intake_file (id),
    number          int     not null,
    width           real    not null,
    height          real    not null,
    source          text    not null check (source in ('text_layer', 'ocr')),
    mean_confidence real    not null,
    rotation        int     not null default 0,
    is_blank        boolean not null default false,
    predicted_type  text,
    type_confidence real,
    text            text    not null,
    words           jsonb   not null,                -- [[text, x0, y0, x1, y1, conf], ...] by line
    unique (file_id, number)
);

create table document (
    id              bigserial primary key,
    file_id         bigint  not null references intake_file (id),
    first_page      int     not null,
    last_page       int     not null,
    type            text    not null,
    type_confidence real    not null,
    received_on     date    not null,
    about           text    not null default 'victime' check (about in ('victime', 'demandeur')),
    dossier_id      bigint  references dossier (id),
    attachment      text    not null default 'pending'
                    check (attachment in ('pending', 'opened', 'matched', 'unattached', 'possible_duplicate', 'manual')),
    attachment_reason text,
    flags           text[]  not null default '{}',
    confirmed_by    text,                             -- a reviewer confirmed type and split: training data
    confirmed_at    timestamptz,
    unique (file_id, first_page)
);
create index document_dossier_idx on document (dossier_id);
create index document_unattached_idx on document (attachment) where dossier_id is null;

create table field (
    id          bigserial primary key,
    document_id bigint not null references document (id),
    key         text   not null,
    value       jsonb  not null,
    confidence  real   not null,
    page        int    not null,
    bbox        real[],
    unique (document_id, key)
);

-- A reviewer's correction of a dossier fact (precedence over every document).
create table correction (
    id          bigserial primary key,
    dossier_id  bigint      not null references dossier (id),
    key         text        not null,
    old_value   jsonb,
    new_value   jsonb       not null,
    reason      text        not null,
    user_name   text        not null,
    created_at  timestamptz not null default now()
);
create index correction_dossier_idx on correction (dossier_id, key, created_at);

create table app_user (
    id              bigserial primary key,
    user_name       text        not null unique,
    display_name    text        not null,
    role            text        not null check (role in ('secretariat', 'reviewer', 'manager', 'admin')),
    password_hash   text        not null,
    failed_logins   int         not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null default now()
);

-- Who saw or changed what (health data): views of dossiers and pages, corrections, logins.
create table audit_event (
    id          bigserial primary key,
    at          timestamptz not null default now(),
    user_name   text,
    action      text        not null,
    target_type text,
    target_id   bigint,
    detail      jsonb
);
create index audit_event_target_idx on audit_event (target_type, target_id, at);
