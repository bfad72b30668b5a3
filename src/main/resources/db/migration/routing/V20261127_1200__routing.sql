create schema if not exists routing;

create table routing.rule (
    id            bigint generated always as identity primary key,
    service_code  text,
    layer         text check (layer in ('borough', 'community_district', 'zip', 'alcaldia')),
    district_code text,
    agency_code   text not null,
    priority      int  not null default 100 check (priority between 0 and 10000),
    active        boolean not null default true,
    description   text not null check (length(description) between 1 and 500),
    created_at    timestamptz not null default now(),
    check ((layer is null) = (district_code is null)),
    check (service_code is not null or layer is not null),
    unique nulls not distinct (service_code, layer, district_code, priority)
);
