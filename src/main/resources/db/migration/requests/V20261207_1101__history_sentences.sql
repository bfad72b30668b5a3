-- A line the system writes into a request's history says its sentence: a message key of the bundles
-- (messages*.properties) and its arguments, a JSON array of one-key objects ({"text": …}, {"channel": …},
-- {"agency": …}, {"escalation": 2, "title": …}, {"sentence": key, "args": […]} …; requests.SentenceJson), so
-- each page says it in its own language. note keeps the English text API clients read, or what a person
-- wrote (then text_key is null and there are no arguments).
alter table requests.history
    add column text_key  text,
    add column text_args jsonb not null default '[]';

alter table requests.history add constraint history_sentence check (case
    when jsonb_typeof(text_args) <> 'array' then false
    else jsonb_array_length(text_args) = case
        when text_key is null then 0
        when text_key in ('history.received', 'history.duplicateSuggested', 'history.assigned', 'history.referred',
                          'history.duplicateOf', 'history.mergedDuplicate', 'history.askedToReopen',
                          'history.reopenedAsked') then 1
        when text_key in ('history.receivedImported', 'history.routed', 'history.escalated', 'history.sentTo') then 2
        else -1 end
    end);
