-- Knowledge articles: answers to information questions, for residents (/help) and call-center agents.
create table catalog.knowledge_article (
    slug          text primary key check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
    title         jsonb not null check (catalog.has_english(title)),
    body          jsonb not null check (catalog.has_english(body)),
    topic         jsonb not null check (catalog.has_english(topic)),
    keywords      jsonb not null default '{}' check (jsonb_typeof(keywords) = 'object'),
    service_codes text[] not null default '{}',
    published     boolean not null default false,
    updated_at    timestamptz not null default now()
);
