import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Descriptions, Drawer, Flex, Form, Grid, Input, InputNumber, Radio, Row, Select, Typography, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { enumName } from '../../domain/competition';
import { formatMark } from '../../domain/score';
import { applyUserErrors } from '../../forms/applyUserErrors';
import { loadStateOf } from '../../forms/loadStateOf';
import { QueryState } from '../../forms/QueryState';
import { requestFailure } from '../../forms/requestFailure';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { AppealEventQuery } from '../../gql/graphql';
import type { MarkInput } from '../../gql/schema';
import { RefusalLines } from '../event/RefusalLines';
import type { CompetitionAppeal } from './AppealsCard';
import { correctionChoices, type CorrectionValues } from './appealCorrections';
import { formatMinute, maxAppealText } from './publication';
import '../../forms/i18n';
import './i18n';

/** The scheme and panel of the appeal's event: what a correction names (round, aspect, attempt, judge). */
export const AppealEventQueryDocument = graphql(`
  query AppealEvent($id: ID!) {
    event(id: $id) {
      id
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
            attempts
            maxMark
          }
        }
      }
      judges {
        id
        name
        role
        active
      }
    }
  }
`);

export const DecideAppealMutation = graphql(`
  mutation DecideAppeal($input: DecideAppealInput!) {
    decideAppeal(input: $input) {
      appeal {
        id
        status
        decisionNote
        decidedBy
        decidedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export type AppealEvent = NonNullable<AppealEventQuery['event']>;

interface DecisionValues {
  upheld?: boolean;
  note: string;
  corrections: CorrectionValues[];
}

/**
 * 裁决 of an open appeal by the competition's organizer: 申诉成立 or 驳回, with the note (required), and when upheld
 * the marks as they should be (optional): each a round, aspect, attempt and judge of the appeal's event, and the
 * value. The API's refusals land under the fields they name (corrections[0].value …), the rest above the form.
 */
export function DecideAppealDrawer({ appeal, onClose, onDecided }: { appeal: CompetitionAppeal; onClose: () => void; onDecided: () => void }) {
  const { t } = useTranslation('competitions');
  const { t: tf } = useTranslation('forms');
  const screens = Grid.useBreakpoint();
  const { message } = App.useApp();
  const [form] = Form.useForm<DecisionValues>();
  const upheld = Form.useWatch('upheld', form);
  const [others, setOthers] = useState<string[]>([]);
  // the scheme and panel are read once the appeal is upheld: only corrections need them
  const [{ data, fetching: loading, error }, reexecute] = useQuery({ query: AppealEventQueryDocument, variables: { id: appeal.registration.event.id }, pause: upheld !== true });
  const [{ fetching }, decide] = useMutation(DecideAppealMutation);
  const event = data?.event;
  const name = appeal.registration.team ?? appeal.registration.competitor.name;

  async function send(values: DecisionValues) {
    setOthers([]);
    const corrections: MarkInput[] | undefined = values.upheld
      ? (values.corrections ?? []).map((c) => ({
          registrationId: appeal.registration.id,
          round: c.round ?? '',
          aspect: c.aspect ?? '',
          attempt: c.attempt ?? 1,
          judgeId: c.judgeId,
          value: Number(c.value),
        }))
      : undefined;
    const result = await decide({ input: { id: appeal.id, upheld: !!values.upheld, note: values.note.trim(), corrections } });
    if (result.error) {
      setOthers([requestFailure(result.error, tf)]);
      return;
    }
    const errors = result.data?.decideAppeal.userErrors ?? [];
    if (errors.length > 0) {
      setOthers(applyUserErrors(form, errors));
      return;
    }
    void message.success(t(values.upheld ? 'decide.upheldDone' : 'decide.dismissedDone'));
    onDecided();
  }

  return (
    <Drawer open size={screens.lg ? 760 : '100%'} title={t('decide.title', { bib: appeal.registration.bib, name })} onClose={onClose} destroyOnHidden>
      <Form<DecisionValues> form={form} layout="vertical" initialValues={{ upheld: undefined, note: '', corrections: [] }} onFinish={(values) => void send(values)}>
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 16 }}
          items={[
            {
              key: 'appeal',
              label: t('decide.appeal'),
              children: (
                <Flex vertical>
                  <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{appeal.reason}</Typography.Paragraph>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {appeal.registration.event.name} · {t('decide.filed', { by: appeal.filedBy, at: formatMinute(appeal.filedAt) })}
                  </Typography.Text>
                </Flex>
              ),
            },
          ]}
        />
        {others.length > 0 && <Alert type="error" showIcon title={t('decide.refused')} description={<RefusalLines lines={others} />} style={{ marginBottom: 16 }} />}
        <Form.Item name="upheld" label={t('decide.outcome')} rules={[{ required: true, type: 'boolean', message: t('decide.outcomeRequired') }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: true, label: t('decide.upheld') },
              { value: false, label: t('decide.dismissed') },
            ]}
          />
        </Form.Item>
        <Form.Item name="note" label={t('decide.note')} rules={[{ required: true, whitespace: true, message: t('decide.noteRequired') }]}>
          <Input.TextArea rows={3} maxLength={maxAppealText} showCount placeholder={t('decide.notePlaceholder')} />
        </Form.Item>
        {upheld === true && (
          <Form.Item label={t('decide.corrections')} extra={t('decide.correctionsHint')}>
            <QueryState {...loadStateOf({ data, fetching: loading, error }, reexecute)} errorTitle={t('decide.eventFailed')} rows={2}>
              {event && <CorrectionsList event={event} />}
            </QueryState>
          </Form.Item>
        )}
        <Flex justify="flex-end" gap="small">
          <Button onClick={onClose}>{t('decide.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={fetching}>
            {t('decide.submit')}
          </Button>
        </Flex>
      </Form>
    </Drawer>
  );
}

/** The corrections an upheld appeal makes, one row each: round, aspect, attempt, judge and the value. */
function CorrectionsList({ event }: { event: AppealEvent }) {
  const { t } = useTranslation('competitions');
  const form = Form.useFormInstance<DecisionValues>();
  const first = [...event.rounds].sort((a, b) => a.sequence - b.sequence)[0];
  return (
    <Form.List name="corrections">
      {(fields, { add, remove }) => (
        <Flex vertical gap={8}>
          {fields.length === 0 && <Typography.Text type="secondary">{t('decide.noCorrections')}</Typography.Text>}
          {fields.map((field) => (
            <CorrectionRow key={field.key} event={event} index={field.name} onRemove={() => remove(field.name)} form={form} />
          ))}
          <Button
            icon={<PlusOutlined />}
            style={{ alignSelf: 'flex-start' }}
            onClick={() => add({ round: first?.code, aspect: undefined, attempt: 1, judgeId: undefined, value: null } satisfies CorrectionValues)}
          >
            {t('decide.addCorrection')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

function CorrectionRow({ event, index, onRemove, form }: { event: AppealEvent; index: number; onRemove: () => void; form: FormInstance<DecisionValues> }) {
  const { t } = useTranslation('competitions');
  const language = useLanguage();
  const values = (Form.useWatch(['corrections', index], form) ?? {}) as CorrectionValues;
  const choices = correctionChoices(event, values);
  const required = [{ required: true, message: t('decide.pickRequired') }];
  const at = (key: keyof CorrectionValues) => ['corrections', index, key] as ['corrections', number, keyof CorrectionValues];

  return (
    <Row gutter={8} align="top" data-testid={`correction-${index}`} style={{ borderBottom: '1px dashed #f0f0f0', paddingBottom: 4 }}>
      <Col xs={12} sm={5}>
        <Form.Item name={[index, 'round']} label={t('decide.round')} rules={required}>
          <Select
            options={choices.rounds.map((r) => ({ value: r.code, label: r.name }))}
            onChange={() => form.setFieldValue(at('aspect'), undefined)}
          />
        </Form.Item>
      </Col>
      <Col xs={12} sm={6}>
        <Form.Item name={[index, 'aspect']} label={t('decide.aspect')} rules={required}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={choices.aspects.map((a) => ({ value: a.code, label: `${a.name}（${a.code}）` }))}
            onChange={() => form.setFieldValue(at('attempt'), 1)}
          />
        </Form.Item>
      </Col>
      <Col xs={8} sm={3}>
        <Form.Item name={[index, 'attempt']} label={t('decide.attempt')} rules={required}>
          <Select options={choices.attempts.map((n) => ({ value: n, label: t('decide.attemptN', { n }) }))} />
        </Form.Item>
      </Col>
      <Col xs={16} sm={5}>
        <Form.Item name={[index, 'judgeId']} label={t('decide.judge')} rules={required}>
          <Select
            options={choices.judges.map((j) => ({
              value: j.id,
              label: `${j.name} · ${enumName('judgeRole', j.role, language)}${j.active ? '' : ` · ${t('decide.replaced')}`}`,
            }))}
          />
        </Form.Item>
      </Col>
      <Col xs={16} sm={4}>
        <Form.Item
          name={[index, 'value']}
          label={t('decide.value')}
          extra={choices.aspect ? t('decide.valueRange', { max: formatMark(choices.aspect.maxMark) }) : undefined}
          rules={[
            { required: true, message: t('decide.valueRequired') },
            { type: 'number', min: 0, max: choices.aspect?.maxMark, message: t('decide.valueOutOfRange', { max: formatMark(choices.aspect?.maxMark) }) },
          ]}
        >
          <InputNumber style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={8} sm={1}>
        <Form.Item label=" " colon={false}>
          <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('decide.remove')} onClick={onRemove} />
        </Form.Item>
      </Col>
    </Row>
  );
}
