import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../../i18n';
import { bundleTexts, expectChineseOnly, expectMatchingTexts } from '../../test/bundleTexts';
import { fakeApi, renderAt } from '../../test/fakeApi';
import { certificatePdfUrl, MyCertificates } from './MyCertificates';

const certificate = (number: string, revoked: boolean) => ({
  id: `Certificate:${number}`, number, kind: 'AWARD', title: '一等奖', issuedAt: '2026-12-02T08:00:00Z', revoked,
  registration: { id: 'Registration:1', event: { id: 'Event:1', name: '电工', competition: { id: 'Competition:1', name: '2026年电工技能比武' } } },
});

describe("the worker's certificates", () => {
  it('lists each certificate with its state, its PDF and its public confirmation page', async () => {
    await changeLanguage('zh-CN');
    const { client } = fakeApi(() => ({ me: { person: { id: 'Person:1', certificates: [certificate('BW26-AAAA-BBBB-CCCC-D', false), certificate('BW26-EEEE-FFFF-GGGG-H', true)] } } }));
    render(renderAt(client, '/', '/', <MyCertificates />));
    const valid = (await screen.findByText('BW26-AAAA-BBBB-CCCC-D')).closest('tr')!;
    expect(within(valid as HTMLElement).getByText('有效')).toBeTruthy();
    expect(within(valid as HTMLElement).getByText('2026年电工技能比武 · 电工')).toBeTruthy();
    expect(within(valid as HTMLElement).getByRole('link', { name: '核验页' }).getAttribute('href')).toBe('/verify/BW26-AAAA-BBBB-CCCC-D');
    const revoked = screen.getByText('BW26-EEEE-FFFF-GGGG-H').closest('tr')!;
    expect(within(revoked as HTMLElement).getByText('已撤销')).toBeTruthy();
    expect(certificatePdfUrl('BW26-AAAA-BBBB-CCCC-D')).toBe('/certificates/BW26-AAAA-BBBB-CCCC-D.pdf');
  });

  it('says how certificates come when there is none', async () => {
    const { client } = fakeApi(() => ({ me: { person: { id: 'Person:1', certificates: [] } } }));
    render(renderAt(client, '/', '/', <MyCertificates />));
    expect(await screen.findByText(/还没有证书/)).toBeTruthy();
  });

  it('has its texts in both languages, the Chinese without English words', () => {
    const zh = bundleTexts('zh-CN', 'certificates');
    expectMatchingTexts(zh, bundleTexts('en', 'certificates'));
    expectChineseOnly(zh);
  });
});
