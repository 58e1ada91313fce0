import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { applyUserErrors } from '../../forms/applyUserErrors';
import { requestFailure } from '../../forms/requestFailure';
import { graphql } from '../../gql';
import { formatMinute, maxAppealText } from '../competitions/publication';
import { RefusalLines } from '../event/RefusalLines';
import '../../forms/i18n';
import './i18n';

export const FileAppealMutation = graphql(`
  mutation FileAppeal($input: FileAppealInput!) {
    fileAppeal(input: $input) {
      appeal {
        id
        status
        reason
        filedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** What the form reads of the entry appealed. */
export interface AppealedEntry {
  id: string;
  bib: string;
  event: { name: string; competition: { name: string; publication?: { noticeEndsAt: string } | null } };
}

/**
 * 提出申诉 on one of my entries during the notice period: the reason (required, what is challenged and why). A refusal
 * stays in the dialog: under the reason when it names it, above the form otherwise (the notice period over, not mine).
 */
export function FileAppealModal({ entry, onClose, onFiled }: { entry: AppealedEntry; onClose: () => void; onFiled: () => void }) {
  const { t } = useTranslation('worker');
  const { t: tf } = useTranslation('forms');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [others, setOthers] = useState<string[]>([]);
  const [{ fetching }, fileAppeal] = useMutation(FileAppealMutation);

  async function send({ reason }: { reason: string }) {
    setOthers([]);
    const result = await fileAppeal({ input: { registrationId: entry.id, reason: reason.trim() } });
    if (result.error) {
      setOthers([requestFailure(result.error, tf)]);
      return;
    }
    const errors = result.data?.fileAppeal.userErrors ?? [];
    if (errors.length > 0) {
      setOthers(applyUserErrors(form, errors));
      return;
    }
    void message.success(t('appeal.done'));
    onFiled();
  }

  return (
    <Modal
      open
      title={t('appeal.title', { event: entry.event.name, bib: entry.bib })}
      okText={t('appeal.submit')}
      cancelText={t('appeal.cancel')}
      okButtonProps={{ loading: fetching }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{entry.event.competition.name}</Typography.Paragraph>
      <Typography.Paragraph>{t('appeal.body', { at: formatMinute(entry.event.competition.publication?.noticeEndsAt) })}</Typography.Paragraph>
      {others.length > 0 && <Alert type="error" showIcon title={t('appeal.refused')} description={<RefusalLines lines={others} />} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ reason: '' }} onFinish={(values) => void send(values)}>
        <Form.Item name="reason" label={t('appeal.reason')} rules={[{ required: true, whitespace: true, message: t('appeal.reasonRequired') }]}>
          <Input.TextArea rows={4} maxLength={maxAppealText} showCount placeholder={t('appeal.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
