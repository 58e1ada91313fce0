import { ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, InputNumber, Modal, Radio, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { formatMark } from '../../domain/score';
import { applyUserErrors } from '../../forms/applyUserErrors';
import { loadStateOf } from '../../forms/loadStateOf';
import { QueryState } from '../../forms/QueryState';
import { requestFailure } from '../../forms/requestFailure';
import { graphql } from '../../gql';
import type { ChiefJudgeDiscrepanciesQuery } from '../../gql/graphql';
import { RefusalLines } from '../event/RefusalLines';
import type { ConsoleEventRound } from './ChiefJudgeConsolePage';
import { formatInstant, type SchemeNames } from './consoleModel';
import '../../forms/i18n';
import './i18n';

export const ChiefJudgeDiscrepanciesQueryDocument = graphql(`
  query ChiefJudgeDiscrepancies($id: ID!, $round: String) {
    event(id: $id) {
      id
      markDiscrepancies(round: $round) {
        aspect
        attempt
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
        entries {
          value
          enteredBy
          enteredAt
        }
      }
    }
  }
`);

/** The chief judge's settlement: the mark of the slot's judge, entered by the chief judge (it counts at once). */
export const SettleDiscrepancyMutation = graphql(`
  mutation SettleDiscrepancy($input: SubmitMarksInput!) {
    submitMarks(input: $input) {
      accepted
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export type Discrepancy = NonNullable<ChiefJudgeDiscrepanciesQuery['event']>['markDiscrepancies'][number];

const slotKey = (d: Discrepancy) => `${d.registration.id}|${d.aspect}|${d.attempt}|${d.judge.id}`;

/**
 * 评分分歧 of one round of a double-entry event (双人录入): the paper-sheet slots whose two scorekeepers typed different
 * values, each entry with who typed it and when. 裁定 enters the settled value for the slot's judge (submitMarks), chosen
 * among the entries or typed; the list is read again after it, after every lock or reopening (`changes`) and on 刷新.
 */
export function DiscrepanciesCard({
  eventId,
  round,
  names,
  changes,
  onSettled,
}: {
  eventId: string;
  round: ConsoleEventRound;
  names: SchemeNames;
  changes: number;
  onSettled: () => void;
}) {
  const { t } = useTranslation('chief-judge-console');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ChiefJudgeDiscrepanciesQueryDocument,
    variables: { id: eventId, round: round.code },
    requestPolicy: 'cache-and-network',
  });
  useEffect(() => {
    if (changes > 0) reexecute({ requestPolicy: 'network-only' });
  }, [changes, reexecute]);
  const [settling, setSettling] = useState<Discrepancy>();
  const discrepancies = data?.event?.markDiscrepancies ?? [];

  return (
    <Card
      title={t('discrepancies.title')}
      extra={
        <Flex gap="small" align="center" wrap>
          {discrepancies.length > 0 && <Tag color="orange">{t('discrepancies.count', { count: discrepancies.length })}</Tag>}
          <Button icon={<ReloadOutlined />} loading={fetching} onClick={() => reexecute({ requestPolicy: 'network-only' })}>
            {t('discrepancies.refresh')}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap="small">
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('discrepancies.intro')}
        </Typography.Paragraph>
        <QueryState
          {...loadStateOf({ data, fetching, error }, reexecute)}
          errorTitle={t('discrepancies.failed')}
          rows={3}
          empty={{ when: discrepancies.length === 0, description: t('discrepancies.empty') }}
        >
          <Table<Discrepancy>
            aria-label={t('discrepancies.title')}
            rowKey={slotKey}
            size="middle"
            pagination={false}
            dataSource={[...discrepancies]}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('discrepancies.bib'), key: 'bib', render: (_, d) => <Typography.Text strong>{d.registration.bib}</Typography.Text> },
              { title: t('discrepancies.competitor'), key: 'competitor', render: (_, d) => d.registration.team ?? d.registration.competitor.name },
              {
                title: t('discrepancies.aspect'),
                key: 'aspect',
                render: (_, d) => (
                  <>
                    {names.aspect(round.code, d.aspect)} <Typography.Text type="secondary">{d.aspect}</Typography.Text>
                  </>
                ),
              },
              { title: t('discrepancies.attempt'), key: 'attempt', render: (_, d) => t('discrepancies.attemptN', { n: d.attempt }) },
              { title: t('discrepancies.judge'), key: 'judge', render: (_, d) => d.judge.name },
              {
                title: t('discrepancies.entries'),
                key: 'entries',
                render: (_, d) => (
                  <Flex vertical>
                    {d.entries.map((entry, i) => (
                      <span key={i} style={{ fontVariantNumeric: 'tabular-nums' }}>
                        <Typography.Text strong>{formatMark(entry.value)}</Typography.Text>{' '}
                        <Typography.Text type="secondary">{t('discrepancies.entry', { by: entry.enteredBy, at: formatInstant(entry.enteredAt) })}</Typography.Text>
                      </span>
                    ))}
                  </Flex>
                ),
              },
              {
                title: t('discrepancies.actions'),
                key: 'actions',
                render: (_, d) => (
                  <Button type="primary" size="small" autoInsertSpace={false} onClick={() => setSettling(d)}>
                    {t('discrepancies.settle')}
                  </Button>
                ),
              },
            ]}
          />
        </QueryState>
      </Flex>
      {settling && (
        <SettleModal
          key={slotKey(settling)}
          eventId={eventId}
          round={round}
          names={names}
          discrepancy={settling}
          onClose={() => setSettling(undefined)}
          onSettled={() => {
            setSettling(undefined);
            reexecute({ requestPolicy: 'network-only' });
            onSettled();
          }}
        />
      )}
    </Card>
  );
}

/** The largest mark of an aspect of the round, from the scheme; undefined when the scheme does not name it. */
function maxMarkOf(round: ConsoleEventRound, aspect: string): number | undefined {
  for (const module of round.modules) {
    const found = module.aspects.find((a) => a.code === aspect);
    if (found) return found.maxMark;
  }
  return undefined;
}

/**
 * 裁定 one slot: an entry's value taken with one click, or another typed (the sheet read again). A refusal stays in the
 * dialog: under the value when it names it (marks[0].value), above the form otherwise (a locked module, not the chief judge).
 */
function SettleModal({
  eventId,
  round,
  names,
  discrepancy,
  onClose,
  onSettled,
}: {
  eventId: string;
  round: ConsoleEventRound;
  names: SchemeNames;
  discrepancy: Discrepancy;
  onClose: () => void;
  onSettled: () => void;
}) {
  const { t } = useTranslation('chief-judge-console');
  const { t: tf } = useTranslation('forms');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ value: number | null }>();
  const value = Form.useWatch('value', form);
  const [others, setOthers] = useState<string[]>([]);
  const [{ fetching }, submit] = useMutation(SettleDiscrepancyMutation);
  const max = maxMarkOf(round, discrepancy.aspect);
  const picked = discrepancy.entries.findIndex((entry) => entry.value === value);
  const { registration, judge } = discrepancy;

  async function send({ value }: { value: number | null }) {
    setOthers([]);
    const settled = Number(value);
    const result = await submit({
      input: {
        eventId,
        marks: [{ registrationId: registration.id, round: round.code, aspect: discrepancy.aspect, attempt: discrepancy.attempt, judgeId: judge.id, value: settled }],
      },
    });
    if (result.error) {
      setOthers([requestFailure(result.error, tf)]);
      return;
    }
    const errors = result.data?.submitMarks.userErrors ?? [];
    if (errors.length > 0) {
      setOthers(applyUserErrors(form, errors, ['marks', '0']));
      return;
    }
    void message.success(t('discrepancies.done', { value: formatMark(settled) }));
    onSettled();
  }

  return (
    <Modal
      open
      title={t('discrepancies.settleTitle', { bib: registration.bib, name: registration.team ?? registration.competitor.name })}
      okText={t('discrepancies.ok')}
      cancelText={t('discrepancies.cancel')}
      okButtonProps={{ loading: fetching }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>
        {t('discrepancies.slot', { aspect: names.aspect(round.code, discrepancy.aspect), n: discrepancy.attempt, judge: judge.name })}
      </Typography.Paragraph>
      {others.length > 0 && <Alert type="error" showIcon title={t('discrepancies.refused')} description={<RefusalLines lines={others} />} style={{ marginBottom: 16 }} />}
      <Typography.Text strong>{t('discrepancies.pick')}</Typography.Text>
      <Radio.Group
        aria-label={t('discrepancies.pick')}
        value={picked >= 0 ? picked : undefined}
        onChange={(e) => form.setFields([{ name: 'value', value: discrepancy.entries[e.target.value as number].value, errors: [] }])}
        style={{ display: 'flex', flexDirection: 'column', gap: 4, margin: '8px 0 16px' }}
      >
        {discrepancy.entries.map((entry, i) => (
          <Radio key={i} value={i}>
            {t('discrepancies.take', { value: formatMark(entry.value), by: entry.enteredBy, at: formatInstant(entry.enteredAt) })}
          </Radio>
        ))}
      </Radio.Group>
      <Form form={form} layout="vertical" initialValues={{ value: null }} onFinish={(values) => void send(values)}>
        <Form.Item
          name="value"
          label={t('discrepancies.value')}
          extra={max != null ? t('discrepancies.valueRange', { max: formatMark(max) }) : undefined}
          rules={[
            { required: true, message: t('discrepancies.valueRequired') },
            { type: 'number', min: 0, max, message: t('discrepancies.valueOutOfRange', { max: formatMark(max) }) },
          ]}
        >
          <InputNumber style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
