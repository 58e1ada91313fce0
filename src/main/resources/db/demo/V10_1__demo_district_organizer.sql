-- Demo data: a district union's organizer (莱芜区总工会), who declares labor competitions to 济南市总工会.
insert into role_grant (username, role, organization_id, granted_by)
    select 'laiwu-organizer', 'ORGANIZER', o.id, 'demo' from organization o where o.name = '莱芜区总工会';
