import type { Viewer } from '../../layout/viewer';

/**
 * Where the caller's statistics start: the organizations of their grants, each once and none that lies below
 * another of them (it is reached through that one), those where they organize (ORGANIZER, ADMIN) first.
 * Empty for a caller without grants: they start from the roots of the tree.
 */
export function grantedOrganizations(viewer: Viewer): { id: string; name: string }[] {
  const organizations = new Map<string, Viewer['grants'][number]['organization']>();
  const organizing = new Set<string>();
  for (const grant of viewer.grants) {
    organizations.set(grant.organization.id, grant.organization);
    if (grant.role === 'ORGANIZER' || grant.role === 'ADMIN') organizing.add(grant.organization.id);
  }
  const tops = [...organizations.values()].filter((o) => !(o.ancestors ?? []).some((above) => organizations.has(above.id)));
  return [...tops.filter((o) => organizing.has(o.id)), ...tops.filter((o) => !organizing.has(o.id))].map(({ id, name }) => ({ id, name }));
}
