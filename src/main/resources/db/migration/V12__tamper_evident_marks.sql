-- Marks no one can quietly change: locks on a module's marks in a round, and an audit trail that is
-- only ever appended to, each entry chained by SHA-256 to the event's previous one.

-- A module of a round whose marks may not change any more (locked by the chief judge or an
-- organizer; closing scoring locks every module). Reopening deletes the row; both are audited.
create table mark_lock (
    event_id  bigint      not null references event (id),
    round     text        not null,
    module    text        not null,
    locked_by text        not null,
    locked_at timestamptz not null,
    primary key (event_id, round, module)
);

-- The audit trail becomes the event's: besides marks entered and corrected it holds locks, reopenings
-- and appeal corrections, which have no mark. The slot of a mark entry is copied from its mark when
-- it is appended, so that the entry alone says what it is about.
alter table mark_audit
    alter column mark_id drop not null,
    alter column value drop not null,
    alter column conflict set default false,
    add column event_id        bigint references event (id),
    add column registration_id bigint,
    add column round           text,
    add column aspect          text,
    add column module          text,
    add column attempt         int,
    add column judge_id        bigint,
    add column reason          text,
    -- the entry's place in its event's chain, from 1, in commit order
    add column seq             int,
    -- hex SHA-256 over the previous entry's hash and this entry (mark_audit_hash)
    add column hash            text;

update mark_audit a set event_id = m.event_id, registration_id = m.registration_id, round = m.round, aspect = m.aspect,
                        attempt = m.attempt, judge_id = m.judge_id
from mark m where m.id = a.mark_id;

-- The newest entry of each event's chain: how many entries it has and the last one's hash. Appending
-- locks the row, so an event's entries are numbered and chained in the order their transactions commit.
create table audit_chain_head (
    event_id bigint primary key references event (id),
    entries  int  not null,
    hash     text not null
);

-- What an entry's hash covers: the previous entry's hash ('' before the first) and every column of
-- the entry, each quoted (NULL unquoted) so that no two different entries read alike. Timestamps in UTC
-- to the microsecond, numbers as stored.
create function mark_audit_hash(previous text, a mark_audit) returns text language sql stable as $$
    select encode(sha256(convert_to(concat_ws('|', quote_literal(previous), a.id, a.seq, quote_literal(a.action),
        a.event_id, quote_nullable(a.registration_id), quote_nullable(a.round), quote_nullable(a.aspect),
        quote_nullable(a.module), quote_nullable(a.attempt), quote_nullable(a.judge_id), quote_nullable(a.mark_id),
        quote_nullable(a.previous_value), quote_nullable(a.value), quote_nullable(a.difficulty), a.conflict,
        quote_nullable(a.note), quote_literal(a.entered_by),
        quote_literal(to_char(a.entered_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
        quote_nullable(a.reason), quote_nullable(a.idempotency_key)), 'UTF8')), 'hex')
$$;

-- Existing entries are chained in the order they were made.
do $$
declare
    a mark_audit;
    previous text;
    n int;
    current_event bigint := null;
begin
    for a in select * from mark_audit order by event_id, entered_at, id loop
        if current_event is distinct from a.event_id then
            if current_event is not null then
                insert into audit_chain_head values (current_event, n, previous);
            end if;
            current_event := a.event_id;
            previous := '';
            n := 0;
        end if;
        n := n + 1;
        a.seq := n;
        previous := mark_audit_hash(previous, a);
        update mark_audit set seq = n, hash = previous where id = a.id;
    end loop;
    if current_event is not null then
        insert into audit_chain_head values (current_event, n, previous);
    end if;
end $$;

alter table mark_audit alter column event_id set not null, alter column seq set not null, alter column hash set not null,
    add constraint mark_audit_in_chain unique (event_id, seq);

-- Appending: the slot from the mark, the next number and the hash; whatever the writer put there is replaced.
create function mark_audit_append() returns trigger language plpgsql as $$
declare
    head audit_chain_head;
begin
    if new.mark_id is not null then
        select m.event_id, m.registration_id, m.round, m.aspect, m.attempt, m.judge_id
        into new.event_id, new.registration_id, new.round, new.aspect, new.attempt, new.judge_id
        from mark m where m.id = new.mark_id;
    end if;
    insert into audit_chain_head values (new.event_id, 0, '') on conflict (event_id) do nothing;
    select * into head from audit_chain_head where event_id = new.event_id for update;
    new.seq := head.entries + 1;
    new.hash := mark_audit_hash(head.hash, new);
    update audit_chain_head set entries = new.seq, hash = new.hash where event_id = new.event_id;
    return new;
end $$;

create trigger mark_audit_append before insert on mark_audit for each row execute function mark_audit_append();

-- Entries are never changed or removed, whoever asks: only the database's owner, by switching the
-- trigger off, could; auditVerification then names the entry.
create function mark_audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % of mark_audit refused', tg_op using errcode = 'insufficient_privilege';
end $$;

create trigger mark_audit_append_only before update or delete on mark_audit
    for each row execute function mark_audit_refuse_change();
create trigger mark_audit_no_truncate before truncate on mark_audit
    for each statement execute function mark_audit_refuse_change();

create index mark_audit_event on mark_audit (event_id, seq);

-- Competitions whose scoring was closed before locks existed: every module of every round is locked.
insert into mark_lock (event_id, round, module, locked_by, locked_at)
select e.id, r ->> 'code', m ->> 'code', 'biwu', now()
from event e
join competition c on c.id = e.competition_id
cross join lateral jsonb_array_elements(e.scheme -> 'rounds') r
cross join lateral jsonb_array_elements(r -> 'modules') m
where c.status in ('SCORING_CLOSED', 'PUBLISHED', 'FINAL', 'ARCHIVED');
