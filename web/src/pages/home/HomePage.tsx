import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPersonName } from '../../auth/personName';
import { useSession } from '../../auth/session';

/** The landing screen; the real screens (competitions, judging, standings) come next to it in pages/. */
export function HomePage() {
  const { t } = useTranslation();
  const session = useSession();
  const name = formatPersonName(session, session.username);
  return (
    <Card title={t('home.title')} style={{ maxWidth: 720, margin: '0 auto' }}>
      <Typography.Title level={5}>{t('home.welcome', { name })}</Typography.Title>
      <Typography.Paragraph>{t('home.intro')}</Typography.Paragraph>
    </Card>
  );
}
