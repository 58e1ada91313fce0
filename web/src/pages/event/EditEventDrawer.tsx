import { Alert, App, Button, ConfigProvider, Divider, Drawer, Flex, Form, Grid, Typography, type FormInstance } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { enumName } from '../../domain/competition';
import { applyUserErrors } from '../../forms/applyUserErrors';
import { useLanguage } from '../../forms/useLanguage';
import type { ApiUserError } from '../../forms/userErrors';
import { graphql } from '../../gql';
import { statusReached } from '../competitions/statusReached';
import { AwardsEditor, EventFactsFields } from '../event-wizard/EventFields';
import { toUpdateEventInput, wizardProblems, type WizardValues } from '../event-wizard/presets';
import { SchemeEditor } from '../event-wizard/SchemeEditor';
import '../../forms/i18n';
import type { OrganizerEvent } from './EventPage';
import { eventToWizardValues, schemeOf } from './eventEdit';
import './i18n';
import { requestFailure } from '../../forms/requestFailure';

export const UpdateEventMutation = graphql(`
  mutation UpdateEvent($input: UpdateEventInput!) {
    updateEvent(input: $input) {
      event {
        id
        name
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** A refusal of the scheme as a whole (["rounds"]): marks are in, scoring is closed, a judge holds an aspect that went. */
const aboutTheScheme = (error: ApiUserError) => error.field?.length === 1 && error.field[0] === 'rounds';

/**
 * 修改赛项: the event's whole definition in the event wizard's fields and SchemeEditor, sent as it should be with
 * updateEvent. What the competition's status or the registrations no longer allow is disabled with the reason;
 * once marks are in, the API refuses scheme changes (WRONG_STATE on rounds): the refusal is shown at the top,
 * the edits stay, and the scheme can be put back as stored so that the name and awards are saved alone.
 */
export function EditEventDrawer({ event, onClose, onSaved }: { event: OrganizerEvent; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('event');
  const { t: tw } = useTranslation('event-wizard');
  const { t: tf } = useTranslation('forms');
  const language = useLanguage();
  const screens = Grid.useBreakpoint();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<WizardValues>();
  const [{ fetching }, update] = useMutation(UpdateEventMutation);
  const [problems, setProblems] = useState<string[]>([]);
  const [schemeRefusals, setSchemeRefusals] = useState<ApiUserError[]>([]);
  const top = useRef<HTMLDivElement>(null);

  const competitionStatus = event.competition.status;
  const status = enumName('status', competitionStatus, language);
  const final = statusReached(competitionStatus, 'FINAL');
  const markingLocked = statusReached(competitionStatus, 'SCORING_CLOSED') ? t('eventEdit.schemeClosed', { status }) : undefined;
  const awardsLocked = statusReached(competitionStatus, 'PUBLISHED') ? t('eventEdit.awardsClosed', { status }) : undefined;
  const formatLocked = event.registrations.totalCount > 0 ? t('eventEdit.formatRegistered') : undefined;
  const schemeLocked = schemeRefusals.some((e) => e.code === 'WRONG_STATE');

  async function submit() {
    setProblems([]);
    setSchemeRefusals([]);
    const valid = await form.validateFields().then(
      () => true,
      () => false,
    );
    const values = form.getFieldsValue(true) as WizardValues;
    const found = valid ? wizardProblems(values) : [];
    if (found.length > 0) (form as FormInstance).setFields(found.map((p) => ({ name: p.name, errors: [tw(p.key, p.params)] })));
    if (!valid || found.length > 0) {
      setProblems([tf('fixErrors')]);
      return;
    }
    const result = await update({ input: toUpdateEventInput(values, event.id) });
    if (result.error) {
      setProblems([requestFailure(result.error, tf)]);
      return;
    }
    const payload = result.data?.updateEvent;
    if (payload?.userErrors.length) {
      const scheme = payload.userErrors.filter(aboutTheScheme);
      const others = applyUserErrors(form, payload.userErrors.filter((e) => !aboutTheScheme(e)));
      setSchemeRefusals(scheme);
      setProblems(others.length || scheme.length ? others : [tf('fixErrors')]);
      if (scheme.length) top.current?.scrollIntoView?.({ block: 'start' });
      return;
    }
    void message.success(t('eventEdit.saved', { name: payload?.event?.name ?? values.name }));
    onSaved();
  }

  /** Puts the scheme (with score decimals and conflict policy) back as stored; every other edit stays. */
  function restoreScheme() {
    form.setFieldsValue({ rounds: schemeOf(event), scoreDecimals: event.scoreDecimals, conflictPolicy: event.conflictPolicy });
    setSchemeRefusals([]);
    void message.info(t('eventEdit.schemeRestored'));
  }

  function close() {
    if (!form.isFieldsTouched()) {
      onClose();
      return;
    }
    modal.confirm({ title: t('eventEdit.discardTitle'), content: t('eventEdit.discardBody'), okText: t('eventEdit.discardOk'), cancelText: t('eventEdit.keepEditing'), onOk: onClose });
  }

  return (
    <Drawer
      open
      title={t('eventEdit.title', { name: event.name })}
      size={screens.lg ? 1080 : '100%'}
      onClose={close}
      destroyOnHidden
      footer={
        <Flex justify="space-between" align="center" gap="small" wrap>
          <Typography.Text type="secondary">{t('eventEdit.recorded')}</Typography.Text>
          <Flex gap="small">
            <Button onClick={close}>{t('eventEdit.cancel')}</Button>
            <Button type="primary" loading={fetching} disabled={final} onClick={() => void submit()}>
              {t('eventEdit.save')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <div ref={top} />
      {final && <Alert type="warning" showIcon title={t('eventEdit.finalLocked', { status })} style={{ marginBottom: 16 }} />}
      {schemeRefusals.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={schemeLocked ? t('eventEdit.schemeRefused') : tf('saveFailed')}
          description={
            <Flex vertical gap="small" align="flex-start">
              {schemeRefusals.map((e, i) => (
                <Typography.Text strong key={i}>
                  {e.problem ?? e.message}
                </Typography.Text>
              ))}
              {schemeLocked && (
                <>
                  <Typography.Text>{t('eventEdit.schemeLockedHelp')}</Typography.Text>
                  <Button onClick={restoreScheme}>{t('eventEdit.restoreScheme')}</Button>
                </>
              )}
            </Flex>
          }
          style={{ marginBottom: 16 }}
        />
      )}
      {problems.length > 0 && (
        <Alert type="error" showIcon title={tf('saveFailed')} description={<div style={{ whiteSpace: 'pre-line' }}>{problems.join('\n')}</div>} style={{ marginBottom: 16 }} />
      )}
      {!final && !markingLocked && !schemeLocked && competitionStatus === 'RUNNING' && (
        <Alert type="info" showIcon title={t('eventEdit.runningHint')} style={{ marginBottom: 16 }} />
      )}
      <Form<WizardValues> form={form} layout="vertical" disabled={final} initialValues={eventToWizardValues(event)} scrollToFirstError>
        <Divider titlePlacement="start">{t('eventEdit.sections.facts')}</Divider>
        <EventFactsFields formatLocked={formatLocked} markingLocked={markingLocked} />
        <Divider titlePlacement="start">{t('eventEdit.sections.scheme')}</Divider>
        {markingLocked && (
          <Typography.Paragraph type="warning" style={{ marginBottom: 8 }}>
            {markingLocked}
          </Typography.Paragraph>
        )}
        <ConfigProvider componentDisabled={markingLocked ? true : undefined}>
          <SchemeEditor />
        </ConfigProvider>
        <Divider titlePlacement="start">{t('eventEdit.sections.awards')}</Divider>
        <AwardsEditor locked={awardsLocked} />
      </Form>
    </Drawer>
  );
}
