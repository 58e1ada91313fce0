import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { noValue } from '../../domain/score';
import { loadStateOf } from '../../forms/loadStateOf';
import { QueryState } from '../../forms/QueryState';
import { queryRefusal } from '../../forms/queryRefusal';
import { requestFailure } from '../../forms/requestFailure';
import { graphql } from '../../gql';
import type { ConsoleAuditEntryFragment } from '../../gql/graphql';
import { auditActionColors, formatInstant, shortHash, valueChange, type SchemeNames } from './consoleModel';
import '../../forms/i18n';
import './i18n';

/** One entry of the audit trail as the console shows it (the trail's rows, the verification's first broken entry). */
export const ConsoleAuditEntry = graphql(`
  fragment ConsoleAuditEntry on AuditEntry {
    id
    action
    round
    aspect
    module
    attempt
    value
    previousValue
    by
    at
    reason
    hash
    judge {
      id
      name
    }
    registration {
      id
      bib
      team
      competitor {
        id
        name
      }
    }
  }
`);

export const ChiefJudgeAuditTrailQueryDocument = graphql(`
  query ChiefJudgeAuditTrail($id: ID!, $first: Int, $after: String) {
    event(id: $id) {
      id
      auditTrail(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...ConsoleAuditEntry
          }
        }
      }
    }
  }
`);

/** Entries a page. */
export const trailPageSize = 50;

type Entry = ConsoleAuditEntryFragment;
interface Page {
  entries: Entry[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** What an entry is about, in words: 参赛号 1 赵磊 · 焊缝外观 · 第 1 次 · 裁判：张伟, or 模块：技能操作考核. */
export function entrySubject(entry: Entry, names: SchemeNames, t: TFunction<'chief-judge-console'>): string {
  const parts: string[] = [];
  if (entry.registration) parts.push(`${t('trail.bib', { bib: entry.registration.bib })} ${entry.registration.team ?? entry.registration.competitor.name}`);
  if (entry.aspect) parts.push(names.aspect(entry.round, entry.aspect));
  if (entry.attempt != null && entry.aspect) parts.push(t('trail.attemptN', { n: entry.attempt }));
  if (entry.judge) parts.push(t('trail.judge', { name: entry.judge.name }));
  if (entry.module) parts.push(t('trail.module', { module: names.module(entry.round, entry.module) }));
  return parts.join(' · ') || noValue;
}

export function ActionTag({ action }: { action: string }) {
  const { t } = useTranslation('chief-judge-console');
  return <Tag color={auditActionColors[action] ?? 'default'}>{t(`trail.actionName.${action}`, { defaultValue: action })}</Tag>;
}

/** The hash's first 12 hex digits, the whole of it on hover and for screen readers. */
export function ShortHash({ hash }: { hash: string }) {
  return (
    <Tooltip title={<span style={{ wordBreak: 'break-all', fontFamily: 'monospace' }}>{hash}</span>}>
      <Typography.Text code aria-label={hash} style={{ whiteSpace: 'nowrap' }}>
        {shortHash(hash)}
      </Typography.Text>
    </Tooltip>
  );
}

/**
 * 审计记录: every change to the event's marks and locks, oldest first, a page at a time (加载更多 goes on from the
 * last cursor). Read from the start again after a lock or reopening (`changes`) and on 刷新. Only the panel's chief
 * judge and the organizers may read it: anyone else is told so (the API's refusal, told by its code).
 */
export function AuditTrailCard({ eventId, names, changes }: { eventId: string; names: SchemeNames; changes: number }) {
  const { t } = useTranslation('chief-judge-console');
  const { t: tf } = useTranslation('forms');
  const client = useClient();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ChiefJudgeAuditTrailQueryDocument,
    variables: { id: eventId, first: trailPageSize, after: null },
    requestPolicy: 'cache-and-network',
  });
  // the pages after the first, as loaded with 加载更多; a new first page starts them afresh
  const [more, setMore] = useState<{ first?: unknown; pages: Page[] }>({ pages: [] });
  const [loadingMore, setLoadingMore] = useState(false);
  // null: nothing failed; else what the request said (empty when it said nothing)
  const [moreFailed, setMoreFailed] = useState<string | null>(null);

  const trail = data?.event?.auditTrail;
  const pages = more.first === trail ? more.pages : [];
  const first: Page | undefined = trail && { entries: trail.edges.map((e) => e.node), hasNextPage: trail.pageInfo.hasNextPage, endCursor: trail.pageInfo.endCursor ?? null };
  const last = pages[pages.length - 1] ?? first;
  const entries = [...(first?.entries ?? []), ...pages.flatMap((p) => p.entries)];

  const refresh = () => {
    setMoreFailed(null);
    reexecute({ requestPolicy: 'network-only' });
  };
  useEffect(() => {
    if (changes > 0) {
      setMoreFailed(null);
      reexecute({ requestPolicy: 'network-only' });
    }
  }, [changes, reexecute]);

  async function loadMore() {
    if (!last?.endCursor) return;
    setLoadingMore(true);
    setMoreFailed(null);
    const result = await client.query(ChiefJudgeAuditTrailQueryDocument, { id: eventId, first: trailPageSize, after: last.endCursor }, { requestPolicy: 'network-only' }).toPromise();
    setLoadingMore(false);
    const page = result.data?.event?.auditTrail;
    if (!page) {
      setMoreFailed(result.error ? requestFailure(result.error, tf) : '');
      return;
    }
    setMore({ first: trail, pages: [...pages, { entries: page.edges.map((e) => e.node), hasNextPage: page.pageInfo.hasNextPage, endCursor: page.pageInfo.endCursor ?? null }] });
  }

  const forbidden = queryRefusal(error)?.code === 'FORBIDDEN';

  return (
    <Card
      title={t('trail.title')}
      extra={
        <Button icon={<ReloadOutlined />} loading={fetching} onClick={refresh}>
          {t('trail.refresh')}
        </Button>
      }
    >
      <Flex vertical gap="small">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('trail.intro')}
        </Typography.Paragraph>
        {forbidden ? (
          <Alert type="warning" showIcon title={t('trail.forbidden')} />
        ) : (
          <QueryState {...loadStateOf({ data, fetching, error }, reexecute)} errorTitle={t('trail.failed')} rows={5} empty={{ when: !!trail && entries.length === 0, description: t('trail.empty') }}>
            <Table<Entry>
              aria-label={t('trail.title')}
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={entries}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: t('trail.at'), key: 'at', render: (_, e) => <span style={{ whiteSpace: 'nowrap' }}>{formatInstant(e.at)}</span> },
                { title: t('trail.action'), key: 'action', render: (_, e) => <ActionTag action={e.action} /> },
                { title: t('trail.round'), key: 'round', render: (_, e) => names.round(e.round) },
                { title: t('trail.subject'), key: 'subject', render: (_, e) => entrySubject(e, names, t) },
                {
                  title: t('trail.value'),
                  key: 'value',
                  render: (_, e) => <span style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>{valueChange(e.value, e.previousValue)}</span>,
                },
                { title: t('trail.reason'), key: 'reason', render: (_, e) => e.reason ?? noValue },
                { title: t('trail.by'), dataIndex: 'by' },
                { title: t('trail.hash'), key: 'hash', render: (_, e) => <ShortHash hash={e.hash} /> },
              ]}
            />
            <Flex justify="space-between" align="center" wrap gap="small" style={{ marginTop: 8 }}>
              <Typography.Text type="secondary">{t('trail.shown', { shown: entries.length, count: trail?.totalCount ?? entries.length })}</Typography.Text>
              {last?.hasNextPage && (
                <Button loading={loadingMore} onClick={() => void loadMore()}>
                  {t('trail.more')}
                </Button>
              )}
            </Flex>
            {moreFailed !== null && <Alert type="warning" showIcon title={t('trail.moreFailed')} description={moreFailed || undefined} style={{ marginTop: 8 }} />}
          </QueryState>
        )}
      </Flex>
    </Card>
  );
}
