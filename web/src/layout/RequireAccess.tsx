import { Button, Flex, Result, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { onlyBiwuRoles } from '../auth/roles';
import { useLanguage } from '../forms/useLanguage';
import { screenAccess, mayUse, type RestrictedScreen } from './access';
import './i18n';
import { useViewer } from './viewer';

/**
 * Renders a screen only for a caller whose roles (from the API's `me`) may use it (access.ts); anyone else
 * gets the no-access page, and the screen, with its queries, is never rendered. While `me` is still
 * answering it shows a spinner: the roles are not known yet, so neither the screen nor a refusal.
 */
export function RequireAccess({ screen, children }: { screen: RestrictedScreen; children: ReactNode }) {
  const { t } = useTranslation('layout');
  const viewer = useViewer();
  if (viewer.loading) {
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin size="large" aria-label={t('noAccess.checking')} description={t('noAccess.checking')}>
          <div style={{ width: 160, height: 40 }} />
        </Spin>
      </Flex>
    );
  }
  if (!mayUse(screen, viewer.roles)) return <NoAccessPage screen={screen} roles={viewer.roles} />;
  return <>{children}</>;
}

/** 无权访问: which screen, which roles may use it, the caller's own roles, and the way home. */
export function NoAccessPage({ screen, roles }: { screen: RestrictedScreen; roles: readonly string[] }) {
  const { t } = useTranslation('layout');
  const { t: tr } = useTranslation();
  const language = useLanguage();
  const roleNames = (list: readonly string[]) => list.map((role) => tr(`role.${role}`));
  const mine = onlyBiwuRoles(roles);
  const allowed = new Intl.ListFormat(language, { type: 'disjunction' }).format(roleNames(screenAccess[screen]));
  const own = new Intl.ListFormat(language, { type: 'conjunction' }).format(roleNames(mine));
  return (
    <Result
      status="403"
      title={t('noAccess.title')}
      subTitle={
        <Flex vertical gap={4} data-testid="no-access">
          <Typography.Text>{t('noAccess.whoMay', { screen: t(`noAccess.screen.${screen}`), roles: allowed })}</Typography.Text>
          <Typography.Text>{mine.length ? t('noAccess.yourRoles', { count: mine.length, roles: own }) : t('noAccess.noRoles')}</Typography.Text>
          <Typography.Text type="secondary">{t('noAccess.hint')}</Typography.Text>
        </Flex>
      }
      extra={
        <Link to="/">
          <Button type="primary">{t('notFound.back')}</Button>
        </Link>
      }
    />
  );
}
