-- A change of marks raises its round's version when its transaction commits, not when the
-- change is made. The round's standings_state row is then locked only for the commit itself
-- (its WAL flush), no longer for the transaction's remaining round trips between the service
-- and the database, during which every other mark of the round used to wait.
--
-- The transaction records each round it changed in standings_touch; at COMMIT the deferred
-- trigger raises the round's version, notifies every replica (biwu_standings, a StandingsChange
-- as JSON), completes the stored answer of the submission that made the change with that
-- version, and removes the row. The table is empty outside transactions.
create table standings_touch (
    id              bigint generated always as identity primary key,
    event_id        bigint not null,
    round           text   not null,
    -- JSON array of the registration ids whose marks changed; null: reload the whole round
    registrations   text,
    -- the submission (mark_submission) whose stored answer takes the new version, if any
    username        text,
    idempotency_key text
);

create function standings_touched() returns trigger language plpgsql as $$
declare
    raised int;
begin
    update standings_state set version = version + 1
        where event_id = new.event_id and round = new.round
        returning version into raised;
    perform pg_notify('biwu_standings', json_build_object('event', new.event_id, 'round', new.round,
        'version', raised, 'registrations', cast(new.registrations as json))::text);
    if new.idempotency_key is not null then
        update mark_submission
            set answer = jsonb_set(cast(answer as jsonb), '{leaderboardVersion}', to_jsonb(raised))::text
            where username = new.username and idempotency_key = new.idempotency_key and answer is not null;
    end if;
    delete from standings_touch where id = new.id;
    return null;
end
$$;

create constraint trigger standings_touched after insert on standings_touch
    deferrable initially deferred
    for each row execute function standings_touched();
