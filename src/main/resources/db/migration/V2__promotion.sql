-- Results-to-promotion linkage: policies (shipped templates and organizers' or HR's own),
-- the outcomes an evaluation proposes, HR's decisions and their audit trail.

create table promotion_policy (
    id            bigint generated always as identity primary key,
    name          text        not null,
    source        text,
    applies_to    text        not null,  -- JSON array of competition levels; empty: every level
    once_per_year boolean     not null,
    rules         text        not null,  -- JSON array of rules, as PromotionRuleInput describes them
    template_key  text unique,           -- set for the templates shipped with the platform
    created_by    text        not null,
    created_at    timestamptz not null default now()
);

create table promotion_outcome (
    id              bigint generated always as identity primary key,
    competition_id  bigint      not null references competition (id),
    event_id        bigint      not null references event (id),
    registration_id bigint      not null references registration (id),
    person_id       bigint      not null references person (id),
    policy_id       bigint      not null references promotion_policy (id),
    year            int         not null,
    kind            text        not null,
    from_level      text,
    to_level        text,
    title           text,
    status          text        not null default 'PROPOSED',
    reason          text        not null,
    note            text,
    proposed_at     timestamptz not null default now(),
    decided_by      text,
    decided_at      timestamptz
);
create index promotion_outcome_competition on promotion_outcome (competition_id);
create index promotion_outcome_person on promotion_outcome (person_id);

create table promotion_decision_audit (
    id         bigint generated always as identity primary key,
    outcome_id bigint      not null references promotion_outcome (id),
    status     text        not null,
    note       text,
    decided_by text        not null,
    decided_at timestamptz not null
);
