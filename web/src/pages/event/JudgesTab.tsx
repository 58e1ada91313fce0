import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Empty, Flex, Form, Input, Row, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { enumName, enumOptions, judgeRoles, laterStatuses } from '../../domain/competition';
import { applyUserErrors } from '../../forms/applyUserErrors';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { JudgeInput } from '../../gql/schema';
import '../../forms/i18n';
import type { OrganizerEvent } from './EventPage';
import './i18n';

export const AssignJudgesMutation = graphql(`
  mutation AssignJudges($input: AssignJudgesInput!) {
    assignJudges(input: $input) {
      judges {
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

const blankJudge: JudgeInput = { name: '', role: 'JUDGE', affiliation: '', username: '' };

/** 裁判: the event's panel, and adding judges, chief judges and scorekeepers with their logins. */
export function JudgesTab({ event, onChanged }: { event: OrganizerEvent; onChanged: () => void }) {
  const { t } = useTranslation('event');
  const { t: tf } = useTranslation('forms');
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [others, setOthers] = useState<string[]>([]);
  const [{ fetching }, assign] = useMutation(AssignJudgesMutation);
  const open = laterStatuses(event.competition.status).includes('SCORING_CLOSED');
  const taken = new Set(event.judges.map((judge) => judge.username).filter(Boolean));

  async function submit(values: FormValues) {
    setOthers([]);
    const judges = values.judges.map((judge) => ({
      name: judge.name.trim(),
      role: judge.role,
      affiliation: judge.affiliation?.trim() || undefined,
      username: judge.username?.trim() || undefined,
    }));
    const result = await assign({ input: { eventId: event.id, judges } });
    if (result.error) {
      setOthers([tf('networkError', { message: result.error.message })]);
      return;
    }
    const payload = result.data?.assignJudges;
    if (payload?.userErrors.length) {
      setOthers(applyUserErrors(form, payload.userErrors));
      return;
    }
    void message.success(t('judges.assigned', { count: payload?.judges?.length ?? 0 }));
    form.setFieldsValue({ judges: [blankJudge] });
    onChanged();
  }

  return (
    <Flex vertical gap="middle">
      <Typography.Text>{t('judges.count', { count: event.judges.length })}</Typography.Text>
      {event.judges.length === 0 ? (
        <Empty description={t('judges.empty')} />
      ) : (
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={event.judges}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('judges.name'), dataIndex: 'name' },
            { title: t('judges.role'), dataIndex: 'role', render: (role: string) => <Tag color={role === 'CHIEF_JUDGE' ? 'red' : undefined}>{enumName('judgeRole', role, language)}</Tag> },
            { title: t('judges.affiliation'), dataIndex: 'affiliation', responsive: ['sm'] },
            {
              title: t('judges.username'),
              dataIndex: 'username',
              render: (username?: string | null) => (username ? `@${username}` : <Typography.Text type="secondary">{t('judges.noLogin')}</Typography.Text>),
            },
          ]}
        />
      )}
      {open ? (
        <Card size="small" title={t('judges.assignTitle')}>
          {others.length > 0 && <Alert type="error" showIcon title={tf('saveFailed')} description={others.join('\n')} style={{ marginBottom: 16 }} />}
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
                            <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
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
        <Alert type="info" showIcon title={t('judges.closed')} />
      )}
    </Flex>
  );
}
