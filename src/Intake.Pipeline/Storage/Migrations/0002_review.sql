-- Intake schema, version 2: the review dashboard (issue 6).

-- The reviewer's decision on the pre-routing: confirmed as proposed, or overridden with a reason.
alter table dossier add column review_reason      text;
alter table dossier add column reviewed_procedure text;
alter table dossier add column reviewed_payer     text;
-- Legal urgency first in the queue: a claim that may be time-barred (R-ADM-PRESCRIPTION).
alter table dossier add column prescription_risk  boolean generated always as ('PRESCRIPTION_LIKELY' = any (flags)) stored;

-- A reviewer's correction of a document (its type, its page range, its dossier): audit and training data.
create table document_correction (
    id          bigserial primary key,
    document_id bigint      not null references document (id),
    dossier_id  bigint      references dossier (id),
    kind        text        not null check (kind in ('type', 'split', 'attachment')),
    old_value   text,
    new_value   text        not null,
    reason      text        not null,
    user_name   text        not null,
    created_at  timestamptz not null default now()
);
create index document_correction_document_idx on document_correction (document_id, created_at);

-- Review queue: pending dossiers by legal urgency (prescription risk, avis clock) then age.
create index dossier_review_queue_idx on dossier (prescription_risk desc, avis_due nulls last, created_at, id)
    where review_status = 'pending';
create index dossier_flags_idx on dossier using gin (flags);
create index dossier_number_prefix_idx on dossier (number text_pattern_ops);
create index dossier_birth_idx on dossier (victim_birth_date);
-- Backlog report: the 6-month clock of complete dossiers, reviewer throughput.
create index dossier_avis_due_idx on dossier (avis_due) where complete;
create index dossier_reviewed_idx on dossier (reviewed_at) where reviewed_at is not null;
-- Correction rate per field: how many values were read per key.
create index field_key_idx on field (key);
create index correction_key_idx on correction (key, created_at);
-- Intake per week.
create index intake_file_received_idx on intake_file (received_on);
-- Admin audit log, newest first.
create index audit_event_at_idx on audit_event (at desc);
-- The queue filtered by proposed procedure.
create index dossier_review_queue_procedure_idx on dossier (procedure, prescription_risk desc, avis_due nulls last, created_at, id)
    where review_status = 'pending';
