import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { bundleTexts, expectChineseOnly, expectMatchingTexts } from '../../test/bundleTexts';
import { type Confirmation, VerifyPage, verifiedNumber } from './VerifyPage';

const NUMBER = 'BW26-7K3Q-X9M2-PA4T-R';

function answer(status: number, body?: Confirmation) {
  const fetchMock = vi.fn().mockResolvedValue(new Response(body ? JSON.stringify(body) : '', { status }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const valid: Confirmation = {
  number: NUMBER, valid: true, revoked: false, kind: 'AWARD', title: '一等奖', holder: '赵*', competition: '2026年电工技能比武',
  event: '电工', issuer: '山东省总工会', issuedAt: '2026-12-02T08:30:00Z',
};

describe('the public certificate verification page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads the number from /verify/{number}', () => {
    expect(verifiedNumber(`/verify/${NUMBER}`)).toBe(NUMBER);
    expect(verifiedNumber('/verify/')).toBeNull();
    expect(verifiedNumber('/competitions')).toBeNull();
  });

  it('asks the public confirmation for JSON and shows a valid certificate with the masked holder', async () => {
    await i18n.changeLanguage('zh-CN');
    const fetchMock = answer(200, valid);
    render(<VerifyPage number={NUMBER} />);
    expect(await screen.findByText('证书有效')).toBeTruthy();
    expect(screen.getByText('赵*')).toBeTruthy();
    expect(screen.getByText('一等奖')).toBeTruthy();
    expect(screen.getByText('竞赛奖项')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledWith(`/certificates/${NUMBER}`, { headers: { Accept: 'application/json' } });
  });

  it('says so when the certificate was revoked', async () => {
    answer(200, { ...valid, valid: false, revoked: true });
    render(<VerifyPage number={NUMBER} />);
    expect(await screen.findByText('证书已撤销')).toBeTruthy();
  });

  it('says a forged or mistyped number is no certificate', async () => {
    answer(404);
    render(<VerifyPage number="BW26-0000-0000-0000-X" />);
    expect(await screen.findByText('查无此证书')).toBeTruthy();
    expect(screen.getByText(/BW26-0000-0000-0000-X/)).toBeTruthy();
  });

  it('has its texts in both languages, the Chinese without English words', () => {
    const zh = bundleTexts('zh-CN', 'verify');
    expectMatchingTexts(zh, bundleTexts('en', 'verify'));
    expectChineseOnly(zh);
  });
});
