import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, Form, Input, InputNumber, Radio, Result, Row, Select, Steps, Typography, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { enumOptions } from '../../domain/competition';
import { applyUserErrors } from '../../forms/applyUserErrors';
import { QueryState } from '../../forms/QueryState';
import { useLanguage } from '../../forms/useLanguage';
import type { FieldName } from '../../forms/userErrors';
import { graphql } from '../../gql';
import { paths } from '../../routes';
import '../../forms/i18n';
import './i18n';
import { expandPreset, presetIds, toCreateEventInput, wizardProblems, type PresetId, type WizardRound, type WizardValues } from './presets';
import { SchemeEditor } from './SchemeEditor';

export const WizardCompetitionQuery = graphql(`
  query WizardCompetition($id: ID!) {
    competition(id: $id) {
      id
      name
      status
    }
  }
`);

export const CreateEventMutation = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      event {
        id
        name
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const stepKeys = ['basics', 'scheme', 'awards'] as const;

/** The step a field sits on, so that an error sends the organizer there. */
function stepOf(name: FieldName): number {
  if (name[0] === 'rounds') return 1;
  if (name[0] === 'awards' || name[0] === 'tieBreakModules') return 2;
  return 0;
}

/** 新建赛项: event facts, a preset of a common format, the marking scheme, awards and tie-breaks. */
export function EventWizardPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('event-wizard');
  const { t: tf } = useTranslation('forms');
  const language = useLanguage();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<WizardValues>();
  const [step, setStep] = useState(0);
  const [preset, setPreset] = useState<PresetId>('theoryPractical');
  const [problems, setProblems] = useState<string[]>([]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: WizardCompetitionQuery, variables: { id } });
  const [{ fetching: creating }, createEvent] = useMutation(CreateEventMutation);
  const format = Form.useWatch('format', form);
  const rounds = (Form.useWatch('rounds', form) ?? []) as WizardRound[];
  const moduleCodes = [...new Set(rounds.flatMap((round) => (round?.modules ?? []).map((m) => m?.code)).filter(Boolean))];

  function applyPreset(next: PresetId) {
    setPreset(next);
    const current = form.getFieldsValue(true) as Partial<WizardValues>;
    const values = expandPreset(next, current.name ?? '');
    form.setFieldsValue({ ...values, occupationCode: current.occupationCode ?? '', format: current.format ?? values.format, teamSize: current.teamSize ?? values.teamSize });
    void message.info(t('preset.applied', { name: t(`preset.${next}`) }));
  }

  async function validateStep(): Promise<boolean> {
    const ok = await form.validateFields().then(
      () => true,
      (info: { errorFields: { name: FieldName }[] }) => {
        const first = info.errorFields[0];
        if (first) setStep(stepOf(first.name));
        return false;
      },
    );
    if (!ok) return false;
    const values = form.getFieldsValue(true) as WizardValues;
    const found = wizardProblems(values);
    if (found.length > 0) {
      (form as FormInstance).setFields(found.map((p) => ({ name: p.name, errors: [t(p.key, p.params)] })));
      setStep(stepOf(found[0].name));
      return false;
    }
    return true;
  }

  async function submit() {
    setProblems([]);
    if (!(await validateStep())) {
      setProblems([tf('fixErrors')]);
      return;
    }
    const values = form.getFieldsValue(true) as WizardValues;
    const result = await createEvent({ input: toCreateEventInput(values, id) });
    if (result.error) {
      setProblems([tf('networkError', { message: result.error.message })]);
      return;
    }
    const payload = result.data?.createEvent;
    if (payload?.userErrors.length) {
      const others = applyUserErrors(form, payload.userErrors);
      const firstField = payload.userErrors.find((e) => e.field?.length)?.field;
      if (firstField) setStep(stepOf(firstField));
      setProblems(others.length ? others : [tf('fixErrors')]);
      return;
    }
    if (payload?.event) {
      void message.success(t('created', { name: payload.event.name }));
      navigate(paths.event(payload.event.id));
    }
  }

  const competition = data?.competition;
  return (
    <div style={{ maxWidth: 1100, margin: '0 auto' }}>
      <QueryState fetching={fetching && !data} error={error} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {!competition ? (
          <Result status="404" title={t('notFound')} extra={<Link to={paths.competitions()}>{t('back')}</Link>} />
        ) : (
          <Card
            title={
              <Flex vertical>
                <Typography.Title level={3} style={{ margin: 0 }}>
                  {t('title')}
                </Typography.Title>
                <Typography.Text type="secondary" style={{ fontWeight: 'normal', whiteSpace: 'normal' }}>
                  <Link to={paths.competition(competition.id)}>{t('subtitle', { competition: competition.name })}</Link>
                </Typography.Text>
              </Flex>
            }
          >
            <Steps
              current={step}
              onChange={setStep}
              items={stepKeys.map((key) => ({ title: t(`steps.${key}`) }))}
              responsive
              size="small"
              style={{ marginBottom: 24 }}
            />
            {problems.length > 0 && (
              <Alert type="error" showIcon title={tf('saveFailed')} description={<div style={{ whiteSpace: 'pre-line' }}>{problems.join('\n')}</div>} style={{ marginBottom: 16 }} />
            )}
            <Form<WizardValues> form={form} layout="vertical" initialValues={expandPreset('theoryPractical')} scrollToFirstError>
              <div style={{ display: step === 0 ? undefined : 'none' }}>
                <Row gutter={16}>
                  <Col xs={24} md={12}>
                    <Form.Item name="name" label={t('field.name')} rules={[{ required: true, whitespace: true, message: tf('required', { field: t('field.name') }) }]}>
                      <Input placeholder={t('field.namePlaceholder')} maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item
                      name="occupationCode"
                      label={t('field.occupationCode')}
                      extra={t('field.occupationCodeHelp')}
                      rules={[{ pattern: /^\d-\d{2}-\d{2}-\d{2}$/, message: t('field.occupationCodeHelp') }]}
                    >
                      <Input placeholder="6-18-02-04" maxLength={20} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={12} md={6}>
                    <Form.Item name="format" label={t('field.format')}>
                      <Radio.Group options={enumOptions('format', ['INDIVIDUAL', 'TEAM'], language)} optionType="button" />
                    </Form.Item>
                  </Col>
                  {format === 'TEAM' && (
                    <Col xs={12} sm={6} md={4}>
                      <Form.Item name="teamSize" label={t('field.teamSize')} rules={[{ required: true, type: 'number', min: 2, message: t('field.teamSize') + ' ≥ 2' }]}>
                        <InputNumber min={2} precision={0} style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                  )}
                  <Col xs={12} sm={6} md={4}>
                    <Form.Item name="scoreDecimals" label={t('field.scoreDecimals')}>
                      <InputNumber min={0} max={4} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={10}>
                    <Form.Item name="conflictPolicy" label={t('field.conflictPolicy')}>
                      <Select options={enumOptions('conflict', ['BLOCK', 'FLAG'], language)} />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item label={t('preset.label')} extra={t('preset.hint')}>
                  <Radio.Group value={preset} onChange={(e) => applyPreset(e.target.value as PresetId)} style={{ width: '100%' }}>
                    <Row gutter={[12, 12]}>
                      {presetIds.map((presetId) => (
                        <Col key={presetId} xs={24} md={12}>
                          <Radio value={presetId} style={{ alignItems: 'flex-start' }}>
                            <Typography.Text strong>{t(`preset.${presetId}`)}</Typography.Text>
                            <br />
                            <Typography.Text type="secondary">{t(`preset.${presetId}Help`)}</Typography.Text>
                          </Radio>
                        </Col>
                      ))}
                    </Row>
                  </Radio.Group>
                </Form.Item>
              </div>
              <div style={{ display: step === 1 ? undefined : 'none' }}>
                <SchemeEditor />
              </div>
              <div style={{ display: step === 2 ? undefined : 'none' }}>
                <Typography.Paragraph type="secondary">{t('awardsHint')}</Typography.Paragraph>
                <Form.List name="awards">
                  {(fields, { add, remove }) => (
                    <Flex vertical gap={8} style={{ marginBottom: 16 }}>
                      {fields.length === 0 && <Typography.Text type="secondary">{t('noAwards')}</Typography.Text>}
                      {fields.map((field) => (
                        <Row key={field.key} gutter={8} align="bottom">
                          <Col xs={24} sm={6}>
                            <Form.Item name={[field.name, 'name']} label={t('field.awardName')} rules={[{ required: true, whitespace: true, message: t('required') }]}>
                              <Input maxLength={50} />
                            </Form.Item>
                          </Col>
                          {(['rankFrom', 'rankTo', 'percentFrom', 'percentTo', 'minTotal'] as const).map((key) => (
                            <Col key={key} xs={8} sm={3}>
                              <Form.Item name={[field.name, key]} label={t(`field.${key}`)}>
                                <InputNumber min={key.startsWith('rank') ? 1 : 0} max={key.startsWith('percent') ? 100 : undefined} style={{ width: '100%' }} />
                              </Form.Item>
                            </Col>
                          ))}
                          <Col xs={8} sm={3}>
                            <Form.Item>
                              <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('remove')} />
                            </Form.Item>
                          </Col>
                        </Row>
                      ))}
                      <Button icon={<PlusOutlined />} onClick={() => add({ name: '' })} style={{ alignSelf: 'flex-start' }}>
                        {t('addAward')}
                      </Button>
                    </Flex>
                  )}
                </Form.List>
                <Form.Item name="tieBreakModules" label={t('field.tieBreakModules')} extra={t('field.tieBreakHelp')}>
                  <Select mode="multiple" options={moduleCodes.map((code) => ({ value: code, label: code }))} />
                </Form.Item>
              </div>
            </Form>
            <Flex justify="space-between" gap="small" wrap>
              <Button disabled={step === 0} onClick={() => setStep(step - 1)}>
                {t('previous')}
              </Button>
              {step < stepKeys.length - 1 ? (
                <Button type="primary" onClick={() => setStep(step + 1)}>
                  {t('next')}
                </Button>
              ) : (
                <Button type="primary" loading={creating} onClick={() => void submit()}>
                  {t('create')}
                </Button>
              )}
            </Flex>
          </Card>
        )}
      </QueryState>
    </div>
  );
}
