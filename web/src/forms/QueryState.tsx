import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import './i18n';
import { requestFailure } from './requestFailure';

/** A query's loading and error states, the same on every screen; children render once data is there. */
export function QueryState({
  fetching,
  error,
  retry,
  children,
}: {
  fetching: boolean;
  error?: CombinedError;
  retry: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation('forms');
  if (error) {
    return (
      <Result
        status="error"
        title={t('loadFailed')}
        subTitle={<span title={error.message}>{requestFailure(error, t)}</span>}
        extra={
          <Button type="primary" onClick={retry}>
            {t('retry')}
          </Button>
        }
      />
    );
  }
  if (fetching) {
    return (
      <div style={{ padding: 48, textAlign: 'center' }}>
        <Spin size="large" description={t('loading')}>
          <div style={{ width: 120, height: 40 }} />
        </Spin>
      </div>
    );
  }
  return <>{children}</>;
}
