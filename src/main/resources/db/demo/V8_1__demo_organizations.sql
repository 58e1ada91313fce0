-- The demo organization tree and the demo users' grants (development and test profiles only:
-- quarkus.flyway.locations). The enterprises, their credit codes and the school are made up; the
-- unions and the authority are real bodies, without codes.

insert into organization (name, kind, region_code, created_by) values ('山东省总工会', 'FEDERATION', '370000', 'demo');
insert into organization (name, kind, region_code, parent_id, created_by)
    select '济南市总工会', 'FEDERATION', '370100', id, 'demo' from organization where name = '山东省总工会';
insert into organization (name, kind, region_code, parent_id, created_by)
    select '青岛市总工会', 'FEDERATION', '370200', id, 'demo' from organization where name = '山东省总工会';
insert into organization (name, kind, region_code, parent_id, created_by)
    select '莱芜区总工会', 'FEDERATION', '370116', id, 'demo' from organization where name = '济南市总工会';
insert into organization (name, kind, code, region_code, parent_id, created_by)
    select '莱芜精工装备有限公司', 'ENTERPRISE', '91370116MA3C0XY151', '370116', id, 'demo' from organization where name = '莱芜区总工会';
insert into organization (name, kind, parent_id, created_by)
    select '焊接车间', 'DEPARTMENT', id, 'demo' from organization where name = '莱芜精工装备有限公司';
insert into organization (name, kind, parent_id, created_by)
    select '焊接一班', 'TEAM', id, 'demo' from organization where name = '焊接车间';
insert into organization (name, kind, code, region_code, parent_id, created_by)
    select '青岛港城机械有限公司', 'ENTERPRISE', '91370211MA3D7KQ28N', '370211', id, 'demo' from organization where name = '青岛市总工会';
insert into organization (name, kind, code, region_code, parent_id, created_by)
    select '济南智造技师学院', 'SCHOOL', '52370100MJD640125L', '370100', id, 'demo' from organization where name = '济南市总工会';
insert into organization (name, kind, region_code, created_by) values ('山东省人力资源和社会保障厅', 'AUTHORITY', '370000', 'demo');

-- where each demo user works: the platform administrator and the province's organizer, HR and
-- partner system (client biwu-partner-demo) over the whole province; an organizer in each city;
-- an enterprise's HR; the partner user reads what 青岛 publishes
insert into role_grant (username, role, organization_id, granted_by)
    select g.username, g.role, o.id, 'demo'
    from (values ('admin', 'ADMIN', '山东省总工会'),
                 ('admin', 'ADMIN', '山东省人力资源和社会保障厅'),
                 ('organizer', 'ORGANIZER', '山东省总工会'),
                 ('hr', 'HR', '山东省总工会'),
                 ('partner', 'PARTNER', '青岛市总工会'),
                 ('biwu-partner-demo', 'PARTNER', '山东省总工会'),
                 ('jinan-organizer', 'ORGANIZER', '济南市总工会'),
                 ('qingdao-organizer', 'ORGANIZER', '青岛市总工会'),
                 ('enterprise-hr', 'HR', '莱芜精工装备有限公司')) as g (username, role, organization)
    join organization o on o.name = g.organization;
