-- Publication with a notice period (公示) and appeals (申诉/复核): results published stay open to
-- appeals until the notice period ends; the organizer decides each appeal (仲裁), an upheld one with
-- corrections of marks (audited APPEAL_CORRECTED); the results become FINAL once the period is over
-- and no appeal is open.
alter table competition
    add column published_at     timestamptz,
    add column notice_ends_at   timestamptz,
    add column published_by     text;

-- Competitions published before notice periods existed: published when this ran, with no period.
update competition set published_at = now(), notice_ends_at = now(), published_by = created_by
where status in ('PUBLISHED', 'FINAL', 'ARCHIVED');

create table appeal (
    id              bigint generated always as identity primary key,
    competition_id  bigint      not null references competition (id),
    registration_id bigint      not null references registration (id),
    reason          text        not null,
    filed_by        text        not null,
    filed_at        timestamptz not null,
    status          text        not null default 'OPEN' check (status in ('OPEN', 'UPHELD', 'DISMISSED')),
    decision_note   text,
    decided_by      text,
    decided_at      timestamptz,
    check ((status = 'OPEN') = (decided_at is null))
);
create index appeal_competition on appeal (competition_id, id);
create index appeal_registration on appeal (registration_id);
