import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { applyUserErrors } from '../../forms/applyUserErrors';
import { requestFailure } from '../../forms/requestFailure';
import { graphql } from '../../gql';
import '../../forms/i18n';
import type { Nomination } from './CommendationsPage';
import { maxNote } from './commendationModel';
import './i18n';

export const DecideCommendationMutation = graphql(`
  mutation DecideCommendation($input: DecideCommendationInput!) {
    decideCommendation(input: $input) {
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/**
 * The organizers' decision on one nomination, confirmed here with the note (审定意见): required to reject it (the
 * unit reads why), optional to approve it, which grants the title. A refusal stays in the dialog, under the note
 * when it names it.
 */
export function DecideModal({
  nomination,
  approve,
  title,
  onClose,
  onDecided,
}: {
  nomination: Nomination;
  approve: boolean;
  /** The title an approval grants (先进个人). */
  title: string;
  onClose: () => void;
  onDecided: () => void;
}) {
  const { t } = useTranslation('commendations');
  const { t: tf } = useTranslation('forms');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const [others, setOthers] = useState<string[]>([]);
  const [{ fetching }, decide] = useMutation(DecideCommendationMutation);
  const name = nomination.person.name;

  async function send({ note }: { note: string }) {
    setOthers([]);
    const result = await decide({ input: { nominationId: nomination.id, approve, note: note.trim() || null } });
    if (result.error) {
      setOthers([requestFailure(result.error, tf)]);
      return;
    }
    const errors = result.data?.decideCommendation.userErrors ?? [];
    if (errors.length > 0) {
      setOthers(applyUserErrors(form, errors));
      return;
    }
    void message.success(approve ? t('decide.approved', { name, title }) : t('decide.rejected', { name }));
    onDecided();
  }

  return (
    <Modal
      open
      title={approve ? t('decide.approveTitle', { name }) : t('decide.rejectTitle', { name })}
      okText={approve ? t('decide.approveOk') : t('decide.rejectOk')}
      cancelText={t('cancel')}
      okButtonProps={{ danger: !approve, loading: fetching }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{approve ? t('decide.approveBody', { name, title }) : t('decide.rejectBody')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
        {nomination.citation}
      </Typography.Paragraph>
      {others.length > 0 && <Alert type="error" showIcon title={t('decide.refused')} description={others.join('\n')} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ note: '' }} onFinish={(values) => void send(values)}>
        <Form.Item name="note" label={t('decide.note')} rules={approve ? [] : [{ required: true, whitespace: true, message: t('decide.noteRequired') }]}>
          <Input.TextArea rows={3} maxLength={maxNote} showCount placeholder={t(approve ? 'decide.notePlaceholder' : 'decide.rejectPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
