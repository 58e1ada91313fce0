-- Double entry of paper sheets: in an event with double_entry, a mark a scorekeeper types in from paper
-- waits here until a second scorekeeper types the same value (then it is stored as a mark and its
-- entries go), or a chief judge or organizer enters the slot (which settles it). Two entries that
-- differ are a discrepancy for the chief judge. Each scorekeeper has one entry per slot: typing again
-- replaces it.
alter table event add column double_entry boolean not null default false;

create table paper_entry (
    event_id        bigint         not null references event (id),
    registration_id bigint         not null references registration (id),
    round           text           not null,
    aspect          text           not null,
    attempt         int            not null,
    judge_id        bigint         not null references judge_assignment (id),
    value           numeric(12, 4) not null,
    difficulty      numeric(12, 4),
    note            text,
    entered_by      text           not null,
    entered_at      timestamptz    not null,
    primary key (registration_id, round, aspect, attempt, judge_id, entered_by)
);
create index paper_entry_event on paper_entry (event_id, round);
