import { LogoutOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { gql, useQuery } from 'urql';
import { useSession } from '../auth/session';
import { HomePage } from '../pages/home/HomePage';
import { LanguageSwitch } from './LanguageSwitch';
import { UserBadge } from './UserBadge';

// Typed by hand until the API's schema.graphql is exported and types are generated from it.
export interface MeResult {
  me: { username: string; roles: string[] };
}

export const MeQuery = gql<MeResult>`
  query Me {
    me {
      username
      roles
    }
  }
`;

/** The frame of every screen: who is signed in, the language switch, logout; the screen below. */
export function AppShell() {
  const { t } = useTranslation();
  const session = useSession();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MeQuery });

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: '#fff', borderBottom: '1px solid #f0f0f0', paddingInline: 24, height: 'auto', lineHeight: 'normal', paddingBlock: 12 }}>
        <Flex align="center" justify="space-between" gap="middle" wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('app.name')}
          </Typography.Title>
          <Flex align="center" gap="middle" wrap>
            <UserBadge
              givenName={session.givenName}
              familyName={session.familyName}
              username={data?.me.username ?? session.username}
              roles={data?.me.roles}
              rolesLoading={fetching}
            />
            <LanguageSwitch />
            <Button icon={<LogoutOutlined />} onClick={session.logout}>
              {t('auth.logout')}
            </Button>
          </Flex>
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        {error ? (
          <Result
            status="error"
            title={t('me.failed')}
            subTitle={t('me.failedHint', { message: error.message })}
            extra={
              <Button type="primary" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
                {t('me.retry')}
              </Button>
            }
          />
        ) : (
          <HomePage />
        )}
      </Layout.Content>
    </Layout>
  );
}
