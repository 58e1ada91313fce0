import type Keycloak from 'keycloak-js';
import { freshToken, languageHeaders } from '../../graphql/client';

/** Where HR's workbook of a competition's promotion outcomes is: the API's one non-GraphQL endpoint. */
export function outcomesWorkbookUrl(competitionId: string): string {
  return `/exports/competitions/${encodeURIComponent(competitionId)}/promotion-outcomes.xlsx`;
}

/** The file name the server gives (Content-Disposition, RFC 6266 filename* first), else the fallback. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*\s*=\s*[^']*'[^']*'([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1].trim() : fallback;
}

/**
 * Downloads the .xlsx with the signed-in user's bearer token (a plain link would carry none) and the
 * UI language (so the API answers in it), and hands it to the browser as a file. Throws with the server's status when it refuses.
 */
export async function downloadOutcomesWorkbook(keycloak: Keycloak, competitionId: string, fallbackName: string): Promise<string> {
  const token = await freshToken(keycloak);
  const response = await fetch(outcomesWorkbookUrl(competitionId), {
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...languageHeaders() },
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  const name = fileNameFrom(response.headers.get('Content-Disposition'), fallbackName);
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
  return name;
}
