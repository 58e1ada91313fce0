-- Anonymous judging (二次加密): in an event with anonymous_judging, judges (not chief judges) know each
-- registration only by its draw code (抽签号/检录号), drawn at random when the competition starts RUNNING
-- (and for a registration made after that, when it is made); unique in the event.
alter table event add column anonymous_judging boolean not null default false;
alter table registration add column draw_code text;
alter table registration add constraint registration_draw_code unique (event_id, draw_code);
