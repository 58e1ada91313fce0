import Papa from 'papaparse';
import { rosterColumns, templateHeader } from './roster';

/** A roster file as a table of cells: .xlsx through read-excel-file, .csv through papaparse. */
export async function readRosterFile(file: File): Promise<unknown[][]> {
  if (/\.xlsx$/i.test(file.name)) {
    const { readSheet } = await import('read-excel-file/browser'); // loaded when a spreadsheet is chosen
    return (await readSheet(file)) as unknown[][];
  }
  if (/\.(csv|txt)$/i.test(file.name)) {
    return parseCsv(decodeText(await file.arrayBuffer()));
  }
  throw new Error('unsupportedFile');
}

/** UTF-8 (with or without BOM) when it decodes as such, else GB18030: what Excel in Chinese saves CSV as. */
export function decodeText(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export function parseCsv(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { skipEmptyLines: false });
  return result.data;
}

/** An example row of the template: the reader sees the forms each column takes. */
const exampleRow: Record<(typeof rosterColumns)[number], string> = {
  name: '赵磊',
  nationalId: '11010519491231002X',
  bib: '1',
  affiliation: '某某机械有限公司',
  category: '职工',
  skillLevel: '中级工',
  username: '',
  team: '',
};

/** The .xlsx template: the header, one example row; every column is text, so national ids keep their digits. */
export async function downloadTemplateXlsx(fileName: string): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const header = rosterColumns.map((column) => ({ value: templateHeader[column], fontWeight: 'bold' as const }));
  const example = rosterColumns.map((column) => ({ value: exampleRow[column], type: String }));
  await writeXlsxFile([header, example], {
    columns: rosterColumns.map((column) => ({ width: column === 'nationalId' ? 22 : column === 'affiliation' ? 24 : 12 })),
  }).toFile(fileName);
}

/** The .csv template, UTF-8 with a BOM so that Excel opens it in Chinese. */
export function templateCsv(): string {
  return '\uFEFF' + Papa.unparse([rosterColumns.map((c) => templateHeader[c]), rosterColumns.map((c) => exampleRow[c])]) + '\r\n';
}

export function downloadTemplateCsv(fileName: string): void {
  const url = URL.createObjectURL(new Blob([templateCsv()], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
