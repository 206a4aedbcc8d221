-- Intake schema, version 3: a name key spells ligatures out (PersonName.Key, "Cœur" and "COEUR" have one key,
-- docs/document-types.md "Attaching mail to dossiers"). Keys stored by earlier versions kept Œ, Æ and ß.
update dossier
set victim_name_keys = array(select distinct replace(replace(replace(k, 'Œ', 'OE'), 'Æ', 'AE'), 'ß', 'SS') from unnest(victim_name_keys) k)
where array_to_string(victim_name_keys, ' ') ~ '[ŒÆß]';

update dossier
set victim_first_key = replace(replace(replace(victim_first_key, 'Œ', 'OE'), 'Æ', 'AE'), 'ß', 'SS')
where victim_first_key ~ '[ŒÆß]';
