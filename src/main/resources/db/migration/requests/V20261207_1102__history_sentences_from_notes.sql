-- Lines stored before history said sentences get one from their English note, read exactly as the pages
-- read them until then (with regular expressions, in the order they were tried); a line nothing here
-- matches keeps showing its stored note. Only lines without a sentence are touched.
-- Patterns: '(?p)' where the old one's '.' stopped at a line break; [^ \t\n\v\f\r] for its \S.

-- "Request received by web", "Request received by web (imported from nyc-311)"
update requests.history h
set text_key = case when x.m[2] is null then 'history.received' else 'history.receivedImported' end,
    text_args = case when x.m[2] is null then jsonb_build_array(jsonb_build_object('channel', x.m[1]))
                     else jsonb_build_array(jsonb_build_object('channel', x.m[1]), jsonb_build_object('text', x.m[2])) end
from (select id, regexp_match(note, '(?p)^Request received by ([A-Za-z0-9_]+)(?: \(imported from (.+)\))?$') as m
      from requests.history where kind = 'submitted' and text_key is null) x
where h.id = x.id and x.m is not null;

-- "Likely the same problem as 311-7"
update requests.history h
set text_key = 'history.duplicateSuggested', text_args = jsonb_build_array(jsonb_build_object('text', x.m[1]))
from (select id, regexp_match(note, '(?p)^Likely the same problem as ([^ \t\n\v\f\r]+)$') as m
      from requests.history where kind = 'duplicate_suggested' and text_key is null) x
where h.id = x.id and x.m is not null;

-- "Assigned to …", said with the assignee of the details
update requests.history
set text_key = 'history.assigned', text_args = jsonb_build_array(jsonb_build_object('text', details ->> 'assignee'))
where kind = 'assigned' and text_key is null and details ->> 'assignee' is not null and note ~ '^Assigned to .+$';

-- "Duplicate of 311-7: follow that request for updates", said with the parent of the details
update requests.history
set text_key = 'history.duplicateOf', text_args = jsonb_build_array(jsonb_build_object('text', details ->> 'parent'))
where kind = 'merged' and text_key is null and details ->> 'parent' is not null
  and note ~ '(?p)^Duplicate of [^ \t\n\v\f\r]+: follow that request for updates$';

-- "Merged duplicate 311-8"
update requests.history h
set text_key = 'history.mergedDuplicate', text_args = jsonb_build_array(jsonb_build_object('text', x.m[1]))
from (select id, regexp_match(note, '(?p)^Merged duplicate ([^ \t\n\v\f\r]+)$') as m
      from requests.history where kind = 'merged' and text_key is null) x
where h.id = x.id and x.m is not null;

-- "Overdue: escalated to level 2 (Borough superintendent)": the title of the agency's chain, else the one written
update requests.history h
set text_key = 'history.escalated',
    text_args = jsonb_build_array(jsonb_build_object('text', (x.m[1]::int)::text),
                                  jsonb_build_object('escalation', x.m[1]::int, 'title', x.m[2]))
from (select id, regexp_match(note, '(?p)^Overdue: escalated to level ([0-9]{1,9}) \((.*)\)$') as m
      from requests.history where kind = 'escalated' and text_key is null) x
where h.id = x.id and x.m is not null;

-- "Reopened at the resident's request: …"
update requests.history h
set text_key = 'history.reopenedAsked', text_args = jsonb_build_array(jsonb_build_object('text', x.m[1]))
from (select id, regexp_match(note, '^Reopened at the resident''s request: (.*)$') as m
      from requests.history where kind = 'reopened' and text_key is null) x
where h.id = x.id and x.m is not null;

-- notes, in this order: "The resident asked to reopen: …", "… (sent to 311-8)", "Routed to DSNY (…)" by the
-- system, a referral with its agency in the details, "Referred to <agency's English name>"
update requests.history h
set text_key = 'history.askedToReopen', text_args = jsonb_build_array(jsonb_build_object('text', x.m[1]))
from (select id, regexp_match(note, '^The resident asked to reopen: (.*)$') as m
      from requests.history where kind = 'note' and text_key is null) x
where h.id = x.id and x.m is not null;

update requests.history h
set text_key = 'history.sentTo',
    text_args = jsonb_build_array(jsonb_build_object('text', x.m[1]), jsonb_build_object('text', x.m[2]))
from (select id, regexp_match(note, '^(.*) \(sent to ([^ \t\n\v\f\r]+)\)$') as m
      from requests.history where kind = 'note' and text_key is null) x
where h.id = x.id and x.m is not null;

update requests.history h
set text_key = 'history.routed',
    text_args = jsonb_build_array(jsonb_build_object('agency', x.m[1]), case
        when x.rule is not null then jsonb_build_object('sentence', 'history.reasonRule', 'args',
            jsonb_build_array(jsonb_build_object('text', x.rule[1]), jsonb_build_object('text', x.rule[2])))
        when x.owner is not null then jsonb_build_object('sentence', 'history.reasonOwner', 'args',
            jsonb_build_array(jsonb_build_object('service', x.owner[1]), jsonb_build_object('agency', x.owner[2])))
        else jsonb_build_object('english', x.m[2]) end)
from (select id, m, regexp_match(m[2], '^rule ([0-9]+): (.*)$') as rule,
             regexp_match(m[2], '(?p)^service ([^ \t\n\v\f\r]+) is owned by ([^ \t\n\v\f\r]+)$') as owner
      from (select id, regexp_match(note, '^Routed to ([^ \t\n\v\f\r]+) \((.*)\)$') as m
            from requests.history where kind = 'note' and actor_kind = 'system' and text_key is null) routed
      where m is not null) x
where h.id = x.id;

update requests.history
set text_key = 'history.referred', text_args = jsonb_build_array(jsonb_build_object('agency', details ->> 'referred_to'))
where kind = 'note' and text_key is null and details ->> 'referred_to' is not null;

-- said only when the catalog has an agency of that English name (else the note, as before)
update requests.history h
set text_key = 'history.referred', text_args = jsonb_build_array(jsonb_build_object('agency_named', x.m[1]))
from (select id, regexp_match(note, '(?p)^Referred to (.+)$') as m
      from requests.history where kind = 'note' and text_key is null) x
where h.id = x.id and x.m is not null;
