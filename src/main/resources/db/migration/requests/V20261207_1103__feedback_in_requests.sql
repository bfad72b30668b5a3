-- Residents' surveys and asks to reopen are kept by requests (requests.Feedback, used by the portal's and
-- the workspace's pages), so their tables move to its schema; indexes and the id sequence move with them.
alter table portal.survey set schema requests;
alter table portal.reopen_ask set schema requests;
