import { LogoutOutlined } from '@ant-design/icons';
import { Button, Flex, Grid, Layout, Menu, Result, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { useSession } from '../auth/session';
import { graphql } from '../gql';
import './i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { navEntries, selectedEntry } from './navigation';
import { UserBadge } from './UserBadge';
import { ViewerProvider, type Viewer } from './viewer';

export const MeQuery = graphql(`
  query Me {
    me {
      username
      roles
      grants {
        role
        organization {
          id
          name
          ancestors {
            id
          }
        }
      }
    }
  }
`);

/** The frame of every screen: who is signed in, the navigation their roles give, the language switch, logout; the screen below. */
export function AppShell() {
  const { t } = useTranslation();
  const { t: tl } = useTranslation('layout');
  const session = useSession();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MeQuery });

  const viewer = useMemo<Viewer>(
    // loading until `me` has answered, whatever `fetching` says: no screen decides on roles not known yet
    () => ({
      username: data?.me?.username ?? session.username,
      roles: data?.me?.roles ?? [],
      grants: data?.me?.grants ?? [],
      loading: !data && !error,
    }),
    [data, error, session.username],
  );
  const entries = navEntries(viewer.roles);
  const padding = screens.md ? 24 : 12;

  return (
    <ViewerProvider value={viewer}>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Header
          style={{ background: '#fff', borderBottom: '1px solid #f0f0f0', paddingInline: padding, height: 'auto', lineHeight: 'normal', paddingBlock: 12 }}
        >
          <Flex align="center" justify="space-between" gap="middle" wrap>
            <Link to="/">
              <Typography.Title level={4} style={{ margin: 0 }}>
                {t('app.name')}
              </Typography.Title>
            </Link>
            <Flex align="center" gap="middle" wrap>
              <UserBadge
                givenName={session.givenName}
                familyName={session.familyName}
                username={viewer.username}
                roles={data?.me?.roles}
                rolesLoading={fetching}
              />
              <LanguageSwitch />
              <Button icon={<LogoutOutlined />} onClick={session.logout}>
                {t('auth.logout')}
              </Button>
            </Flex>
          </Flex>
        </Layout.Header>
        {!error && (
          <nav aria-label={tl('nav.label')}>
            <Menu
              mode="horizontal"
              selectedKeys={[selectedEntry(entries, location.pathname) ?? '']}
              style={{ paddingInline: padding - 16 > 0 ? padding - 16 : 0 }}
              items={entries.map((entry) => ({ key: entry.path, label: <Link to={entry.path}>{tl(entry.label)}</Link> }))}
            />
          </nav>
        )}
        <Layout.Content style={{ padding }}>
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
            <Outlet />
          )}
        </Layout.Content>
      </Layout>
    </ViewerProvider>
  );
}
