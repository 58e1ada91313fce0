import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Alert, App, Button, Drawer, Flex, Grid, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SheetDropzone } from '../../forms/SheetDropzone';
import { unitName, type AssessAspect, type CellKey, type CellValue, type PlannedMark, type SaveOutcome } from './assessModel';
import './i18n';
import { columnLetter, goodRows, periodTemplate, readPeriodSheet, refusedProblems, sheetPlan, type SheetProblem, type SheetRow, type SheetUnit } from './periodSheet';

interface Loaded {
  file: string;
  table: unknown[][];
}

/**
 * 导入考核表: the period's marks from a spreadsheet filled in offline, read and checked in the browser cell by cell
 * as the typed entry checks them, shown before anything is sent; submitted through the typed entry's save (`send`).
 * A sheet with errors submits nothing unless the assessor chooses to submit only its rows without errors.
 */
export function PeriodSheetImport({
  eventName,
  period,
  units,
  aspects,
  stored,
  disabled,
  saving,
  send,
}: {
  eventName: string;
  period: string;
  units: readonly SheetUnit[];
  aspects: readonly AssessAspect[];
  stored: ReadonlyMap<CellKey, CellValue>;
  disabled: boolean;
  saving: boolean;
  send: (marks: PlannedMark[]) => Promise<SaveOutcome>;
}) {
  const { t } = useTranslation('labor');
  const { modal } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState<Loaded>();
  const [refused, setRefused] = useState<SheetProblem[]>([]);
  const [others, setOthers] = useState<string[]>([]);

  // read again as the stored marks change: a note alone is good once its value is stored
  const sheet = useMemo(() => loaded && readPeriodSheet(loaded.table, { units, aspects, stored }), [loaded, units, aspects, stored]);
  const problems = useMemo(() => [...(sheet?.problems ?? []), ...refused].sort((a, b) => a.row - b.row || (a.column ?? -1) - (b.column ?? -1)), [sheet, refused]);
  const good = sheet ? goodRows({ rows: sheet.rows, problems }) : [];
  const toSubmit = new Set(sheetPlan(good, aspects, stored).marks.map((mark) => mark.registrationId)).size;

  /** Forgets the last sheet and what the API said of it. */
  function forget() {
    setLoaded(undefined);
    setRefused([]);
    setOthers([]);
  }

  async function downloadTemplate() {
    const { default: writeXlsxFile } = await import('write-excel-file/browser');
    const [header, ...rows] = periodTemplate(units, aspects, { unit: t('sheet.unitHeader'), note: t('sheet.noteSuffix') });
    await writeXlsxFile(
      [header.map((value) => ({ value, fontWeight: 'bold' as const })), ...rows.map((row) => row.map((value) => (value ? { value, type: String } : null)))],
      { columns: header.map((_, column) => ({ width: column === 0 ? 24 : 16 })) },
    ).toFile(`${t('sheet.templateName', { event: eventName, period })}.xlsx`);
  }

  async function submit(rows: SheetRow[]) {
    if (!sheet) return;
    setRefused([]);
    setOthers([]);
    const outcome = await send(sheetPlan(rows, aspects, stored).marks);
    if (!outcome.answered) return setOthers([outcome.failure]);
    setRefused(refusedProblems(sheet, aspects, outcome.cells));
    setOthers(outcome.others);
    if (outcome.cells.size === 0 && outcome.others.length === 0) close();
  }

  function submitGood() {
    modal.confirm({
      title: t('sheet.confirmGoodTitle', { count: toSubmit }),
      content: t('sheet.confirmGoodBody'),
      okText: t('sheet.confirm'),
      cancelText: t('sheet.cancel'),
      onOk: () => submit(good),
    });
  }

  function close() {
    setOpen(false);
    forget();
  }

  /** A problem in the reader's words; `located` with its row, column letter and header, as in the list above the preview. */
  function problemText(problem: SheetProblem, located: boolean): string {
    const text = t(`assess.problem.${problem.reason}`, problem.params);
    if (!located || problem.column === undefined) return text;
    const at = { row: problem.row, column: columnLetter(problem.column), header: sheet?.header[problem.column], problem: text };
    return at.header ? t('sheet.at', at) : t('sheet.atUnnamed', at);
  }

  const cellProblems = (row: number, column: number) => problems.filter((p) => p.row === row && p.column === column);
  const columns: ColumnsType<SheetRow> = [
    { title: t('sheet.row'), dataIndex: 'row', width: 60, fixed: 'left' },
    ...(sheet?.header ?? []).map((header, column) => ({
      title: header || columnLetter(column),
      key: String(column),
      onCell: (row: SheetRow) => ({ style: cellProblems(row.row, column).length ? { background: 'rgba(255, 77, 79, 0.12)' } : undefined }),
      render: (_: unknown, row: SheetRow) => (
        <Flex vertical>
          <span>{row.cells[column]}</span>
          {column === 0 && row.unit && row.cells[0] === row.unit.bib && <Typography.Text type="secondary">{unitName(row.unit)}</Typography.Text>}
          {cellProblems(row.row, column).map((problem) => (
            <Typography.Text key={`${problem.reason}-${problem.params?.message ?? ''}`} type="danger" style={{ fontSize: 12 }}>
              {problemText(problem, false)}
            </Typography.Text>
          ))}
        </Flex>
      ),
    })),
  ];

  return (
    <>
      <Button icon={<FileExcelOutlined />} disabled={disabled} onClick={() => setOpen(true)}>
        {t('sheet.import')}
      </Button>
      <Drawer open={open} title={t('sheet.title', { period })} onClose={close} size={screens.lg ? 1100 : '100%'} destroyOnHidden>
        <Flex vertical gap="middle">
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('sheet.intro')}
          </Typography.Paragraph>
          <Button icon={<DownloadOutlined />} style={{ alignSelf: 'flex-start' }} onClick={() => void downloadTemplate()}>
            {t('sheet.template')}
          </Button>
          <SheetDropzone
            texts={{
              drop: t('sheet.drop'),
              hint: t('sheet.dropHint'),
              reading: t('sheet.reading'),
              unsupported: t('sheet.unsupported'),
              unreadable: (name, message) => t('sheet.unreadable', { name, message }),
            }}
            onChoose={forget}
            onRead={(file, table) => setLoaded({ file, table })}
          />
          {others.length > 0 && <Alert type="error" showIcon title={t('assess.refused')} description={others.join('\n')} />}
          {loaded && sheet && (
            <>
              {problems.length === 0 ? (
                <Alert type="success" showIcon title={t('sheet.allGood', { file: loaded.file, rows: sheet.rows.length })} />
              ) : (
                <Alert
                  type="warning"
                  showIcon
                  title={t('sheet.summary', { file: loaded.file, rows: sheet.rows.length, count: problems.length })}
                  description={
                    <Flex vertical>
                      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                        {problems.map((problem, i) => (
                          <li key={i}>{problemText(problem, true)}</li>
                        ))}
                      </ul>
                      <span>{t('sheet.nothingSent')}</span>
                    </Flex>
                  }
                />
              )}
              {sheet.rows.length > 0 && (
                <Table<SheetRow>
                  size="small"
                  bordered
                  rowKey="row"
                  dataSource={sheet.rows}
                  columns={columns}
                  pagination={sheet.rows.length > 50 ? { pageSize: 50 } : false}
                  scroll={{ x: 'max-content' }}
                />
              )}
              <Flex gap="middle" align="center" wrap>
                {toSubmit > 0 &&
                  (problems.length === 0 ? (
                    <Button type="primary" disabled={saving} onClick={() => void submit(good)}>
                      {t('sheet.submitAll', { count: toSubmit })}
                    </Button>
                  ) : (
                    <Button disabled={saving} onClick={submitGood}>
                      {t('sheet.submitGood', { count: toSubmit })}
                    </Button>
                  ))}
                {good.length > 0 && toSubmit === 0 && <Typography.Text type="secondary">{t('sheet.nothingNew')}</Typography.Text>}
              </Flex>
            </>
          )}
        </Flex>
      </Drawer>
    </>
  );
}
