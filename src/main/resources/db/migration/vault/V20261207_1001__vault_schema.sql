-- The field encryption's keys and the progress of index-key rotations move from sharing to the
-- vault's own schema, with their rows. Nothing stored names the schema: a data key is wrapped under
-- "onecity-data-key:<purpose>:<id>", a sealed value is bound to its own table's context name, and
-- index_rekey.table_name names the sealed tables of other modules.
create schema if not exists vault;

alter table sharing.data_key set schema vault;
alter table sharing.index_rekey set schema vault;
