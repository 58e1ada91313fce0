import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { enumOptions, personCategories } from '../../domain/competition';
import { skillLevelOptions } from '../../domain/skillLevel';
import { applyUserErrors } from '../../forms/applyUserErrors';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { CompetitorInput } from '../../gql/schema';
import { normalizeNationalId } from '../roster-import/nationalId';
import '../../forms/i18n';
import type { OrganizerEvent } from './EventPage';
import './i18n';
import { useNationalIdRule } from './nationalIdRule';
import { requestFailure } from '../../forms/requestFailure';

export const RegisterCompetitorsMutation = graphql(`
  mutation RegisterCompetitors($input: RegisterCompetitorsInput!) {
    registerCompetitors(input: $input) {
      registrations {
        id
        bib
        competitor {
          id
          name
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type FormValues = Omit<CompetitorInput, 'members'> & { members?: CompetitorInput[] };

const blankToUndefined = (value?: string | null) => (value && value.trim() ? value.trim() : undefined);

function person<T extends Partial<CompetitorInput>>(values: T): T {
  return {
    ...values,
    name: values.name?.trim(),
    nationalId: values.nationalId ? normalizeNationalId(values.nationalId) : undefined,
    affiliation: blankToUndefined(values.affiliation),
    username: blankToUndefined(values.username),
    bib: blankToUndefined(values.bib),
    team: blankToUndefined(values.team),
  };
}

/**
 * 登记选手: one competitor (or team) checked in the browser first, the API's userErrors under their fields; in a labor
 * competition, the unit's 参赛职工人数 for the statistics.
 */
export function RegisterCompetitorForm({ event, onRegistered }: { event: OrganizerEvent; onRegistered: () => void }) {
  const { t } = useTranslation('event');
  const { t: tf } = useTranslation('forms');
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [others, setOthers] = useState<string[]>([]);
  const [{ fetching }, register] = useMutation(RegisterCompetitorsMutation);
  const team = event.format === 'TEAM';
  const labor = event.competition.kind === 'LABOR';

  const nationalIdRule = useNationalIdRule();

  async function submit(values: FormValues) {
    setOthers([]);
    const { members, ...first } = values;
    const competitor: CompetitorInput = {
      ...person(first),
      members: team ? (members ?? []).map((member) => person({ ...member, bib: undefined, team: undefined })) : undefined,
    };
    const result = await register({ input: { eventId: event.id, competitors: [competitor] } });
    if (result.error) {
      setOthers([requestFailure(result.error, tf)]);
      return;
    }
    const payload = result.data?.registerCompetitors;
    if (payload?.userErrors.length) {
      setOthers(applyUserErrors(form, payload.userErrors, ['competitors', '0']));
      return;
    }
    const registration = payload?.registrations?.[0];
    if (registration) {
      void message.success(t('register.registered', { name: registration.competitor.name, bib: registration.bib }));
      form.resetFields();
      onRegistered();
    }
  }

  const personFields = (prefix: (string | number)[], withBib: boolean) => (
    <Row gutter={12}>
      <Col xs={24} sm={12}>
        <Form.Item name={[...prefix, 'name']} label={t('register.name')} rules={[{ required: true, whitespace: true, message: tf('required', { field: t('register.name') }) }]}>
          <Input maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name={[...prefix, 'nationalId']} label={t('register.nationalId')} tooltip={t('register.nationalIdHelp')} rules={[nationalIdRule]}>
          <Input maxLength={24} autoComplete="off" />
        </Form.Item>
      </Col>
      {withBib && (
        <Col xs={12} sm={6}>
          <Form.Item name={[...prefix, 'bib']} label={t('register.bib')} tooltip={t('register.bibHelp')}>
            <Input maxLength={20} />
          </Form.Item>
        </Col>
      )}
      <Col xs={withBib ? 12 : 24} sm={withBib ? 18 : 12}>
        <Form.Item name={[...prefix, 'affiliation']} label={t('register.affiliation')}>
          <Input maxLength={200} />
        </Form.Item>
      </Col>
      <Col xs={12} sm={8}>
        <Form.Item name={[...prefix, 'category']} label={t('register.category')}>
          <Select allowClear options={enumOptions('category', personCategories, language)} />
        </Form.Item>
      </Col>
      <Col xs={12} sm={8}>
        <Form.Item name={[...prefix, 'skillLevel']} label={t('register.skillLevel')}>
          <Select allowClear options={skillLevelOptions(language)} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={8}>
        <Form.Item name={[...prefix, 'username']} label={t('register.username')} tooltip={t('register.usernameHelp')}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
      </Col>
    </Row>
  );

  return (
    <Form<FormValues> form={form} layout="vertical" onFinish={(values) => void submit(values)} initialValues={{ members: team ? Array.from({ length: event.teamSize - 1 }, () => ({ name: '' })) : [] }}>
      {others.length > 0 && <Alert type="error" showIcon title={tf('saveFailed')} description={others.join('\n')} style={{ marginBottom: 16 }} />}
      {team && (
        <Form.Item name="team" label={t('register.team')} rules={[{ required: true, whitespace: true, message: tf('required', { field: t('register.team') }) }]}>
          <Input maxLength={100} />
        </Form.Item>
      )}
      {personFields([], true)}
      {labor && (
        <Form.Item
          name="participants"
          label={t('register.participants')}
          extra={t('register.participantsHelp')}
          rules={[{ type: 'integer', min: 1, message: t('register.participantsRule') }]}
        >
          <InputNumber min={1} precision={0} style={{ width: 200 }} />
        </Form.Item>
      )}
      {team && (
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, m) => (
                <div key={field.key} style={{ borderTop: '1px solid #f0f0f0', paddingTop: 8 }}>
                  <Row justify="space-between">
                    <span>
                      {t('register.members')} {m + 1}
                    </span>
                    <Button type="text" danger size="small" icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
                  </Row>
                  {personFields([field.name], false)}
                </div>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ name: '' })} style={{ marginBottom: 16 }}>
                {t('register.addMember')}
              </Button>
            </>
          )}
        </Form.List>
      )}
      <Button type="primary" htmlType="submit" loading={fetching} block>
        {t('register.submit')}
      </Button>
    </Form>
  );
}
