import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { applyUserErrors } from '../../forms/applyUserErrors';
import type { ApiUserError } from '../../forms/userErrors';
import { graphql } from '../../gql';
import '../../forms/i18n';
import { useWho, type RegistrationRow } from './registrationRow';
import './i18n';
import { requestFailure } from '../../forms/requestFailure';

export const WithdrawRegistrationMutation = graphql(`
  mutation WithdrawRegistration($id: ID!, $reason: String) {
    withdrawRegistration(id: $id, reason: $reason) {
      registration {
        id
        status
        statusReason
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const DisqualifyRegistrationMutation = graphql(`
  mutation DisqualifyRegistration($id: ID!, $reason: String!) {
    disqualifyRegistration(id: $id, reason: $reason) {
      registration {
        id
        status
        statusReason
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ReinstateRegistrationMutation = graphql(`
  mutation ReinstateRegistration($id: ID!) {
    reinstateRegistration(id: $id) {
      registration {
        id
        status
        statusReason
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export type StatusChange = 'withdraw' | 'disqualify' | 'reinstate';

/**
 * 退赛 / 取消资格 / 恢复参赛 of one registration, after the organizer confirmed it: what will happen, the reason
 * (optional for a withdrawal, required for a disqualification, none to reinstate). A refusal stays in the dialog,
 * the reason typed kept; on success the dialog closes and the roster reloads.
 */
export function StatusChangeModal({
  change,
  registration,
  teamEvent,
  onClose,
  onChanged,
}: {
  change: StatusChange;
  registration: RegistrationRow;
  teamEvent: boolean;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation('event');
  const { t: tf } = useTranslation('forms');
  const { message } = App.useApp();
  const who = useWho(teamEvent)(registration);
  const [form] = Form.useForm<{ reason?: string }>();
  const [others, setOthers] = useState<string[]>([]);
  const [withdrawState, withdraw] = useMutation(WithdrawRegistrationMutation);
  const [disqualifyState, disqualify] = useMutation(DisqualifyRegistrationMutation);
  const [reinstateState, reinstate] = useMutation(ReinstateRegistrationMutation);
  const fetching = withdrawState.fetching || disqualifyState.fetching || reinstateState.fetching;

  async function send({ reason }: { reason?: string }) {
    setOthers([]);
    const why = reason?.trim() || undefined;
    const id = registration.id;
    const result =
      change === 'withdraw'
        ? await withdraw({ id, reason: why }).then((r) => ({ error: r.error, payload: r.data?.withdrawRegistration }))
        : change === 'disqualify'
          ? await disqualify({ id, reason: why ?? '' }).then((r) => ({ error: r.error, payload: r.data?.disqualifyRegistration }))
          : await reinstate({ id }).then((r) => ({ error: r.error, payload: r.data?.reinstateRegistration }));
    if (result.error) {
      setOthers([requestFailure(result.error, tf)]);
      return;
    }
    const errors: readonly ApiUserError[] = result.payload?.userErrors ?? [];
    if (errors.length > 0) {
      setOthers(applyUserErrors(form, errors));
      return;
    }
    void message.success(t(`registrationEdit.${change}.done`, { who }));
    onClose();
    onChanged();
  }

  return (
    <Modal
      open
      title={t(`registrationEdit.${change}.title`, { who })}
      okText={t(`registrationEdit.${change}.ok`)}
      cancelText={t('registrationEdit.back')}
      okButtonProps={{ danger: change !== 'reinstate', loading: fetching }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t(`registrationEdit.${change}.body`)}</Typography.Paragraph>
      {others.length > 0 && <Alert type="error" showIcon title={tf('saveFailed')} description={others.join('\n')} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={(values) => void send(values)} initialValues={{ reason: '' }}>
        {change !== 'reinstate' && (
          <Form.Item
            name="reason"
            label={t(`registrationEdit.${change}.reason`)}
            rules={change === 'disqualify' ? [{ required: true, whitespace: true, message: t('registrationEdit.disqualify.required') }] : []}
          >
            <Input.TextArea rows={2} maxLength={500} placeholder={t(`registrationEdit.${change}.placeholder`)} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
