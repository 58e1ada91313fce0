import { AuditOutlined, RiseOutlined, TrophyOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, Grid, List, Row, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalizedQuery } from '../../graphql/useLocalizedQuery';
import { enumName, registrationStatusColors } from '../../domain/competition';
import { outcomeKindName, outcomeResult, outcomeStatusColors, outcomeStatusName } from '../../domain/promotion';
import { formatScore } from '../../domain/score';
import { skillLevelLabel, skillLevelName, skillLevelRank, skillLevels } from '../../domain/skillLevel';
import { loadStateOf } from '../../forms/loadStateOf';
import { QueryState } from '../../forms/QueryState';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { WorkerPortalQuery } from '../../gql/graphql';
import { useViewer } from '../../layout/viewer';
import { paths } from '../../paths';
import { AppealStatusTag } from '../competitions/AppealStatusTag';
import { appealsOpen, formatMinute, useNow } from '../competitions/publication';
import { FileAppealModal } from './FileAppealModal';
import './i18n';
import { myAppeals, type MyAppeal } from './appeals';
import { resultView } from './result';
import { MyCertificates } from '../certificates';

export const WorkerPortalQueryDocument = graphql(`
  query WorkerPortal {
    me {
      username
      person {
        id
        name
        affiliation
        category
        skillLevel
        promotions {
          id
          kind
          fromLevel
          toLevel
          title
          status
          note
          reason
          year
          decidedAt
          registration {
            id
            bib
            event {
              id
              name
              competition {
                id
                name
              }
            }
          }
        }
        registrations {
          id
          bib
          team
          status
          event {
            id
            name
            scoreDecimals
            competition {
              id
              name
              status
              resultsVisibility
              startsOn
              publication {
                noticeEndsAt
              }
              appeals {
                id
                status
                reason
                filedAt
                decisionNote
                decidedAt
                registration {
                  id
                }
              }
            }
            rounds {
              code
              name
              sequence
              modules {
                code
                name
              }
            }
          }
          standing {
            rank
            total
            complete
            advanced
            award
            modules {
              module
              score
              passed
            }
          }
        }
      }
    }
  }
`);

type Person = NonNullable<NonNullable<WorkerPortalQuery['me']>['person']>;
export type Entry = Person['registrations'][number];

/**
 * /me: my skill level, my entries and results (as far as they may be seen), 提出申诉 on an entry while its
 * competition's notice period (公示期) runs, my appeals with their decisions, and my promotion history.
 */
export function WorkerPage() {
  const { t } = useTranslation('worker');
  const viewer = useViewer();
  const [{ data, fetching, error }, reexecute] = useLocalizedQuery({ query: WorkerPortalQueryDocument, requestPolicy: 'cache-and-network' });

  const person = data?.me?.person;
  return (
    <QueryState
      {...loadStateOf({ data, fetching, error }, reexecute)}
      errorTitle={t('failed')}
      empty={{
        when: !person,
        description: t('noPerson'),
        extra: <Typography.Text type="secondary">{t('noPersonHint', { username: data?.me?.username ?? viewer.username })}</Typography.Text>,
      }}
    >
      {person && <Portal person={person} onChanged={() => reexecute({ requestPolicy: 'network-only' })} />}
    </QueryState>
  );
}

function Portal({ person, onChanged }: { person: Person; onChanged: () => void }) {
  const { t } = useTranslation('worker');
  const language = useLanguage();
  const screens = Grid.useBreakpoint();
  const now = useNow();
  const [appealing, setAppealing] = useState<Entry>();
  const appeals = myAppeals(person.registrations);
  const appeal = (r: Entry) => <AppealAction entry={r} now={now} onAppeal={() => setAppealing(r)} />;
  const at = person.skillLevel ? skillLevelRank(person.skillLevel) : -1;
  const promotions = [...person.promotions].sort((a, b) => b.year - a.year || (b.decidedAt ?? '').localeCompare(a.decidedAt ?? ''));

  return (
    <Flex vertical gap="large" style={{ maxWidth: 1200, margin: '0 auto' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('title')}
      </Typography.Title>
      <Card>
        <Row gutter={[24, 16]} align="middle">
          <Col xs={24} md={8}>
            <Typography.Text type="secondary">{t('level.current')}</Typography.Text>
            <div data-testid="skill-level" style={{ fontSize: 32, fontWeight: 600, lineHeight: 1.3 }}>
              {person.skillLevel ? skillLevelLabel(person.skillLevel, language) : t('level.none')}
            </div>
            <Typography.Text>
              {person.name}
              {person.affiliation ? ` · ${person.affiliation}` : ''}
              {person.category ? ` · ${enumName('category', person.category, language)}` : ''}
            </Typography.Text>
          </Col>
          <Col xs={24} md={16}>
            <Typography.Text type="secondary">{t('level.ladder')}</Typography.Text>
            {/* the ladder as a row of tags: eight steps fit no phone, and their names need no wrapping */}
            <Flex wrap gap={6} style={{ marginTop: 8 }} role="list" aria-label={t('level.ladder')}>
              {skillLevels.map((level, i) => (
                <Tag
                  key={level}
                  role="listitem"
                  color={i === at ? 'red' : i < at ? 'green' : 'default'}
                  aria-current={i === at ? 'step' : undefined}
                  style={{ fontSize: 14, paddingInline: 10, paddingBlock: 2 }}
                >
                  {skillLevelName(level, language)}
                </Tag>
              ))}
            </Flex>
          </Col>
        </Row>
      </Card>

      <Card title={t('registrations.title')}>
        {!screens.md ? (
          <List
            aria-label={t('registrations.title')}
            dataSource={person.registrations}
            locale={{ emptyText: t('registrations.empty') }}
            renderItem={(r) => (
              <List.Item key={r.id}>
                <Flex vertical gap={4} style={{ width: '100%' }}>
                  <Space wrap size="small">
                    <strong>{r.event.name}</strong>
                    <span>
                      {t('registrations.bib')} {r.bib}
                    </span>
                    <Tag>{enumName('status', r.event.competition.status, language)}</Tag>
                  </Space>
                  <Typography.Text type="secondary">{r.event.competition.name}</Typography.Text>
                  <EntryResult entry={r} />
                  {appeal(r)}
                  <Link to={paths.scoreboard(r.event.id)}>{t('registrations.scoreboard')}</Link>
                </Flex>
              </List.Item>
            )}
          />
        ) : (
          <Table<Entry>
            aria-label={t('registrations.title')}
            rowKey="id"
            dataSource={person.registrations}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('registrations.empty') }}
            columns={[
              {
                key: 'event',
                title: t('registrations.event'),
                render: (_, r) => (
                  <Space orientation="vertical" size={0}>
                    <strong>{r.event.name}</strong>
                    <Typography.Text type="secondary">
                      {r.event.competition.name}
                      {r.event.competition.startsOn ? ` · ${r.event.competition.startsOn}` : ''}
                    </Typography.Text>
                  </Space>
                ),
              },
              { key: 'bib', title: t('registrations.bib'), render: (_, r) => r.bib },
              {
                key: 'status',
                title: t('registrations.status'),
                responsive: ['sm'],
                render: (_, r) => (
                  <Space orientation="vertical" size={2}>
                    <Tag>{enumName('status', r.event.competition.status, language)}</Tag>
                    {r.status !== 'APPROVED' && <Tag color={registrationStatusColors[r.status]}>{enumName('registrationStatus', r.status, language)}</Tag>}
                  </Space>
                ),
              },
              { key: 'result', title: t('registrations.result'), render: (_, r) => <EntryResult entry={r} /> },
              { key: 'appeal', title: '', render: (_, r) => appeal(r) },
              {
                key: 'scoreboard',
                title: '',
                render: (_, r) => <Link to={paths.scoreboard(r.event.id)}>{t('registrations.scoreboard')}</Link>,
              },
            ]}
          />
        )}
      </Card>

      {appeals.length > 0 && <AppealsCard appeals={appeals} />}

      {appealing && (
        <FileAppealModal
          entry={appealing}
          onClose={() => setAppealing(undefined)}
          onFiled={() => {
            setAppealing(undefined);
            onChanged();
          }}
        />
      )}

      <MyCertificates />

      <Card title={t('promotions.title')}>
        {promotions.length === 0 ? (
          <Empty description={t('promotions.empty')} />
        ) : (
          <Timeline
            items={promotions.map((p) => ({
              key: p.id,
              color: outcomeStatusColors[p.status] === 'gold' ? 'orange' : outcomeStatusColors[p.status],
              icon: p.kind === 'SKILL_LEVEL' ? <RiseOutlined /> : <TrophyOutlined />,
              content: (
                <Flex vertical gap={2}>
                  <Space wrap size="small">
                    <strong>{outcomeResult(p, language)}</strong>
                    <Tag>{outcomeKindName(p.kind, language)}</Tag>
                    <Tag color={outcomeStatusColors[p.status]}>{outcomeStatusName(p.status, language)}</Tag>
                    <Typography.Text type="secondary">{t('promotions.year', { year: p.year })}</Typography.Text>
                  </Space>
                  <Typography.Text type="secondary">
                    {p.registration.event.competition.name} · {p.registration.event.name} · {p.registration.bib}
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {t('promotions.reason', { reason: p.reason })}
                  </Typography.Text>
                  {p.note && (
                    <Typography.Text>
                      {t('promotions.note', { note: p.note })}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            }))}
          />
        )}
      </Card>
    </Flex>
  );
}

function EntryResult({ entry }: { entry: Entry }) {
  const { t } = useTranslation('worker');
  const language = useLanguage();
  const view = resultView(entry.standing, entry.event.competition);
  switch (view.kind) {
    case 'none':
      return <Typography.Text type="secondary">{t('registrations.noResult')}</Typography.Text>;
    case 'hidden':
      return <Tag color="default">{t('registrations.hidden')}</Tag>;
    case 'shown': {
      const { standing } = view;
      const lastRound = [...entry.event.rounds].sort((a, b) => b.sequence - a.sequence)[0];
      const moduleNames = new Map(lastRound?.modules.map((m) => [m.code, m.name]));
      return (
        <Flex vertical gap={2}>
          <Space wrap size="small">
            {standing.rank != null && <strong>{t('registrations.rank', { rank: standing.rank })}</strong>}
            {standing.total != null && <span>{t('registrations.total', {
                  total: formatScore(standing.total, entry.event.scoreDecimals, language),
                  // English: only a whole 1 is singular ("1 point"); a total shown with decimals is plural ("1.00 points")
                  count: entry.event.scoreDecimals > 0 ? 0 : standing.total,
                })}</span>}
            {standing.award && <Tag color="gold">{standing.award}</Tag>}
            {standing.advanced && <Tag color="blue">{t('registrations.advanced')}</Tag>}
            {view.frozen && <Tag color="cyan">{t('registrations.frozen')}</Tag>}
            {!standing.complete && <Tag>{t('registrations.inProgress')}</Tag>}
          </Space>
          {entry.standing && entry.standing.modules.some((m) => m.score != null) && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {entry.standing.modules
                .map((m) => `${moduleNames.get(m.module) ?? m.module} ${formatScore(m.score, entry.event.scoreDecimals, language)}`)
                .join(' · ')}
            </Typography.Text>
          )}
        </Flex>
      );
    }
  }
}

/** 提出申诉 on an entry while its competition's results are published and the notice period runs, with the period's end. */
function AppealAction({ entry, now, onAppeal }: { entry: Entry; now: number; onAppeal: () => void }) {
  const { t } = useTranslation('worker');
  const competition = entry.event.competition;
  if (!appealsOpen(competition, now)) return null;
  return (
    <Flex vertical align="start" gap={2}>
      <Button size="small" icon={<AuditOutlined />} onClick={onAppeal}>
        {t('registrations.appeal')}
      </Button>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('registrations.noticeUntil', { at: formatMinute(competition.publication?.noticeEndsAt) })}
      </Typography.Text>
    </Flex>
  );
}

/** 我的申诉: each appeal with the entry it is about, its status in words, the reason and the decision with its note. */
function AppealsCard({ appeals }: { appeals: MyAppeal<Entry>[] }) {
  const { t } = useTranslation('worker');
  return (
    <Card title={t('appeals.title')}>
      <List
        aria-label={t('appeals.title')}
        dataSource={appeals}
        renderItem={({ appeal, entry }) => (
          <List.Item key={appeal.id}>
            <Flex vertical gap={2} style={{ width: '100%' }}>
              <Space wrap size="small">
                <AppealStatusTag status={appeal.status} />
                {entry && (
                  <Typography.Text strong>
                    {entry.event.competition.name} · {entry.event.name} · {t('registrations.bib')} {entry.bib}
                  </Typography.Text>
                )}
              </Space>
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{t('appeals.reason', { reason: appeal.reason })}</Typography.Paragraph>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('appeals.filedAt', { at: formatMinute(appeal.filedAt) })}
              </Typography.Text>
              {appeal.status === 'OPEN' ? (
                <Typography.Text type="secondary">{t('appeals.waiting')}</Typography.Text>
              ) : (
                <>
                  {appeal.decisionNote && (
                    <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{t('appeals.decision', { note: appeal.decisionNote })}</Typography.Paragraph>
                  )}
                  {appeal.decidedAt && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('appeals.decidedAt', { at: formatMinute(appeal.decidedAt) })}
                    </Typography.Text>
                  )}
                </>
              )}
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
