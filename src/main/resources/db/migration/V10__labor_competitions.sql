-- Labor competitions as managed projects: declaration and review level by level, the number of
-- workers a unit brings, the assessor's note on each mark, and the awards of final standings.

-- Where a competition stands in its declaration: NOT_DECLARED, DECLARED (waiting at pending_at),
-- RETURNED, APPROVED (taken into management by approved_by).
alter table competition
    add column approval_status text not null default 'NOT_DECLARED'
        check (approval_status in ('NOT_DECLARED', 'DECLARED', 'RETURNED', 'APPROVED')),
    add column pending_at bigint references organization (id),
    add column approved_by bigint references organization (id),
    add check ((approval_status = 'DECLARED') = (pending_at is not null)),
    add check ((approval_status = 'APPROVED') = (approved_by is not null));
-- a labor competition that already left DRAFT was managed before declarations existed: by its own organization
update competition set approval_status = 'APPROVED', approved_by = organization_id where kind = 'LABOR' and status <> 'DRAFT';
create index competition_pending_at on competition (pending_at) where pending_at is not null;

-- Every review decision, oldest first; rows are only ever added.
create table competition_review (
    id              bigint generated always as identity primary key,
    competition_id  bigint      not null references competition (id),
    organization_id bigint      not null references organization (id),
    decision        text        not null check (decision in ('APPROVE', 'RECOMMEND', 'RETURN')),
    reviewer        text        not null,
    note            text,
    decided_at      timestamptz not null default now()
);
create index competition_review_competition on competition_review (competition_id, id);

create function competition_review_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'a review decision is never changed or removed (competition_review %)', old.id;
end $$;
create trigger competition_review_append_only before update or delete on competition_review
    for each row execute function competition_review_append_only();

-- 参赛职工人数: the workers a unit brings into the competition (statistics only).
alter table registration add column participants int check (participants >= 0);

-- The assessor's note on a mark (what was inspected, what was found), kept with every entry of the trail.
alter table mark add column note text;
alter table mark_audit add column note text;

-- The award each registration of an event's last round received when the competition's results
-- were published, for statistics over many competitions without scoring them again.
create table final_award (
    event_id        bigint not null references event (id),
    registration_id bigint not null references registration (id),
    award           text   not null,
    primary key (event_id, registration_id)
);

-- statistics: the labor competitions, by organization (the subtree is found through organization.path)
create index competition_labor_organization on competition (organization_id) where kind = 'LABOR';
