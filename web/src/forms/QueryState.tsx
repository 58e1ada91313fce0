import { Alert, Button, Card, Empty, Result, Skeleton, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import './i18n';
import { requestFailure } from './requestFailure';

/** What a screen shows when its query came back with nothing to list. */
export interface EmptyState {
  /** Whether the loaded data is empty. */
  when: boolean;
  description: ReactNode;
  /** A hint or an action below the description. */
  extra?: ReactNode;
}

/**
 * A query's loading, error and empty states, the same on every screen; children render once data is
 * there. Before any data: a skeleton while fetching, or the error with a retry button. With data (a
 * refetch, a reconnect): the data stays on screen, and a failed refresh shows a warning with a retry
 * above it instead of replacing the screen.
 */
export function QueryState({
  fetching,
  error,
  hasData,
  retry,
  errorTitle,
  rows = 6,
  empty,
  extra,
  children,
}: {
  /** The query is running. */
  fetching: boolean;
  error?: CombinedError;
  /** Data from this run or an earlier one is there. */
  hasData: boolean;
  retry: () => void;
  /** The error's headline; "could not load" when absent. */
  errorTitle?: ReactNode;
  /** Lines of the loading skeleton. */
  rows?: number;
  empty?: EmptyState;
  /** Beside the retry button when nothing could be loaded, e.g. a way back. */
  extra?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation('forms');
  const retryButton = (
    <Button type="primary" onClick={retry}>
      {t('retry')}
    </Button>
  );
  if (!hasData && error) {
    return (
      <Result
        status="error"
        title={errorTitle ?? t('loadFailed')}
        // the client's own words (often English) on hover
        subTitle={<span title={error.message}>{requestFailure(error, t)}</span>}
        extra={
          <Space>
            {retryButton}
            {extra}
          </Space>
        }
      />
    );
  }
  if (!hasData && fetching) {
    return (
      <Card aria-busy="true" aria-label={t('loading')}>
        <Skeleton active paragraph={{ rows }} />
      </Card>
    );
  }
  const content = empty?.when ? <Empty description={empty.description}>{empty.extra}</Empty> : children;
  if (error) {
    return (
      <>
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('refreshFailed')}
          description={<span title={error.message}>{requestFailure(error, t)}</span>}
          action={<Button size="small" onClick={retry}>{t('retry')}</Button>}
        />
        {content}
      </>
    );
  }
  return <>{content}</>;
}
