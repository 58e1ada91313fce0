-- An aspect now says whether its attempts carry a difficulty coefficient (难度系数, a dive's DD):
-- the judge pad offers the field only then, and submitMarks refuses a difficulty elsewhere.
-- Events stored before say it by their marks: an aspect with a marked difficulty has one.
update event e set scheme = jsonb_set(e.scheme, '{rounds}', (
    select coalesce(jsonb_agg(jsonb_set(r, '{modules}', (
        select coalesce(jsonb_agg(jsonb_set(m, '{aspects}', (
            select coalesce(jsonb_agg(a || jsonb_build_object('difficulty', exists (
                select 1 from mark k
                where k.event_id = e.id and k.round = r ->> 'code' and k.aspect = a ->> 'code' and k.difficulty is not null))
                order by ai), '[]'::jsonb)
            from jsonb_array_elements(m -> 'aspects') with ordinality as aspects (a, ai)))
            order by mi), '[]'::jsonb)
        from jsonb_array_elements(r -> 'modules') with ordinality as modules (m, mi)))
        order by ri), '[]'::jsonb)
    from jsonb_array_elements(e.scheme -> 'rounds') with ordinality as rounds (r, ri)));
