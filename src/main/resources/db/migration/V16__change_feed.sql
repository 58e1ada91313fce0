-- The change feed for partner systems: one row per change (results published or final, an outcome
-- approved, a certificate issued or revoked), in commit order. A writer holds the feed's advisory
-- lock from taking its id until it commits, so that a reader who has seen an id never later finds a
-- smaller one: ids are handed out in the order their transactions commit.
create table change_feed (
    id                       bigint primary key,
    kind                     text        not null,
    node_type                text        not null,
    node_number              bigint      not null,
    competition_id           bigint      not null references competition (id),
    -- whose change it is: the competition's organization and, for a person's outcome or certificate, their employer
    organization_id          bigint      not null references organization (id),
    person_organization_id   bigint references organization (id),
    at                       timestamptz not null default now()
);
create sequence change_feed_id_seq owned by change_feed.id;
