-- The node executing a run touches heartbeat_at every few seconds. A running run whose heartbeat is
-- older than onecity.imports.stall-after was left by a node that stopped (killed, crashed): it shows as
-- stalled and can be cancelled at once, then retried.
alter table imports.import_run add column heartbeat_at timestamptz;
