-- Certificates of FINAL results: one per member of an awarded registration (AWARD) and per approved
-- SKILL_LEVEL or TITLE outcome. The number (printed, in the QR code) has a random part and a check
-- character, so that it cannot be guessed from another; anyone may verify it without signing in.
create table certificate (
    id              bigint generated always as identity primary key,
    number          text        not null unique,
    kind            text        not null check (kind in ('AWARD', 'SKILL_LEVEL', 'TITLE')),
    title           text        not null,
    competition_id  bigint      not null references competition (id),
    event_id        bigint      not null references event (id),
    registration_id bigint      not null references registration (id),
    person_id       bigint      not null references person (id),
    outcome_id      bigint      unique references promotion_outcome (id),
    issuer_id       bigint      not null references organization (id),
    issued_by       text        not null,
    issued_at       timestamptz not null,
    revoked_at      timestamptz,
    revoked_by      text,
    revoke_reason   text,
    check ((revoked_at is null) = (revoke_reason is null))
);
-- an award is certified once per member
create unique index certificate_award on certificate (registration_id, person_id) where kind = 'AWARD';
create index certificate_competition on certificate (competition_id, id);
create index certificate_person on certificate (person_id);
