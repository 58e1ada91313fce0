import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { enumName } from '../../domain/competition';
import { skillLevelLabel } from '../../domain/skillLevel';
import { SheetDropzone } from '../../forms/SheetDropzone';
import { useLanguage } from '../../forms/useLanguage';
import { graphql } from '../../gql';
import type { EventFormat } from '../../gql/schema';
import '../../forms/i18n';
import './i18n';
import { goodEntries, mapApiErrors, parseRoster, type RosterEntry, type RosterProblem } from './roster';
import { downloadTemplateCsv, downloadTemplateXlsx } from './rosterFile';
import { requestFailure } from '../../forms/requestFailure';

export const ImportRosterMutation = graphql(`
  mutation ImportRoster($input: RegisterCompetitorsInput!) {
    registerCompetitors(input: $input) {
      registrations {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

interface Loaded {
  file: string;
  rowCount: number;
  entries: RosterEntry[];
  problems: RosterProblem[];
}

/**
 * 导入报名表: reads an .xlsx/.csv roster in the browser, reports every bad row with its number and reason,
 * and registers all competitors in one call (the API stores all or none). A file with errors imports
 * nothing unless the organizer chooses to import only its good rows.
 */
export function RosterImport({ event, onImported }: { event: { id: string; format: EventFormat; teamSize: number }; onImported: (count: number) => void }) {
  const { t } = useTranslation('roster-import');
  const { t: tf } = useTranslation('forms');
  const language = useLanguage();
  const { message, modal } = App.useApp();
  const [loaded, setLoaded] = useState<Loaded>();
  const [others, setOthers] = useState<string[]>([]);
  const [{ fetching }, register] = useMutation(ImportRosterMutation);

  function load(file: string, table: unknown[][]) {
    const parsed = parseRoster(table, event);
    setLoaded({ file, rowCount: parsed.rowCount, entries: parsed.entries, problems: parsed.problems });
  }

  async function send(entries: RosterEntry[]) {
    if (!loaded) return;
    setOthers([]);
    const result = await register({ input: { eventId: event.id, competitors: entries.map((entry) => entry.input) } });
    if (result.error) {
      setOthers([tf('saveFailed'), requestFailure(result.error, tf)]);
      return;
    }
    const payload = result.data?.registerCompetitors;
    if (payload?.userErrors.length) {
      const mapped = mapApiErrors(payload.userErrors, entries);
      setLoaded({ ...loaded, problems: [...loaded.problems, ...mapped.problems].sort((a, b) => a.row - b.row) });
      setOthers([t('refused'), ...mapped.others]);
      return;
    }
    const count = payload?.registrations?.length ?? 0;
    void message.success(t('imported', { count }));
    setLoaded(undefined);
    onImported(count);
  }

  const good = loaded ? goodEntries(loaded.entries, loaded.problems) : [];
  const badRows = loaded ? new Set(loaded.problems.map((p) => p.row)).size : 0;

  function importGood() {
    modal.confirm({
      title: t('confirmGoodTitle', { count: good.length }),
      content: t('confirmGoodBody', { count: badRows }),
      okText: t('confirm'),
      cancelText: t('cancel'),
      onOk: () => send(good),
    });
  }

  return (
    <Flex vertical gap="middle">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('intro')}
      </Typography.Paragraph>
      <Space wrap>
        <Button icon={<DownloadOutlined />} onClick={() => void downloadTemplateXlsx(`${t('templateName')}.xlsx`)}>
          {t('templateXlsx')}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={() => downloadTemplateCsv(`${t('templateName')}.csv`)}>
          {t('templateCsv')}
        </Button>
      </Space>
      <SheetDropzone
        texts={{
          drop: t('drop'),
          hint: t('dropHint'),
          reading: t('reading'),
          unsupported: t('unsupported'),
          unreadable: (name, message) => t('unreadable', { name, message }),
        }}
        onChoose={() => {
          setOthers([]);
          setLoaded(undefined);
        }}
        onRead={load}
      />
      {others.length > 0 && <Alert type="error" showIcon title={others[0]} description={others.slice(1).join('\n') || undefined} />}
      {loaded && (
        <>
          {loaded.problems.length === 0 ? (
            <Alert type="success" showIcon title={t('allGood', { file: loaded.file, rows: loaded.rowCount })} />
          ) : (
            <Alert
              type="warning"
              showIcon
              title={t('summary', { file: loaded.file, rows: loaded.rowCount, good: good.length, bad: badRows })}
              description={t('nothingStored')}
            />
          )}
          {loaded.problems.length > 0 && (
            <Table<RosterProblem>
              size="small"
              title={() => <Typography.Text strong>{t('problemsTitle')}</Typography.Text>}
              rowKey={(p) => `${p.row}-${p.column ?? ''}-${p.reason}-${p.message ?? ''}`}
              dataSource={loaded.problems}
              pagination={loaded.problems.length > 20 ? { pageSize: 20 } : false}
              columns={[
                { title: t('row'), dataIndex: 'row', width: 70 },
                { title: t('column'), dataIndex: 'column', width: 110, render: (column?: string) => (column ? t(`columns.${column}`) : '') },
                { title: t('reason'), key: 'reason', render: (_, p) => t(`reasons.${p.reason}`, { ...p.params, message: p.message }) },
              ]}
            />
          )}
          {good.length > 0 && (
            <Table<RosterEntry>
              size="small"
              title={() => <Typography.Text strong>{t('preview')}</Typography.Text>}
              rowKey={(entry) => entry.rows.join('-')}
              dataSource={good}
              pagination={good.length > 20 ? { pageSize: 20 } : false}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: t('row'), key: 'row', render: (_, entry) => entry.rows.join(', '), width: 70 },
                { title: t('columns.bib'), key: 'bib', render: (_, entry) => entry.input.bib },
                {
                  title: t('columns.name'),
                  key: 'name',
                  render: (_, entry) => [entry.input.name, ...(entry.input.members ?? []).map((m) => m.name)].join('、'),
                },
                { title: t('columns.team'), key: 'team', render: (_, entry) => entry.input.team, responsive: ['md'] },
                { title: t('columns.affiliation'), key: 'affiliation', render: (_, entry) => entry.input.affiliation, responsive: ['md'] },
                { title: t('columns.category'), key: 'category', render: (_, entry) => enumName('category', entry.input.category, language), responsive: ['lg'] },
                {
                  title: t('columns.skillLevel'),
                  key: 'skillLevel',
                  render: (_, entry) => (entry.input.skillLevel ? skillLevelLabel(entry.input.skillLevel, language) : ''),
                  responsive: ['lg'],
                },
                { title: t('columns.username'), key: 'username', render: (_, entry) => entry.input.username, responsive: ['lg'] },
              ]}
            />
          )}
          <Space wrap>
            {loaded.problems.length === 0 ? (
              <Button type="primary" loading={fetching} disabled={good.length === 0} onClick={() => void send(good)}>
                {t('importAll', { count: good.length })}
              </Button>
            ) : (
              good.length > 0 && (
                <Button loading={fetching} onClick={importGood}>
                  {t('importGood', { count: good.length })}
                </Button>
              )
            )}
          </Space>
        </>
      )}
    </Flex>
  );
}
