import { useCallback, useState } from 'react';
import { useClient, type Client } from 'urql';
import { graphql } from '../../gql';

/** The children of an organization (the roots without a parent), by name: what the tree and the picker load on expanding. */
export const OrganizationChildrenQuery = graphql(`
  query OrganizationChildren($parentId: ID) {
    organizations(parentId: $parentId, first: 500) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`);

/** One node of an organization tree as antd's Tree and TreeSelect draw it; children undefined until loaded. */
export interface OrganizationNode {
  key: string;
  value: string;
  title: string;
  kind?: string;
  children?: OrganizationNode[];
  /** True once loaded without children. */
  isLeaf?: boolean;
}

export function node(organization: { id: string; name: string; kind?: string }): OrganizationNode {
  return { key: organization.id, value: organization.id, title: organization.name, kind: organization.kind };
}

/** The children of `parentId` (the roots when null), read through the API; throws when the API answers with an error. */
export async function loadChildren(client: Client, parentId: string | null): Promise<OrganizationNode[]> {
  const result = await client.query(OrganizationChildrenQuery, { parentId }, { requestPolicy: 'network-only' }).toPromise();
  if (result.error) throw result.error;
  return (result.data?.organizations.edges ?? []).map((edge) => node(edge.node));
}

/** The tree with `children` put under the node `key` (a new tree: React sees the change). */
export function withChildren(tree: OrganizationNode[], key: string, children: OrganizationNode[]): OrganizationNode[] {
  return tree.map((n) =>
    n.key === key ? { ...n, children, isLeaf: children.length === 0 } : n.children ? { ...n, children: withChildren(n.children, key, children) } : n,
  );
}

/**
 * A tree of organizations in React state, and `load(key)`: reads the children of the node `key` and puts
 * them under it (what antd's `loadData` calls when a node is opened, and what shows an import's result).
 */
export function useOrganizationTree(initial: () => OrganizationNode[]) {
  const client = useClient();
  const [tree, setTree] = useState<OrganizationNode[]>(initial);
  const load = useCallback(
    async (key: string) => {
      const children = await loadChildren(client, key);
      setTree((current) => withChildren(current, key, children));
    },
    [client],
  );
  return { tree, setTree, load };
}
