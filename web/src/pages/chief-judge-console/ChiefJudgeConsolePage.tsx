import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Flex, Result, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { enumName } from '../../domain/competition';
import { loadStateOf } from '../../forms/loadStateOf';
import { QueryState } from '../../forms/QueryState';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { ChiefJudgeConsoleQuery } from '../../gql/graphql';
import { organizes, useViewer } from '../../layout/viewer';
import { paths } from '../../paths';
import { AuditTrailCard } from './AuditTrailCard';
import { defaultRound, leadsPanel, roundsInOrder, schemeNames } from './consoleModel';
import { DiscrepanciesCard } from './DiscrepanciesCard';
import './i18n';
import { LocksCard } from './LocksCard';
import { SpreadWarningsCard } from './SpreadWarningsCard';
import { VerificationCard } from './VerificationCard';

export const ChiefJudgeConsoleQueryDocument = graphql(`
  query ChiefJudgeConsole($id: ID!) {
    event(id: $id) {
      id
      name
      doubleEntry
      competition {
        id
        name
        status
        organization {
          id
          name
          ancestors {
            id
          }
        }
      }
      judges {
        id
        name
        role
        username
        active
      }
      rounds {
        code
        name
        sequence
        modules {
          code
          name
          aspects {
            code
            name
            maxSpread
            maxMark
          }
        }
        locks {
          module
          lockedBy
          lockedAt
        }
      }
    }
  }
`);

export type ConsoleEvent = NonNullable<ChiefJudgeConsoleQuery['event']>;
export type ConsoleEventRound = ConsoleEvent['rounds'][number];

/**
 * /judge/events/:id/console: 裁判长控制台. Per round, the modules with their locks (锁定 for the panel's chief judge
 * and the organizers, 解锁 with a reason for the organizers), the attempts outside the allowed spread and, for a
 * double-entry event, the paper-sheet discrepancies to settle (评分分歧); the
 * event's audit trail and the verification of its hash chain. Others on the panel are told it is not theirs.
 */
export function ChiefJudgeConsolePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('chief-judge-console');
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ChiefJudgeConsoleQueryDocument, variables: { id }, requestPolicy: 'cache-and-network' });
  const event = data?.event;
  const back = <Link to={paths.judge()}>{t('page.back')}</Link>;

  return (
    <div style={{ maxWidth: 1280, margin: '0 auto' }}>
      <QueryState {...loadStateOf({ data, fetching, error }, reexecute)} errorTitle={t('page.failed')} rows={8} extra={back}>
        {event ? <Console event={event} onLocksChanged={() => reexecute({ requestPolicy: 'network-only' })} /> : <Result status="404" title={t('page.notFound')} extra={back} />}
      </QueryState>
    </div>
  );
}

function Console({ event, onLocksChanged }: { event: ConsoleEvent; onLocksChanged: () => void }) {
  const { t } = useTranslation('chief-judge-console');
  const language = useLanguage();
  const viewer = useViewer();
  const [search, setSearch] = useSearchParams();
  // a lock or reopening changes the locks, the warnings worth reading and the trail: each reads itself again
  const [changes, setChanges] = useState(0);

  const organizer = organizes(viewer, event.competition.organization);
  const chiefJudge = leadsPanel(event.judges, viewer.username);
  const rounds = roundsInOrder(event.rounds);
  const round = rounds.find((r) => r.code === search.get('round')) ?? defaultRound(rounds);
  const names = schemeNames(rounds);

  if (!organizer && !chiefJudge) {
    return (
      <Result
        status="403"
        title={t('page.forbidden')}
        subTitle={t('page.forbiddenHint', { username: viewer.username })}
        extra={<Link to={paths.judge()}>{t('page.back')}</Link>}
      />
    );
  }

  const changed = () => {
    // the round stays in view: the default one moves on once its last module is locked
    if (round && !search.get('round')) setSearch({ round: round.code }, { replace: true });
    onLocksChanged();
    setChanges((n) => n + 1);
  };

  return (
    <Flex vertical gap="middle">
      <Card>
        <Flex vertical gap="small">
          <Link to={paths.judge()}>
            <ArrowLeftOutlined /> {t('page.back')}
          </Link>
          <Flex justify="space-between" align="center" wrap gap="small">
            <Typography.Title level={3} style={{ margin: 0, whiteSpace: 'normal' }}>
              {t('page.heading', { event: event.name })}
            </Typography.Title>
            {chiefJudge && <Link to={paths.judgeEvent(event.id)}>{t('page.pad')}</Link>}
          </Flex>
          <Space wrap size="small">
            <Link to={paths.event(event.id)}>{event.competition.name}</Link>
            <Tag color={event.competition.status === 'RUNNING' ? 'green' : 'default'}>{enumName('status', event.competition.status, language)}</Tag>
          </Space>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('page.intro')}
          </Typography.Paragraph>
          {rounds.length > 1 && round && (
            <Space wrap>
              <Typography.Text>{t('page.round')}</Typography.Text>
              <Segmented
                aria-label={t('page.round')}
                value={round.code}
                options={rounds.map((r) => ({ value: r.code, label: r.name }))}
                onChange={(code) => setSearch({ round: String(code) }, { replace: true })}
              />
            </Space>
          )}
        </Flex>
      </Card>

      {round && (
        <>
          <LocksCard event={event} round={round} organizer={organizer} onChanged={changed} />
          <SpreadWarningsCard eventId={event.id} round={round} names={names} changes={changes} />
          {event.doubleEntry && <DiscrepanciesCard eventId={event.id} round={round} names={names} changes={changes} onSettled={changed} />}
        </>
      )}
      <VerificationCard eventId={event.id} names={names} changes={changes} />
      <AuditTrailCard eventId={event.id} names={names} changes={changes} />
    </Flex>
  );
}
