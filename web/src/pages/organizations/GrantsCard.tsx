import { App, Button, Card, Form, Input, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { enumName, enumOptions, scopedRoles } from '../../domain/competition';
import { applyUserErrors } from '../../forms/applyUserErrors';
import { requestFailure } from '../../forms/requestFailure';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { ScopedRole } from '../../gql/graphql';
import '../../forms/i18n';
import './i18n';

export const GrantRoleMutation = graphql(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      grant {
        id
        username
        role
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const RevokeRoleMutation = graphql(`
  mutation RevokeRole($id: ID!) {
    revokeRole(id: $id) {
      grant {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export interface GrantRow {
  id: string;
  username: string;
  role: string;
  grantedBy: string;
  grantedAt: string;
  organization: { id: string; name: string };
}

/**
 * 授权: the grants over an organization and those above it, for its organizers and administrators; a grant
 * form (login, role) and a revoke action. What an organizer may grant (not ADMIN) the API decides and says.
 */
export function GrantsCard({ organization, grants, onChanged }: { organization: { id: string }; grants: readonly GrantRow[]; onChanged: () => void }) {
  const { t } = useTranslation('organizations');
  const { t: tf } = useTranslation('forms');
  const language = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ username: string; role: ScopedRole }>();
  const [{ fetching }, grant] = useMutation(GrantRoleMutation);
  const [, revoke] = useMutation(RevokeRoleMutation);

  async function submit() {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const result = await grant({ input: { username: values.username.trim(), role: values.role, organizationId: organization.id } });
    if (result.error) {
      void message.error(requestFailure(result.error, tf));
      return;
    }
    const payload = result.data?.grantRole;
    if (payload?.userErrors.length) {
      const others = applyUserErrors(form, payload.userErrors);
      if (others.length) void message.error(others.join('\n'));
      return;
    }
    if (payload?.grant) {
      void message.success(t('grants.granted', { username: payload.grant.username, role: enumName('scopedRole', payload.grant.role, language) }));
      form.resetFields(['username']);
      onChanged();
    }
  }

  async function revokeGrant(id: string) {
    const result = await revoke({ id });
    const problems = result.error ? [requestFailure(result.error, tf)] : (result.data?.revokeRole.userErrors ?? []).map((e) => e.message);
    if (problems.length) {
      void message.error(problems.join('\n'));
      return;
    }
    void message.success(t('grants.revoked'));
    onChanged();
  }

  return (
    <Card title={t('grants.title')} size="small">
      <Typography.Paragraph type="secondary">{t('grants.hint')}</Typography.Paragraph>
      <Form form={form} layout="inline" initialValues={{ role: 'ORGANIZER' }} onFinish={() => void submit()} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="username" label={t('grants.username')} rules={[{ required: true, whitespace: true, message: tf('required', { field: t('grants.username') }) }]}>
          <Input placeholder={t('grants.usernamePlaceholder')} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="role" label={t('grants.role')}>
          <Select options={enumOptions('scopedRole', scopedRoles, language)} style={{ width: 140 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={fetching}>
          {t('grants.grant')}
        </Button>
      </Form>
      <Table<GrantRow>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={[...grants]}
        locale={{ emptyText: t('grants.none') }}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('grants.username'), dataIndex: 'username' },
          { title: t('grants.role'), dataIndex: 'role', render: (role: string) => enumName('scopedRole', role, language) },
          { title: t('grants.organization'), key: 'organization', render: (_, row) => row.organization.name },
          { title: t('grants.grantedBy'), dataIndex: 'grantedBy', responsive: ['md'] },
          { title: t('grants.grantedAt'), dataIndex: 'grantedAt', render: (at: string) => new Date(at).toLocaleString(language), responsive: ['lg'] },
          {
            key: 'actions',
            render: (_, row) =>
              row.organization.id === organization.id && (
                <Space>
                  <Popconfirm
                    title={t('grants.revokeConfirm', { username: row.username, role: enumName('scopedRole', row.role, language) })}
                    onConfirm={() => void revokeGrant(row.id)}
                  >
                    <Button size="small" danger>
                      {t('grants.revoke')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]}
      />
    </Card>
  );
}
