import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fileNameFrom } from '../graphql/files';
import { changeLanguage } from '../i18n';
import { DownloadButton } from './DownloadButton';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

vi.mock('../auth/keycloak', () => ({ keycloak: { updateToken: vi.fn(async () => false), token: 'token-1' } }));

const url = '/exports/competitions/Competition%3A12/commendations.xlsx';

/** The button, the server answering `response`; the fetch it makes and the file it hands the browser. */
function show(response: Response) {
  const fetch = vi.fn(async () => response);
  vi.stubGlobal('fetch', fetch);
  URL.createObjectURL = vi.fn(() => 'blob:1');
  URL.revokeObjectURL = vi.fn();
  const saved: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
  render(
    <AntApp>
      <DownloadButton url={url} fallbackName="表彰名单.xlsx">
        下载表彰名单
      </DownloadButton>
    </AntApp>,
  );
  return { fetch, saved };
}

describe('a file of the API, downloaded', { timeout: 60_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('is fetched with the bearer token and the UI language, and saved under the name the server gives', async () => {
    const { fetch, saved } = show(
      new Response(new Blob(['xlsx']), { status: 200, headers: { 'Content-Disposition': `attachment; filename*=UTF-8''%E8%A1%A8%E5%BD%B0.xlsx` } }),
    );

    fireEvent.click(screen.getByRole('button', { name: /下载表彰名单/ }));

    await waitFor(() => expect(saved).toEqual(['表彰.xlsx']));
    expect(fetch).toHaveBeenCalledWith(url, { headers: { Authorization: 'Bearer token-1', 'Accept-Language': 'zh-CN' } });
  });

  it('asks in English when the UI is in English, and falls back to the name given', async () => {
    await act(async () => {
      await changeLanguage('en');
    });
    const { fetch, saved } = show(new Response(new Blob(['xlsx']), { status: 200 }));

    fireEvent.click(screen.getByRole('button', { name: /下载表彰名单/ }));

    await waitFor(() => expect(saved).toEqual(['表彰名单.xlsx']));
    expect(fetch).toHaveBeenCalledWith(url, { headers: { Authorization: 'Bearer token-1', 'Accept-Language': 'en' } });
  });

  it('says what the server answered when it refuses', async () => {
    const { saved } = show(new Response('', { status: 403, statusText: 'Forbidden' }));

    fireEvent.click(screen.getByRole('button', { name: /下载表彰名单/ }));

    expect(await screen.findByText('下载失败：HTTP 403 Forbidden')).toBeDefined();
    expect(saved).toEqual([]);
    expect(screen.getByRole('button', { name: /下载表彰名单/ })).toBeDefined(); // ready again
  });

  it("takes the server's file name, the UTF-8 one first", () => {
    expect(fileNameFrom(`attachment; filename="outcomes.xlsx"; filename*=UTF-8''%E6%99%8B%E5%8D%87.xlsx`, 'x.xlsx')).toBe('晋升.xlsx');
    expect(fileNameFrom('attachment; filename="outcomes.xlsx"', 'x.xlsx')).toBe('outcomes.xlsx');
    expect(fileNameFrom(null, 'x.xlsx')).toBe('x.xlsx');
  });
});
