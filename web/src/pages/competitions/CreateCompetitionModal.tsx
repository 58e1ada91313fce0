import { Alert, App, Col, Form, Input, Modal, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { competitionKinds, competitionLevels, enumOptions, resultsVisibilities } from '../../domain/competition';
import { applyUserErrors } from '../../forms/applyUserErrors';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { CompetitionKind, CompetitionLevel, ResultsVisibility } from '../../gql/graphql';
import '../../forms/i18n';
import { organizingOrganizations, useViewer } from '../../layout/viewer';
import { OrganizationPicker } from '../organizations/OrganizationPicker';
import { CompetitionDateFields } from './CompetitionDateFields';
import './i18n';
import { requestFailure } from '../../forms/requestFailure';

export const CreateCompetitionMutation = graphql(`
  mutation CreateCompetition($input: CreateCompetitionInput!) {
    createCompetition(input: $input) {
      competition {
        id
        name
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

interface FormValues {
  organizationId?: string;
  name: string;
  kind: CompetitionKind;
  level: CompetitionLevel;
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
  organizerName?: string;
  resultsVisibility: ResultsVisibility;
}

export function CreateCompetitionModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation('competitions');
  const { t: tf } = useTranslation('forms');
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [{ fetching }, create] = useMutation(CreateCompetitionMutation);
  const [problems, setProblems] = useState<string[]>([]);
  const organizing = organizingOrganizations(useViewer());

  async function submit() {
    setProblems([]);
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await create({
      input: {
        organizationId: values.organizationId,
        name: values.name.trim(),
        kind: values.kind,
        level: values.level,
        startsOn: values.startsOn?.format('YYYY-MM-DD'),
        endsOn: values.endsOn?.format('YYYY-MM-DD'),
        organizerName: values.organizerName?.trim() || undefined,
        resultsVisibility: values.resultsVisibility,
      },
    });
    if (result.error) {
      setProblems([requestFailure(result.error, tf)]);
      return;
    }
    const payload = result.data?.createCompetition;
    if (payload?.userErrors.length) {
      setProblems(applyUserErrors(form, payload.userErrors));
      return;
    }
    if (payload?.competition) {
      void message.success(t('create.created', { name: payload.competition.name }));
      form.resetFields();
      onCreated(payload.competition.id);
    }
  }

  return (
    <Modal
      open={open}
      title={t('create.title')}
      okText={t('create.submit')}
      cancelText={t('create.cancel')}
      onOk={() => void submit()}
      confirmLoading={fetching}
      onCancel={onClose}
      width={640}
      forceRender
    >
      {problems.length > 0 && <Alert type="error" showIcon title={tf('saveFailed')} description={problems.join('\n')} style={{ marginBottom: 16 }} />}
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={{
          kind: 'SKILL',
          level: 'ENTERPRISE',
          resultsVisibility: 'LIVE',
          organizationId: organizing.length === 1 ? organizing[0].id : undefined,
        }}
        onFinish={() => void submit()}
      >
        <Form.Item
          name="organizationId"
          label={t('field.organization')}
          extra={t('create.organizationHint')}
          // with one organization it is picked already; with several the caller chooses (the API refuses a guess)
          rules={organizing.length > 1 ? [{ required: true, message: tf('required', { field: t('field.organization') }) }] : []}
        >
          <OrganizationPicker roots={organizing} placeholder={t('create.organizationPlaceholder')} />
        </Form.Item>
        <Form.Item name="name" label={t('field.name')} rules={[{ required: true, whitespace: true, message: tf('required', { field: t('field.name') }) }]}>
          <Input placeholder={t('create.namePlaceholder')} maxLength={200} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="kind" label={t('field.kind')} rules={[{ required: true }]}>
              <Radio.Group options={enumOptions('kind', competitionKinds, language)} optionType="button" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="level" label={t('field.level')} rules={[{ required: true }]}>
              <Select options={enumOptions('level', competitionLevels, language)} />
            </Form.Item>
          </Col>
          <CompetitionDateFields />
        </Row>
        <Form.Item name="organizerName" label={t('field.organizerName')}>
          <Input placeholder={t('create.organizerPlaceholder')} maxLength={200} />
        </Form.Item>
        <Form.Item name="resultsVisibility" label={t('field.resultsVisibility')} extra={t('create.visibilityHint')}>
          <Radio.Group options={enumOptions('visibility', resultsVisibilities, language)} optionType="button" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
