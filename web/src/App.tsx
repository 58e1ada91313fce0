import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { SignedIn } from './auth/SignedIn';
import { AppShell } from './layout/AppShell';

export function App() {
  const { i18n } = useTranslation(); // re-renders on a language switch, so antd's locale follows
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#c0392b' } }}>
      <AntApp>
        <SignedIn>
          <AppShell />
        </SignedIn>
      </AntApp>
    </ConfigProvider>
  );
}
