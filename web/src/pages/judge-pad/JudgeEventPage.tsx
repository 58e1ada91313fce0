import { ArrowLeftOutlined, CheckCircleFilled } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Flex, Grid, Input, Result, Row, Segmented, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { enumName } from '../../domain/competition';
import { loadStateOf } from '../../forms/loadStateOf';
import { QueryState } from '../../forms/QueryState';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { JudgeEventQuery as JudgeEventResult } from '../../gql/graphql';
import { paths } from '../../paths';
import './i18n';
import type { AnsweredBatch } from './markQueue';
import { OutboxBar } from './OutboxStatus';
import {
  attemptKey,
  entersForOthers,
  judgesByAttempt,
  markableRegistrations,
  marksToSave,
  marksAspect,
  marksBySlot,
  markingJudges as markingJudgesOf,
  ownPlace,
  pendingBySlot,
  padEntries,
  progressByRegistration,
  progressState,
  refusedBySlot,
  replacedPlace,
  roundForJudge,
  slotState,
  takingPart,
  typesPaperEntries,
  type Drafts,
  type MarkableRegistration,
  type PadMark,
  type PadRound,
  type Progress,
} from './padModel';
import { MarkSheet } from './MarkSheet';
import { SavedNotices, useSavedNotices, type PaperEntryCaller } from './SavedNotices';
import { useMarkQueue } from './useMarkQueue';

export const JudgeEventQuery = graphql(`
  query JudgeEvent($id: ID!) {
    me {
      username
      roles
    }
    event(id: $id) {
      id
      name
      conflictPolicy
      doubleEntry
      competition {
        id
        name
        status
      }
      rounds {
        code
        name
        sequence
        modules {
          code
          name
          weight
          aspects {
            code
            name
            kind
            maxMark
            judges
            attempts
            difficulty
            maxSpread
          }
        }
      }
      judges {
        id
        name
        role
        username
        affiliation
        aspects
        active
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
            affiliation
            team
            status
            competitor {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const JudgeEventMarksQuery = graphql(`
  query JudgeEventMarks($id: ID!, $round: String) {
    event(id: $id) {
      id
      marks(round: $round) {
        id
        aspect
        attempt
        round
        value
        difficulty
        conflict
        judge {
          id
        }
        registration {
          id
        }
      }
    }
  }
`);

/** /judge/events/:id: marks per competitor, aspect and attempt, queued on the device and sent from there. */
export function JudgeEventPage() {
  const { t } = useTranslation('judgePad');
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: JudgeEventQuery, variables: { id } });

  const event = data?.event;
  const me = data?.me;
  const back = <Link to={paths.judge()}>{t('pad.back')}</Link>;
  return (
    <QueryState
      {...loadStateOf({ data, fetching, error }, reexecute)}
      errorTitle={t('pad.failed')}
      rows={8}
      extra={back}
    >
      {event && me ? <Pad event={event} username={me.username} roles={me.roles} /> : <Result status="404" title={t('pad.notFound')} extra={back} />}
    </QueryState>
  );
}

type PadEvent = NonNullable<JudgeEventResult['event']>;

function Pad({ event, username, roles }: { event: PadEvent; username: string; roles: readonly string[] }) {
  const { t } = useTranslation('judgePad');
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const language = useLanguage();
  const [search, setSearch] = useSearchParams();

  const own = ownPlace(event.judges, username);
  const forOthers = entersForOthers(event.judges, username, roles);
  // a replaced judge's place is offered to nobody: their marks stay, the API refuses new ones
  const markingJudges = markingJudgesOf(event.judges);
  const mode: 'own' | 'sheet' = !own ? 'sheet' : search.get('mode') === 'sheet' && forOthers ? 'sheet' : 'own';
  // a panel with one marking judge has nobody else's sheet to choose
  const sheetJudge = markingJudges.length === 1 ? markingJudges[0] : markingJudges.find((j) => j.id === search.get('judge'));
  const judge = mode === 'own' ? own : sheetJudge;

  const rounds = useMemo(() => [...event.rounds].sort((a, b) => a.sequence - b.sequence), [event.rounds]);
  const round: PadRound | undefined = rounds.find((r) => r.code === search.get('round')) ?? rounds[0];
  // a judge given aspects (judge groups) sees, gives and is counted on those only
  const judgeRound: PadRound | undefined = useMemo(() => (round && judge ? roundForJudge(round, judge) : round), [round, judge]);
  const judgesOnAspect = (aspect: string) => markingJudges.filter((j) => marksAspect(j, aspect)).length;

  const [{ data: marksData, error: marksError }, refetchMarks] = useQuery({
    query: JudgeEventMarksQuery,
    variables: { id: event.id, round: round?.code ?? null },
    pause: !round,
    requestPolicy: 'cache-and-network',
  });

  // after an answer: a refusal of a locked module in the API's words, the spread warnings of who was just marked
  // double entry (双人录入): a scorekeeper's entries for a judge count once a second scorekeeper typed the same
  const typesPaper = typesPaperEntries(event.doubleEntry, event.judges, username, roles);
  const paper: PaperEntryCaller | null = useMemo(() => (typesPaper ? { username, ownJudgeId: own?.id } : null), [typesPaper, username, own?.id]);
  const notices = useSavedNotices(event.id, paper);
  const onSaved = notices.onAnswered;
  const onAnswer = useCallback(
    (answered: AnsweredBatch) => {
      const { batch, outcome } = answered;
      if (batch.eventId !== event.id) return;
      refetchMarks({ requestPolicy: 'network-only' });
      onSaved(answered);
      const refused = batch.marks.length - outcome.accepted;
      if (refused > 0) void message.warning(t('outbox.answeredWithErrors', { count: outcome.accepted, refused }));
      else void message.success(t('outbox.answered', { count: outcome.accepted }));
    },
    [event.id, refetchMarks, onSaved, message, t],
  );
  const outbox = useMarkQueue(username, onAnswer);

  const registrations = useMemo(() => event.registrations.edges.map((e) => e.node), [event.registrations]);
  const markable = useMemo(() => markableRegistrations(registrations, judge, event.conflictPolicy), [registrations, judge, event.conflictPolicy]);
  const hiddenByConflict = useMemo(() => takingPart(registrations).length - markable.length, [registrations, markable]);

  const [bibFilter, setBibFilter] = useState('');
  const selected = markable.find((r) => r.id === search.get('competitor'));

  const saved = useMemo(() => marksBySlot((marksData?.event?.marks ?? []) as PadMark[]), [marksData]);
  const pending = useMemo(() => pendingBySlot(outbox.state.batches), [outbox.state.batches]);
  const refused = useMemo(() => refusedBySlot(outbox.state.refused), [outbox.state.refused]);
  const marked = useMemo(() => judgesByAttempt(saved, pending), [saved, pending]);

  const [drafts, setDrafts] = useState<Drafts>({});
  const [difficulties, setDifficulties] = useState<Drafts>({});

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    setSearch(next, { replace: true });
  };

  // the pad's model, rebuilt only when what it is made of changes (not on every render over a thousand competitors)
  const entries = useMemo(() => padEntries(round?.code, drafts, difficulties, saved, pending), [round?.code, drafts, difficulties, saved, pending]);
  const { shownValue, edited, shownDifficulty, difficultyEdited } = entries;
  const { marks: toSave, problems } = useMemo(() => marksToSave(entries, markable, judgeRound, judge?.id), [entries, markable, judgeRound, judge?.id]);
  const progressOfAll = useMemo(() => progressByRegistration(markable, judgeRound, judge?.id, marked), [markable, judgeRound, judge?.id, marked]);
  const progress = (reg: MarkableRegistration): Progress => progressOfAll.get(reg.id) ?? { done: 0, expected: 0, missing: 0 };
  const filtered = useMemo(() => markable.filter((r) => r.bib.toLowerCase().includes(bibFilter.trim().toLowerCase())), [markable, bibFilter]);

  if (!own && !forOthers) {
    const replaced = replacedPlace(event.judges, username);
    return replaced ? (
      <Result
        status="info"
        title={t('pad.replaced', { name: replaced.replacedBy?.name ?? '' })}
        subTitle={t('pad.replacedHint')}
        extra={<Link to={paths.judge()}>{t('pad.back')}</Link>}
      />
    ) : (
      <Result status="403" title={t('pad.notOnPanel')} extra={<Link to={paths.judge()}>{t('pad.back')}</Link>} />
    );
  }

  const running = event.competition.status === 'RUNNING';


  const save = () => {
    if (problems > 0) {
      void message.error(t('pad.fixFirst'));
      return;
    }
    if (toSave.length === 0) {
      void message.info(t('pad.nothingToSave'));
      return;
    }
    outbox.queue.enqueue(event.id, toSave);
    setDrafts({});
    setDifficulties({});
    // online, the API's answer follows at once (its own message); offline, say where the marks are
    if (!navigator.onLine) void message.info(t('pad.queued', { count: outbox.queue.pendingCount() }));
  };



  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="flex-start" wrap gap="small">
        <div>
          <Link to={paths.judge()}>
            <ArrowLeftOutlined /> {t('pad.back')}
          </Link>
          <Typography.Title level={3} style={{ margin: '4px 0 0' }}>
            {event.name}
          </Typography.Title>
          <Space wrap size="small">
            <Typography.Text type="secondary">{event.competition.name}</Typography.Text>
            <Tag color={running ? 'green' : 'default'}>{enumName('status', event.competition.status, language)}</Tag>
            {own && <Tag color="red">{enumName('judgeRole', own.role, language)}</Tag>}
            {event.doubleEntry && (
              <Tag color="purple" title={t('pad.doubleEntryHint')}>
                {t('pad.doubleEntryTag')}
              </Tag>
            )}
          </Space>
        </div>
        <OutboxBar view={outbox} />
      </Flex>

      {!running && <Alert type="warning" showIcon title={t('pad.notRunning', { status: enumName('status', event.competition.status, language) })} />}
      {marksError && <Alert type="warning" showIcon title={<span title={marksError.message}>{t('pad.marksFailed')}</span>} />}
      <SavedNotices notice={notices.notice} rounds={rounds} judges={event.judges} registrations={registrations} onDismiss={notices.dismiss} />

      <Flex wrap gap="middle" align="center">
        {rounds.length > 1 && (
          <Space>
            <Typography.Text>{t('pad.round')}</Typography.Text>
            <Segmented
              aria-label={t('pad.round')}
              value={round?.code}
              options={rounds.map((r) => ({ value: r.code, label: r.name }))}
              onChange={(value) => setParam('round', String(value))}
            />
          </Space>
        )}
        {forOthers && own && markingJudges.some((j) => j.id !== own.id) && (
          <Segmented
            aria-label={t('pad.mode')}
            value={mode}
            options={[
              { value: 'own', label: t('pad.modeOwn') },
              { value: 'sheet', label: t('pad.modeSheet') },
            ]}
            onChange={(value) => setParam('mode', value === 'sheet' ? 'sheet' : null)}
          />
        )}
        {mode === 'sheet' && markingJudges.length === 1 && sheetJudge && (
          <Typography.Text strong>{t('pad.sheetJudgeOnly', { name: `${sheetJudge.name}（${enumName('judgeRole', sheetJudge.role, language)}）` })}</Typography.Text>
        )}
        {mode === 'sheet' && markingJudges.length !== 1 && (
          <Space wrap>
            <label htmlFor="judge-pad-sheet-judge">{t('pad.sheetJudge')}</label>
            <Select
              id="judge-pad-sheet-judge"
              aria-label={t('pad.sheetJudge')}
              style={{ minWidth: 220 }}
              size="large"
              placeholder={t('pad.sheetJudgePlaceholder')}
              value={sheetJudge?.id}
              options={markingJudges.map((j) => ({ value: j.id, label: `${j.name}（${enumName('judgeRole', j.role, language)}）` }))}
              onChange={(value: string) => setParam('judge', value)}
            />
          </Space>
        )}
      </Flex>
      {mode === 'sheet' && <Typography.Text type="secondary">{t('pad.sheetHint')}</Typography.Text>}
      {judge && !!judge.aspects?.length && (
        <Alert
          type="info"
          showIcon
          title={
            mode === 'own'
              ? t('pad.ownAspects', { aspects: aspectNames(event.rounds, judge.aspects, t('pad.listSeparator')) })
              : t('pad.judgeAspects', { name: judge.name, aspects: aspectNames(event.rounds, judge.aspects, t('pad.listSeparator')) })
          }
        />
      )}

      {!judge ? (
        <Alert type="info" showIcon title={t('pad.chooseJudge')} />
      ) : !round || !judgeRound ? (
        <Empty />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} md={8} lg={7}>
            <Card size="small" title={t('pad.competitors')}>
              <Flex vertical gap="small">
                {screens.md ? (
                  <>
                    <Input.Search allowClear placeholder={t('pad.searchBib')} aria-label={t('pad.searchBib')} value={bibFilter} onChange={(e) => setBibFilter(e.target.value)} />
                    {filtered.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('pad.noCompetitors')} />}
                    <Flex vertical gap={6} style={{ maxHeight: '60vh', overflowY: 'auto' }}>
                      {filtered.map((reg) => {
                        const p = progress(reg);
                        return (
                          <Button
                            key={reg.id}
                            block
                            size="large"
                            type={reg.id === selected?.id ? 'primary' : 'default'}
                            aria-pressed={reg.id === selected?.id}
                            onClick={() => setParam('competitor', reg.id)}
                            style={{ justifyContent: 'space-between', height: 'auto', paddingBlock: 8 }}
                          >
                            <span style={{ textAlign: 'left' }}>
                              <strong style={{ fontSize: 18 }}>{reg.bib}</strong>{' '}
                              <span style={{ opacity: 0.75 }}>{reg.team ?? reg.competitor.name}</span>
                            </span>
                            <Space size={4}>
                              {reg.conflict && <Tag color="orange">{t('pad.conflictTag')}</Tag>}
                              <ProgressTag progress={p} />
                            </Space>
                          </Button>
                        );
                      })}
                    </Flex>
                  </>
                ) : (
                  <Select
                    showSearch
                    size="large"
                    aria-label={t('pad.competitor')}
                    placeholder={t('pad.searchBib')}
                    value={selected?.id}
                    onChange={(value: string) => setParam('competitor', value)}
                    optionFilterProp="label"
                    options={markable.map((reg) => {
                      const p = progress(reg);
                      return {
                        value: reg.id,
                        label: `${reg.bib} ${reg.team ?? reg.competitor.name} · ${progressText(t, p)}${reg.conflict ? ` · ${t('pad.conflictTag')}` : ''}`,
                      };
                    })}
                  />
                )}
                {hiddenByConflict > 0 && <Typography.Text type="secondary">{t('pad.hiddenByConflict', { count: hiddenByConflict })}</Typography.Text>}
              </Flex>
            </Card>
          </Col>
          <Col xs={24} md={16} lg={17}>
            {!selected ? (
              <Card>
                <Empty description={t('pad.chooseCompetitor')} />
              </Card>
            ) : judgeRound.modules.length === 0 ? (
              <Card>
                <Empty description={t('pad.noAspectsInRound')} />
              </Card>
            ) : (
              <MarkSheet
                key={`${selected.id}|${round.code}|${judge.id}`}
                round={judgeRound}
                registration={selected}
                judgeId={judge.id}
                judgesOnAspect={judgesOnAspect}
                shownValue={shownValue}
                edited={edited}
                state={(key) => slotState(key, saved, pending, refused)}
                refusals={(key) => refused.get(key) ?? []}
                onDismiss={(mark) => outbox.queue.dismissRefused(mark)}
                difficulty={(aspect, attempt) => shownDifficulty(selected.id, aspect, attempt)}
                difficultyEdited={(aspect, attempt) => difficultyEdited(selected.id, aspect, attempt)}
                onValue={(key, value) => setDrafts((d) => ({ ...d, [key]: value }))}
                onDifficulty={(aspect, attempt, value) =>
                  setDifficulties((d) => ({ ...d, [attemptKey(selected.id, round.code, aspect, attempt)]: value }))
                }
                footer={
                  <Flex gap="small" wrap justify="flex-end">
                    <Button
                      size="large"
                      disabled={Object.keys(drafts).length === 0 && Object.keys(difficulties).length === 0}
                      onClick={() => {
                        setDrafts({});
                        setDifficulties({});
                      }}
                    >
                      {t('pad.reset')}
                    </Button>
                    <Button type="primary" size="large" disabled={!running} onClick={save}>
                      {toSave.length > 0 ? t('pad.saveCount', { count: toSave.length }) : t('pad.save')}
                    </Button>
                  </Flex>
                }
              />
            )}
          </Col>
        </Row>
      )}
    </Flex>
  );
}

/** "已评 3/5", "已评完 5/5"; never complete when nothing is expected. */
function progressText(t: TFunction<'judgePad'>, progress: Progress): string {
  switch (progressState(progress)) {
    case 'complete':
      return t('pad.complete', { count: progress.expected });
    case 'incomplete':
      return t('pad.progress', { done: progress.done, count: progress.expected });
    case 'nothing':
      return t('pad.nothingExpected');
  }
}

function ProgressTag({ progress }: { progress: Progress }) {
  const { t } = useTranslation('judgePad');
  const state = progressState(progress);
  return (
    <Tag
      color={state === 'complete' ? 'green' : state === 'incomplete' ? 'orange' : 'default'}
      icon={state === 'complete' ? <CheckCircleFilled /> : undefined}
      style={{ fontVariantNumeric: 'tabular-nums', marginInlineEnd: 0 }}
    >
      {progressText(t, progress)}
    </Tag>
  );
}

/** The names of a judge's aspects as the scheme has them ("焊缝外观、试件尺寸"), a code the scheme lacks as it is. */
function aspectNames(rounds: readonly PadRound[], codes: readonly string[], separator: string): string {
  const names = new Map<string, string>();
  for (const round of rounds) for (const module of round.modules) for (const aspect of module.aspects) if (!names.has(aspect.code)) names.set(aspect.code, aspect.name);
  return codes.map((code) => names.get(code) ?? code).join(separator);
}
