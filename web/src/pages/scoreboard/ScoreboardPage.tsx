import { ArrowDownOutlined, ArrowUpOutlined, CheckCircleFilled, ClockCircleOutlined, FullscreenExitOutlined, FullscreenOutlined, StarFilled, StarOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, ConfigProvider, Empty, Flex, Result, Segmented, Space, Switch, Table, Tag, Typography, theme } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery, useSubscription } from 'urql';
import { formatScore } from '../../domain/score';
import { loadStateOf } from '../../forms/loadStateOf';
import { QueryState } from '../../forms/QueryState';
import { queryRefusal } from '../../forms/queryRefusal';
import { graphql } from '../../gql';
import type { ScoreboardLeaderboardFragment, ScoreboardQuery } from '../../gql/graphql';
import { liveConnection } from '../../graphql/liveConnection';
import { currentLanguage } from '../../i18n';
import { paths } from '../../paths';
import { awardsProvisional, carriesOver, movements, newerBoard, sightOf, type Movement } from './board';
import './i18n';
import './scoreboard.css';

export const ScoreboardLeaderboard = graphql(`
  fragment ScoreboardLeaderboard on Leaderboard {
    round
    version
    frozen
    event {
      id
      competition {
        id
        status
        resultsVisibility
      }
    }
    entries {
      rank
      total
      roundTotal
      complete
      advanced
      award
      modules {
        module
        score
        passed
      }
      registration {
        id
        bib
        team
        affiliation
        competitor {
          id
          name
        }
      }
    }
  }
`);

export const ScoreboardQueryDocument = graphql(`
  query Scoreboard($id: ID!, $round: String) {
    event(id: $id) {
      id
      name
      scoreDecimals
      format
      competition {
        id
        name
        status
        resultsVisibility
      }
      rounds {
        code
        name
        sequence
        advancingCount
        modules {
          code
          name
          weight
          passMark
        }
      }
      leaderboard(round: $round) {
        ...ScoreboardLeaderboard
      }
    }
  }
`);

export const ScoreboardChangedSubscription = graphql(`
  subscription ScoreboardChanged($eventId: ID!, $round: String) {
    leaderboardChanged(eventId: $eventId, round: $round) {
      ...ScoreboardLeaderboard
    }
  }
`);

/** Asked again now and then: a competition frozen or thawed sends its viewers no new board by itself. */
export const ScoreboardVisibilityQuery = graphql(`
  query ScoreboardVisibility($id: ID!) {
    event(id: $id) {
      id
      competition {
        id
        status
        resultsVisibility
      }
    }
  }
`);

const visibilityPollMs = 15_000;
const fallbackPollMs = 10_000;
const resubscribeMs = 30_000;

type ScoreboardEvent = NonNullable<ScoreboardQuery['event']>;
type Entry = ScoreboardLeaderboardFragment['entries'][number];

/** /scoreboard/:eventId/:round?: the live standings of one round, for a screen in the hall or a projector. */
export function ScoreboardPage() {
  const { eventId = '', round } = useParams();
  const [search, setSearch] = useSearchParams();
  const projector = search.get('projector') === '1';

  const [{ data }, refresh] = useQuery({ query: ScoreboardVisibilityQuery, variables: { id: eventId }, requestPolicy: 'network-only' });
  useEffect(() => {
    const timer = setInterval(() => refresh({ requestPolicy: 'network-only' }), visibilityPollMs);
    return () => clearInterval(timer);
  }, [refresh]);
  const competition = data?.event?.competition;
  // A new view of the results (frozen, thawed, hidden, published) starts a fresh query and subscription.
  // Learning the view the board was loaded with is no change: the board already shows it (restarting
  // then would throw away what the subscription brought meanwhile).
  const viewKey = competition ? `${competition.status}/${competition.resultsVisibility}` : undefined;
  const [view, setView] = useState<{ key?: string; changes: number }>({ changes: 0 });
  if (viewKey !== undefined && viewKey !== view.key) {
    setView({ key: viewKey, changes: view.key === undefined ? 0 : view.changes + 1 });
  }

  const setProjector = (on: boolean) => {
    const next = new URLSearchParams(search);
    if (on) next.set('projector', '1');
    else next.delete('projector');
    setSearch(next, { replace: true });
    if (on) void document.documentElement.requestFullscreen?.().catch(() => undefined);
    else if (document.fullscreenElement) void document.exitFullscreen?.().catch(() => undefined);
  };

  return <LiveBoard key={`${eventId}/${round ?? ''}/${view.changes}`} eventId={eventId} round={round} projector={projector} onProjector={setProjector} />;
}

function LiveBoard({ eventId, round, projector, onProjector }: { eventId: string; round?: string; projector: boolean; onProjector(on: boolean): void }) {
  const { t } = useTranslation('scoreboard');
  const variables = { id: eventId, round: round ?? null };
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ScoreboardQueryDocument, variables, requestPolicy: 'network-only' });
  // Without the subscription (refused, or a proxy without WebSocket) the board still follows, by asking
  // again every 10 s; the subscription is tried again after 30 s.
  const [down, setDown] = useState(false);
  const [{ data: live, error: liveError }] = useSubscription({
    query: ScoreboardChangedSubscription,
    variables: { eventId, round: round ?? null },
    pause: down,
  });
  useEffect(() => {
    if (liveError) setDown(true);
  }, [liveError]);
  useEffect(() => {
    if (!down) return;
    const poll = setInterval(() => reexecute({ requestPolicy: 'network-only' }), fallbackPollMs);
    const retry = setTimeout(() => setDown(false), resubscribeMs);
    return () => {
      clearInterval(poll);
      clearTimeout(retry);
    };
  }, [down, reexecute]);

  const event = data?.event;
  const board = newerBoard(event?.leaderboard, live?.leaderboardChanged);

  const refusal = queryRefusal(error);
  const roundMissing = refusal?.code === 'NOT_FOUND' && refusal.field[0] === 'round';
  const state = (content: ReactNode) => (
    <QueryState
      {...loadStateOf({ data, fetching, error }, reexecute)}
      errorTitle={roundMissing ? t('roundNotFound', { round }) : t('failed')}
      rows={10}
    >
      {content}
    </QueryState>
  );
  if (!event || !board) return state(<Result status="404" title={t('notFound')} />);

  return state(
    projector ? (
      <ConfigProvider theme={{ algorithm: theme.darkAlgorithm, token: { fontSize: 22, colorPrimary: '#e74c3c' } }}>
        <div className="biwu-scoreboard biwu-scoreboard--projector" role="dialog" aria-label={t('projector')}>
          <BoardView event={event} board={board} projector onProjector={onProjector} liveError={down ? liveError?.message : undefined} />
        </div>
      </ConfigProvider>
    ) : (
      <div className="biwu-scoreboard">
        <BoardView event={event} board={board} projector={false} onProjector={onProjector} liveError={down ? liveError?.message : undefined} />
      </div>
    ),
  );
}

function BoardView({
  event,
  board,
  projector,
  onProjector,
  liveError,
}: {
  event: ScoreboardEvent;
  board: ScoreboardLeaderboardFragment;
  projector: boolean;
  onProjector(on: boolean): void;
  liveError?: string;
}) {
  const { t } = useTranslation('scoreboard');
  const navigate = useNavigate();
  const language = currentLanguage();
  const sight = sightOf(board);
  const rounds = [...event.rounds].sort((a, b) => a.sequence - b.sequence);
  const round = rounds.find((r) => r.code === board.round);
  const [autoScroll, setAutoScroll] = useState(true);
  const scroller = useRef<HTMLDivElement>(null);
  useAutoScroll(scroller, projector && autoScroll, board.version);

  // ▲ ▼ since the board before this one
  const [history, setHistory] = useState<{ shown?: ScoreboardLeaderboardFragment; previous?: readonly Entry[]; at?: Date }>({});
  useEffect(() => {
    setHistory((h) => (h.shown === board ? h : { shown: board, previous: h.shown?.entries, at: new Date() }));
  }, [board]);
  const moved = useMemo(() => movements(history.previous, board.entries), [history.previous, board.entries]);

  const hidden = sight === 'hidden';
  const provisional = awardsProvisional(board);
  const columns = useColumns(event, round?.modules ?? [], board, moved, hidden, provisional, language);
  const unfinished = board.entries.filter((e) => !e.complete).length;

  return (
    <Flex vertical gap={projector ? 'large' : 'middle'} style={{ height: projector ? '100%' : undefined }}>
      <Flex justify="space-between" align="center" wrap gap="small">
        <div>
          <Typography.Title level={projector ? 1 : 3} style={{ margin: 0 }}>
            {event.name}
            {round && rounds.length > 1 ? ` · ${round.name}` : ''}
          </Typography.Title>
          <Typography.Text type="secondary">{event.competition.name}</Typography.Text>
        </div>
        <Space wrap>
          <ConnectionBadge />
          {history.at && (
            <Typography.Text type="secondary">
              {t('updated', { version: board.version, time: history.at.toLocaleTimeString(language) })}
            </Typography.Text>
          )}
          {projector && (
            <Space>
              <Switch checked={autoScroll} onChange={setAutoScroll} aria-label={t('autoScroll')} />
              <Typography.Text>{t('autoScroll')}</Typography.Text>
            </Space>
          )}
          <Button
            icon={projector ? <FullscreenExitOutlined /> : <FullscreenOutlined />}
            onClick={() => onProjector(!projector)}
            size={projector ? 'large' : 'middle'}
          >
            {projector ? t('exitProjector') : t('projector')}
          </Button>
        </Space>
      </Flex>

      {!projector && rounds.length > 1 && (
        <Space wrap>
          <Typography.Text>{t('round')}</Typography.Text>
          <Segmented
            aria-label={t('round')}
            value={board.round}
            options={rounds.map((r) => ({ value: r.code, label: r.name }))}
            onChange={(code) => navigate(paths.scoreboard(event.id, String(code)) + (projector ? '?projector=1' : ''))}
          />
        </Space>
      )}

      {liveError && <Alert type="warning" showIcon title={<span title={liveError}>{t('liveFailed')}</span>} />}
      {sight === 'frozen' && <Alert type="info" showIcon banner title={<strong className="biwu-scoreboard__banner">{t('frozen')}</strong>} description={t('frozenHint')} />}
      {hidden && <Alert type="warning" showIcon banner title={<strong className="biwu-scoreboard__banner">{t('hidden')}</strong>} description={t('hiddenHint')} />}
      {sight === 'live-frozen-outside' && <Alert type="info" showIcon title={t('frozenOutside')} />}
      {sight === 'live-hidden-outside' && <Alert type="info" showIcon title={t('hiddenOutside')} />}
      {provisional && board.entries.some((e) => e.award) && (
        <Alert type="info" showIcon icon={<ClockCircleOutlined />} title={t(event.format === 'TEAM' ? 'provisionalTeam' : 'provisional', { count: unfinished })} />
      )}

      <div ref={scroller} className="biwu-scoreboard__scroller">
        {board.entries.length === 0 ? (
          <Empty description={t('empty')} />
        ) : (
          <Table<Entry>
            aria-label={t('title')}
            rowKey={(e) => e.registration.id}
            columns={columns}
            dataSource={[...board.entries]}
            pagination={false}
            size={projector ? 'large' : 'middle'}
            scroll={projector ? undefined : { x: 'max-content' }}
            rowClassName={(e) => `biwu-scoreboard__row--${moved.get(e.registration.id) ?? 'same'}`}
          />
        )}
      </div>
    </Flex>
  );
}

function useColumns(
  event: ScoreboardEvent,
  modules: ScoreboardEvent['rounds'][number]['modules'],
  board: ScoreboardLeaderboardFragment,
  moved: Map<string, Movement>,
  hidden: boolean,
  provisional: boolean,
  language: ReturnType<typeof currentLanguage>,
): ColumnsType<Entry> {
  const { t } = useTranslation('scoreboard');
  const decimals = event.scoreDecimals;
  const team = event.format === 'TEAM';
  const numeric: CSSProperties = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' };
  const columns: ColumnsType<Entry> = [];
  if (!hidden) {
    columns.push({
      key: 'rank',
      title: t('col.rank'),
      width: 90,
      render: (_, e) => (
        <Space size={4} style={numeric}>
          <strong className="biwu-scoreboard__rank">{e.rank ?? '—'}</strong>
          <MovementMark movement={moved.get(e.registration.id) ?? 'same'} />
        </Space>
      ),
    });
  }
  columns.push(
    { key: 'bib', title: t('col.bib'), render: (_, e) => <span style={numeric}>{e.registration.bib}</span> },
    {
      key: 'competitor',
      title: team ? t('col.team') : t('col.competitor'),
      render: (_, e) => <strong>{team ? (e.registration.team ?? e.registration.competitor.name) : e.registration.competitor.name}</strong>,
    },
    { key: 'affiliation', title: t('col.affiliation'), responsive: ['md'], render: (_, e) => e.registration.affiliation ?? '' },
  );
  if (!hidden) {
    for (const module of modules) {
      columns.push({
        key: `module-${module.code}`,
        title: module.name,
        align: 'right',
        responsive: ['sm'],
        render: (_, e) => {
          const score = e.modules.find((m) => m.module === module.code);
          return (
            <span style={numeric}>
              {formatScore(score?.score, decimals, language)}
              {score?.passed === false && (
                <Typography.Text type="danger" title={t('failedModule')} aria-label={t('failedModule')}>
                  {' '}
                  ✗
                </Typography.Text>
              )}
            </span>
          );
        },
      });
    }
    if (carriesOver(board.entries)) {
      columns.push({ key: 'roundTotal', title: t('col.roundTotal'), align: 'right', render: (_, e) => <span style={numeric}>{formatScore(e.roundTotal, decimals, language)}</span> });
    }
    columns.push({
      key: 'total',
      title: t('col.total'),
      align: 'right',
      render: (_, e) => (
        <strong className="biwu-scoreboard__total" style={numeric}>
          {formatScore(e.total, decimals, language)}
        </strong>
      ),
    });
  }
  columns.push({
    key: 'status',
    title: t('col.status'),
    render: (_, e) => (
      <Space size={4} wrap>
        {e.complete ? (
          <Tag icon={<CheckCircleFilled />} color="green">
            {t('complete')}
          </Tag>
        ) : (
          <Tag icon={<ClockCircleOutlined />}>{t('inProgress')}</Tag>
        )}
        {e.advanced && <Tag color="blue">{t('advanced')}</Tag>}
      </Space>
    ),
  });
  if (!hidden && board.entries.some((e) => e.award)) {
    columns.push({
      key: 'award',
      title: t('col.award'),
      render: (_, e) =>
        !e.award ? null : provisional ? (
          // quieter than an award: outlined, dashed, no colour, and says so
          <Tag icon={<StarOutlined />} variant="outlined" className="biwu-scoreboard__award biwu-scoreboard__award--provisional">
            {t('awardProvisional', { award: e.award })}
          </Tag>
        ) : (
          <Tag icon={<StarFilled />} color={awardColor(e.award)} className="biwu-scoreboard__award">
            {e.award}
          </Tag>
        ),
    });
  }
  return columns;
}

function awardColor(award: string): string {
  if (/金|gold|一等/i.test(award)) return 'gold';
  if (/银|silver|二等/i.test(award)) return 'default';
  if (/铜|bronze|三等/i.test(award)) return 'orange';
  return 'purple';
}

function MovementMark({ movement }: { movement: Movement }) {
  const { t } = useTranslation('scoreboard');
  switch (movement) {
    case 'up':
      return <ArrowUpOutlined aria-label={t('up')} style={{ color: '#52c41a' }} />;
    case 'down':
      return <ArrowDownOutlined aria-label={t('down')} style={{ color: '#ff4d4f' }} />;
    case 'new':
      // a movement, like ▲ ▼: neutral, round, outlined; nothing like an award's filled, starred tag
      return (
        <span role="img" aria-label={t('new')} title={t('new')} className="biwu-scoreboard__move-new">
          {t('newShort')}
        </span>
      );
    default:
      return null;
  }
}

function ConnectionBadge() {
  const { t } = useTranslation('scoreboard');
  const state = useSyncExternalStore(liveConnection.subscribe, liveConnection.get);
  if (state === 'connected') return <Badge status="processing" color="green" text={t('live')} />;
  if (state === 'closed') return <Badge status="warning" text={t('reconnecting')} />;
  return <Badge status="default" text={t('connecting')} />;
}

/**
 * Projector mode on a long field: wait at the top, glide down at a reading pace, wait at the bottom,
 * jump back to the top. Restarts from the top when the standings change.
 */
function useAutoScroll(ref: React.RefObject<HTMLDivElement | null>, enabled: boolean, version: number) {
  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element) return;
    const pauseMs = 5_000;
    const pixelsPerSecond = 40;
    let phase: 'top' | 'down' | 'bottom' = 'top';
    let since = performance.now();
    let last = since;
    let position = 0;
    let frame = requestAnimationFrame(function step(now) {
      const max = element.scrollHeight - element.clientHeight;
      const elapsed = now - since;
      if (max <= 0) {
        element.scrollTop = 0;
      } else if (phase === 'top' && elapsed > pauseMs) {
        phase = 'down';
        position = 0;
      } else if (phase === 'down') {
        position = Math.min(max, position + ((now - last) / 1000) * pixelsPerSecond);
        element.scrollTop = position;
        if (position >= max) {
          phase = 'bottom';
          since = now;
        }
      } else if (phase === 'bottom' && elapsed > pauseMs) {
        element.scrollTop = 0;
        phase = 'top';
        since = now;
      }
      last = now;
      frame = requestAnimationFrame(step);
    });
    element.scrollTop = 0;
    return () => cancelAnimationFrame(frame);
  }, [ref, enabled, version]);
}
