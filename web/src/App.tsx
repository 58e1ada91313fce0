import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { SignedIn } from './auth/SignedIn';
import { VerifyPage, verifiedNumber } from './pages/verify';
import { routes } from './routes';

export function App() {
  const { i18n } = useTranslation(); // re-renders on a language switch, so antd's locale follows
  // the one page for everybody, signed in or not: a certificate's confirmation, opened from its QR code
  const verified = verifiedNumber(window.location.pathname);
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#c0392b' } }}>
      <AntApp>
        {verified !== null ? (
          <VerifyPage number={verified} />
        ) : (
          <SignedIn>
            <Routes />
          </SignedIn>
        )}
      </AntApp>
    </ConfigProvider>
  );
}

/** Made once signed in: keycloak-js has then taken its code out of the address, so the router starts from the real one. */
function Routes() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
