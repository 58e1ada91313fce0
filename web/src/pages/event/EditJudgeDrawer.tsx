import { Alert, App, Button, Drawer, Flex, Form, Grid, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { applyUserErrors } from '../../forms/applyUserErrors';
import { graphql } from '../../gql';
import type { JudgeRole } from '../../gql/schema';
import '../../forms/i18n';
import type { OrganizerEvent } from './EventPage';
import './i18n';
import { JudgeFields } from './JudgeFields';
import { RefusalLines } from './RefusalLines';
import { splitJudgeRefusals } from './panelModel';
import { requestFailure } from '../../forms/requestFailure';

export const UpdateJudgeMutation = graphql(`
  mutation UpdateJudge($input: UpdateJudgeInput!) {
    updateJudge(input: $input) {
      judge {
        id
        name
        affiliation
        role
        username
        loginVerified
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export type PanelJudge = OrganizerEvent['judges'][number];

interface EditValues {
  name: string;
  affiliation?: string | null;
  role: JudgeRole;
  username?: string | null;
}

/** 修改: a judge's name, affiliation, role and login as they should read (updateJudge). */
export function EditJudgeDrawer({ judge, onClose, onSaved }: { judge: PanelJudge; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('event');
  const { t: tf } = useTranslation('forms');
  const screens = Grid.useBreakpoint();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const [others, setOthers] = useState<string[]>([]);
  const [{ fetching }, update] = useMutation(UpdateJudgeMutation);

  async function submit(values: EditValues) {
    setOthers([]);
    const name = values.name.trim();
    const result = await update({
      input: {
        id: judge.id,
        name,
        affiliation: values.affiliation?.trim() || null,
        role: values.role,
        username: values.username?.trim() || null,
      },
    });
    if (result.error) {
      setOthers([requestFailure(result.error, tf)]);
      return;
    }
    const errors = result.data?.updateJudge.userErrors ?? [];
    if (errors.length) {
      const { aboutJudge, rest } = splitJudgeRefusals(errors, 'id');
      setOthers([...aboutJudge, ...applyUserErrors(form, rest)]);
      return;
    }
    void message.success(t('panel.updated', { name }));
    onSaved();
  }

  return (
    <Drawer open size={screens.md ? 520 : '100%'} title={t('panel.editTitle', { name: judge.name })} onClose={onClose} destroyOnHidden>
      <Form<EditValues>
        form={form}
        layout="vertical"
        initialValues={{ name: judge.name, affiliation: judge.affiliation ?? '', role: judge.role, username: judge.username ?? '' }}
        onFinish={(values) => void submit(values)}
      >
        <Typography.Paragraph type="secondary">{t('panel.editHint')}</Typography.Paragraph>
        {others.length > 0 && <Alert type="error" showIcon title={t('panel.refused')} description={<RefusalLines lines={others} />} style={{ marginBottom: 16 }} />}
        <JudgeFields />
        <Flex justify="flex-end" gap="small">
          <Button onClick={onClose}>{t('panel.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={fetching}>
            {t('panel.save')}
          </Button>
        </Flex>
      </Form>
    </Drawer>
  );
}
