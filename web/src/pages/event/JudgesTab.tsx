import { CheckCircleFilled, DeleteOutlined, ExclamationCircleFilled, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Flex, Form, Input, Row, Select, Space, Table, Tag, Tooltip, Typography, theme } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { enumName, enumOptions, judgeRoles, laterStatuses } from '../../domain/competition';
import { applyUserErrors } from '../../forms/applyUserErrors';
import { messageWithoutPath } from '../../forms/userErrors';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { JudgeInput } from '../../gql/schema';
import '../../forms/i18n';
import { AspectSelect } from './AspectSelect';
import { EditJudgeDrawer, type PanelJudge } from './EditJudgeDrawer';
import type { OrganizerEvent } from './EventPage';
import './i18n';
import { JudgeAspectsDrawer } from './JudgeAspectsDrawer';
import { activeJudges, aspectLabel, aspectsAsOneField, schemeAspects, type SchemeAspect } from './panelModel';
import { RefusalLines } from './RefusalLines';
import { ReplaceJudgeDrawer } from './ReplaceJudgeDrawer';
import { requestFailure } from '../../forms/requestFailure';

export const AssignJudgesMutation = graphql(`
  mutation AssignJudges($input: AssignJudgesInput!) {
    assignJudges(input: $input) {
      judges {
        id
        name
        aspects
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RemoveJudgeMutation = graphql(`
  mutation RemoveJudge($id: ID!) {
    removeJudge(id: $id) {
      judge {
        id
        name
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

interface FormValues {
  judges: JudgeInput[];
}

const blankJudge: JudgeInput = { name: '', role: 'JUDGE', affiliation: '', username: '', aspects: [] };

type Dialog = { kind: 'edit' | 'aspects' | 'replace'; judge: PanelJudge };

/**
 * 裁判: the event's panel (who marks which aspects, with which login, who was replaced by whom), its
 * corrections as row actions (修改, 评分项, 替换, 移除) while the panel is open, and adding judges.
 */
export function JudgesTab({ event, onChanged }: { event: OrganizerEvent; onChanged: () => void }) {
  const { t } = useTranslation('event');
  const { t: tf } = useTranslation('forms');
  const language = useLanguage();
  const { token } = theme.useToken();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const rowsTyped = Form.useWatch('judges', form);
  const [others, setOthers] = useState<string[]>([]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [{ fetching }, assign] = useMutation(AssignJudgesMutation);
  const [, removeJudge] = useMutation(RemoveJudgeMutation);
  // the API keeps the panel open until scoring is closed
  const open = laterStatuses(event.competition.status).includes('SCORING_CLOSED');
  const aspects = useMemo(() => schemeAspects(event.rounds), [event.rounds]);
  const active = activeJudges(event.judges);
  const replaced = event.judges.filter((judge) => !judge.active);
  // those still marking first, the replaced set apart below them (they keep their marks)
  const rows = [...active, ...replaced];
  const taken = new Set(active.map((judge) => judge.username).filter(Boolean));

  async function submit(values: FormValues) {
    setOthers([]);
    const judges = values.judges.map((judge) => ({
      name: judge.name.trim(),
      role: judge.role,
      affiliation: judge.affiliation?.trim() || undefined,
      username: judge.username?.trim() || undefined,
      aspects: judge.role !== 'SCOREKEEPER' && judge.aspects?.length ? judge.aspects : undefined,
    }));
    const result = await assign({ input: { eventId: event.id, judges } });
    if (result.error) {
      setOthers([requestFailure(result.error, tf)]);
      return;
    }
    const payload = result.data?.assignJudges;
    if (payload?.userErrors.length) {
      setOthers(applyUserErrors(form, aspectsAsOneField(payload.userErrors)));
      return;
    }
    void message.success(t('judges.assigned', { count: payload?.judges?.length ?? 0 }));
    form.setFieldsValue({ judges: [blankJudge] });
    onChanged();
  }

  function confirmRemove(judge: PanelJudge) {
    modal.confirm({
      title: t('panel.removeTitle', { name: judge.name }),
      content: t('panel.removeBody', { name: judge.name }),
      okText: t('panel.remove'),
      okButtonProps: { danger: true },
      cancelText: t('panel.cancel'),
      onOk: async () => {
        const result = await removeJudge({ id: judge.id });
        if (result.error) {
          modal.error({ title: t('panel.removeRefused', { name: judge.name }), content: requestFailure(result.error, tf) });
          return;
        }
        const errors = result.data?.removeJudge.userErrors ?? [];
        if (errors.length === 0) {
          void message.success(t('panel.removed', { name: judge.name }));
          onChanged();
          return;
        }
        // the API says why; when the judge has marks, replacing (which keeps them) is the way
        const lines = errors.map((error) => (error.field?.join('.') === 'id' ? messageWithoutPath(error) : error.message));
        const content = <RefusalLines lines={lines} />;
        if (judge.active && judge.marksGiven > 0) {
          modal.confirm({
            title: t('panel.removeRefused', { name: judge.name }),
            content,
            okText: t('panel.replaceInstead'),
            cancelText: t('panel.cancel'),
            onOk: () => setDialog({ kind: 'replace', judge }),
          });
        } else {
          modal.error({ title: t('panel.removeRefused', { name: judge.name }), content });
        }
        onChanged(); // the panel may have moved on meanwhile (scoring closed, the judge replaced)
      },
    });
  }

  const closeAndReload = () => {
    setDialog(null);
    onChanged();
  };

  return (
    <Flex vertical gap="middle">
      <Space wrap size="small">
        <Typography.Text>{t('judges.count', { count: active.length })}</Typography.Text>
        {replaced.length > 0 && <Typography.Text type="secondary">{t('panel.replacedCount', { count: replaced.length })}</Typography.Text>}
      </Space>
      {event.judges.length === 0 ? (
        <Empty description={t('judges.empty')} />
      ) : (
        <Table<PanelJudge>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={rows}
          scroll={{ x: 'max-content' }}
          onRow={(judge) => (judge.active ? {} : { style: { background: token.colorFillQuaternary } })}
          columns={[
            {
              title: t('judges.name'),
              key: 'name',
              render: (_, judge) =>
                judge.active ? (
                  judge.name
                ) : (
                  <Flex vertical gap={2}>
                    <Typography.Text type="secondary">{judge.name}</Typography.Text>
                    <Tooltip title={t('panel.replacedHint', { name: judge.replacedBy?.name ?? '' })}>
                      <Space size={4}>
                        <Tag>{t('panel.replacedTag')}</Tag>
                        {judge.replacedBy && <Typography.Text>{t('panel.replacedBy', { name: judge.replacedBy.name })}</Typography.Text>}
                      </Space>
                    </Tooltip>
                  </Flex>
                ),
            },
            {
              title: t('judges.role'),
              dataIndex: 'role',
              render: (role: string) => <Tag color={role === 'CHIEF_JUDGE' ? 'red' : undefined}>{enumName('judgeRole', role, language)}</Tag>,
            },
            { title: t('judges.affiliation'), dataIndex: 'affiliation', responsive: ['sm'] },
            { title: t('panel.aspects'), key: 'aspects', render: (_, judge) => <JudgeAspects judge={judge} aspects={aspects} /> },
            { title: t('judges.username'), key: 'username', render: (_, judge) => <JudgeLogin judge={judge} /> },
            { title: t('panel.marksGiven'), dataIndex: 'marksGiven', align: 'right' },
            ...(open
              ? [
                  {
                    title: t('panel.actions'),
                    key: 'actions',
                    render: (_: unknown, judge: PanelJudge) => (
                      <Space size={0} wrap>
                        <Button type="link" size="small" onClick={() => setDialog({ kind: 'edit', judge })}>
                          {t('panel.edit')}
                        </Button>
                        {judge.active && judge.role !== 'SCOREKEEPER' && (
                          <Button type="link" size="small" onClick={() => setDialog({ kind: 'aspects', judge })}>
                            {t('panel.setAspects')}
                          </Button>
                        )}
                        {judge.active && (
                          <Button type="link" size="small" onClick={() => setDialog({ kind: 'replace', judge })}>
                            {t('panel.replace')}
                          </Button>
                        )}
                        <Button type="link" size="small" danger onClick={() => confirmRemove(judge)}>
                          {t('panel.remove')}
                        </Button>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {open ? (
        <Card size="small" title={t('judges.assignTitle')}>
          {others.length > 0 && <Alert type="error" showIcon title={tf('saveFailed')} description={<RefusalLines lines={others} />} style={{ marginBottom: 16 }} />}
          <Form<FormValues> form={form} layout="vertical" initialValues={{ judges: [blankJudge] }} onFinish={(values) => void submit(values)}>
            <Form.List name="judges">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((field) => (
                    <Row key={field.key} gutter={12} align="top">
                      <Col xs={24} sm={12} md={6}>
                        <Form.Item name={[field.name, 'name']} label={t('judges.name')} rules={[{ required: true, whitespace: true, message: tf('required', { field: t('judges.name') }) }]}>
                          <Input maxLength={100} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} sm={12} md={6}>
                        <Form.Item name={[field.name, 'affiliation']} label={t('judges.affiliation')}>
                          <Input maxLength={200} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} sm={8} md={4}>
                        <Form.Item name={[field.name, 'role']} label={t('judges.role')}>
                          <Select options={enumOptions('judgeRole', judgeRoles, language)} />
                        </Form.Item>
                      </Col>
                      <Col xs={12} sm={12} md={6}>
                        <Form.Item
                          name={[field.name, 'username']}
                          label={t('judges.username')}
                          tooltip={t('judges.usernameHelp')}
                          rules={[
                            ({ getFieldValue }) => ({
                              validator(_, value?: string) {
                                const login = value?.trim();
                                if (!login) return Promise.resolve();
                                const all = (getFieldValue('judges') as JudgeInput[]).map((judge) => judge?.username?.trim());
                                if (taken.has(login) || all.indexOf(login) !== field.name) {
                                  return Promise.reject(new Error(t('judges.duplicateInForm', { username: login })));
                                }
                                return Promise.resolve();
                              },
                            }),
                          ]}
                        >
                          <Input maxLength={100} autoComplete="off" />
                        </Form.Item>
                      </Col>
                      <Col xs={24} sm={4} md={2}>
                        {fields.length > 1 && (
                          <Form.Item label=" ">
                            <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('panel.removeRow')} onClick={() => remove(field.name)} />
                          </Form.Item>
                        )}
                      </Col>
                      <Col xs={24} md={22}>
                        {rowsTyped?.[field.name]?.role === 'SCOREKEEPER' ? (
                          <Typography.Paragraph type="secondary">{t('panel.scorekeeperNoAspects')}</Typography.Paragraph>
                        ) : (
                          <Form.Item name={[field.name, 'aspects']} label={t('panel.aspects')} extra={t('panel.aspectsFieldHelp')}>
                            <AspectSelect aspects={aspects} />
                          </Form.Item>
                        )}
                      </Col>
                    </Row>
                  ))}
                  <Flex gap="small" wrap>
                    <Button icon={<PlusOutlined />} onClick={() => add(blankJudge)}>
                      {t('judges.addRow')}
                    </Button>
                    <Button type="primary" htmlType="submit" loading={fetching}>
                      {t('judges.submit')}
                    </Button>
                  </Flex>
                </>
              )}
            </Form.List>
          </Form>
        </Card>
      ) : (
        <Alert type="info" showIcon title={t('panel.fixed', { status: enumName('status', event.competition.status, language) })} />
      )}
      {dialog?.kind === 'edit' && <EditJudgeDrawer judge={dialog.judge} onClose={() => setDialog(null)} onSaved={closeAndReload} />}
      {dialog?.kind === 'aspects' && <JudgeAspectsDrawer judge={dialog.judge} aspects={aspects} onClose={() => setDialog(null)} onSaved={closeAndReload} />}
      {dialog?.kind === 'replace' && <ReplaceJudgeDrawer judge={dialog.judge} aspects={aspects} onClose={() => setDialog(null)} onReplaced={closeAndReload} />}
    </Flex>
  );
}

/** 评分项 of one judge: the codes with their names, 全部评分项 when given none, nothing for a scorekeeper. */
function JudgeAspects({ judge, aspects }: { judge: PanelJudge; aspects: readonly SchemeAspect[] }) {
  const { t } = useTranslation('event');
  if (judge.role === 'SCOREKEEPER') return <Typography.Text type="secondary">{t('panel.noAspects')}</Typography.Text>;
  if (judge.aspects.length === 0) return <Typography.Text>{t('panel.allAspects')}</Typography.Text>;
  return (
    <Space size={[4, 4]} wrap style={{ maxWidth: '24em' }}>
      {judge.aspects.map((code) => (
        <Tag key={code} color="blue" style={{ marginInlineEnd: 0 }}>
          {aspectLabel(code, aspects)}
        </Tag>
      ))}
    </Space>
  );
}

/** The login, with whether the identity server confirmed it (登录名未核验 when it could not be asked). */
function JudgeLogin({ judge }: { judge: PanelJudge }) {
  const { t } = useTranslation('event');
  const { token } = theme.useToken();
  if (!judge.username) return <Typography.Text type="secondary">{t('judges.noLogin')}</Typography.Text>;
  return (
    <Space size={4} wrap>
      <span>@{judge.username}</span>
      {judge.loginVerified === true && (
        <Tooltip title={t('panel.loginVerified')}>
          <CheckCircleFilled role="img" aria-label={t('panel.loginVerified')} style={{ color: token.colorSuccess }} />
        </Tooltip>
      )}
      {judge.loginVerified === false && (
        <Tooltip title={t('panel.loginUnverifiedHelp')}>
          <Tag color="warning" icon={<ExclamationCircleFilled />} style={{ marginInlineEnd: 0 }}>
            {t('panel.loginUnverified')}
          </Tag>
        </Tooltip>
      )}
    </Space>
  );
}
