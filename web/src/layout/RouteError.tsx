import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import './i18n';

/** What a screen that failed to render shows instead of a blank page: what happened, and a way on. */
export function RouteError() {
  const { t } = useTranslation('layout');
  const error = useRouteError();
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : String(error);
  console.error(error);
  return (
    <Result
      status="error"
      title={t('routeError.title')}
      subTitle={detail}
      extra={
        <Button type="primary" onClick={() => window.location.assign('/')}>
          {t('notFound.back')}
        </Button>
      }
    />
  );
}
