-- A registry "who accessed my data" ask is queued and answered by a job (issue 5 follow-up): the web
-- answer then does the same work whether or not the CURP is registered, so its timing says nothing.
-- The CURP is sealed (MessagingSealing.PERSON_LINK_ASK); a row lives only until the job has answered it.
create table messaging.person_link_ask (
    id       bigserial primary key,
    curp     bytea not null,
    language text not null check (length(language) between 2 and 10),
    asked_at timestamptz not null,
    attempts int not null default 0 check (attempts >= 0)
);
create index person_link_ask_asked on messaging.person_link_ask (asked_at, id);
