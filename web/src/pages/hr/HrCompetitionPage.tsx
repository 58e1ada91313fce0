import { ArrowLeftOutlined, CheckOutlined, CloseOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Result, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation } from 'urql';
import { useLocalizedQuery } from '../../graphql/useLocalizedQuery';
import { enumName } from '../../domain/competition';
import { outcomeKindName, outcomeResult, outcomeStatuses, outcomeStatusColors, outcomeStatusName } from '../../domain/promotion';
import { DownloadButton } from '../../forms/DownloadButton';
import { loadStateOf } from '../../forms/loadStateOf';
import { QueryState } from '../../forms/QueryState';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { HrCompetitionQuery } from '../../gql/graphql';
import { useViewer } from '../../layout/viewer';
import { paths } from '../../paths';
import { outcomesWorkbookUrl } from './download';
import './i18n';
import { groupPolicies, policyMatches } from './policyGroups';

export const PromotionOutcomeFields = graphql(`
  fragment PromotionOutcomeFields on PromotionOutcome {
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
    decidedBy
    person {
      id
      name
      affiliation
      skillLevel
    }
    registration {
      id
      bib
      event {
        id
        name
      }
    }
    policy {
      id
      name
    }
  }
`);

export const HrCompetitionQueryDocument = graphql(`
  query HrCompetition($id: ID!) {
    competition(id: $id) {
      id
      name
      level
      status
      promotionOutcomes {
        ...PromotionOutcomeFields
      }
    }
    promotionPolicies {
      id
      name
      source
      template
      createdBy
      appliesTo
    }
  }
`);

export const EvaluatePromotionsMutation = graphql(`
  mutation EvaluatePromotions($competitionId: ID!, $policyId: ID!) {
    evaluatePromotions(competitionId: $competitionId, policyId: $policyId) {
      outcomes {
        ...PromotionOutcomeFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DecidePromotionOutcomeMutation = graphql(`
  mutation DecidePromotionOutcome($id: ID!, $approve: Boolean!, $note: String) {
    decidePromotionOutcome(id: $id, approve: $approve, note: $note) {
      outcome {
        ...PromotionOutcomeFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type Outcome = NonNullable<HrCompetitionQuery['competition']>['promotionOutcomes'][number];
type Policy = HrCompetitionQuery['promotionPolicies'][number];
/** An entry of the policy picker: a group of policies (label, options), or one policy. */
interface PolicyOption {
  label: string;
  value?: string;
  title?: string;
  disabled?: boolean;
  policy?: Policy;
  options?: PolicyOption[];
}

const evaluable = new Set(['SCORING_CLOSED', 'PUBLISHED', 'FINAL', 'ARCHIVED']);

/** /hr/competitions/:id: evaluate a competition under a policy, review the outcomes, decide, export. */
export function HrCompetitionPage() {
  const { t } = useTranslation('hr');
  const { t: tt } = useTranslation();
  const language = useLanguage();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const viewer = useViewer();
  const [{ data, fetching, error }, reexecute] = useLocalizedQuery({ query: HrCompetitionQueryDocument, variables: { id }, requestPolicy: 'cache-and-network' });
  const [{ fetching: evaluating }, evaluate] = useMutation(EvaluatePromotionsMutation);
  const [policyId, setPolicyId] = useState<string>();
  const [evaluateErrors, setEvaluateErrors] = useState<{ policy: string[]; other: string[] }>({ policy: [], other: [] });
  const [filter, setFilter] = useState<string>('ALL');
  const [deciding, setDeciding] = useState<{ outcome: Outcome; approve: boolean } | null>(null);
  // HR of the worker's employer decides (the API checks whose); an organizer without an HR grant evaluates only
  const decides = useViewer().grants.some((g) => g.role === 'HR');

  const state = (content: ReactNode) => (
    <QueryState
      {...loadStateOf({ data, fetching, error }, reexecute)}
      errorTitle={t('failed')}
      rows={8}
    >
      {content}
    </QueryState>
  );
  const competition = data?.competition;
  if (!competition) return state(<Result status="404" title={t('review.notFound')} extra={<Link to={paths.hr()}>{t('review.back')}</Link>} />);

  const policies = data?.promotionPolicies ?? [];
  const applies = (p: Policy) => p.appliesTo.length === 0 || p.appliesTo.includes(competition.level);
  const policyOptions: PolicyOption[] = groupPolicies(policies, viewer.username).map(({ group, policies: inGroup }) => ({
    label: t(`review.group.${group}`),
    title: t(`review.group.${group}`),
    options: inGroup.map((p) => ({
      value: p.id,
      label: applies(p) ? p.name : t('review.notApplicableName', { name: p.name }),
      disabled: !applies(p),
      policy: p,
    })),
  }));
  const closed = evaluable.has(competition.status);
  const outcomes = competition.promotionOutcomes;
  const shown = filter === 'ALL' ? outcomes : outcomes.filter((o) => o.status === filter);

  const runEvaluation = async () => {
    if (!policyId) {
      setEvaluateErrors({ policy: [t('review.policyPlaceholder')], other: [] });
      return;
    }
    setEvaluateErrors({ policy: [], other: [] });
    const result = await evaluate({ competitionId: competition.id, policyId });
    if (result.error) {
      setEvaluateErrors({ policy: [], other: [result.error.message] });
      return;
    }
    const payload = result.data?.evaluatePromotions;
    if (!payload) return;
    if (payload.userErrors.length) {
      setEvaluateErrors({
        policy: payload.userErrors.filter((e) => e.field?.[0] === 'policyId').map((e) => e.message),
        other: payload.userErrors.filter((e) => e.field?.[0] !== 'policyId').map((e) => e.message),
      });
      return;
    }
    const proposed = (payload.outcomes ?? []).filter((o) => o.status === 'PROPOSED').length;
    void message.success(t('review.evaluated', { count: proposed }));
    setFilter('ALL');
    reexecute({ requestPolicy: 'network-only' });
  };

  return state(
    <Flex vertical gap="large" style={{ maxWidth: 1280, margin: '0 auto' }}>
      <div>
        <Link to={paths.hr()}>
          <ArrowLeftOutlined /> {t('review.back')}
        </Link>
        <Typography.Title level={3} style={{ margin: '4px 0 0' }}>
          {competition.name}
        </Typography.Title>
        <Space wrap size="small">
          <Tag>{enumName('level', competition.level, language)}</Tag>
          <Tag color={closed ? 'orange' : 'default'}>{enumName('status', competition.status, language)}</Tag>
        </Space>
      </div>

      <Card title={t('review.evaluate')}>
        <Flex vertical gap="small">
          {!closed && <Alert type="warning" showIcon title={t('review.notClosed', { status: enumName('status', competition.status, language) })} />}
          <Typography.Text type="secondary">{t('review.evaluateHint')}</Typography.Text>
          <Form layout="inline" onFinish={() => void runEvaluation()} style={{ rowGap: 8 }}>
            <Form.Item
              label={t('review.policy')}
              htmlFor="hr-evaluate-policy"
              validateStatus={evaluateErrors.policy.length ? 'error' : undefined}
              help={evaluateErrors.policy.length ? evaluateErrors.policy.join(tt('punctuation.separator')) : undefined}
            >
              <Select<string, PolicyOption>
                id="hr-evaluate-policy"
                aria-label={t('review.policy')}
                style={{ minWidth: 320, maxWidth: '100%' }}
                placeholder={t('review.policyPlaceholder')}
                value={policyId}
                onChange={(value: string) => setPolicyId(value)}
                // typing finds a policy by its name or its source (groups themselves never match)
                showSearch={{ filterOption: (typed, option) => !!option?.policy && policyMatches(option.policy, typed) }}
                options={policyOptions}
                optionRender={(option) => (
                  <Flex vertical>
                    <span>{option.label}</span>
                    {option.data.policy?.source && (
                      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'normal' }}>
                        {option.data.policy.source}
                      </Typography.Text>
                    )}
                  </Flex>
                )}
              />
            </Form.Item>
            <Form.Item>
              <Button type="primary" htmlType="submit" icon={<ThunderboltOutlined />} loading={evaluating} disabled={!closed}>
                {t('review.evaluate')}
              </Button>
            </Form.Item>
          </Form>
          {evaluateErrors.other.length > 0 && <Alert type="error" showIcon title={evaluateErrors.other.join(tt('punctuation.separator'))} />}
        </Flex>
      </Card>

      <Card
        title={t('review.outcomes')}
        extra={
          <DownloadButton url={outcomesWorkbookUrl(competition.id)} fallbackName={t('review.fileName', { name: competition.name })} disabled={outcomes.length === 0}>
            {t('review.download')}
          </DownloadButton>
        }
      >
        <Flex vertical gap="middle">
          <Segmented
            aria-label={t('review.status')}
            value={filter}
            onChange={(value) => setFilter(String(value))}
            options={[
              { value: 'ALL', label: `${t('review.filterAll')} ${outcomes.length}` },
              ...outcomeStatuses.map((s) => ({ value: s, label: `${outcomeStatusName(s, language)} ${outcomes.filter((o) => o.status === s).length}` })),
            ]}
          />
          <Table<Outcome>
            aria-label={t('review.outcomes')}
            rowKey="id"
            dataSource={shown}
            pagination={shown.length > 50 ? { pageSize: 50 } : false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('review.empty') }}
            columns={[
              {
                key: 'person',
                title: t('review.person'),
                render: (_, o) => (
                  <Space orientation="vertical" size={0}>
                    <strong>{o.person.name}</strong>
                    {o.person.affiliation && <Typography.Text type="secondary">{o.person.affiliation}</Typography.Text>}
                  </Space>
                ),
              },
              {
                key: 'registration',
                title: t('review.registration'),
                render: (_, o) => (
                  <Space orientation="vertical" size={0}>
                    <span>{o.registration.bib}</span>
                    <Typography.Text type="secondary">{o.registration.event.name}</Typography.Text>
                  </Space>
                ),
              },
              { key: 'kind', title: t('review.kind'), render: (_, o) => outcomeKindName(o.kind, language) },
              { key: 'result', title: t('review.result'), render: (_, o) => <strong>{outcomeResult(o, language)}</strong> },
              {
                key: 'reason',
                title: t('review.reason'),
                render: (_, o) => (
                  <Typography.Paragraph style={{ margin: 0, maxWidth: 420, whiteSpace: 'normal' }} ellipsis={{ rows: 3, expandable: true, symbol: '…' }}>
                    {o.reason}
                  </Typography.Paragraph>
                ),
              },
              {
                key: 'status',
                title: t('review.status'),
                render: (_, o) => (
                  <Space orientation="vertical" size={0}>
                    <Tag color={outcomeStatusColors[o.status]}>{outcomeStatusName(o.status, language)}</Tag>
                    {o.note && <Typography.Text type="secondary">{o.note}</Typography.Text>}
                    {o.decidedBy && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('review.decidedBy', { by: o.decidedBy, at: o.decidedAt ? new Date(o.decidedAt).toLocaleString(language) : '' })}
                      </Typography.Text>
                    )}
                  </Space>
                ),
              },
              {
                key: 'actions',
                title: t('review.actions'),
                render: (_, o) =>
                  o.status === 'PROPOSED' && !decides ? (
                    <Typography.Text type="secondary">{t('review.hrDecides')}</Typography.Text>
                  ) : o.status === 'PROPOSED' ? (
                    <Space>
                      <Button type="primary" icon={<CheckOutlined />} autoInsertSpace={false} onClick={() => setDeciding({ outcome: o, approve: true })}>
                        {t('review.approve')}
                      </Button>
                      <Button danger icon={<CloseOutlined />} autoInsertSpace={false} onClick={() => setDeciding({ outcome: o, approve: false })}>
                        {t('review.reject')}
                      </Button>
                    </Space>
                  ) : null,
              },
            ]}
          />
        </Flex>
      </Card>

      {deciding && (
        <DecisionModal
          outcome={deciding.outcome}
          approve={deciding.approve}
          onClose={() => setDeciding(null)}
          onDecided={(decided) => {
            setDeciding(null);
            void message.success(t('review.decided', { name: decided.person.name, status: outcomeStatusName(decided.status, language) }));
            reexecute({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </Flex>
  );
}

/** Approve or reject one outcome with a note; a rejection says why. The API's refusal (already decided, level changed) shows here. */
function DecisionModal({ outcome, approve, onClose, onDecided }: { outcome: Outcome; approve: boolean; onClose(): void; onDecided(outcome: Outcome): void }) {
  const { t } = useTranslation('hr');
  const { t: tt } = useTranslation();
  const language = useLanguage();
  const [form] = Form.useForm<{ note?: string }>();
  const [{ fetching }, decide] = useMutation(DecidePromotionOutcomeMutation);
  const [errors, setErrors] = useState<{ note: string[]; other: string[] }>({ note: [], other: [] });

  const submit = async () => {
    const { note } = await form.validateFields();
    setErrors({ note: [], other: [] });
    const result = await decide({ id: outcome.id, approve, note: note?.trim() || null });
    if (result.error) {
      setErrors({ note: [], other: [result.error.message] });
      return;
    }
    const payload = result.data?.decidePromotionOutcome;
    if (!payload) return;
    if (payload.userErrors.length) {
      setErrors({
        note: payload.userErrors.filter((e) => e.field?.[0] === 'note').map((e) => e.message),
        other: payload.userErrors.filter((e) => e.field?.[0] !== 'note').map((e) => e.message),
      });
      return;
    }
    if (payload.outcome) onDecided(payload.outcome);
  };

  return (
    <Modal
      open
      title={approve ? t('review.approveTitle', { name: outcome.person.name }) : t('review.rejectTitle', { name: outcome.person.name })}
      okText={approve ? t('review.approve') : t('review.reject')}
      okButtonProps={{ danger: !approve, loading: fetching, autoInsertSpace: false }}
      cancelText={t('review.cancel')}
      cancelButtonProps={{ autoInsertSpace: false }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Flex vertical gap="small">
        <Typography.Text>
          {outcomeKindName(outcome.kind, language)}
          {tt('punctuation.colon')}
          <strong>{outcomeResult(outcome, language)}</strong>
        </Typography.Text>
        <Typography.Text type="secondary">{outcome.reason}</Typography.Text>
        {errors.other.length > 0 && <Alert type="error" showIcon title={errors.other.join(tt('punctuation.separator'))} />}
        <Form form={form} layout="vertical">
          <Form.Item
            name="note"
            label={t('review.note')}
            rules={approve ? [] : [{ required: true, whitespace: true, message: t('review.noteRequired') }]}
            validateStatus={errors.note.length ? 'error' : undefined}
            help={errors.note.length ? errors.note.join(tt('punctuation.separator')) : undefined}
          >
            <Input.TextArea rows={3} maxLength={500} showCount placeholder={approve ? t('review.notePlaceholderApprove') : t('review.notePlaceholderReject')} />
          </Form.Item>
        </Form>
      </Flex>
    </Modal>
  );
}
