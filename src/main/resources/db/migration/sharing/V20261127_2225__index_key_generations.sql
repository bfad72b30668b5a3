-- Generations of the blind-index (HMAC) key, so it can be rotated without downtime (see
-- org.onecity.sharing.IndexKeyRotation). Index keys take their ids from the same numbers as field
-- keys (max + 1), so the two never share an id; id 0 stays valid as the first index key. The state
-- of an index key: 'current' (index values are under it), 'next' (a rotation is in progress: new
-- values are written under it, lookups use it and the current one), 'retired' (kept wrapped for the
-- record, no longer used). Field keys have no state.
alter table sharing.data_key drop constraint data_key_check;
alter table sharing.data_key add column state text check (state in ('current', 'next', 'retired'));
update sharing.data_key set state = 'current' where purpose = 'index';
alter table sharing.data_key add constraint data_key_index_state
    check ((purpose = 'index') = (state is not null) and (purpose = 'index' or id > 0));
create unique index data_key_one_index_state on sharing.data_key (state) where state in ('current', 'next');

-- Progress of a rotation per sealed table: rows up to last_id (in id order) carry index values
-- under the next key; done_at is set when the table is finished. Batches claim the row with
-- FOR UPDATE SKIP LOCKED, so two nodes share the tables and a killed run resumes where it stopped.
create table sharing.index_rekey (
    key_id         int not null references sharing.data_key (id),
    table_name     text not null,
    last_id        bigint not null default -9223372036854775808,
    rows_seen      bigint not null default 0 check (rows_seen >= 0),
    rows_changed   bigint not null default 0 check (rows_changed >= 0),
    subjects_moved bigint not null default 0 check (subjects_moved >= 0),
    started_at     timestamptz not null,
    done_at        timestamptz,
    primary key (key_id, table_name)
);

-- The index key a consent subject that is a person key ("email:<hex>", "phone:<hex>") was computed
-- under; null for a request number. Rotation moves subjects to the next key.
alter table sharing.consent add column subject_key int;
update sharing.consent set subject_key = 0 where subject ~ '^[a-z]+:[0-9a-f]{64}$';
create index consent_subject_key on sharing.consent (subject_key) where subject_key is not null;
