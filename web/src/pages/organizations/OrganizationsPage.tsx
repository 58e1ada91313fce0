import { PlusOutlined } from '@ant-design/icons';
import { Alert, Breadcrumb, Button, Card, Col, Descriptions, Empty, List, Row, Space, Tree, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { enumName } from '../../domain/competition';
import { loadStateOf } from '../../forms/loadStateOf';
import { QueryState } from '../../forms/QueryState';
import { requestFailure } from '../../forms/requestFailure';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import { hasAnyRole, organizes, useViewer } from '../../layout/viewer';
import { paths } from '../../paths';
import { StatusTag } from '../competitions/StatusTag';
import { CreateOrganizationModal } from './CreateOrganizationModal';
import { GrantsCard } from './GrantsCard';
import { ImportCard } from './ImportCard';
import './i18n';
import { loadChildren, node, useOrganizationTree, type OrganizationNode } from './organizationTree';

export const OrganizationQuery = graphql(`
  query Organization($id: ID!) {
    organization(id: $id) {
      id
      name
      kind
      code
      regionCode
      ancestors {
        id
        name
      }
      competitions(first: 50) {
        totalCount
        edges {
          node {
            id
            name
            status
          }
        }
      }
    }
    roleGrants(organizationId: $id) {
      id
      username
      role
      grantedBy
      grantedAt
      organization {
        id
        name
      }
    }
  }
`);

/**
 * 单位与授权: the organization tree (each level loaded when opened); the organization picked, with the
 * organizations above it and the competitions it or one below it runs; for its organizers and
 * administrators the grants and a new organization below it. A platform administrator creates roots here.
 */
export function OrganizationsPage() {
  const { t } = useTranslation('organizations');
  const { t: tf } = useTranslation('forms');
  const client = useClient();
  const navigate = useNavigate();
  const viewer = useViewer();
  const { id } = useParams();
  const { tree, setTree, load } = useOrganizationTree(() => []);
  const [treeError, setTreeError] = useState<string | null>(null);
  const [creating, setCreating] = useState<'child' | 'root' | null>(null);

  useEffect(() => {
    loadChildren(client, null).then(setTree, (e: unknown) => setTreeError(requestFailure(e as never, tf)));
  }, [client, tf]);

  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
      }
      extra={
        hasAnyRole(viewer, 'admin') && (
          <Button icon={<PlusOutlined />} onClick={() => setCreating('root')}>
            {t('create.root')}
          </Button>
        )
      }
      style={{ maxWidth: 1200, margin: '0 auto' }}
    >
      <Row gutter={[24, 24]}>
        <Col xs={24} md={9}>
          <Typography.Title level={5}>{t('tree')}</Typography.Title>
          {treeError && <Alert type="error" showIcon title={treeError} />}
          <Tree
            treeData={tree}
            selectedKeys={id ? [id] : []}
            onSelect={(keys) => keys[0] && navigate(paths.organization(String(keys[0])))}
            loadData={(picked) => load(String(picked.key))}
          />
        </Col>
        <Col xs={24} md={15}>
          {id ? (
            <OrganizationDetails
              id={id}
              onCreateChild={() => setCreating('child')}
              onImported={() => void load(id)}
            />
          ) : (
            <Empty description={t('pick')} />
          )}
        </Col>
      </Row>
      <OrganizationCreation
        mode={creating}
        parentId={id ?? null}
        onClose={() => setCreating(null)}
        onCreated={(organization, parentId) => {
          setCreating(null);
          if (parentId) {
            setTree((current) => addChild(current, parentId, node(organization)));
          } else {
            setTree((current) => [...current, { ...node(organization), isLeaf: true }]);
          }
          navigate(paths.organization(organization.id));
        }}
      />
    </Card>
  );
}

/** The tree with `child` added under `parentId` when that node's children are loaded. */
function addChild(tree: OrganizationNode[], parentId: string, child: OrganizationNode): OrganizationNode[] {
  return tree.map((n) =>
    n.key === parentId
      ? { ...n, isLeaf: false, children: n.children ? [...n.children, { ...child, isLeaf: true }] : undefined }
      : n.children
        ? { ...n, children: addChild(n.children, parentId, child) }
        : n,
  );
}

function OrganizationCreation({
  mode,
  parentId,
  onClose,
  onCreated,
}: {
  mode: 'child' | 'root' | null;
  parentId: string | null;
  onClose: () => void;
  onCreated: (organization: { id: string; name: string; kind: string }, parentId: string | null) => void;
}) {
  const [{ data }] = useQuery({ query: OrganizationQuery, variables: { id: parentId ?? '' }, pause: mode !== 'child' || !parentId });
  const parent = mode === 'child' && data?.organization ? { id: data.organization.id, name: data.organization.name } : null;
  return (
    <CreateOrganizationModal
      open={mode === 'root' || (mode === 'child' && parent !== null)}
      parent={mode === 'root' ? null : parent}
      onClose={onClose}
      onCreated={(organization) => onCreated(organization, mode === 'root' ? null : parentId)}
    />
  );
}

function OrganizationDetails({ id, onCreateChild, onImported }: { id: string; onCreateChild: () => void; onImported: () => void }) {
  const { t } = useTranslation('organizations');
  const language = useLanguage();
  const viewer = useViewer();
  const [{ data, fetching, error }, refetch] = useQuery({ query: OrganizationQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const organization = data?.organization;
  const managing = organization ? organizes(viewer, organization) : false;

  return (
    <QueryState {...loadStateOf({ data, fetching, error }, refetch)} empty={{ when: !organization, description: t('pick') }}>
      {organization && (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <Breadcrumb
            items={[
              ...organization.ancestors.map((a) => ({ title: <Link to={paths.organization(a.id)}>{a.name}</Link> })),
              { title: organization.name },
            ]}
          />
          <Descriptions
            title={organization.name}
            column={1}
            size="small"
            extra={
              managing && (
                <Button icon={<PlusOutlined />} onClick={onCreateChild}>
                  {t('create.action')}
                </Button>
              )
            }
            items={[
              { key: 'kind', label: t('field.kind'), children: enumName('organizationKind', organization.kind, language) },
              { key: 'code', label: t('field.code'), children: organization.code ?? '—' },
              { key: 'region', label: t('field.regionCode'), children: organization.regionCode ?? '—' },
            ]}
          />
          <Card title={`${t('competitions')}（${organization.competitions.totalCount}）`} size="small">
            <List
              dataSource={organization.competitions.edges.map((e) => e.node)}
              locale={{ emptyText: t('noCompetitions') }}
              renderItem={(c) => (
                <List.Item extra={<StatusTag status={c.status} />}>
                  <Link to={paths.competition(c.id)}>{c.name}</Link>
                </List.Item>
              )}
            />
          </Card>
          {managing && <GrantsCard organization={organization} grants={data?.roleGrants ?? []} onChanged={() => refetch({ requestPolicy: 'network-only' })} />}
          {managing && <ImportCard organization={organization} onImported={onImported} />}
        </Space>
      )}
    </QueryState>
  );
}
