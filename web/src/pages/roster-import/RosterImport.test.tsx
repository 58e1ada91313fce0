import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { describe, expect, it, vi } from 'vitest';
import { Provider } from 'urql';
import { changeLanguage } from '../../i18n';
import { rawEnumCodesIn } from '../../i18n/rawEnumCodes';
import { fakeApi, type Answer } from '../../test/fakeApi';
import { RosterImport } from './RosterImport';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

const csv = ['姓名,参赛号,人员类别,现技能等级', '赵磊,1,职工,中级工', '钱芳,9,学生,高级工', ''].join('\r\n');

function show(answer: (variables: Record<string, unknown>) => Answer) {
  const api = fakeApi((name, variables) => {
    if (name === 'ImportRoster') return answer(variables);
    throw new Error(`unexpected ${name}`);
  });
  const onImported = vi.fn();
  render(
    <AntApp>
      <Provider value={api.client}>
        <RosterImport event={{ id: 'Event:1', format: 'INDIVIDUAL', teamSize: 1 }} onImported={onImported} />
      </Provider>
    </AntApp>,
  );
  return { api, onImported };
}

async function upload(text: string) {
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([text], '报名表.csv', { type: 'text/csv' })] } });
  return screen.findByText('将导入的选手');
}

describe('the roster import', { timeout: 60_000 }, () => {
  it('shows what it will import in words, never API codes', async () => {
    show(() => ({ registerCompetitors: { registrations: [], userErrors: [] } }));
    await upload(csv);
    expect(screen.getByText('职工')).toBeDefined();
    expect(screen.getByText('高级工（三级）')).toBeDefined();
    expect(rawEnumCodesIn(document.body.textContent ?? '')).toEqual([]);
  });

  it('puts each refusal of the API on its file row, with the API’s problem in the reader’s words', async () => {
    const { api, onImported } = show(() => ({
      registerCompetitors: {
        registrations: null,
        userErrors: [
          { field: ['competitors', '1', 'bib'], message: '第2名选手 参赛号：参赛号 9 在本赛项已被占用', problem: '参赛号 9 在本赛项已被占用', code: 'DUPLICATE' },
          { field: ['eventId'], message: '赛项：报名已截止：竞赛当前为“成绩确认”', problem: '报名已截止：竞赛当前为“成绩确认”', code: 'WRONG_STATE' },
        ],
      },
    }));
    await upload(csv);
    fireEvent.click(screen.getByRole('button', { name: '导入全部 2 名选手' }));

    const problem = await screen.findByText('参赛号 9 在本赛项已被占用');
    const row = problem.closest('tr')!;
    expect(within(row).getByText('3')).toBeDefined(); // 钱芳 is on the file's row 3
    expect(within(row).getByText('参赛号')).toBeDefined();
    expect(screen.queryByText(/第2名选手/)).toBeNull(); // the API counts competitors sent, not rows
    expect(screen.getByText('赛项：报名已截止：竞赛当前为“成绩确认”')).toBeDefined();
    expect(api.operations.filter((op) => op.name === 'ImportRoster')).toHaveLength(1);
    expect(onImported).not.toHaveBeenCalled();
  });

  it('counts in English with a singular', async () => {
    const { onImported } = show((variables) => ({
      registerCompetitors: { registrations: (variables.input as { competitors: unknown[] }).competitors.map((_, i) => ({ id: `Registration:${i}` })), userErrors: [] },
    }));
    await act(async () => {
      await changeLanguage('en');
    });
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File([['姓名', '赵磊', ''].join('\r\n')], 'roster.csv', { type: 'text/csv' })] } });
    fireEvent.click(await screen.findByRole('button', { name: 'Import the 1 competitor' }));
    await waitFor(() => expect(onImported).toHaveBeenCalledWith(1));
    expect(await screen.findByText('1 competitor imported')).toBeDefined();
  });
});
