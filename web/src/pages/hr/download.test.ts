import type Keycloak from 'keycloak-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../i18n';
import { fileNameFrom } from '../../graphql/files';
import { downloadOutcomesWorkbook, outcomesWorkbookUrl } from './download';

describe('the promotion outcomes workbook', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is at the export endpoint of the competition', () => {
    expect(outcomesWorkbookUrl('Competition:12')).toBe('/exports/competitions/Competition%3A12/promotion-outcomes.xlsx');
  });

  it("takes the server's file name, the UTF-8 one first", () => {
    expect(fileNameFrom(`attachment; filename="outcomes.xlsx"; filename*=UTF-8''%E6%99%8B%E5%8D%87.xlsx`, 'x.xlsx')).toBe('晋升.xlsx');
    expect(fileNameFrom('attachment; filename="outcomes.xlsx"', 'x.xlsx')).toBe('outcomes.xlsx');
    expect(fileNameFrom(null, 'x.xlsx')).toBe('x.xlsx');
  });

  it('is fetched with the bearer token and the UI language, and saved as a file', async () => {
    const fetch = vi.fn(async () => new Response(new Blob(['xlsx']), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    URL.createObjectURL = vi.fn(() => 'blob:1');
    URL.revokeObjectURL = vi.fn();
    const keycloak = { updateToken: vi.fn(async () => false), token: 'token-1' } as unknown as Keycloak;

    const name = await downloadOutcomesWorkbook(keycloak, 'Competition:12', '晋升结果.xlsx');

    expect(name).toBe('晋升结果.xlsx');
    expect(fetch).toHaveBeenCalledWith('/exports/competitions/Competition%3A12/promotion-outcomes.xlsx', {
      headers: { Authorization: 'Bearer token-1', 'Accept-Language': 'zh-CN' },
    });
  });

  it('asks in English when the UI is in English', async () => {
    const fetch = vi.fn(async () => new Response(new Blob(['xlsx']), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    URL.createObjectURL = vi.fn(() => 'blob:1');
    URL.revokeObjectURL = vi.fn();
    const keycloak = { updateToken: vi.fn(async () => false), token: 'token-1' } as unknown as Keycloak;
    await changeLanguage('en');

    await downloadOutcomesWorkbook(keycloak, 'Competition:12', 'outcomes.xlsx');

    expect(fetch).toHaveBeenCalledWith(expect.any(String), { headers: { Authorization: 'Bearer token-1', 'Accept-Language': 'en' } });
  });

  it('says what the server answered when it refuses', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 403, statusText: 'Forbidden' })));
    const keycloak = { updateToken: vi.fn(async () => false), token: 'token-1' } as unknown as Keycloak;
    await expect(downloadOutcomesWorkbook(keycloak, 'Competition:12', 'x.xlsx')).rejects.toThrow('HTTP 403 Forbidden');
  });
});
