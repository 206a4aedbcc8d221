-- Intake schema, version 5: the filer's keys (the person who files for the victim: parent, guardian, heir), so that
-- papers about the filer (their identity card, the guardianship judgment) are attached to the victim's dossier
-- (docs/document-types.md "Attaching mail to dossiers"). Filled by the router from the dossier's facts.
alter table dossier add column if not exists filer_name_keys text[] not null default '{}';
alter table dossier add column if not exists filer_first_key text;
create index if not exists dossier_filer_name_keys_idx on dossier using gin (filer_name_keys);
