import { Alert, App, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { enumOptions, organizationKinds } from '../../domain/competition';
import { applyUserErrors } from '../../forms/applyUserErrors';
import { requestFailure } from '../../forms/requestFailure';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { OrganizationKind } from '../../gql/graphql';
import '../../forms/i18n';
import './i18n';

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      organization {
        id
        name
        kind
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

interface FormValues {
  name: string;
  kind: OrganizationKind;
  code?: string;
  regionCode?: string;
}

/** 新建单位: below `parent`, or a root (platform administrators) when parent is null. The API checks the codes. */
export function CreateOrganizationModal({
  parent,
  open,
  onClose,
  onCreated,
}: {
  parent: { id: string; name: string } | null;
  open: boolean;
  onClose: () => void;
  onCreated: (organization: { id: string; name: string; kind: string }) => void;
}) {
  const { t } = useTranslation('organizations');
  const { t: tf } = useTranslation('forms');
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [{ fetching }, create] = useMutation(CreateOrganizationMutation);
  const [problems, setProblems] = useState<string[]>([]);
  // the modal is rendered before it opens: its kind follows where it opens (a root is a union, below one a department)
  useEffect(() => {
    if (open && !form.isFieldTouched('kind')) form.setFieldsValue({ kind: parent ? 'DEPARTMENT' : 'FEDERATION' });
  }, [open, parent, form]);

  async function submit() {
    setProblems([]);
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await create({
      input: {
        parentId: parent?.id,
        name: values.name.trim(),
        kind: values.kind,
        code: values.code?.trim() || undefined,
        regionCode: values.regionCode?.trim() || undefined,
      },
    });
    if (result.error) {
      setProblems([requestFailure(result.error, tf)]);
      return;
    }
    const payload = result.data?.createOrganization;
    if (payload?.userErrors.length) {
      setProblems(applyUserErrors(form, payload.userErrors));
      return;
    }
    if (payload?.organization) {
      void message.success(t('create.created', { name: payload.organization.name }));
      form.resetFields();
      onCreated(payload.organization);
    }
  }

  return (
    <Modal
      open={open}
      title={parent ? t('create.title', { parent: parent.name }) : t('create.rootTitle')}
      okText={t('create.submit')}
      cancelText={t('create.cancel')}
      onOk={() => void submit()}
      confirmLoading={fetching}
      onCancel={onClose}
      forceRender
    >
      {problems.length > 0 && <Alert type="error" showIcon title={tf('saveFailed')} description={problems.join('\n')} style={{ marginBottom: 16 }} />}
      <Form<FormValues> form={form} layout="vertical" initialValues={{ kind: parent ? 'DEPARTMENT' : 'FEDERATION' }}>
        <Form.Item name="name" label={t('field.name')} rules={[{ required: true, whitespace: true, message: tf('required', { field: t('field.name') }) }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="kind" label={t('field.kind')} rules={[{ required: true }]}>
          <Select options={enumOptions('organizationKind', organizationKinds, language)} />
        </Form.Item>
        <Form.Item name="code" label={t('field.code')} extra={t('create.codeHint')}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="regionCode" label={t('field.regionCode')} extra={t('create.regionHint')}>
          <Input maxLength={6} inputMode="numeric" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
