/**
 * The realm roles Biwu knows (src/main/keycloak/biwu-realm.json), in the order they are shown.
 * Tokens carry other roles too (default-roles-biwu, offline_access, uma_authorization): those are not shown.
 */
export const biwuRoles = [
  'organizer',
  'chief-judge',
  'judge',
  'scorekeeper',
  'hr',
  'competitor',
  'viewer',
  'partner',
  'admin',
] as const;

export type BiwuRole = (typeof biwuRoles)[number];

export function onlyBiwuRoles(roles: readonly string[]): BiwuRole[] {
  return biwuRoles.filter((role) => roles.includes(role));
}
