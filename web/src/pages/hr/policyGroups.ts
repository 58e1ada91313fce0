/** What the policy picker needs of a policy. */
export interface PickablePolicy {
  id: string;
  name: string;
  source?: string | null;
  template: boolean;
  /** Login of who created it; null for the shipped templates. */
  createdBy?: string | null;
}

/** The picker's groups, in the order shown: the caller's own policies, the shipped templates, everyone else's. */
export const policyGroupOrder = ['mine', 'templates', 'others'] as const;
export type PolicyGroup = (typeof policyGroupOrder)[number];

export function policyGroup(policy: PickablePolicy, username: string): PolicyGroup {
  if (policy.createdBy && policy.createdBy === username) return 'mine';
  if (policy.template || !policy.createdBy) return 'templates';
  return 'others';
}

/** The policies in their groups (an empty group is left out), each group in the API's order. */
export function groupPolicies<P extends PickablePolicy>(policies: readonly P[], username: string): { group: PolicyGroup; policies: P[] }[] {
  return policyGroupOrder
    .map((group) => ({ group, policies: policies.filter((policy) => policyGroup(policy, username) === group) }))
    .filter(({ policies: inGroup }) => inGroup.length > 0);
}

/** Whether a policy is what the person typed: every word of it in the policy's name or source, any case. */
export function policyMatches(policy: Pick<PickablePolicy, 'name' | 'source'>, typed: string): boolean {
  const text = `${policy.name} ${policy.source ?? ''}`.toLocaleLowerCase();
  return typed
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => text.includes(word));
}
