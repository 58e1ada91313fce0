import { Alert, App, Button, Drawer, Flex, Form, Grid, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { enumName } from '../../domain/competition';
import { applyUserErrors } from '../../forms/applyUserErrors';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { JudgeRole } from '../../gql/schema';
import '../../forms/i18n';
import { AspectSelect } from './AspectSelect';
import type { PanelJudge } from './EditJudgeDrawer';
import './i18n';
import { JudgeFields } from './JudgeFields';
import { aspectLabel, aspectsAsOneField, splitJudgeRefusals, type SchemeAspect } from './panelModel';
import { RefusalLines } from './RefusalLines';
import { requestFailure } from '../../forms/requestFailure';

export const ReplaceJudgeMutation = graphql(`
  mutation ReplaceJudge($input: ReplaceJudgeInput!) {
    replaceJudge(input: $input) {
      judge {
        id
        name
        role
        aspects
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

interface ReplaceValues {
  name: string;
  affiliation?: string | null;
  role: JudgeRole;
  username?: string | null;
  aspects: string[];
}

/**
 * 替换: another judge takes over a place (replaceJudge). The old judge's marks stay and count; they mark no
 * more. The new judge's aspects are the old judge's unless changed here; the confirmation says all that.
 */
export function ReplaceJudgeDrawer({
  judge,
  aspects,
  onClose,
  onReplaced,
}: {
  judge: PanelJudge;
  aspects: readonly SchemeAspect[];
  onClose: () => void;
  onReplaced: () => void;
}) {
  const { t } = useTranslation('event');
  const { t: tf } = useTranslation('forms');
  const language = useLanguage();
  const screens = Grid.useBreakpoint();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<ReplaceValues>();
  const role = Form.useWatch('role', form) ?? judge.role;
  const [others, setOthers] = useState<string[]>([]);
  const [{ fetching }, replace] = useMutation(ReplaceJudgeMutation);

  async function send(values: ReplaceValues) {
    setOthers([]);
    const name = values.name.trim();
    const marks = values.role !== 'SCOREKEEPER';
    const result = await replace({
      input: {
        id: judge.id,
        judge: {
          name,
          affiliation: values.affiliation?.trim() || undefined,
          role: values.role,
          username: values.username?.trim() || undefined,
          // sent as chosen (prefilled with the old judge's): [] is every aspect; a scorekeeper is given none
          aspects: marks ? (values.aspects ?? []) : [],
        },
      },
    });
    if (result.error) {
      setOthers([requestFailure(result.error, tf)]);
      return;
    }
    const errors = result.data?.replaceJudge.userErrors ?? [];
    if (errors.length) {
      const { aboutJudge, rest } = splitJudgeRefusals(errors, 'id');
      setOthers([...aboutJudge, ...applyUserErrors(form, aspectsAsOneField(rest), ['judge'])]);
      return;
    }
    void message.success(t('panel.replaced', { old: judge.name, new: name }));
    onReplaced();
  }

  function confirm(values: ReplaceValues) {
    const name = values.name.trim();
    const chosen = values.aspects ?? [];
    const marksWhat = chosen.length ? chosen.map((code) => aspectLabel(code, aspects)).join(t('panel.listSeparator')) : t('panel.everyAspect');
    modal.confirm({
      title: t('panel.replaceConfirmTitle', { old: judge.name, new: name }),
      content: (
        <>
          <Typography.Paragraph>{t('panel.replaceConfirmBody', { old: judge.name })}</Typography.Paragraph>
          <Typography.Paragraph style={{ marginBottom: 0 }}>
            {values.role === 'SCOREKEEPER' ? t('panel.replaceConfirmScorekeeper', { new: name }) : t('panel.replaceConfirmMarks', { new: name, aspects: marksWhat })}
          </Typography.Paragraph>
        </>
      ),
      okText: t('panel.replaceSubmit'),
      okButtonProps: { danger: true },
      cancelText: t('panel.cancel'),
      onOk: () => send(values),
    });
  }

  return (
    <Drawer
      open
      size={screens.md ? 560 : '100%'}
      title={t('panel.replaceTitle', { name: `${judge.name}（${enumName('judgeRole', judge.role, language)}）` })}
      onClose={onClose}
      destroyOnHidden
    >
      <Form<ReplaceValues>
        form={form}
        layout="vertical"
        initialValues={{ name: '', affiliation: '', role: judge.role, username: '', aspects: [...judge.aspects] }}
        onFinish={confirm}
      >
        <Alert type="info" showIcon title={t('panel.replaceIntro', { name: judge.name })} style={{ marginBottom: 16 }} />
        {others.length > 0 && <Alert type="error" showIcon title={t('panel.refused')} description={<RefusalLines lines={others} />} style={{ marginBottom: 16 }} />}
        <Typography.Title level={5} style={{ marginTop: 0 }}>
          {t('panel.newJudge')}
        </Typography.Title>
        <JudgeFields />
        {role === 'SCOREKEEPER' ? (
          <Typography.Paragraph type="secondary">{t('panel.scorekeeperNoAspects')}</Typography.Paragraph>
        ) : (
          <Form.Item name="aspects" label={t('panel.aspects')} extra={t('panel.aspectsFieldHelp')}>
            <AspectSelect aspects={aspects} />
          </Form.Item>
        )}
        <Flex justify="flex-end" gap="small">
          <Button onClick={onClose}>{t('panel.cancel')}</Button>
          <Button type="primary" danger htmlType="submit" loading={fetching}>
            {t('panel.replaceSubmit')}
          </Button>
        </Flex>
      </Form>
    </Drawer>
  );
}
