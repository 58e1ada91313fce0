import { Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { enumName } from '../../domain/competition';
import { loadStateOf } from '../../forms/loadStateOf';
import { QueryState } from '../../forms/QueryState';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { ReviewInboxQuery } from '../../gql/graphql';
import { paths } from '../../paths';
import '../competitions/i18n';
import './i18n';

export const ReviewInboxQueryDocument = graphql(`
  query ReviewInbox {
    reviewInbox {
      id
      name
      level
      startsOn
      endsOn
      organization {
        id
        name
      }
      approval {
        status
        pendingAt {
          id
          name
        }
        reviews {
          organization {
            id
            name
          }
          decision
          decidedAt
        }
      }
    }
  }
`);

type InboxRow = ReviewInboxQuery['reviewInbox'][number];

/**
 * 审核待办: the labor competitions declared to the caller's organizations (or recommended up to them), oldest first,
 * each with the organization that declared it, its level and dates, where it waits and the step before; the
 * decision itself is taken on the competition's page (申报与审核).
 */
export function ReviewInboxPage() {
  const { t } = useTranslation('labor');
  const { t: tc } = useTranslation('competitions');
  const language = useLanguage();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ReviewInboxQueryDocument, requestPolicy: 'cache-and-network' });
  const rows = data?.reviewInbox ?? [];

  return (
    <Card
      title={
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('inbox.title')}
        </Typography.Title>
      }
      style={{ maxWidth: 1200, margin: '0 auto' }}
    >
      <Typography.Paragraph type="secondary">{t('inbox.intro')}</Typography.Paragraph>
      <QueryState
        {...loadStateOf({ data, fetching, error }, refetch)}
        empty={{ when: rows.length === 0, description: t('inbox.empty'), extra: <Typography.Text type="secondary">{t('inbox.emptyHint')}</Typography.Text> }}
      >
        <Table<InboxRow>
          rowKey="id"
          dataSource={rows}
          pagination={false}
          size="middle"
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('inbox.name'), dataIndex: 'name', render: (name: string, row) => <Link to={paths.competition(row.id)}>{name}</Link> },
            { title: t('inbox.organization'), key: 'organization', render: (_, row) => row.organization.name },
            { title: t('inbox.level'), dataIndex: 'level', render: (level: string) => <Tag>{enumName('level', level, language)}</Tag> },
            { title: t('inbox.dates'), key: 'dates', render: (_, row) => [row.startsOn, row.endsOn].filter(Boolean).join(' ~ ') || '—' },
            { title: t('inbox.pendingAt'), key: 'pendingAt', render: (_, row) => row.approval.pendingAt?.name ?? '—' },
            {
              title: t('inbox.lastStep'),
              key: 'lastStep',
              render: (_, row) => {
                const last = row.approval.reviews[row.approval.reviews.length - 1];
                // a declaration again after a return, or the first one: the last review, if any, was the return
                if (!last || last.decision !== 'RECOMMEND') return t('inbox.declared');
                return `${last.organization.name} ${tc('approval.decision.RECOMMEND')}`;
              },
            },
          ]}
        />
      </QueryState>
    </Card>
  );
}
