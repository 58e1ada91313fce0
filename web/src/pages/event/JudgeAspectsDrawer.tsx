import { Alert, App, Button, Drawer, Flex, Form, Grid, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { applyUserErrors } from '../../forms/applyUserErrors';
import { graphql } from '../../gql';
import '../../forms/i18n';
import { AspectSelect } from './AspectSelect';
import type { PanelJudge } from './EditJudgeDrawer';
import './i18n';
import { aspectsAsOneField, splitJudgeRefusals, type SchemeAspect } from './panelModel';
import { RefusalLines } from './RefusalLines';
import { requestFailure } from '../../forms/requestFailure';

export const SetJudgeAspectsMutation = graphql(`
  mutation SetJudgeAspects($input: SetJudgeAspectsInput!) {
    setJudgeAspects(input: $input) {
      judge {
        id
        aspects
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

interface AspectsValues {
  aspects: string[];
}

/** 评分项: the aspects a judge marks (WorldSkills' judge groups); none chosen is every aspect (setJudgeAspects). */
export function JudgeAspectsDrawer({
  judge,
  aspects,
  onClose,
  onSaved,
}: {
  judge: PanelJudge;
  aspects: readonly SchemeAspect[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('event');
  const { t: tf } = useTranslation('forms');
  const screens = Grid.useBreakpoint();
  const { message } = App.useApp();
  const [form] = Form.useForm<AspectsValues>();
  const [others, setOthers] = useState<string[]>([]);
  const [{ fetching }, setAspects] = useMutation(SetJudgeAspectsMutation);

  async function submit(values: AspectsValues) {
    setOthers([]);
    const result = await setAspects({ input: { judgeId: judge.id, aspects: values.aspects ?? [] } });
    if (result.error) {
      setOthers([requestFailure(result.error, tf)]);
      return;
    }
    const errors = result.data?.setJudgeAspects.userErrors ?? [];
    if (errors.length) {
      const { aboutJudge, rest } = splitJudgeRefusals(errors, 'judgeId');
      setOthers([...aboutJudge, ...applyUserErrors(form, aspectsAsOneField(rest))]);
      return;
    }
    void message.success(t('panel.aspectsSaved', { name: judge.name }));
    onSaved();
  }

  return (
    <Drawer open size={screens.md ? 560 : '100%'} title={t('panel.aspectsTitle', { name: judge.name })} onClose={onClose} destroyOnHidden>
      <Form<AspectsValues> form={form} layout="vertical" initialValues={{ aspects: [...judge.aspects] }} onFinish={(values) => void submit(values)}>
        <Typography.Paragraph type="secondary">{t('panel.aspectsHelp')}</Typography.Paragraph>
        {others.length > 0 && <Alert type="error" showIcon title={t('panel.refused')} description={<RefusalLines lines={others} />} style={{ marginBottom: 16 }} />}
        <Form.Item name="aspects" label={t('panel.aspects')}>
          <AspectSelect aspects={aspects} />
        </Form.Item>
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
