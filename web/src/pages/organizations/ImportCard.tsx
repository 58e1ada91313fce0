import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keycloak } from '../../auth/keycloak';
import { downloadFile, uploadFile } from '../../graphql/files';
import './i18n';

/** One problem of an imported file as the API reports it: the row (1 is the header), the column, what is wrong. */
export interface ImportProblem {
  row: number;
  column: string;
  message: string;
}

/** What the import endpoint answered: how many organizations it created, or the problems (nothing stored). */
export interface ImportAnswer {
  created: number;
  problems: ImportProblem[];
}

export const templateUrl = '/imports/organizations/template.xlsx';

export function importUrl(parentId: string): string {
  return `/imports/organizations.xlsx?parentId=${encodeURIComponent(parentId)}`;
}

/** Reads the endpoint's answer: the report (200, 422) or the refusal's messages (403, 400) as problems without a row. */
export async function importAnswer(response: Response): Promise<ImportAnswer> {
  const body = (await response.json().catch(() => null)) as
    | { created?: number; problems?: { row?: number; column?: string; message: string }[] }
    | null;
  const problems = (body?.problems ?? []).map((p) => ({ row: p.row ?? 0, column: p.column ?? '', message: p.message }));
  // a refusal always says why: an answer that is not OK and carries no problem is reported by its status
  if (!response.ok && problems.length === 0) return { created: 0, problems: [{ row: 0, column: '', message: `HTTP ${response.status}` }] };
  return { created: body?.created ?? 0, problems };
}

/** 批量导入: the template to fill in, and a file of organizations imported below this one; every bad row is listed with its number. */
export function ImportCard({ organization, onImported }: { organization: { id: string; name: string }; onImported: () => void }) {
  const { t } = useTranslation('organizations');
  const { message } = App.useApp();
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [busy, setBusy] = useState(false);

  async function send(file: File) {
    setBusy(true);
    setProblems([]);
    try {
      const answer = await importAnswer(await uploadFile(keycloak, importUrl(organization.id), file));
      if (answer.problems.length) {
        setProblems(answer.problems);
      } else {
        void message.success(t('import.done', { count: answer.created, name: organization.name }));
        onImported();
      }
    } catch (e) {
      setProblems([{ row: 0, column: '', message: String(e) }]);
    } finally {
      setBusy(false);
    }
  }

  const rowed = problems.filter((p) => p.row > 0);
  const general = problems.filter((p) => p.row === 0);
  return (
    <Card title={t('import.title')} size="small">
      <Typography.Paragraph type="secondary">{t('import.hint', { name: organization.name })}</Typography.Paragraph>
      <Space wrap>
        <Button icon={<DownloadOutlined />} onClick={() => void downloadFile(keycloak, templateUrl, t('import.templateName'))}>
          {t('import.template')}
        </Button>
        <Upload
          accept=".xlsx"
          showUploadList={false}
          beforeUpload={(file) => {
            void send(file);
            return false;
          }}
        >
          <Button type="primary" icon={<UploadOutlined />} loading={busy}>
            {t('import.upload')}
          </Button>
        </Upload>
      </Space>
      {general.length > 0 && <Alert type="error" showIcon title={general.map((p) => p.message).join('\n')} style={{ marginTop: 16 }} />}
      {rowed.length > 0 && (
        <>
          <Alert type="error" showIcon title={t('import.refused', { count: rowed.length })} style={{ marginTop: 16, marginBottom: 8 }} />
          <Table<ImportProblem>
            size="small"
            rowKey={(p) => `${p.row}-${p.column}-${p.message}`}
            pagination={false}
            dataSource={rowed}
            columns={[
              { title: t('import.row'), dataIndex: 'row', width: 80 },
              { title: t('import.column'), dataIndex: 'column' },
              { title: t('import.problem'), dataIndex: 'message' },
            ]}
          />
        </>
      )}
    </Card>
  );
}
