-- Organizations and data scope: the tree of unions, enterprises, departments, teams, schools and
-- government departments; competitions belong to the organization that runs them, persons to
-- their employer or school, registrations to the unit they compete for; and the grants that give
-- a login a role over one organization and everything below it.

create table organization (
    id          bigint generated always as identity primary key,
    name        text        not null,
    kind        text        not null,
    -- 统一社会信用代码 (GB 32100), checked by the service
    code        text unique,
    -- 行政区划代码 (GB/T 2260)
    region_code text,
    parent_id   bigint references organization (id),
    -- the ids from the root down to this organization, '/1/4/9/': set here on insert, never changed
    path        text        not null,
    created_by  text        not null,
    created_at  timestamptz not null default now()
);
create unique index organization_sibling_name on organization (coalesce(parent_id, 0), name);
create index organization_parent on organization (parent_id, name);
create index organization_path on organization (path text_pattern_ops);

create function organization_path() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        if new.parent_id is distinct from old.parent_id or new.path <> old.path then
            raise exception 'an organization does not move (organization %)', old.id;
        end if;
        return new;
    end if;
    new.path := coalesce((select path from organization where id = new.parent_id), '/') || new.id || '/';
    return new;
end $$;
create trigger organization_path before insert or update on organization
    for each row execute function organization_path();

-- A grant is never deleted: revoking it records who and when, so every grant that ever was stays.
create table role_grant (
    id              bigint generated always as identity primary key,
    username        text        not null,
    role            text        not null,
    organization_id bigint      not null references organization (id),
    granted_by      text        not null,
    granted_at      timestamptz not null default now(),
    revoked_by      text,
    revoked_at      timestamptz
);
create unique index role_grant_in_effect on role_grant (username, role, organization_id) where revoked_at is null;
create index role_grant_organization on role_grant (organization_id) where revoked_at is null;

alter table competition add column organization_id bigint references organization (id);
-- competitions created before organizations existed are run by one root made for them
do $$
begin
    if exists (select 1 from competition) then
        insert into organization (name, kind, created_by) values ('迁移前的竞赛', 'FEDERATION', 'V8__organizations');
        update competition set organization_id = (select id from organization where created_by = 'V8__organizations');
    end if;
end $$;
alter table competition alter column organization_id set not null;
create index competition_organization on competition (organization_id, id);

alter table person add column organization_id bigint references organization (id);
alter table registration add column unit_id bigint references organization (id);
