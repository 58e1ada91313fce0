import { ArrowLeftOutlined, CheckCircleFilled, ClockCircleOutlined, ExclamationCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Grid,
  Input,
  InputNumber,
  Result,
  Row,
  Segmented,
  Select,
  Skeleton,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { formatMark, formatMarkRange, formatWeight, markProblem } from '../../domain/score';
import { enumName } from '../../domain/competition';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { JudgeEventQuery as JudgeEventResult } from '../../gql/graphql';
import { paths } from '../../routes';
import './i18n';
import { slotKey, type AnsweredBatch, type QueuedMark, type RefusedMark } from './markQueue';
import { OutboxBar } from './OutboxStatus';
import {
  attemptKey,
  difficultyProblem,
  entersForOthers,
  judgesByAttempt,
  knownDifficulty,
  markableRegistrations,
  marksAspect,
  marksBySlot,
  markingJudges as markingJudgesOf,
  ownPlace,
  pendingBySlot,
  progressOf,
  progressState,
  refusedBySlot,
  replacedPlace,
  roundForJudge,
  sharedAspect,
  slotState,
  takingPart,
  type MarkableRegistration,
  type PadAspect,
  type PadMark,
  type PadRound,
  type Progress,
  type SlotState,
} from './padModel';
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

type Drafts = Record<string, number | null>;

/** /judge/events/:id: marks per competitor, aspect and attempt, queued on the device and sent from there. */
export function JudgeEventPage() {
  const { t } = useTranslation('judgePad');
  const { id = '' } = useParams();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: JudgeEventQuery, variables: { id } });

  if (error && !data) {
    return (
      <Result
        status="error"
        title={t('pad.failed')}
        // the client's own words (often English) on hover: what the reader needs is what to do
        subTitle={<span title={error.message}>{t('pad.failedHint')}</span>}
        extra={
          <Space>
            <Button onClick={() => reexecute({ requestPolicy: 'network-only' })}>{t('outbox.retry')}</Button>
            <Link to={paths.judge()}>{t('pad.back')}</Link>
          </Space>
        }
      />
    );
  }
  if (fetching && !data) {
    return (
      <Card aria-busy="true" aria-label={t('pad.loading')}>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  const event = data?.event;
  if (!event || !data?.me) {
    return <Result status="404" title={t('pad.notFound')} extra={<Link to={paths.judge()}>{t('pad.back')}</Link>} />;
  }
  return <Pad event={event} username={data.me.username} roles={data.me.roles} />;
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

  const rounds = [...event.rounds].sort((a, b) => a.sequence - b.sequence);
  const round: PadRound | undefined = rounds.find((r) => r.code === search.get('round')) ?? rounds[0];
  // a judge given aspects (judge groups) sees, gives and is counted on those only
  const judgeRound: PadRound | undefined = round && judge ? roundForJudge(round, judge) : round;
  const judgesOnAspect = (aspect: string) => markingJudges.filter((j) => marksAspect(j, aspect)).length;

  const [{ data: marksData, error: marksError }, refetchMarks] = useQuery({
    query: JudgeEventMarksQuery,
    variables: { id: event.id, round: round?.code ?? null },
    pause: !round,
    requestPolicy: 'cache-and-network',
  });

  const onAnswer = useCallback(
    ({ batch, outcome }: AnsweredBatch) => {
      if (batch.eventId !== event.id) return;
      refetchMarks({ requestPolicy: 'network-only' });
      const refused = batch.marks.length - outcome.accepted;
      if (refused > 0) void message.warning(t('outbox.answeredWithErrors', { count: outcome.accepted, refused }));
      else void message.success(t('outbox.answered', { count: outcome.accepted }));
    },
    [event.id, refetchMarks, message, t],
  );
  const outbox = useMarkQueue(username, onAnswer);

  const registrations = event.registrations.edges.map((e) => e.node);
  const markable = markableRegistrations(registrations, judge, event.conflictPolicy);
  const hiddenByConflict = takingPart(registrations).length - markable.length;

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

  /** The value a slot shows: what the judge is typing, else what waits to be sent, else what is stored. */
  const currentValue = (key: string): number | null => pending.get(key)?.value ?? saved.get(key)?.value ?? null;
  const shownValue = (key: string): number | null => (key in drafts ? drafts[key] : currentValue(key));
  const edited = (key: string) => key in drafts && drafts[key] !== currentValue(key);

  const allMarks = [...saved.values(), ...pending.values()];
  /** An attempt's difficulty as stored or queued (one value for every mark of the attempt). */
  const currentDifficulty = (regId: string, aspect: string, attempt: number) =>
    round ? knownDifficulty(regId, round.code, aspect, attempt, allMarks) : null;
  const shownDifficulty = (regId: string, aspect: string, attempt: number): number | null => {
    const aKey = round ? attemptKey(regId, round.code, aspect, attempt) : '';
    return aKey in difficulties ? difficulties[aKey] : currentDifficulty(regId, aspect, attempt);
  };
  const difficultyEdited = (regId: string, aspect: string, attempt: number) => {
    const aKey = round ? attemptKey(regId, round.code, aspect, attempt) : '';
    return aKey in difficulties && difficulties[aKey] !== currentDifficulty(regId, aspect, attempt);
  };

  /** Everything typed and not yet saved, as marks to queue; with the problems that stop them. */
  const collect = () => {
    const marks: QueuedMark[] = [];
    let problems = 0;
    if (!round || !judgeRound || !judge) return { marks, problems };
    for (const reg of markable) {
      for (const module of judgeRound.modules) {
        for (const aspect of module.aspects) {
          for (let attempt = 1; attempt <= aspect.attempts; attempt++) {
            const key = slotKey({ registrationId: reg.id, round: round.code, aspect: aspect.code, attempt, judgeId: judge.id });
            const valueEdited = edited(key);
            // submitMarks requires a difficulty on an aspect with one and refuses it on any other
            const withDifficulty = aspect.difficulty;
            if (!valueEdited && !(withDifficulty && difficultyEdited(reg.id, aspect.code, attempt))) continue;
            const value = shownValue(key);
            if (value === null && !valueEdited) continue; // a difficulty for an attempt this judge has not marked: nothing to send
            const difficulty = withDifficulty ? shownDifficulty(reg.id, aspect.code, attempt) : null;
            if (markProblem(value, aspect.maxMark) || (withDifficulty && difficultyProblem(difficulty))) {
              problems += 1;
              continue;
            }
            marks.push({ registrationId: reg.id, round: round.code, aspect: aspect.code, attempt, value: value!, difficulty, judgeId: judge.id });
          }
        }
      }
    }
    return { marks, problems };
  };
  const { marks: toSave, problems } = collect();

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

  const progress = (reg: MarkableRegistration): Progress =>
    judgeRound && judge ? progressOf(judgeRound, reg.id, judge.id, marked) : { done: 0, expected: 0, missing: 0 };

  const filtered = markable.filter((r) => r.bib.toLowerCase().includes(bibFilter.trim().toLowerCase()));

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
          </Space>
        </div>
        <OutboxBar view={outbox} />
      </Flex>

      {!running && <Alert type="warning" showIcon title={t('pad.notRunning', { status: enumName('status', event.competition.status, language) })} />}
      {marksError && <Alert type="warning" showIcon title={<span title={marksError.message}>{t('pad.marksFailed')}</span>} />}

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

interface MarkSheetProps {
  round: PadRound;
  registration: MarkableRegistration;
  judgeId: string;
  /** How many of the panel's marking judges mark this aspect (those given it, and those given none). */
  judgesOnAspect(aspect: string): number;
  shownValue(key: string): number | null;
  edited(key: string): boolean;
  state(key: string): SlotState;
  refusals(key: string): RefusedMark[];
  onDismiss(mark: QueuedMark): void;
  /** The attempt's difficulty as shown: typed, else stored or queued; only asked for aspects with a difficulty. */
  difficulty(aspect: string, attempt: number): number | null;
  difficultyEdited(aspect: string, attempt: number): boolean;
  onValue(key: string, value: number | null): void;
  onDifficulty(aspect: string, attempt: number, value: number | null): void;
  footer: React.ReactNode;
}

/** One competitor's marking sheet for one judge: every aspect and attempt of the round, with its range and state. */
function MarkSheet(props: MarkSheetProps) {
  const { t } = useTranslation('judgePad');
  const { round, registration } = props;
  return (
    <Card
      title={
        <Space wrap>
          <span style={{ fontSize: 22 }}>{t('pad.bib', { bib: registration.bib })}</span>
          <Typography.Text type="secondary">{registration.team ?? registration.competitor.name}</Typography.Text>
          {registration.conflict && <Tag color="orange">{t('pad.conflictTag')}</Tag>}
        </Space>
      }
    >
      <Flex vertical gap="middle">
        {registration.conflict && <Alert type="warning" showIcon title={t('pad.conflictHint')} />}
        {round.modules.map((module) => (
          <section key={module.code}>
            <Typography.Title level={5} style={{ marginTop: 0 }}>
              {module.name}{' '}
              {module.weight !== undefined && (
                <Typography.Text type="secondary" style={{ fontWeight: 'normal', fontSize: 13 }}>
                  {t('pad.weight', { weight: formatWeight(module.weight) })}
                </Typography.Text>
              )}
            </Typography.Title>
            <Flex vertical gap="small">
              {module.aspects.map((aspect) => (
                <AspectRow key={aspect.code} aspect={aspect} {...props} />
              ))}
            </Flex>
          </section>
        ))}
        {props.footer}
      </Flex>
    </Card>
  );
}

function AspectRow({ aspect, ...props }: MarkSheetProps & { aspect: PadAspect }) {
  const { t } = useTranslation('judgePad');
  const shared = sharedAspect(aspect, props.judgesOnAspect(aspect.code));
  return (
    <Card size="small" styles={{ body: { padding: 12 } }}>
      <Flex vertical gap={8}>
        <Space wrap size="small">
          <Typography.Text strong>{aspect.name}</Typography.Text>
          <Tag>{aspect.kind === 'JUDGEMENT' ? t('pad.judgement') : t('pad.measurement')}</Tag>
          <Typography.Text type="secondary">{t('pad.range', { range: formatMarkRange(aspect.maxMark) })}</Typography.Text>
          {shared && <Typography.Text type="secondary">{t('pad.shared', { count: aspect.judges })}</Typography.Text>}
        </Space>
        <Flex wrap gap="middle">
          {Array.from({ length: aspect.attempts }, (_, i) => i + 1).map((attempt) => (
            <AttemptInput key={attempt} aspect={aspect} attempt={attempt} {...props} />
          ))}
        </Flex>
      </Flex>
    </Card>
  );
}

function AttemptInput({ aspect, attempt, ...props }: MarkSheetProps & { aspect: PadAspect; attempt: number }) {
  const { t } = useTranslation('judgePad');
  const key = slotKey({ registrationId: props.registration.id, round: props.round.code, aspect: aspect.code, attempt, judgeId: props.judgeId });
  const value = props.shownValue(key);
  const edited = props.edited(key);
  const state = props.state(key);
  const refusals = props.refusals(key);
  const problem = edited ? markProblem(value, aspect.maxMark) : null;
  const several = aspect.attempts > 1;
  const label = several ? t('pad.markLabelAttempt', { aspect: aspect.name, n: attempt }) : t('pad.markLabel', { aspect: aspect.name });
  const inputId = `mark-${key}`;
  const errorId = `${inputId}-error`;
  // a refusal of the difficulty marks that field; any other (value, aspect, judge, the mark as a whole) the mark
  const refusedValue = refusals.some((r) => r.field !== 'difficulty');
  const refusedDifficulty = refusals.some((r) => r.field === 'difficulty');

  // only an aspect whose attempts carry a difficulty has the field, required there
  const difficulty = aspect.difficulty ? props.difficulty(aspect.code, attempt) : null;
  const difficultyEdited = aspect.difficulty && props.difficultyEdited(aspect.code, attempt);
  const difficultyIssue = aspect.difficulty && (edited || difficultyEdited) ? difficultyProblem(difficulty) : null;
  const difficultyId = `${inputId}-difficulty`;
  const difficultyErrorId = `${difficultyId}-error`;

  return (
    <Flex vertical gap={4} style={{ minWidth: 150 }}>
      {several && <Typography.Text type="secondary">{t('pad.attempt', { n: attempt })}</Typography.Text>}
      <Space.Compact>
        <InputNumber
          id={inputId}
          aria-label={label}
          aria-invalid={!!problem || refusedValue}
          aria-describedby={problem || refusals.length ? errorId : undefined}
          size="large"
          inputMode="decimal"
          // no min/max: antd would silently clamp 11 to 10 on blur; the range is checked and shown instead.
          // step 1: a decimal step would make antd pad every mark (92 → "92.0")
          step={1}
          placeholder={formatMarkRange(aspect.maxMark)}
          status={problem || refusedValue ? 'error' : edited ? 'warning' : undefined}
          value={value}
          onChange={(v) => props.onValue(key, typeof v === 'number' ? v : v === null ? null : Number(v))}
          style={{ width: 130 }}
        />
      </Space.Compact>
      {aspect.difficulty && (
        <>
          <Typography.Text type="secondary">
            <label htmlFor={difficultyId}>{t('pad.difficulty')}</label>
          </Typography.Text>
          <InputNumber
            id={difficultyId}
            aria-label={several ? t('pad.difficultyLabelAttempt', { aspect: aspect.name, n: attempt }) : t('pad.difficultyLabel', { aspect: aspect.name })}
            aria-required
            aria-invalid={!!difficultyIssue || refusedDifficulty}
            aria-describedby={difficultyIssue ? difficultyErrorId : undefined}
            placeholder={t('pad.difficultyPlaceholder')}
            size="middle"
            inputMode="decimal"
            // no min: the API's rule (above 0) is checked and said, not clamped
            step={0.1}
            status={difficultyIssue || refusedDifficulty ? 'error' : difficultyEdited ? 'warning' : undefined}
            value={difficulty}
            onChange={(v) => props.onDifficulty(aspect.code, attempt, typeof v === 'number' ? v : v === null ? null : Number(v))}
            style={{ width: 130 }}
          />
          {difficultyIssue && (
            <Typography.Text id={difficultyErrorId} role="alert" type="danger" style={{ display: 'block' }}>
              {t(`pad.problem.${difficultyIssue}`)}
            </Typography.Text>
          )}
        </>
      )}
      <SlotStateLine state={edited || difficultyEdited ? 'edited' : state} value={value} />
      {(problem || refusals.length > 0) && (
        <div id={errorId} role="alert">
          {problem && (
            <Typography.Text type="danger" style={{ display: 'block' }}>
              {t(`pad.problem.${problem}`, { max: formatMark(aspect.maxMark) })}
            </Typography.Text>
          )}
          {refusals.map((r) => (
            <Typography.Text key={`${r.batchKey}-${r.field}-${r.message}`} type="danger" style={{ display: 'block', maxWidth: 260 }}>
              {/* the API writes in the reader's language: its problem (the mark's field is this input) as it says it */}
              {r.problem || r.message}{' '}
              <Button size="small" type="link" onClick={() => props.onDismiss(r.mark)}>
                {t('pad.dismiss')}
              </Button>
            </Typography.Text>
          ))}
        </div>
      )}
    </Flex>
  );
}

/** The names of a judge's aspects as the scheme has them ("焊缝外观、试件尺寸"), a code the scheme lacks as it is. */
function aspectNames(rounds: readonly PadRound[], codes: readonly string[], separator: string): string {
  const names = new Map<string, string>();
  for (const round of rounds) for (const module of round.modules) for (const aspect of module.aspects) if (!names.has(aspect.code)) names.set(aspect.code, aspect.name);
  return codes.map((code) => names.get(code) ?? code).join(separator);
}

function SlotStateLine({ state, value }: { state: SlotState | 'edited'; value: number | null }) {
  const { t } = useTranslation('judgePad');
  switch (state) {
    case 'saved':
      return (
        <Typography.Text type="success">
          <CheckCircleFilled /> {t('pad.saved')}
        </Typography.Text>
      );
    case 'pending':
      return (
        <Typography.Text type="warning">
          <ClockCircleOutlined /> {t('pad.pending')}
        </Typography.Text>
      );
    case 'refused':
      return (
        <Typography.Text type="danger">
          <ExclamationCircleFilled /> {t('pad.refused')}
        </Typography.Text>
      );
    case 'edited':
      return <Typography.Text type="warning">{t('pad.edited')}</Typography.Text>;
    case 'missing':
      return (
        <Typography.Text type="secondary">
          <MinusCircleOutlined /> {value === null ? t('pad.missing') : ''}
        </Typography.Text>
      );
  }
}
