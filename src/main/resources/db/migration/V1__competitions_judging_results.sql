-- Competitions, events, persons, registrations, judge assignments, marks and their audit trail,
-- idempotent submissions and the standings' versions.

create table competition (
    id                 bigint generated always as identity primary key,
    name               text        not null,
    kind               text        not null,
    level              text        not null,
    status             text        not null default 'DRAFT',
    organizer_name     text,
    starts_on          date,
    ends_on            date,
    results_visibility text        not null default 'LIVE',
    created_by         text        not null,
    created_at         timestamptz not null default now()
);

-- The marking scheme (rounds, modules, aspects, awards, tie-breaks) is one JSON document: it is
-- read whole by the scoring engine and never changed after the event is created.
create table event (
    id              bigint generated always as identity primary key,
    competition_id  bigint      not null references competition (id),
    name            text        not null,
    occupation_code text,
    format          text        not null,
    team_size       int         not null,
    score_decimals  int         not null,
    conflict_policy text        not null,
    scheme          jsonb       not null,
    created_at      timestamptz not null default now()
);
create index event_competition on event (competition_id);

-- A person is the same across competitions: found again by the keyed hash of the national id
-- number (never stored in clear; the encrypted copy is for authorised export only) or by login.
create table person (
    id                    bigint generated always as identity primary key,
    name                  text not null,
    affiliation           text,
    skill_level           text,
    category              text,
    username              text unique,
    national_id_hash      text unique,
    national_id_encrypted text,
    national_id_masked    text
);

create table registration (
    id          bigint generated always as identity primary key,
    event_id    bigint      not null references event (id),
    person_id   bigint      not null references person (id),
    bib         text        not null,
    team        text,
    affiliation text,
    status      text        not null default 'APPROVED',
    created_at  timestamptz not null default now(),
    unique (event_id, bib)
);
create index registration_person on registration (person_id);

-- Everyone a registration stands for, the competitor first (position 0).
create table registration_member (
    registration_id bigint not null references registration (id),
    position        int    not null,
    person_id       bigint not null references person (id),
    primary key (registration_id, position)
);
create index registration_member_person on registration_member (person_id);

create table judge_assignment (
    id          bigint generated always as identity primary key,
    event_id    bigint not null references event (id),
    name        text   not null,
    affiliation text,
    role        text   not null,
    username    text
);
create index judge_assignment_event on judge_assignment (event_id);
create index judge_assignment_username on judge_assignment (username);

-- One judge's mark for one attempt of one aspect; a new value replaces it (a correction).
create table mark (
    id              bigint generated always as identity primary key,
    event_id        bigint        not null references event (id),
    registration_id bigint        not null references registration (id),
    round           text          not null,
    aspect          text          not null,
    attempt         int           not null,
    judge_id        bigint        not null references judge_assignment (id),
    difficulty      numeric(12, 4),
    value           numeric(12, 4) not null,
    conflict        boolean       not null,
    updated_at      timestamptz   not null,
    updated_by      text          not null,
    unique (registration_id, round, aspect, attempt, judge_id)
);
create index mark_event_round on mark (event_id, round);

-- Every mark entered or corrected: who, when, what it was before.
create table mark_audit (
    id              bigint generated always as identity primary key,
    mark_id         bigint        not null references mark (id),
    action          text          not null,
    previous_value  numeric(12, 4),
    value           numeric(12, 4) not null,
    difficulty      numeric(12, 4),
    conflict        boolean       not null,
    entered_by      text          not null,
    entered_at      timestamptz   not null,
    idempotency_key text
);
create index mark_audit_mark on mark_audit (mark_id);

-- The answer to a submitMarks carrying an idempotency key, returned again for the same key.
create table mark_submission (
    username        text        not null,
    idempotency_key text        not null,
    event_id        bigint      not null,
    answer          text,
    created_at      timestamptz not null default now(),
    primary key (username, idempotency_key)
);

-- The version of each round's standings (grows by one per change) and, while results are
-- FROZEN, the standings outsiders see.
create table standings_state (
    event_id        bigint not null references event (id),
    round           text   not null,
    version         int    not null default 0,
    frozen_version  int,
    frozen_snapshot text,
    primary key (event_id, round)
);
