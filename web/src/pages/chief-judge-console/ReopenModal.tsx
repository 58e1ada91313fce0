import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { applyUserErrors } from '../../forms/applyUserErrors';
import { requestFailure } from '../../forms/requestFailure';
import { graphql } from '../../gql';
import { RefusalLines } from '../event/RefusalLines';
import '../../forms/i18n';
import './i18n';

export const ReopenMarksMutation = graphql(`
  mutation ReopenMarks($input: ReopenMarksInput!) {
    reopenMarks(input: $input) {
      ...ConsoleRoundFields
    }
  }
`);

/** The longest reason the form takes. */
export const maxReason = 1000;

/**
 * 解锁: an organizer opens a locked module's marks again, with the reason (required: it goes into the audit trail).
 * A refusal stays in the dialog: under the reason when it names it, above the form otherwise (not an organizer of the
 * competition, the module not locked, the results published).
 */
export function ReopenModal({
  eventId,
  round,
  module,
  onClose,
  onReopened,
}: {
  eventId: string;
  round: { code: string; name: string };
  module: { code: string; name: string };
  onClose: () => void;
  onReopened: () => void;
}) {
  const { t } = useTranslation('chief-judge-console');
  const { t: tf } = useTranslation('forms');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [others, setOthers] = useState<string[]>([]);
  const [{ fetching }, reopen] = useMutation(ReopenMarksMutation);

  async function send({ reason }: { reason: string }) {
    setOthers([]);
    const result = await reopen({ input: { eventId, round: round.code, module: module.code, reason: reason.trim() } });
    if (result.error) {
      setOthers([requestFailure(result.error, tf)]);
      return;
    }
    const errors = result.data?.reopenMarks.userErrors ?? [];
    if (errors.length > 0) {
      setOthers(applyUserErrors(form, errors));
      return;
    }
    void message.success(t('reopen.done', { module: module.name }));
    onReopened();
  }

  return (
    <Modal
      open
      title={t('reopen.title', { module: module.name, round: round.name })}
      okText={t('reopen.ok')}
      cancelText={t('locks.cancel')}
      okButtonProps={{ danger: true, loading: fetching }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('reopen.body')}</Typography.Paragraph>
      {others.length > 0 && <Alert type="error" showIcon title={t('reopen.refused')} description={<RefusalLines lines={others} />} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ reason: '' }} onFinish={(values) => void send(values)}>
        <Form.Item name="reason" label={t('reopen.reason')} rules={[{ required: true, whitespace: true, message: t('reopen.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={maxReason} showCount placeholder={t('reopen.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
