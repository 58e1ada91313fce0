-- Year-end commendation of individuals (先进个人) in labor competitions: the organizer gives each
-- participating unit (a registration) a quota, the unit nominates its own workers within it, the
-- organizer decides; an approved nomination becomes a TITLE promotion outcome under the policy below.

create table commendation_quota (
    registration_id bigint      primary key references registration (id),
    competition_id  bigint      not null references competition (id),
    quota           int         not null check (quota between 0 and 1000),
    set_by          text        not null,
    set_at          timestamptz not null default now()
);
create index commendation_quota_competition on commendation_quota (competition_id);

-- NOMINATED until the organizer APPROVES or REJECTS it; the unit may withdraw it (WITHDRAWN) before.
create table commendation_nomination (
    id              bigint generated always as identity primary key,
    competition_id  bigint      not null references competition (id),
    registration_id bigint      not null references registration (id),
    person_id       bigint      not null references person (id),
    citation        text        not null,
    status          text        not null default 'NOMINATED'
        check (status in ('NOMINATED', 'WITHDRAWN', 'APPROVED', 'REJECTED')),
    nominated_by    text        not null,
    nominated_at    timestamptz not null default now(),
    decided_by      text,
    decided_at      timestamptz,
    note            text,
    outcome_id      bigint references promotion_outcome (id),
    check ((status = 'APPROVED') = (outcome_id is not null)),
    check ((status in ('APPROVED', 'REJECTED')) = (decided_at is not null))
);
create index commendation_nomination_competition on commendation_nomination (competition_id, id);
-- a person is nominated at most once per competition at a time (a withdrawn or rejected nomination may be made again)
create unique index commendation_nomination_live on commendation_nomination (competition_id, person_id)
    where status in ('NOMINATED', 'APPROVED');

-- The policy every commendation outcome is granted under (promotion_outcome.policy_id is required);
-- it has no rules: it is granted by the organizer's decision, never by an evaluation.
insert into promotion_policy (name, source, applies_to, once_per_year, rules, template_key, created_by)
values ('劳动竞赛年终表扬（先进个人）', 'unit nominations within quotas, decided by the organizer', '[]', false, '[]',
        'labor-commendation', 'biwu');
