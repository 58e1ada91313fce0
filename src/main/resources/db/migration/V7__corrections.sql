-- Everything entered can be corrected until it is locked, and every correction is kept.

-- A registration keeps what was registered: the members' skill levels and categories as entered
-- (a later promotion changes the person's current level, not the roster). Registrations made
-- before this took the person's level of the time; that is the best there is to copy.
alter table registration_member add column skill_level text, add column category text;
update registration_member m set skill_level = p.skill_level, category = p.category from person p where p.id = m.person_id;

-- Why a registration was withdrawn or disqualified.
alter table registration add column status_reason text;

-- An event's scheme may change while nothing is marked: every change raises the revision, so a
-- replica's copy of the event (EventCatalog) and a mark checked against an older copy can tell.
alter table event add column revision int not null default 0;

-- A judge given aspects (JSON array of aspect codes; null: every aspect) marks only those
-- (WorldSkills assigns judge groups to aspects); a judge replaced keeps their marks and marks no more.
alter table judge_assignment add column aspects text;
alter table judge_assignment add column replaced_by bigint references judge_assignment (id);
-- whether the identity server knew the login when the panel was saved; null without a login
alter table judge_assignment add column login_verified boolean;

-- Every correction of a competition, an event, a registration or a panel: who, when, what changed
-- (JSON array of {field, from, to}) and why.
create table record_change (
    id             bigint generated always as identity primary key,
    competition_id bigint      not null references competition (id),
    subject        text        not null,
    subject_id     bigint      not null,
    subject_name   text        not null,
    action         text        not null,
    changes        text        not null,
    reason         text,
    changed_by     text        not null,
    changed_at     timestamptz not null default now()
);
create index record_change_competition on record_change (competition_id, id);
create index record_change_subject on record_change (subject, subject_id);
