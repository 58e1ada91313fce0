import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { changeLanguage } from '../i18n';
import { withdrawal } from '../test/recordChanges';
import { RecordChangeList } from './RecordChangeList';

const judgeCorrection = { subject: 'JudgeAssignment', subjectName: '钱裁判', action: 'UPDATED', changes: [{ field: 'name', from: '钱菜判', to: '钱裁判' }], by: 'organizer', at: '2026-05-01T18:00:00+08:00' };

describe('RecordChangeList', () => {
  it('says of each correction what it corrected, how, who and when, each field from → to and why', () => {
    render(<RecordChangeList records={[withdrawal(), judgeCorrection]} empty="none yet" />);

    const [first, second] = screen.getAllByRole('listitem');
    expect(within(first).getByText('报名')).toBeDefined();
    expect(within(first).getByText('赵磊')).toBeDefined();
    expect(within(first).getByText('退赛')).toBeDefined();
    expect(within(first).getByText('报名状态：已确认 → 已退赛')).toBeDefined();
    expect(within(first).getByText('原因：因伤退赛')).toBeDefined();
    expect(within(first).queryByText(/^原因：（空）/)).toBeNull(); // the reason said once
    expect(within(second).getByText('裁判')).toBeDefined();
    expect(within(second).getByText('姓名：钱菜判 → 钱裁判')).toBeDefined(); // a judge's name is 姓名, not a competition's 名称
  });

  it('of one record, names its fields for its subject and does not repeat what and whose it is', () => {
    const { subject: _subject, subjectName: _name, ...ofTheRegistration } = withdrawal();
    render(<RecordChangeList subject="Registration" records={[{ ...ofTheRegistration, changes: [{ field: 'name', from: '赵雷', to: '赵磊' }] }]} empty="none yet" />);

    const [only] = screen.getAllByRole('listitem');
    expect(within(only).getByText('姓名：赵雷 → 赵磊')).toBeDefined();
    expect(within(only).queryByText('报名')).toBeNull();
    expect(within(only).getByText('退赛')).toBeDefined();
  });

  it('says what it is given when there is nothing to list', () => {
    render(<RecordChangeList records={[]} empty="还没有修改记录。" />);
    expect(screen.getByText('还没有修改记录。')).toBeDefined();
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  it('follows the reader’s language', async () => {
    render(<RecordChangeList records={[withdrawal()]} empty="" />);
    await act(async () => {
      await changeLanguage('en');
    });
    expect(await screen.findByText('Status: Confirmed → Withdrawn')).toBeDefined();
    expect(screen.getByText(/^organizer on 2026-05-0\d \d\d:\d\d$/)).toBeDefined();
  });
});
