import { CopyOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalizedQuery } from '../../graphql/useLocalizedQuery';
import { enumName } from '../../domain/competition';
import { loadStateOf } from '../../forms/loadStateOf';
import { QueryState } from '../../forms/QueryState';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { HrHomeQuery } from '../../gql/graphql';
import { useViewer } from '../../layout/viewer';
import { paths } from '../../paths';
import './i18n';
import { PolicyEditor } from './PolicyEditor';
import { policyGroup } from './policyGroups';
import { describeRule, policyToInput, type PolicyInput } from './rules';

export const PromotionPolicyFields = graphql(`
  fragment PromotionPolicyFields on PromotionPolicy {
    id
    name
    source
    appliesTo
    oncePerYear
    template
    createdBy
    rules {
      rankFrom
      rankTo
      percentFrom
      percentTo
      awards
      format
      teamSize
      minField
      maxField
      requirePassedModules
      category
      outcome
      level
      levelSteps
      title
    }
  }
`);

export const HrHomeQueryDocument = graphql(`
  query HrHome {
    promotionPolicies {
      ...PromotionPolicyFields
    }
    competitions(first: 100) {
      edges {
        node {
          id
          name
          level
          status
          startsOn
        }
      }
    }
  }
`);

type Policy = HrHomeQuery['promotionPolicies'][number];
type Competition = HrHomeQuery['competitions']['edges'][number]['node'];

const evaluable = new Set(['SCORING_CLOSED', 'PUBLISHED', 'FINAL', 'ARCHIVED']);

/** /hr: the promotion policies (templates and own) and the competitions to evaluate. */
export function HrPage() {
  const { t } = useTranslation('hr');
  const language = useLanguage();
  const { message } = App.useApp();
  const viewer = useViewer();
  const [{ data, fetching, error }, reexecute] = useLocalizedQuery({ query: HrHomeQueryDocument, requestPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<{ initial: PolicyInput; basedOn?: string } | null>(null);

  const policies = data?.promotionPolicies ?? [];
  const competitions = (data?.competitions.edges ?? []).map((e) => e.node);
  const copy = (policy: Policy) =>
    setEditing({ initial: policyToInput(policy, t('editor.copyName', { name: policy.name })), basedOn: policy.name });

  return (
    <QueryState
      {...loadStateOf({ data, fetching, error }, reexecute)}
      errorTitle={t('failed')}
    >
      <Flex vertical gap="large" style={{ maxWidth: 1200, margin: '0 auto' }}>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('intro')}</Typography.Text>
        </div>

        <Card
          title={t('competitions.title')}
          extra={<Typography.Text type="secondary">{t('competitions.hint', { status: enumName('status', 'SCORING_CLOSED', language) })}</Typography.Text>}
        >
          <Table<Competition>
            aria-label={t('competitions.title')}
            rowKey="id"
            loading={fetching && !data}
            dataSource={competitions}
            pagination={competitions.length > 20 ? { pageSize: 20 } : false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('competitions.empty') }}
            columns={[
              {
                key: 'name',
                title: t('competitions.name'),
                render: (_, c) => (
                  <Space orientation="vertical" size={0}>
                    <Link to={paths.hrCompetition(c.id)}>{c.name}</Link>
                    {c.startsOn && <Typography.Text type="secondary">{c.startsOn}</Typography.Text>}
                  </Space>
                ),
              },
              { key: 'level', title: t('competitions.level'), responsive: ['sm'], render: (_, c) => enumName('level', c.level, language) },
              {
                key: 'status',
                title: t('competitions.status'),
                render: (_, c) => <Tag color={evaluable.has(c.status) ? 'orange' : 'default'}>{enumName('status', c.status, language)}</Tag>,
              },
              {
                key: 'open',
                title: '',
                render: (_, c) => <Link to={paths.hrCompetition(c.id)}>{t('competitions.open')}</Link>,
              },
            ]}
          />
        </Card>

        <Card
          title={t('policies.title')}
          extra={
            <Button icon={<PlusOutlined />} onClick={() => setEditing({ initial: { name: '', appliesTo: [], oncePerYear: true, rules: [{ outcome: 'SKILL_LEVEL' }] } })}>
              {t('policies.create')}
            </Button>
          }
        >
          <Table<Policy>
            aria-label={t('policies.title')}
            rowKey="id"
            loading={fetching && !data}
            dataSource={policies}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('policies.empty') }}
            expandable={{
              expandedRowRender: (policy) => (
                <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                  {policy.rules.map((rule, i) => (
                    <li key={i}>{describeRule(rule, language)}</li>
                  ))}
                </ol>
              ),
            }}
            columns={[
              {
                key: 'name',
                title: t('policies.name'),
                render: (_, p) => (
                  <Space orientation="vertical" size={0}>
                    <Space size="small" wrap>
                      <strong>{p.name}</strong>
                      <PolicyOrigin policy={p} username={viewer.username} />
                    </Space>
                    {p.source && <Typography.Text type="secondary">{p.source}</Typography.Text>}
                  </Space>
                ),
              },
              {
                key: 'appliesTo',
                title: t('policies.appliesTo'),
                responsive: ['md'],
                render: (_, p) =>
                  p.appliesTo.length === 0 ? t('policies.allLevels') : p.appliesTo.map((level) => <Tag key={level}>{enumName('level', level, language)}</Tag>),
              },
              {
                key: 'oncePerYear',
                title: t('policies.oncePerYear'),
                responsive: ['lg'],
                render: (_, p) => (p.oncePerYear ? t('policies.yes') : t('policies.no')),
              },
              { key: 'rules', title: t('policies.rules'), render: (_, p) => t('policies.ruleCount', { count: p.rules.length }) },
              {
                key: 'actions',
                title: '',
                render: (_, p) => (
                  <Button icon={<CopyOutlined />} onClick={() => copy(p)}>
                    {t('policies.copy')}
                  </Button>
                ),
              },
            ]}
          />
        </Card>

        {editing && (
          <PolicyEditor
            initial={editing.initial}
            basedOn={editing.basedOn}
            onClose={() => setEditing(null)}
            onSaved={(name) => {
              setEditing(null);
              void message.success(t('editor.saved', { name }));
              reexecute({ requestPolicy: 'network-only' });
            }}
          />
        )}
      </Flex>
    </QueryState>
  );
}

/** Whose a policy is: a shipped template, the caller's own, or someone else's (with their login). */
function PolicyOrigin({ policy, username }: { policy: Policy; username: string }) {
  const { t } = useTranslation('hr');
  switch (policyGroup(policy, username)) {
    case 'templates':
      return <Tag color="blue">{t('policies.template')}</Tag>;
    case 'mine':
      return <Tag color="green">{t('policies.mine')}</Tag>;
    case 'others':
      return <Tag>{t('policies.by', { by: policy.createdBy })}</Tag>;
  }
}
