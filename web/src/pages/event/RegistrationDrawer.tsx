import { SwapOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Divider, Drawer, Flex, Form, Grid, Input, Popconfirm, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { enumOptions, personCategories } from '../../domain/competition';
import { skillLevelLabel, skillLevelOptions } from '../../domain/skillLevel';
import { applyUserErrors } from '../../forms/applyUserErrors';
import { useLanguage } from '../../forms/useLanguage';
import type { ApiUserError } from '../../forms/userErrors';
import { graphql } from '../../gql';
import type { PersonCategory, RegistrationMemberInput, SkillLevel, UpdateRegistrationInput } from '../../gql/schema';
import { normalizeNationalId } from '../roster-import/nationalId';
import '../../forms/i18n';
import './i18n';
import { useNationalIdRule } from './nationalIdRule';
import { RegistrationHistory } from './RegistrationHistory';
import { useWho, type RegistrationRow } from './registrationRow';
import { requestFailure } from '../../forms/requestFailure';

export const UpdateRegistrationMutation = graphql(`
  mutation UpdateRegistration($input: UpdateRegistrationInput!) {
    updateRegistration(input: $input) {
      registration {
        id
        bib
        team
        competitor {
          id
          name
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

interface MemberValues {
  name: string;
  nationalId?: string;
  skillLevel?: SkillLevel | null;
  category?: PersonCategory | null;
  username?: string;
  affiliation?: string;
}

interface FormValues {
  name: string;
  affiliation?: string;
  bib: string;
  team?: string;
  nationalId?: string;
  skillLevel?: SkillLevel | null;
  category?: PersonCategory | null;
  username?: string;
  members: MemberValues[];
}

const trimmed = (value?: string | null) => (value && value.trim() ? value.trim() : undefined);

/** What is stored, as the form's values: the registration as registered, logins and id numbers blank. */
function storedValues(registration: RegistrationRow): FormValues {
  return {
    name: registration.competitor.name,
    affiliation: registration.affiliation ?? '',
    bib: registration.bib,
    team: registration.team ?? '',
    nationalId: '',
    skillLevel: registration.skillLevel ?? undefined,
    category: registration.category ?? undefined,
    username: '',
    members: registration.registeredMembers.slice(1).map((member) => storedMember(member)),
  };
}

function storedMember(member: RegistrationRow['registeredMembers'][number]): MemberValues {
  return { name: member.person.name, nationalId: '', skillLevel: member.skillLevel ?? undefined, category: member.category ?? undefined, username: '' };
}

/**
 * The API's refusals, each on a field this form shows: one about a member as a whole (["members", "1"]: already
 * registered) or their personId under that member's name; one naming no input of the form (["id"]: the
 * registration's state, ["members"]: how many, an id number that cannot be changed) without a field, so
 * that the alert shows its whole message.
 */
function onShownFields(errors: readonly ApiUserError[], shown: (field: readonly string[]) => boolean): ApiUserError[] {
  return errors.map((error) => {
    const field = error.field ?? [];
    if (shown(field)) return error;
    if (field[0] === 'members' && /^\d+$/.test(field[1] ?? '') && (field.length === 2 || field[2] === 'personId')) {
      return { ...error, field: ['members', field[1], 'name'] };
    }
    return { ...error, field: null };
  });
}

/**
 * 修改报名: the registration as registered, prefilled from what is stored, checked in the browser the way
 * registering checks, then updateRegistration. The API's refusals go under their fields and the rest in an
 * alert, the form kept as typed; on success the drawer closes and the roster reloads. Its history below.
 */
export function RegistrationDrawer({
  registration,
  teamEvent,
  onClose,
  onSaved,
}: {
  registration: RegistrationRow;
  teamEvent: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('event');
  const { t: tf } = useTranslation('forms');
  const language = useLanguage();
  const screens = Grid.useBreakpoint();
  const { message } = App.useApp();
  const who = useWho(teamEvent);
  const [form] = Form.useForm<FormValues>();
  const [others, setOthers] = useState<string[]>([]);
  /** Indexes of the other members being replaced by a new person. */
  const [replaced, setReplaced] = useState<ReadonlySet<number>>(new Set());
  const [{ fetching }, update] = useMutation(UpdateRegistrationMutation);
  const nationalIdRule = useNationalIdRule();
  const stored = registration.registeredMembers;
  const otherMembers = stored.slice(1);
  const competitorHasId = registration.competitor.nationalIdMasked != null;
  const levelChanged = registration.competitor.skillLevel != null && registration.competitor.skillLevel !== registration.skillLevel;
  /** Whether the member's id number can be entered: a new person, or one with none recorded. */
  const memberIdOpen = (i: number) => replaced.has(i) || otherMembers[i]?.person.nationalIdMasked == null;

  /** The input fields this form has an input for (the API names them in its userErrors). */
  function shown(field: readonly string[]): boolean {
    const top = ['name', 'bib', 'team', 'affiliation', 'skillLevel', 'category', 'username'];
    if (field.length === 1) return top.includes(field[0]) || (field[0] === 'nationalId' && !competitorHasId);
    if (field.length !== 3 || field[0] !== 'members' || !/^\d+$/.test(field[1])) return false;
    const i = Number(field[1]);
    if (!teamEvent || i >= otherMembers.length) return false;
    if (field[2] === 'nationalId') return memberIdOpen(i);
    if (field[2] === 'affiliation') return replaced.has(i);
    return ['name', 'skillLevel', 'category', 'username'].includes(field[2]);
  }

  function input(values: FormValues): UpdateRegistrationInput {
    const members: RegistrationMemberInput[] = otherMembers.map((member, i) => {
      const given = values.members?.[i] ?? { name: '' };
      const common = {
        name: given.name.trim(),
        skillLevel: given.skillLevel ?? null,
        category: given.category ?? null,
        username: trimmed(given.username),
        nationalId: memberIdOpen(i) && given.nationalId?.trim() ? normalizeNationalId(given.nationalId) : undefined,
      };
      return replaced.has(i) ? { ...common, affiliation: trimmed(given.affiliation) } : { personId: member.person.id, ...common };
    });
    return {
      id: registration.id,
      name: values.name.trim(),
      affiliation: trimmed(values.affiliation) ?? null,
      bib: values.bib.trim(),
      team: trimmed(values.team) ?? null,
      skillLevel: values.skillLevel ?? null,
      category: values.category ?? null,
      username: trimmed(values.username),
      nationalId: !competitorHasId && values.nationalId?.trim() ? normalizeNationalId(values.nationalId) : undefined,
      members: teamEvent ? members : undefined,
    };
  }

  async function submit(values: FormValues) {
    setOthers([]);
    const result = await update({ input: input(values) });
    if (result.error) {
      setOthers([requestFailure(result.error, tf)]);
      return;
    }
    const payload = result.data?.updateRegistration;
    if (payload?.userErrors.length) {
      setOthers(applyUserErrors(form, onShownFields(payload.userErrors, shown)));
      return;
    }
    const saved = payload?.registration;
    void message.success(t('registrationEdit.drawer.saved', { who: who(saved ?? registration) }));
    onSaved();
  }

  function replace(i: number) {
    form.setFieldValue(['members', i], { name: '', nationalId: '', skillLevel: undefined, category: undefined, username: '', affiliation: '' });
    setReplaced((before) => new Set([...before, i]));
  }

  function keep(i: number) {
    form.setFieldValue(['members', i], storedMember(otherMembers[i]));
    form.setFields([{ name: ['members', i, 'name'], errors: [] }]);
    setReplaced((before) => new Set([...before].filter((j) => j !== i)));
  }

  /** Skill level and category as registered; the competitor's current level beside it when it differs. */
  const levelAndCategory = (prefix: (string | number)[], currentLevel?: string | null) => (
    <>
      <Col xs={12} sm={8}>
        <Form.Item
          name={[...prefix, 'skillLevel']}
          label={t('registrationEdit.drawer.skillLevel')}
          tooltip={t('registrationEdit.drawer.skillLevelHelp')}
          extra={currentLevel ? t('registrationEdit.drawer.currentLevel', { level: skillLevelLabel(currentLevel, language) }) : undefined}
        >
          <Select allowClear options={skillLevelOptions(language)} />
        </Form.Item>
      </Col>
      <Col xs={12} sm={8}>
        <Form.Item name={[...prefix, 'category']} label={t('registrationEdit.drawer.category')}>
          <Select allowClear options={enumOptions('category', personCategories, language)} />
        </Form.Item>
      </Col>
    </>
  );

  const login = (prefix: (string | number)[]) => (
    <Col xs={24} sm={8}>
      <Form.Item name={[...prefix, 'username']} label={t('registrationEdit.drawer.username')} tooltip={t('registrationEdit.drawer.usernameHelp')}>
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
    </Col>
  );

  /** The id number: to enter for a new person, to add when none is recorded, else the masked one, read-only. */
  const nationalId = (prefix: (string | number)[], masked: string | null | undefined, newPerson = false) =>
    masked == null ? (
      <Form.Item
        name={[...prefix, 'nationalId']}
        label={t('register.nationalId')}
        tooltip={newPerson ? t('register.nationalIdHelp') : undefined}
        extra={newPerson ? undefined : t('registrationEdit.drawer.nationalIdAdd')}
        rules={[nationalIdRule]}
      >
        <Input maxLength={24} autoComplete="off" />
      </Form.Item>
    ) : (
      <Form.Item label={t('register.nationalId')} extra={t('registrationEdit.drawer.nationalIdFixed')}>
        <Typography.Text>{masked}</Typography.Text>
      </Form.Item>
    );

  return (
    <Drawer
      open
      title={t('registrationEdit.drawer.title', { who: who(registration) })}
      onClose={onClose}
      size={screens.md ? 720 : '100%'}
      destroyOnHidden
      footer={
        <Flex justify="end" gap="small">
          <Button onClick={onClose}>{t('registrationEdit.drawer.cancel')}</Button>
          <Button type="primary" loading={fetching} onClick={() => form.submit()}>
            {t('registrationEdit.drawer.save')}
          </Button>
        </Flex>
      }
    >
      {others.length > 0 && <Alert type="error" showIcon title={tf('saveFailed')} description={others.join('\n')} style={{ marginBottom: 16 }} />}
      <Form<FormValues> form={form} layout="vertical" initialValues={storedValues(registration)} onFinish={(values) => void submit(values)}>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item
              name="name"
              label={t('register.name')}
              tooltip={t('registrationEdit.drawer.nameHelp')}
              rules={[{ required: true, whitespace: true, message: tf('required', { field: t('register.name') }) }]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="bib" label={t('register.bib')} rules={[{ required: true, whitespace: true, message: tf('required', { field: t('register.bib') }) }]}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item
              name="team"
              label={teamEvent ? t('register.team') : t('registrationEdit.drawer.teamOptional')}
              rules={teamEvent ? [{ required: true, whitespace: true, message: tf('required', { field: t('register.team') }) }] : []}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="affiliation" label={t('register.affiliation')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            {nationalId([], registration.competitor.nationalIdMasked)}
          </Col>
          {levelAndCategory([], levelChanged ? registration.competitor.skillLevel : null)}
          {login([])}
        </Row>
        {teamEvent && otherMembers.length > 0 && (
          <>
            <Divider titlePlacement="start">{t('registrationEdit.drawer.members')}</Divider>
            {otherMembers.map((member, i) => (
              <div key={member.person.id} style={{ borderTop: '1px solid #f0f0f0', paddingTop: 8 }} data-testid={`member-${i}`}>
                <Flex justify="space-between" align="center" wrap gap="small" style={{ marginBottom: 8 }}>
                  <Typography.Text strong>
                    {t('registrationEdit.drawer.member', { n: i + 1 })}
                    {replaced.has(i) && `：${t('registrationEdit.drawer.replacing', { name: member.person.name })}`}
                  </Typography.Text>
                  {replaced.has(i) ? (
                    <Button size="small" icon={<UndoOutlined />} onClick={() => keep(i)}>
                      {t('registrationEdit.drawer.undoReplace')}
                    </Button>
                  ) : (
                    <Popconfirm
                      title={t('registrationEdit.drawer.replaceTitle', { name: member.person.name })}
                      description={t('registrationEdit.drawer.replaceBody', { name: member.person.name })}
                      okText={t('registrationEdit.drawer.replace')}
                      cancelText={t('registrationEdit.back')}
                      okButtonProps={{ danger: true }}
                      onConfirm={() => replace(i)}
                    >
                      <Button size="small" danger icon={<SwapOutlined />}>
                        {t('registrationEdit.drawer.replace')}
                      </Button>
                    </Popconfirm>
                  )}
                </Flex>
                <Row gutter={12}>
                  <Col xs={24} sm={12}>
                    <Form.Item
                      name={['members', i, 'name']}
                      label={t('register.name')}
                      rules={[{ required: true, whitespace: true, message: tf('required', { field: t('register.name') }) }]}
                    >
                      <Input maxLength={100} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={12}>
                    {nationalId(['members', i], replaced.has(i) ? null : member.person.nationalIdMasked, replaced.has(i))}
                  </Col>
                  {replaced.has(i) && (
                    <Col xs={24}>
                      <Form.Item name={['members', i, 'affiliation']} label={t('register.affiliation')}>
                        <Input maxLength={200} />
                      </Form.Item>
                    </Col>
                  )}
                  {levelAndCategory(['members', i])}
                  {login(['members', i])}
                </Row>
              </div>
            ))}
          </>
        )}
      </Form>
      <Divider titlePlacement="start">{t('registrationEdit.history.title')}</Divider>
      <RegistrationHistory registrationId={registration.id} />
    </Drawer>
  );
}
