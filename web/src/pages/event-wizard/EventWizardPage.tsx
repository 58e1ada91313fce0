import { Alert, App, Button, Card, Col, Flex, Form, Radio, Result, Row, Steps, Typography, type FormInstance } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { applyUserErrors } from '../../forms/applyUserErrors';
import { loadStateOf } from '../../forms/loadStateOf';
import { QueryState } from '../../forms/QueryState';
import type { FieldName } from '../../forms/userErrors';
import { graphql } from '../../gql';
import { paths } from '../../paths';
import '../../forms/i18n';
import './i18n';
import { AwardsEditor, EventFactsFields, JudgingOptionsFields } from './EventFields';
import { expandPreset, presetHasSource, presetsFor, toCreateEventInput, wizardProblems, type PresetId, type WizardValues } from './presets';
import { SchemeEditor } from './SchemeEditor';
import { requestFailure } from '../../forms/requestFailure';

export const WizardCompetitionQuery = graphql(`
  query WizardCompetition($id: ID!) {
    competition(id: $id) {
      id
      name
      status
      kind
      startsOn
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

/**
 * 新建赛项: event facts, the judging options fixed at creation (二次加密, 双人录入), a preset of a common format, the
 * marking scheme, awards and tie-breaks. A labor
 * competition is offered the labor templates (六比一创, 五比, 四比, 四个一流, 岗位练兵), a skill competition the skill
 * formats, each with 空白; a template's periods are dated from the competition's first day (else today).
 */
export function EventWizardPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('event-wizard');
  const { t: tf } = useTranslation('forms');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<WizardValues>();
  const [step, setStep] = useState(0);
  const [chosen, setChosen] = useState<PresetId | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [{ data, fetching, error }, refetch] = useQuery({ query: WizardCompetitionQuery, variables: { id } });
  const [{ fetching: creating }, createEvent] = useMutation(CreateEventMutation);

  const competition = data?.competition;
  const offered = presetsFor(competition?.kind);
  const preset = chosen ?? offered[0];
  const anchor = competition?.startsOn ?? undefined;

  function applyPreset(next: PresetId) {
    setChosen(next);
    const current = form.getFieldsValue(true) as Partial<WizardValues>;
    const values = expandPreset(next, current.name ?? '', anchor);
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
      setProblems([requestFailure(result.error, tf)]);
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

  return (
    <div style={{ maxWidth: 1100, margin: '0 auto' }}>
      <QueryState {...loadStateOf({ data, fetching, error }, refetch)}>
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
            <Form<WizardValues> form={form} layout="vertical" initialValues={expandPreset(preset, '', anchor)} scrollToFirstError>
              <div style={{ display: step === 0 ? undefined : 'none' }}>
                <EventFactsFields />
                <JudgingOptionsFields />
                <Form.Item label={t('preset.label')} extra={t('preset.hint')}>
                  <Radio.Group value={preset} onChange={(e) => applyPreset(e.target.value as PresetId)} style={{ width: '100%' }}>
                    <Row gutter={[12, 12]}>
                      {offered.map((presetId) => (
                        <Col key={presetId} xs={24} md={12}>
                          <Radio value={presetId} style={{ alignItems: 'flex-start' }}>
                            <Typography.Text strong>{t(`preset.${presetId}`)}</Typography.Text>
                            <br />
                            <Typography.Text type="secondary">{t(`preset.${presetId}Help`)}</Typography.Text>
                            {presetHasSource(presetId) && (
                              <>
                                <br />
                                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                                  {t(`preset.${presetId}Source`)}
                                </Typography.Text>
                              </>
                            )}
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
                <AwardsEditor />
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
