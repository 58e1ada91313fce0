import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { enumName } from '../../domain/competition';
import { loadStateOf } from '../../forms/loadStateOf';
import { QueryState } from '../../forms/QueryState';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { CompetitionsQuery } from '../../gql/graphql';
import { hasAnyRole, useViewer } from '../../layout/viewer';
import { paths } from '../../paths';
import { CreateCompetitionModal } from './CreateCompetitionModal';
import './i18n';
import { StatusTag } from './StatusTag';

export const CompetitionsQueryDocument = graphql(`
  query Competitions {
    competitions(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          kind
          level
          status
          resultsVisibility
          startsOn
          endsOn
          organizerName
          organization {
            id
            name
          }
          events {
            id
            name
          }
        }
      }
    }
  }
`);

type CompetitionRow = CompetitionsQuery['competitions']['edges'][number]['node'];

/** 竞赛管理: every competition the caller may see, newest first; organizers create them here. */
export function CompetitionsPage() {
  const { t } = useTranslation('competitions');
  const language = useLanguage();
  const viewer = useViewer();
  const navigate = useNavigate();
  const organizer = hasAnyRole(viewer, 'organizer');
  const [creating, setCreating] = useState(false);
  const [{ data, fetching, error }, refetch] = useQuery({ query: CompetitionsQueryDocument, requestPolicy: 'cache-and-network' });
  const rows = data?.competitions.edges.map((edge) => edge.node) ?? [];

  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {organizer ? t('list.title') : t('list.titleViewer')}
        </Typography.Title>
      }
      extra={
        organizer && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('list.create')}
          </Button>
        )
      }
      style={{ maxWidth: 1200, margin: '0 auto' }}
    >
      <QueryState
        {...loadStateOf({ data, fetching, error }, refetch)}
        empty={{ when: rows.length === 0, description: organizer ? t('list.emptyOrganizer') : t('list.empty') }}
      >
        <Table<CompetitionRow>
          rowKey="id"
          dataSource={rows}
          pagination={false}
          size="middle"
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: t('field.name'),
              dataIndex: 'name',
              render: (name: string, row) => (
                <Space orientation="vertical" size={0}>
                  <Link to={paths.competition(row.id)}>{name}</Link>
                  {row.organizerName && <Typography.Text type="secondary">{row.organizerName}</Typography.Text>}
                </Space>
              ),
            },
            {
              title: t('field.organization'),
              key: 'organization',
              render: (_, row) => (organizer ? <Link to={paths.organization(row.organization.id)}>{row.organization.name}</Link> : row.organization.name),
              responsive: ['md'],
            },
            { title: t('field.kind'), dataIndex: 'kind', render: (kind: string) => enumName('kind', kind, language), responsive: ['lg'] },
            { title: t('field.level'), dataIndex: 'level', render: (level: string) => <Tag>{enumName('level', level, language)}</Tag>, responsive: ['md'] },
            {
              title: t('field.dates'),
              key: 'dates',
              render: (_, row) => [row.startsOn, row.endsOn].filter(Boolean).join(' ~ '),
              responsive: ['md'],
            },
            { title: t('field.status'), dataIndex: 'status', render: (status: string) => <StatusTag status={status} /> },
            {
              title: t('field.events'),
              key: 'events',
              render: (_, row) => (
                <Flex gap={4} wrap>
                  {row.events.map((event) => (
                    <Space key={event.id} size={4}>
                      {organizer ? <Link to={paths.event(event.id)}>{event.name}</Link> : <span>{event.name}</span>}
                      <Link to={paths.scoreboard(event.id)}>{t('list.eventScoreboard')}</Link>
                    </Space>
                  ))}
                </Flex>
              ),
            },
          ]}
        />
      </QueryState>
      {organizer && (
        <CreateCompetitionModal
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            navigate(paths.competition(id));
          }}
        />
      )}
    </Card>
  );
}
