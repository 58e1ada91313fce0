import type Keycloak from 'keycloak-js';
import { freshToken, languageHeaders } from './client';

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

/** The headers of the API's file endpoints: the signed-in user's bearer token (a plain link would carry none) and the UI language. */
async function headers(keycloak: Keycloak): Promise<Record<string, string>> {
  const token = await freshToken(keycloak);
  return { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...languageHeaders() };
}

/**
 * Downloads a file of the API (an .xlsx) with the user's token and language and hands it to the browser
 * as a file; returns its name. Throws with the server's status when it refuses.
 */
export async function downloadFile(keycloak: Keycloak, url: string, fallbackName: string): Promise<string> {
  const response = await fetch(url, { headers: await headers(keycloak) });
  if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  const name = fileNameFrom(response.headers.get('Content-Disposition'), fallbackName);
  const objectUrl = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = objectUrl;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(objectUrl), 30_000);
  }
  return name;
}

/** Sends a file to an API endpoint with the user's token and language; the response as it comes (the caller reads its status). */
export async function uploadFile(keycloak: Keycloak, url: string, file: Blob): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { ...(await headers(keycloak)), 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    body: file,
  });
}
