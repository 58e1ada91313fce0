import { Alert, App, Form, InputNumber, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { applyUserErrors } from '../../forms/applyUserErrors';
import { requestFailure } from '../../forms/requestFailure';
import { graphql } from '../../gql';
import { RefusalLines } from '../event/RefusalLines';
import { defaultNoticeDays, formatMinute, maxNoticeDays } from './publication';
import '../../forms/i18n';
import './i18n';

export const PublishResultsMutation = graphql(`
  mutation PublishResults($input: PublishResultsInput!) {
    publishResults(input: $input) {
      competition {
        id
        status
        publication {
          publishedAt
          noticeEndsAt
          publishedBy
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/**
 * 公布成绩: SCORING_CLOSED → PUBLISHED with a notice period (公示期) of 0 to 90 days, 7 unless the organizer says
 * otherwise. A refusal stays in the dialog: under the days when it names them, above the form otherwise.
 */
export function PublishResultsModal({ competition, onClose, onPublished }: { competition: { id: string; name: string }; onClose: () => void; onPublished: () => void }) {
  const { t } = useTranslation('competitions');
  const { t: tf } = useTranslation('forms');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ noticeDays: number | null }>();
  const [others, setOthers] = useState<string[]>([]);
  const [{ fetching }, publish] = useMutation(PublishResultsMutation);

  async function send({ noticeDays }: { noticeDays: number | null }) {
    setOthers([]);
    const result = await publish({ input: { competitionId: competition.id, noticeDays: Number(noticeDays) } });
    if (result.error) {
      setOthers([requestFailure(result.error, tf)]);
      return;
    }
    const payload = result.data?.publishResults;
    if (payload?.userErrors.length) {
      setOthers(applyUserErrors(form, payload.userErrors));
      return;
    }
    void message.success(t('publication.published', { at: formatMinute(payload?.competition?.publication?.noticeEndsAt) }));
    onPublished();
  }

  return (
    <Modal
      open
      title={t('publication.publishTitle', { name: competition.name })}
      okText={t('publication.publishOk')}
      cancelText={t('detail.cancel')}
      okButtonProps={{ loading: fetching }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('publication.publishBody')}</Typography.Paragraph>
      {others.length > 0 && <Alert type="error" showIcon title={t('publication.refused')} description={<RefusalLines lines={others} />} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ noticeDays: defaultNoticeDays }} onFinish={(values) => void send(values)}>
        <Form.Item
          name="noticeDays"
          label={t('publication.noticeDays')}
          extra={t('publication.noticeDaysHelp')}
          rules={[{ required: true, type: 'integer', min: 0, max: maxNoticeDays, message: t('publication.noticeDaysRequired') }]}
        >
          <InputNumber min={0} max={maxNoticeDays} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
