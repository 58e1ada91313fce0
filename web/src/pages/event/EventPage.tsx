import { DesktopOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Result, Space, Table, Tabs, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { enumName } from '../../domain/competition';
import { formatMarkRange, formatWeight } from '../../domain/score';
import { QueryState } from '../../forms/QueryState';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { OrganizerEventQuery } from '../../gql/graphql';
import { hasAnyRole, useViewer } from '../../layout/viewer';
import { paths } from '../../paths';
import { ConsoleLink } from '../chief-judge-console/ConsoleLink';
import { statusReached } from '../competitions/statusReached';
import { StatusTag } from '../competitions/StatusTag';
import { CompetitorsTab } from './CompetitorsTab';
import { EditEventDrawer } from './EditEventDrawer';
import './i18n';
import { JudgesTab } from './JudgesTab';
import { activeJudges } from './panelModel';

export const OrganizerEventQueryDocument = graphql(`
  query OrganizerEvent($id: ID!) {
    event(id: $id) {
      id
      name
      format
      teamSize
      occupationCode
      conflictPolicy
      scoreDecimals
      tieBreakModules
      anonymousJudging
      doubleEntry
      awards {
        name
        rankFrom
        rankTo
        percentFrom
        percentTo
        minTotal
      }
      rounds {
        code
        name
        sequence
        advancingCount
        rankingIncludes
        startsOn
        endsOn
        modules {
          code
          name
          weight
          passMark
          baseScore
          maxScore
          aspects {
            code
            name
            kind
            maxMark
            judges
            aggregation
            dropHighest
            dropLowest
            scaleFactor
            attempts
            attemptCombination
            difficulty
            effect
            maxSpread
          }
        }
      }
      competition {
        id
        name
        kind
        status
      }
      judges {
        id
        name
        affiliation
        role
        username
        aspects
        active
        loginVerified
        marksGiven
        replacedBy {
          id
          name
        }
      }
      registrations(first: 1000) {
        totalCount
        edges {
          node {
            id
            bib
            drawCode
            team
            affiliation
            status
            statusReason
            skillLevel
            category
            participants
            competitor {
              id
              name
              category
              skillLevel
              nationalIdMasked
            }
            members {
              id
              name
            }
            registeredMembers {
              person {
                id
                name
                nationalIdMasked
              }
              skillLevel
              category
            }
          }
        }
      }
    }
  }
`);

export type OrganizerEvent = NonNullable<OrganizerEventQuery['event']>;

const tabKeys = ['scheme', 'competitors', 'judges'] as const;

/** The organizer's event page: the marking scheme, competitors (one by one or from a roster) and the judging panel. */
export function EventPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('event');
  const language = useLanguage();
  const [search, setSearch] = useSearchParams();
  const tab = tabKeys.find((key) => key === search.get('tab')) ?? 'scheme';
  const [{ data, fetching, error }, refetch] = useQuery({ query: OrganizerEventQueryDocument, variables: { id }, requestPolicy: 'cache-and-network' });
  // Others may read the scheme; registering competitors and judges is the organizers' (the API says so too).
  const organizer = hasAnyRole(useViewer(), 'organizer');
  const event = data?.event;
  const reload = () => refetch({ requestPolicy: 'network-only' });

  return (
    <div style={{ maxWidth: 1200, margin: '0 auto' }}>
      <QueryState fetching={fetching} error={error} hasData={!!data} retry={reload}>
        {!event ? (
          <Result status="404" title={t('notFound')} extra={<Link to={paths.competitions()}>{t('back')}</Link>} />
        ) : (
          <Card
            title={
              <Flex vertical>
                <Typography.Title level={3} style={{ margin: 0, whiteSpace: 'normal' }}>
                  {event.name}
                </Typography.Title>
                <Space wrap style={{ fontWeight: 'normal' }}>
                  <Link to={paths.competition(event.competition.id)}>{event.competition.name}</Link>
                  <StatusTag status={event.competition.status} />
                </Space>
              </Flex>
            }
            extra={
              <Space wrap>
                {organizer && <ConsoleLink eventId={event.id} />}
                <Link to={paths.scoreboard(event.id)}>
                  <Button icon={<DesktopOutlined />}>{t('scoreboard')}</Button>
                </Link>
              </Space>
            }
          >
            <Tabs
              activeKey={tab}
              onChange={(key) => setSearch({ tab: key }, { replace: true })}
              items={[
                { key: 'scheme', label: t('tabs.scheme'), children: <SchemeView event={event} language={language} organizer={organizer} onChanged={reload} /> },
                organizer && {
                  key: 'competitors',
                  label: `${t('tabs.competitors')} (${event.registrations.totalCount})`,
                  children: <CompetitorsTab event={event} onChanged={reload} />,
                },
                organizer && { key: 'judges', label: `${t('tabs.judges')} (${activeJudges(event.judges).length})`, children: <JudgesTab event={event} onChanged={reload} /> },
              ].filter((item) => !!item)}
            />
          </Card>
        )}
      </QueryState>
    </div>
  );
}

function awardBand(award: OrganizerEvent['awards'][number]): string {
  const parts: string[] = [];
  if (award.rankFrom != null || award.rankTo != null) parts.push(`#${award.rankFrom ?? 1}–${award.rankTo ?? ''}`);
  if (award.percentFrom != null || award.percentTo != null) parts.push(`${award.percentFrom ?? 0}–${award.percentTo ?? 100}%`);
  if (award.minTotal != null) parts.push(`≥ ${award.minTotal}`);
  return parts.join(', ');
}

function SchemeView({ event, language, organizer, onChanged }: { event: OrganizerEvent; language: 'zh-CN' | 'en'; organizer: boolean; onChanged: () => void }) {
  const { t } = useTranslation('event');
  const [editing, setEditing] = useState(false);
  const final = statusReached(event.competition.status, 'FINAL');
  return (
    <Flex vertical gap="middle">
      {organizer && (
        <Flex justify="flex-end">
          <Tooltip title={final ? t('eventEdit.finalLocked', { status: enumName('status', event.competition.status, language) }) : undefined}>
            <Button icon={<EditOutlined />} disabled={final} onClick={() => setEditing(true)}>
              {t('eventEdit.action')}
            </Button>
          </Tooltip>
        </Flex>
      )}
      {editing && (
        <EditEventDrawer
          event={event}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onChanged();
          }}
        />
      )}
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
        <Descriptions.Item label={t('facts.format')}>
          {enumName('format', event.format, language)}
          {event.format === 'TEAM' && `（${t('facts.teamSize', { count: event.teamSize })}）`}
        </Descriptions.Item>
        <Descriptions.Item label={t('facts.occupationCode')}>{event.occupationCode ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('facts.scoreDecimals')}>{event.scoreDecimals}</Descriptions.Item>
        <Descriptions.Item label={t('facts.conflictPolicy')}>{enumName('conflict', event.conflictPolicy, language)}</Descriptions.Item>
        <Descriptions.Item label={t('facts.judging')}>
          {/* fixed when the event was created (createEvent), shown here only */}
          <Space wrap size={4} title={t('facts.judgingFixed')}>
            {event.anonymousJudging && <Tag color="purple">{t('facts.anonymousJudging')}</Tag>}
            {event.doubleEntry && <Tag color="blue">{t('facts.doubleEntry')}</Tag>}
            {!event.anonymousJudging && !event.doubleEntry && t('facts.standardJudging')}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('facts.tieBreaks')}>{event.tieBreakModules.join(' → ') || t('facts.none')}</Descriptions.Item>
        <Descriptions.Item label={t('facts.awards')}>
          {event.awards.length === 0 ? (
            t('facts.none')
          ) : (
            <Space wrap size={4}>
              {event.awards.map((award) => (
                <Tag key={award.name} color="gold">
                  {award.name} {awardBand(award)}
                </Tag>
              ))}
            </Space>
          )}
        </Descriptions.Item>
      </Descriptions>
      {event.rounds.map((round) => (
        <Card
          key={round.code}
          size="small"
          title={t('scheme.round', { name: round.name, code: round.code })}
          extra={
            <Space size={4} wrap>
              {round.advancingCount != null && <Tag>{t('scheme.advancing', { count: round.advancingCount })}</Tag>}
              {round.rankingIncludes.length > 0 && <Tag>{t('scheme.includes', { rounds: round.rankingIncludes.join(', ') })}</Tag>}
            </Space>
          }
        >
          {round.modules.map((module) => (
            <div key={module.code} style={{ marginBottom: 12 }}>
              <Typography.Text strong>{t('scheme.module', { name: module.name, code: module.code, weight: formatWeight(module.weight) })}</Typography.Text>
              {module.passMark != null && <Tag style={{ marginInlineStart: 8 }}>{t('scheme.passMark', { mark: module.passMark })}</Tag>}
              <Table
                size="small"
                rowKey="code"
                pagination={false}
                dataSource={module.aspects}
                scroll={{ x: 'max-content' }}
                columns={[
                  { title: t('scheme.aspect'), key: 'name', render: (_, a) => `${a.code} ${a.name}` },
                  { title: t('scheme.kind'), dataIndex: 'kind', render: (kind: string) => enumName('aspectKind', kind, language), responsive: ['md'] },
                  { title: t('scheme.maxMark'), dataIndex: 'maxMark', render: (max: number) => formatMarkRange(max) },
                  { title: t('scheme.judges'), dataIndex: 'judges' },
                  { title: t('scheme.aggregation'), dataIndex: 'aggregation', render: (agg: string) => enumName('aggregation', agg, language) },
                  {
                    title: t('scheme.drops'),
                    key: 'drops',
                    render: (_, a) => (a.dropHighest + a.dropLowest > 0 ? t('scheme.dropsValue', { high: a.dropHighest, low: a.dropLowest }) : '—'),
                    responsive: ['md'],
                  },
                  { title: t('scheme.scale'), dataIndex: 'scaleFactor', responsive: ['md'] },
                  {
                    title: t('scheme.attempts'),
                    key: 'attempts',
                    render: (_, a) => (a.attempts > 1 ? `${a.attempts}（${enumName('combination', a.attemptCombination, language)}）` : 1),
                    responsive: ['lg'],
                  },
                  {
                    title: t('eventEdit.difficulty'),
                    dataIndex: 'difficulty',
                    render: (difficulty: boolean) => (difficulty ? t('eventEdit.difficultyYes') : '—'),
                    responsive: ['lg'],
                  },
                ]}
              />
            </div>
          ))}
        </Card>
      ))}
    </Flex>
  );
}
