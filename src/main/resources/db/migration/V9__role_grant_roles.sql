-- A grant's role is one the service knows (ScopedRole): a row written by hand with another would
-- otherwise make every request of that login fail when its grants are read.
alter table role_grant add constraint role_grant_role check (role in ('ADMIN', 'ORGANIZER', 'HR', 'PARTNER'));
