import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { keycloak } from '../auth/keycloak';
import { downloadFile } from '../graphql/files';
import './i18n';

/**
 * Downloads a file of the API's export endpoints (an .xlsx) with the signed-in user's token and the UI language:
 * a plain link would carry no token. Says so while it downloads, and what the server answered when it refuses.
 */
export function DownloadButton({
  url,
  fallbackName,
  disabled,
  children,
}: {
  url: string;
  /** The file's name when the server gives none. */
  fallbackName: string;
  disabled?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation('forms');
  const { message } = App.useApp();
  const [downloading, setDownloading] = useState(false);

  async function download() {
    setDownloading(true);
    try {
      await downloadFile(keycloak, url, fallbackName);
    } catch (e) {
      void message.error(t('downloadFailed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setDownloading(false);
    }
  }

  return (
    <Button icon={<DownloadOutlined />} loading={downloading} disabled={disabled} onClick={() => void download()}>
      {downloading ? t('downloading') : children}
    </Button>
  );
}
