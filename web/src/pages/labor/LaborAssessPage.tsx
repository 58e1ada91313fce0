import { MessageFilled, MessageOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Flex, Form, Input, InputNumber, Popover, Result, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { enumName, takesPart } from '../../domain/competition';
import { formatMark } from '../../domain/score';
import { loadStateOf } from '../../forms/loadStateOf';
import { QueryState } from '../../forms/QueryState';
import { requestFailure } from '../../forms/requestFailure';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { LaborAssessmentQuery as LaborAssessmentResult } from '../../gql/graphql';
import { paths } from '../../paths';
import { newIdempotencyKey } from '../judge-pad/markQueue';
import { SubmitMarksMutation } from '../judge-pad/submitMarks';
import '../../forms/i18n';
import {
  aspectsOf,
  cellKey,
  cellNow,
  defaultRound,
  isChanged,
  isVeto,
  maxNote,
  pendingEdits,
  planSave,
  refusalsByCell,
  storedCells,
  todayIso,
  unitName,
  type AssessAspect,
  type CellEdit,
  type CellKey,
  type CellRefusal,
  type LocalProblem,
  type PlannedMark,
  type SaveOutcome,
} from './assessModel';
import './i18n';
import { LaborStandings, LaborStandingsQuery } from './LaborStandings';
import { PeriodSheetImport } from './PeriodSheetImport';

export const LaborAssessmentQuery = graphql(`
  query LaborAssessment($id: ID!) {
    event(id: $id) {
      id
      name
      scoreDecimals
      competition {
        id
        name
        kind
        status
      }
      rounds {
        code
        name
        sequence
        startsOn
        endsOn
        modules {
          code
          name
          baseScore
          maxScore
          aspects {
            code
            name
            maxMark
            effect
          }
        }
      }
      judges {
        id
        name
        role
        active
      }
      registrations(first: 1000) {
        edges {
          node {
            id
            bib
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

export const LaborMarksQuery = graphql(`
  query LaborMarks($id: ID!, $round: String!) {
    event(id: $id) {
      id
      marks(round: $round) {
        id
        round
        aspect
        attempt
        value
        note
        registration {
          id
        }
        judge {
          id
        }
      }
    }
  }
`);

export type AssessEvent = NonNullable<LaborAssessmentResult['event']>;
type Round = AssessEvent['rounds'][number];
type Module = Round['modules'][number];
type Unit = AssessEvent['registrations']['edges'][number]['node'];

/**
 * 考核评分: one period (round) of a labor event as the assessment group's sheet, units × the period's indicators
 * grouped by module, each cell a mark (a value within 0…maxMark, a veto item as a switch) with the assessor's note;
 * saved through submitMarks for the panel's first judge (代录, as a scorekeeper enters a paper sheet), and below it the
 * cumulative standings with the rotating banner and the vetoes.
 */
export function LaborAssessPage() {
  const { id = '', round: roundParam } = useParams();
  const { t } = useTranslation('labor');
  const [{ data, fetching, error }, refetch] = useQuery({ query: LaborAssessmentQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const event = data?.event;
  const rounds = useMemo(() => [...(event?.rounds ?? [])].sort((a, b) => a.sequence - b.sequence), [event]);
  const round = rounds.find((r) => r.code === roundParam) ?? rounds.find((r) => r.code === defaultRound(rounds, todayIso()));

  return (
    <div style={{ maxWidth: 1400, margin: '0 auto' }}>
      <QueryState {...loadStateOf({ data, fetching, error }, refetch)}>
        {!event ? (
          <Result status="404" title={t('assess.notFound')} extra={<Link to={paths.competitions()}>{t('assess.back')}</Link>} />
        ) : event.competition.kind !== 'LABOR' ? (
          <Result status="info" title={t('assess.notLabor')} extra={<Link to={paths.judgeEvent(event.id)}>{t('assess.toJudgePad')}</Link>} />
        ) : !round ? (
          <Card title={t('assess.title', { name: event.name })}>
            <Empty description={t('assess.noRounds')} />
          </Card>
        ) : (
          <PeriodAssessment key={round.code} event={event} rounds={rounds} round={round} />
        )}
      </QueryState>
    </div>
  );
}

function PeriodAssessment({ event, rounds, round }: { event: AssessEvent; rounds: Round[]; round: Round }) {
  const { t } = useTranslation('labor');
  const { t: tf } = useTranslation('forms');
  const language = useLanguage();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const variables = { id: event.id, round: round.code };
  const [marksResult, refetchMarks] = useQuery({ query: LaborMarksQuery, variables, requestPolicy: 'cache-and-network' });
  const [standingsResult, refetchStandings] = useQuery({ query: LaborStandingsQuery, variables, requestPolicy: 'cache-and-network' });
  const [{ fetching: saving }, submit] = useMutation(SubmitMarksMutation);
  const [edits, setEdits] = useState<Map<CellKey, CellEdit>>(new Map());
  const [problems, setProblems] = useState<Map<CellKey, LocalProblem>>(new Map());
  const [refusals, setRefusals] = useState<Map<CellKey, CellRefusal>>(new Map());
  const [others, setOthers] = useState<string[]>([]);

  // The assessment group: the panel's first judge still marking; every mark of the sheet is entered for it.
  const assessor = event.judges.find((judge) => judge.role === 'JUDGE' && judge.active);
  const running = event.competition.status === 'RUNNING';
  const editable = running && !!assessor;
  const units = useMemo(() => event.registrations.edges.map((edge) => edge.node).filter((unit) => takesPart(unit.status)), [event]);
  const aspects = useMemo(() => aspectsOf(round), [round]);
  const marks = marksResult.data?.event?.marks;
  const stored = useMemo(() => storedCells(marks ?? [], round.code, assessor?.id), [marks, round.code, assessor?.id]);

  // Saved marks come back with the reload: the edits they match are done.
  useEffect(() => setEdits((current) => (current.size ? pendingEdits(stored, current) : current)), [stored]);

  const unsaved = [...edits.keys()].filter((key) => isChanged(stored, edits, key)).length;

  function edit(key: CellKey, part: CellEdit) {
    setEdits((current) => new Map(current).set(key, { ...current.get(key), ...part }));
    const forget = <V,>(map: Map<CellKey, V>) => {
      if (!map.has(key)) return map;
      const next = new Map(map);
      next.delete(key);
      return next;
    };
    setProblems(forget);
    if ('value' in part) setRefusals((current) => (current.get(key)?.value ? forget(current) : current));
    else setRefusals((current) => (current.get(key)?.note ? new Map(current).set(key, { ...current.get(key), note: undefined }) : current));
  }

  function pickPeriod(code: string) {
    const go = () => navigate(paths.laborAssess(event.id, code));
    if (unsaved === 0) return go();
    modal.confirm({ title: t('assess.discardTitle'), content: t('assess.discardBody'), okText: t('assess.discardOk'), cancelText: t('assess.keepEditing'), onOk: go });
  }

  /** One submitMarks for the assessor, the way every save goes (typed or imported); marks and standings reloaded after an answer. */
  async function send(marks: PlannedMark[], judgeId: string): Promise<SaveOutcome> {
    const result = await submit({
      input: {
        eventId: event.id,
        // one key per save: a save whose answer was lost and is sent again is stored once
        idempotencyKey: newIdempotencyKey(),
        marks: marks.map((mark) => ({ registrationId: mark.registrationId, round: round.code, aspect: mark.aspect, attempt: 1, judgeId, value: mark.value, note: mark.note })),
      },
    });
    const payload = result.data?.submitMarks;
    if (result.error || !payload) return { answered: false, failure: result.error ? requestFailure(result.error, tf) : tf('serverFault') };
    if (payload.userErrors.length === 0) void message.success(t('assess.saved', { count: payload.accepted }));
    else void message.warning(t('assess.partlySaved', { accepted: payload.accepted, count: marks.length - payload.accepted }));
    refetchMarks({ requestPolicy: 'network-only' });
    refetchStandings({ requestPolicy: 'network-only' });
    return { answered: true, ...refusalsByCell(marks, payload.userErrors) };
  }

  async function save() {
    if (!assessor) return;
    setOthers([]);
    const plan = planSave(units, aspects, stored, edits);
    setProblems(plan.problems);
    if (plan.problems.size > 0) {
      void message.error(t('assess.fixCells'));
      return;
    }
    if (plan.marks.length === 0) {
      void message.info(t('assess.nothingChanged'));
      return;
    }
    const outcome = await send(plan.marks, assessor.id);
    if (!outcome.answered) return setOthers([outcome.failure]);
    setRefusals(outcome.cells);
    setOthers(outcome.others);
  }

  const problemText = (problem: LocalProblem, aspect: AssessAspect) =>
    t(`assess.problem.${problem}`, { max: problem === 'noteTooLong' ? maxNote : formatMark(aspect.maxMark) });

  const columns: ColumnsType<Unit> = [
    {
      title: t('assess.unit'),
      key: 'unit',
      fixed: 'left',
      width: 170,
      render: (_, unit) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{unitName(unit)}</Typography.Text>
          <Typography.Text type="secondary">{unit.bib}</Typography.Text>
        </Space>
      ),
    },
    ...round.modules.map((module) => ({
      title: <ModuleTitle module={module} />,
      key: module.code,
      children: module.aspects.map((aspect) => ({
        title: <AspectTitle aspect={aspect} />,
        key: `${module.code}/${aspect.code}`,
        width: 150,
        onCell: (unit: Unit) => ({ style: isChanged(stored, edits, cellKey(unit.id, aspect.code)) ? { background: 'rgba(250, 173, 20, 0.12)' } : undefined }),
        render: (_: unknown, unit: Unit) => {
          const key = cellKey(unit.id, aspect.code);
          const problem = problems.get(key);
          const refusal = refusals.get(key);
          return (
            <AssessCell
              unit={unitName(unit)}
              aspect={aspect}
              value={cellNow(stored, edits, key).value}
              noteText={edits.get(key)?.note ?? stored.get(key)?.note ?? ''}
              valueError={problem && problem !== 'noteTooLong' ? problemText(problem, aspect) : refusal?.value}
              noteError={problem === 'noteTooLong' ? problemText(problem, aspect) : refusal?.note}
              disabled={!editable}
              onEdit={(part) => edit(key, part)}
            />
          );
        },
      })),
    })),
  ];

  return (
    <Flex vertical gap="middle">
      <Card
        title={
          <Typography.Title level={3} style={{ margin: 0, whiteSpace: 'normal' }}>
            {t('assess.title', { name: event.name })}
          </Typography.Title>
        }
        extra={<Link to={paths.competition(event.competition.id)}>{event.competition.name}</Link>}
      >
        <Flex vertical gap="small">
          <Form layout="inline">
            <Form.Item label={t('assess.period')} htmlFor="labor-assess-period" style={{ marginBottom: 0 }}>
              <Select
                id="labor-assess-period"
                aria-label={t('assess.period')}
                value={round.code}
                style={{ minWidth: 300 }}
                onChange={pickPeriod}
                options={rounds.map((r) => ({
                  value: r.code,
                  label: t('assess.periodOption', { name: r.name, from: r.startsOn ?? t('assess.noDates'), to: r.endsOn ?? t('assess.noDates') }),
                }))}
              />
            </Form.Item>
          </Form>
          {assessor ? (
            <Typography.Text type="secondary">{t('assess.assessor', { name: assessor.name })}</Typography.Text>
          ) : (
            <Alert type="warning" showIcon title={t('assess.noAssessor')} action={<Link to={paths.eventJudges(event.id)}>{t('assess.toPanel')}</Link>} />
          )}
          {!running && <Alert type="info" showIcon title={t('assess.notRunning', { status: enumName('status', event.competition.status, language) })} />}
        </Flex>
      </Card>

      <Card>
        <QueryState {...loadStateOf(marksResult, refetchMarks)} empty={{ when: units.length === 0, description: t('assess.noUnits') }}>
          <Flex vertical gap="small">
            <Table<Unit>
              rowKey="id"
              dataSource={units}
              columns={columns}
              pagination={false}
              size="small"
              bordered
              scroll={{ x: 'max-content' }}
            />
            {others.length > 0 && <Alert type="error" showIcon title={t('assess.refused')} description={others.join('\n')} />}
            <Flex gap="middle" align="center" wrap>
              {/* disabled while saving rather than `loading`: the spinner would change the button's name (loading 保存考核) */}
              <Button type="primary" disabled={!editable || saving} onClick={() => void save()}>
                {t('assess.save')}
              </Button>
              {assessor && (
                <PeriodSheetImport
                  eventName={event.name}
                  period={round.name}
                  units={units}
                  aspects={aspects}
                  stored={stored}
                  disabled={!editable}
                  saving={saving}
                  send={(marks) => send(marks, assessor.id)}
                />
              )}
              {unsaved > 0 && <Typography.Text type="warning">{t('assess.unsaved', { count: unsaved })}</Typography.Text>}
            </Flex>
            <Typography.Text type="secondary">{t('assess.noteHint')}</Typography.Text>
            {aspects.some(isVeto) && <Typography.Text type="secondary">{t('assess.vetoHint')}</Typography.Text>}
          </Flex>
        </QueryState>
      </Card>

      <LaborStandings result={standingsResult} retry={refetchStandings} rounds={rounds} round={round} scoreDecimals={event.scoreDecimals} />
    </Flex>
  );
}

function ModuleTitle({ module }: { module: Module }) {
  const { t } = useTranslation('labor');
  const parts = [module.baseScore ? t('assess.baseScore', { score: formatMark(module.baseScore) }) : null, module.maxScore != null ? t('assess.maxScore', { score: formatMark(module.maxScore) }) : null].filter(Boolean);
  return (
    <Space size={4} wrap>
      <span>{module.name}</span>
      {parts.length > 0 && <Typography.Text type="secondary">{t('assess.moduleFacts', { facts: parts.join(t('assess.factSeparator')) })}</Typography.Text>}
    </Space>
  );
}

const effectColors: Record<string, string | undefined> = { DEDUCT: 'orange', VETO: 'red' };

function AspectTitle({ aspect }: { aspect: AssessAspect }) {
  const { t } = useTranslation('labor');
  return (
    <Space orientation="vertical" size={0}>
      <span>{aspect.name}</span>
      <Space size={4}>
        {aspect.effect !== 'ADD' && <Tag color={effectColors[aspect.effect]}>{t(`assess.effect.${aspect.effect}`, { defaultValue: aspect.effect })}</Tag>}
        {!isVeto(aspect) && <Typography.Text type="secondary">{t('assess.range', { max: formatMark(aspect.maxMark) })}</Typography.Text>}
      </Space>
    </Space>
  );
}

/**
 * One cell: the value (a veto item as a switch, 0 or 1), and beside it the note's icon, filled when there is a note,
 * opening the note in a popover; the problem with the value or the note under it.
 */
function AssessCell({
  unit,
  aspect,
  value,
  noteText,
  valueError,
  noteError,
  disabled,
  onEdit,
}: {
  unit: string;
  aspect: AssessAspect;
  value: number | null;
  noteText: string;
  valueError?: string;
  noteError?: string;
  disabled: boolean;
  onEdit: (part: CellEdit) => void;
}) {
  const { t } = useTranslation('labor');
  const [noteOpen, setNoteOpen] = useState(false);
  const label = `${unit} ${aspect.name}`;
  const hasNote = noteText.trim() !== '';
  return (
    <Flex vertical gap={2}>
      <Flex gap={4} align="center">
        {isVeto(aspect) ? (
          <Switch
            aria-label={label}
            checked={value === 1}
            checkedChildren={t('assess.vetoOn')}
            unCheckedChildren={t('assess.vetoOff')}
            disabled={disabled}
            onChange={(on) => onEdit({ value: on ? 1 : 0 })}
            style={valueError ? { outline: '1px solid #ff4d4f' } : undefined}
          />
        ) : (
          <InputNumber
            aria-label={label}
            size="small"
            min={0}
            max={aspect.maxMark}
            value={value}
            disabled={disabled}
            status={valueError ? 'error' : undefined}
            style={{ width: 90 }}
            onChange={(v) => onEdit({ value: typeof v === 'number' ? v : null })}
          />
        )}
        <Popover
          trigger="click"
          open={noteOpen}
          onOpenChange={setNoteOpen}
          title={t('assess.noteTitle', { unit, aspect: aspect.name })}
          content={
            <Flex vertical gap={8} style={{ width: 300 }}>
              <Input.TextArea
                aria-label={t('assess.noteLabel', { cell: label })}
                autoFocus
                rows={3}
                maxLength={maxNote}
                showCount
                value={noteText}
                disabled={disabled}
                status={noteError ? 'error' : undefined}
                placeholder={t('assess.notePlaceholder')}
                onChange={(e) => onEdit({ note: e.target.value })}
              />
              {noteError && <Typography.Text type="danger">{noteError}</Typography.Text>}
              <Button size="small" type="primary" autoInsertSpace={false} style={{ alignSelf: 'flex-end' }} onClick={() => setNoteOpen(false)}>
                {t('assess.noteDone')}
              </Button>
            </Flex>
          }
        >
          <Button
            size="small"
            type="text"
            aria-label={t('assess.noteButton', { cell: label })}
            title={hasNote ? noteText : undefined}
            icon={hasNote ? <MessageFilled style={{ color: noteError ? '#ff4d4f' : '#1677ff' }} /> : <MessageOutlined style={noteError ? { color: '#ff4d4f' } : undefined} />}
          />
        </Popover>
      </Flex>
      {valueError && (
        <Typography.Text type="danger" style={{ fontSize: 12 }}>
          {valueError}
        </Typography.Text>
      )}
      {noteError && !noteOpen && (
        <Typography.Text type="danger" style={{ fontSize: 12 }}>
          {noteError}
        </Typography.Text>
      )}
    </Flex>
  );
}
