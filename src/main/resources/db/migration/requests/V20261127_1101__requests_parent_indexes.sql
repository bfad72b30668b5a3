-- Every read of a request looks up its duplicates (children) and its parents: without these
-- indexes each read scanned the whole table (found by the intake benchmark's profile).
create index service_request_parent on requests.service_request (parent_id) where parent_id is not null;
create index service_request_likely_parent on requests.service_request (likely_parent_id) where likely_parent_id is not null;
