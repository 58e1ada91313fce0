import { Alert, App, Button, Drawer, Flex, Form, Grid, Input, Radio, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { competitionKinds, competitionLevels, enumName, enumOptions } from '../../domain/competition';
import { applyUserErrors } from '../../forms/applyUserErrors';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { CompetitionKind, CompetitionLevel, UpdateCompetitionInput } from '../../gql/graphql';
import '../../forms/i18n';
import { CompetitionDateFields } from './CompetitionDateFields';
import './i18n';
import { statusReached } from './statusReached';
import { requestFailure } from '../../forms/requestFailure';

export const UpdateCompetitionMutation = graphql(`
  mutation UpdateCompetition($input: UpdateCompetitionInput!) {
    updateCompetition(input: $input) {
      competition {
        id
        name
        kind
        level
        organizerName
        startsOn
        endsOn
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The competition's facts the drawer corrects. */
export interface EditableCompetition {
  id: string;
  name: string;
  kind: CompetitionKind;
  level: CompetitionLevel;
  status: string;
  organizerName?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
}

interface FormValues {
  name: string;
  kind: CompetitionKind;
  level: CompetitionLevel;
  organizerName?: string;
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
}

/**
 * 修改竞赛信息: name, kind, level, organizer and dates as they should be (updateCompetition). What the status no
 * longer allows is disabled with the reason (UpdateCompetitionInput: the kind while DRAFT, the level until
 * scoring is closed, the rest until FINAL); the API's refusals show under their fields, the form stays filled.
 */
export function EditCompetitionDrawer({ competition, onClose, onSaved }: { competition: EditableCompetition; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('competitions');
  const { t: tf } = useTranslation('forms');
  const language = useLanguage();
  const screens = Grid.useBreakpoint();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [{ fetching }, update] = useMutation(UpdateCompetitionMutation);
  const [problems, setProblems] = useState<string[]>([]);
  const status = enumName('status', competition.status, language);
  const final = statusReached(competition.status, 'FINAL');
  const kindLocked = competition.status !== 'DRAFT';
  const levelLocked = statusReached(competition.status, 'SCORING_CLOSED');

  async function submit() {
    setProblems([]);
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const input: UpdateCompetitionInput = {
      id: competition.id,
      name: values.name.trim(),
      kind: values.kind,
      level: values.level,
      organizerName: values.organizerName?.trim() || null,
      startsOn: values.startsOn?.format('YYYY-MM-DD') ?? null,
      endsOn: values.endsOn?.format('YYYY-MM-DD') ?? null,
    };
    const result = await update({ input });
    if (result.error) {
      setProblems([requestFailure(result.error, tf)]);
      return;
    }
    const payload = result.data?.updateCompetition;
    if (payload?.userErrors.length) {
      const others = applyUserErrors(form, payload.userErrors);
      setProblems(others.length ? others : [tf('fixErrors')]);
      return;
    }
    void message.success(t('edit.saved', { name: payload?.competition?.name ?? input.name }));
    onSaved();
  }

  function close() {
    if (!form.isFieldsTouched()) {
      onClose();
      return;
    }
    modal.confirm({ title: t('edit.discardTitle'), content: t('edit.discardBody'), okText: t('edit.discardOk'), cancelText: t('edit.keepEditing'), onOk: onClose });
  }

  return (
    <Drawer
      open
      title={t('edit.title')}
      size={screens.md ? 640 : '100%'}
      onClose={close}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap="small">
          <Button onClick={close}>{t('edit.cancel')}</Button>
          <Button type="primary" loading={fetching} disabled={final} onClick={() => void submit()}>
            {t('edit.save')}
          </Button>
        </Flex>
      }
    >
      {final && <Alert type="warning" showIcon title={t('edit.finalLocked', { status })} style={{ marginBottom: 16 }} />}
      {problems.length > 0 && (
        <Alert type="error" showIcon title={tf('saveFailed')} description={<div style={{ whiteSpace: 'pre-line' }}>{problems.join('\n')}</div>} style={{ marginBottom: 16 }} />
      )}
      <Form<FormValues>
        form={form}
        layout="vertical"
        disabled={final}
        initialValues={{
          name: competition.name,
          kind: competition.kind,
          level: competition.level,
          organizerName: competition.organizerName ?? '',
          startsOn: competition.startsOn ? dayjs(competition.startsOn) : null,
          endsOn: competition.endsOn ? dayjs(competition.endsOn) : null,
        }}
        onFinish={() => void submit()}
      >
        <Form.Item name="name" label={t('field.name')} rules={[{ required: true, whitespace: true, message: tf('required', { field: t('field.name') }) }]}>
          <Input placeholder={t('create.namePlaceholder')} maxLength={200} />
        </Form.Item>
        <Form.Item name="kind" label={t('field.kind')} extra={kindLocked ? t('edit.kindLocked', { status }) : undefined}>
          <Radio.Group options={enumOptions('kind', competitionKinds, language)} optionType="button" disabled={kindLocked} />
        </Form.Item>
        <Form.Item name="level" label={t('field.level')} extra={levelLocked ? t('edit.levelLocked', { status }) : undefined}>
          <Select options={enumOptions('level', competitionLevels, language)} disabled={levelLocked} />
        </Form.Item>
        <Row gutter={16}>
          <CompetitionDateFields />
        </Row>
        <Form.Item name="organizerName" label={t('field.organizerName')}>
          <Input placeholder={t('create.organizerPlaceholder')} maxLength={200} />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">{t('edit.recorded')}</Typography.Text>
    </Drawer>
  );
}
