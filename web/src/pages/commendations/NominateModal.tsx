import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { applyUserErrors } from '../../forms/applyUserErrors';
import { requestFailure } from '../../forms/requestFailure';
import { graphql } from '../../gql';
import { useNationalIdRule } from '../event/nationalIdRule';
import { unitName } from '../labor/assessModel';
import '../../forms/i18n';
import type { CommendationUnit } from './CommendationsPage';
import { maxCitation, maxName, nominationInput, quotaLeft, type NominationValues } from './commendationModel';
import './i18n';

export const NominateForCommendationMutation = graphql(`
  mutation NominateForCommendation($input: NominateForCommendationInput!) {
    nominateForCommendation(input: $input) {
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const blank: NominationValues = { name: '', nationalId: '', username: '', citation: '' };

/**
 * 推荐先进个人: one worker of the unit with what they did (主要事迹); the national id number and the login, when given,
 * find the person on record. The API's refusals under the fields they name, the rest (the quota used up …) above.
 */
export function NominateModal({ unit, onClose, onNominated }: { unit: CommendationUnit; onClose: () => void; onNominated: () => void }) {
  const { t } = useTranslation('commendations');
  const { t: tf } = useTranslation('forms');
  const { message } = App.useApp();
  const [form] = Form.useForm<NominationValues>();
  const [others, setOthers] = useState<string[]>([]);
  const [{ fetching }, nominate] = useMutation(NominateForCommendationMutation);
  const nationalIdRule = useNationalIdRule();
  const name = unitName(unit.registration);

  async function send(values: NominationValues) {
    setOthers([]);
    const input = nominationInput(unit.registration.id, values);
    const result = await nominate({ input });
    if (result.error) {
      setOthers([requestFailure(result.error, tf)]);
      return;
    }
    const errors = result.data?.nominateForCommendation.userErrors ?? [];
    if (errors.length > 0) {
      setOthers(applyUserErrors(form, errors));
      return;
    }
    void message.success(t('nominate.done', { name: input.name }));
    onNominated();
  }

  return (
    <Modal
      open
      title={t('nominate.title', { unit: name })}
      okText={t('nominate.submit')}
      cancelText={t('cancel')}
      okButtonProps={{ loading: fetching }}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('nominate.left', { count: quotaLeft(unit) })}</Typography.Paragraph>
      {others.length > 0 && <Alert type="error" showIcon title={t('nominate.refused')} description={others.join('\n')} style={{ marginBottom: 16 }} />}
      <Form<NominationValues> form={form} layout="vertical" initialValues={blank} onFinish={(values) => void send(values)}>
        <Form.Item name="name" label={t('nominate.name')} rules={[{ required: true, whitespace: true, message: tf('required', { field: t('nominate.name') }) }]}>
          <Input maxLength={maxName} />
        </Form.Item>
        <Form.Item name="nationalId" label={t('nominate.nationalId')} extra={t('nominate.nationalIdHelp')} rules={[nationalIdRule]}>
          <Input maxLength={24} autoComplete="off" />
        </Form.Item>
        <Form.Item name="username" label={t('nominate.username')} extra={t('nominate.usernameHelp')}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="citation"
          label={t('nominate.citation')}
          rules={[{ required: true, whitespace: true, message: tf('required', { field: t('nominate.citation') }) }]}
        >
          <Input.TextArea rows={5} maxLength={maxCitation} showCount placeholder={t('nominate.citationPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
