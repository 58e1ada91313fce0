import type Keycloak from 'keycloak-js';
import { downloadFile } from '../../graphql/files';

/** Where HR's workbook of a competition's promotion outcomes is: the API's export endpoint. */
export function outcomesWorkbookUrl(competitionId: string): string {
  return `/exports/competitions/${encodeURIComponent(competitionId)}/promotion-outcomes.xlsx`;
}

/** Downloads the competition's outcomes workbook, in the UI language; returns the file's name. */
export async function downloadOutcomesWorkbook(keycloak: Keycloak, competitionId: string, fallbackName: string): Promise<string> {
  return downloadFile(keycloak, outcomesWorkbookUrl(competitionId), fallbackName);
}
