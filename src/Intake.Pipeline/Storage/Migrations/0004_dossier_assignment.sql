-- Intake schema, version 4: a reviewer takes a dossier ("m'attribuer"): the queue shows who, and each reviewer
-- has a view of the dossiers assigned to them.
alter table dossier add column assigned_to text;
alter table dossier add column assigned_at timestamptz;
create index dossier_assigned_idx on dossier (assigned_to) where assigned_to is not null;
