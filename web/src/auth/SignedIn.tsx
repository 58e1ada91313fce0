import { Button, Flex, Result, Spin } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Provider as GraphqlProvider, type Client } from 'urql';
import { config } from '../config';
import { createApiClient } from '../graphql/client';
import { keycloak, sessionFromToken, signIn } from './keycloak';
import { SessionProvider, type Session } from './session';

type SignInState =
  | { status: 'signing-in' }
  | { status: 'signed-in'; session: Session; client: Client }
  | { status: 'failed' };

/** Renders its children only for a signed-in person, with the session and the API client. */
export function SignedIn({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [state, setState] = useState<SignInState>({ status: 'signing-in' });

  useEffect(() => {
    signIn().then(
      (authenticated) => {
        if (authenticated) {
          setState({ status: 'signed-in', session: sessionFromToken(), client: createApiClient(keycloak) });
        } else {
          void keycloak.login(); // 'login-required' normally redirects by itself
        }
      },
      (reason: unknown) => {
        console.error('Keycloak sign-in failed', reason);
        setState({ status: 'failed' });
      },
    );
  }, []);

  switch (state.status) {
    case 'signing-in':
      return (
        <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
          <Spin size="large" description={t('auth.signingIn')}>
            <div style={{ width: 200, height: 80 }} />
          </Spin>
        </Flex>
      );
    case 'failed':
      return (
        <Result
          status="error"
          title={t('auth.signInFailed')}
          subTitle={t('auth.signInFailedHint', { url: config.keycloakUrl, realm: config.realm })}
          extra={
            // keycloak-js can be initialised once per page: retry by loading the page again
            <Button type="primary" onClick={() => window.location.reload()}>
              {t('auth.retry')}
            </Button>
          }
        />
      );
    case 'signed-in':
      return (
        <SessionProvider value={state.session}>
          <GraphqlProvider value={state.client}>{children}</GraphqlProvider>
        </SessionProvider>
      );
  }
}
