import { ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { loadStateOf } from '../../forms/loadStateOf';
import { QueryState } from '../../forms/QueryState';
import { graphql } from '../../gql';
import type { CompetitionAppealsQuery } from '../../gql/graphql';
import { AppealStatusTag } from './AppealStatusTag';
import { DecideAppealDrawer } from './DecideAppealDrawer';
import { formatMinute } from './publication';
import './i18n';

export const CompetitionAppealsQueryDocument = graphql(`
  query CompetitionAppeals($id: ID!) {
    competition(id: $id) {
      id
      appeals {
        id
        status
        reason
        filedBy
        filedAt
        decisionNote
        decidedBy
        decidedAt
        registration {
          id
          bib
          team
          competitor {
            id
            name
          }
          event {
            id
            name
          }
        }
      }
    }
  }
`);

export type CompetitionAppeal = NonNullable<CompetitionAppealsQuery['competition']>['appeals'][number];

/**
 * 申诉 of a published competition, oldest first: status in words, the registration (bib, competitor, event), the
 * reason, who filed it when, and the decision (仲裁) with its note. The API gives organizers every appeal and anyone
 * else their own; 裁决 is offered to organizers for an open appeal while the results are published (not final).
 */
export function AppealsCard({ competition, organizer }: { competition: { id: string; status: string }; organizer: boolean }) {
  const { t } = useTranslation('competitions');
  const [{ data, fetching, error }, reexecute] = useQuery({ query: CompetitionAppealsQueryDocument, variables: { id: competition.id }, requestPolicy: 'cache-and-network' });
  const [deciding, setDeciding] = useState<CompetitionAppeal>();
  const appeals = data?.competition?.appeals ?? [];
  const open = appeals.filter((a) => a.status === 'OPEN').length;
  const mayDecide = organizer && competition.status === 'PUBLISHED';
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <Card
      title={t('appeals.title')}
      extra={
        <Flex gap="small" align="center" wrap>
          {open > 0 && <Tag color="gold">{t('appeals.open', { count: open })}</Tag>}
          <Button icon={<ReloadOutlined />} loading={fetching} onClick={reload}>
            {t('appeals.refresh')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap="small">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('appeals.intro')}
        </Typography.Paragraph>
        <QueryState {...loadStateOf({ data, fetching, error }, reexecute)} errorTitle={t('appeals.failed')} rows={3} empty={{ when: appeals.length === 0, description: t('appeals.empty') }}>
          <Table<CompetitionAppeal>
            aria-label={t('appeals.title')}
            rowKey="id"
            size="middle"
            pagination={false}
            dataSource={[...appeals]}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('appeals.state'), key: 'status', render: (_, a) => <AppealStatusTag status={a.status} /> },
              { title: t('appeals.bib'), key: 'bib', render: (_, a) => <Typography.Text strong>{a.registration.bib}</Typography.Text> },
              {
                title: t('appeals.competitor'),
                key: 'competitor',
                render: (_, a) => (
                  <Flex vertical>
                    <span>{a.registration.team ?? a.registration.competitor.name}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {a.registration.event.name}
                    </Typography.Text>
                  </Flex>
                ),
              },
              {
                title: t('appeals.reason'),
                key: 'reason',
                render: (_, a) => <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap', minWidth: 160 }}>{a.reason}</Typography.Paragraph>,
              },
              { title: t('appeals.filed'), key: 'filed', render: (_, a) => t('appeals.byAt', { by: a.filedBy, at: formatMinute(a.filedAt) }) },
              {
                title: t('appeals.decision'),
                key: 'decision',
                render: (_, a) =>
                  a.status === 'OPEN' ? (
                    <Typography.Text type="secondary">{t('appeals.waiting')}</Typography.Text>
                  ) : (
                    <Flex vertical style={{ minWidth: 160 }}>
                      {a.decisionNote && <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{a.decisionNote}</Typography.Paragraph>}
                      {a.decidedBy && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t('appeals.byAt', { by: a.decidedBy, at: formatMinute(a.decidedAt) })}
                        </Typography.Text>
                      )}
                    </Flex>
                  ),
              },
              ...(mayDecide
                ? [
                    {
                      title: t('appeals.actions'),
                      key: 'actions',
                      render: (_: unknown, a: CompetitionAppeal) =>
                        a.status === 'OPEN' && (
                          <Button type="primary" size="small" autoInsertSpace={false} onClick={() => setDeciding(a)}>
                            {t('appeals.decide')}
                          </Button>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        </QueryState>
      </Flex>
      {deciding && (
        <DecideAppealDrawer
          key={deciding.id}
          appeal={deciding}
          onClose={() => setDeciding(undefined)}
          onDecided={() => {
            setDeciding(undefined);
            reload();
          }}
        />
      )}
    </Card>
  );
}
