import { CheckCircleFilled, ClockCircleOutlined, ExclamationCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, InputNumber, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMark, formatMarkRange, formatWeight, markProblem } from '../../domain/score';
import './i18n';
import { slotKey, type QueuedMark, type RefusedMark } from './markQueue';
import { difficultyProblem, sharedAspect, type MarkableRegistration, type PadAspect, type PadRound, type SlotState } from './padModel';

/* MarkSheet: one competitor's sheet on the judge pad (JudgeEventPage), field by field with each slot's state. */

export interface MarkSheetProps {
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
export function MarkSheet(props: MarkSheetProps) {
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
