import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App, Form, type FormInstance } from 'antd';
import { describe, expect, it } from 'vitest';
import { expandPreset, type WizardRound, type WizardValues } from './presets';
import { SchemeEditor } from './SchemeEditor';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

let form: FormInstance<WizardValues>;

function Harness({ initial }: { initial: WizardValues }) {
  const [f] = Form.useForm<WizardValues>();
  form = f;
  return (
    <App>
      <Form form={f} layout="vertical" initialValues={initial}>
        <SchemeEditor />
      </Form>
    </App>
  );
}

const rounds = () => form.getFieldValue('rounds') as WizardRound[];
const copyButtons = () => screen.getAllByRole('button', { name: /复制到下一轮/ });

describe('SchemeEditor: copy a round to the next', { timeout: 60_000 }, () => {
  it('adds the next round with a copy of the modules and aspects, its code and name ready to edit', async () => {
    const values = expandPreset('theoryPractical', '焊工');
    values.rounds[0] = { ...values.rounds[0], code: 'Q1', name: '阶段1' };
    render(<Harness initial={values} />);
    await screen.findByDisplayValue('尺寸精度');

    fireEvent.click(copyButtons()[0]);

    expect(await screen.findByDisplayValue('阶段2')).toBeDefined();
    expect(screen.getByDisplayValue('Q2')).toBeDefined();
    expect(screen.getAllByDisplayValue('尺寸精度')).toHaveLength(2);
    expect(screen.getAllByDisplayValue('理论知识考试')).toHaveLength(2);
    expect(rounds()[1].modules).toEqual(values.rounds[0].modules);
    expect(await screen.findByText('已把“阶段1”的模块和评分项复制到“阶段2”')).toBeDefined();
  });

  function twoRounds() {
    const values = expandPreset('theoryPractical', '焊工');
    const final = expandPreset('fiveJudgesTrimmed').rounds[0];
    values.rounds = [{ ...values.rounds[0], code: 'P', name: '预赛' }, { ...final, code: 'F', name: '决赛', advancingCount: 5 }];
    return values;
  }

  it("asks before replacing the next round's modules, and on yes replaces them, keeping its code, name and advancing count", async () => {
    const values = twoRounds();
    render(<Harness initial={values} />);
    await screen.findByDisplayValue('技术难度');

    fireEvent.click(copyButtons()[0]);
    const ask = await screen.findByRole('dialog');
    expect(within(ask).getAllByText('用“预赛”的评分标准替换“决赛”的？').length).toBeGreaterThan(0);
    expect(within(ask).getByText(/“决赛”现有的 1 个模块及其评分项将被删除/)).toBeDefined();
    expect(screen.getByDisplayValue('技术难度')).toBeDefined(); // nothing replaced before the answer
    await act(async () => {
      fireEvent.click(within(ask).getByRole('button', { name: /^替\s?换$/ }));
    });

    await waitFor(() => expect(screen.queryByDisplayValue('技术难度')).toBeNull());
    expect(screen.getAllByDisplayValue('尺寸精度')).toHaveLength(2);
    expect(rounds()[1]).toMatchObject({ code: 'F', name: '决赛', advancingCount: 5, modules: values.rounds[0].modules });
  });

  it('leaves the next round as it is when the organizer says no', async () => {
    const values = twoRounds();
    render(<Harness initial={values} />);
    await screen.findByDisplayValue('技术难度');

    fireEvent.click(copyButtons()[0]);
    const ask = await screen.findByRole('dialog');
    await act(async () => {
      fireEvent.click(within(ask).getByRole('button', { name: /^取\s?消$/ }));
    });

    expect(screen.getByDisplayValue('技术难度')).toBeDefined();
    expect(rounds()[1].modules.map((m) => m.code)).toEqual(['S']);
    expect(screen.getAllByDisplayValue('尺寸精度')).toHaveLength(1);
  });

  it('edits the difficulty switch (难度系数) with the aspect', async () => {
    const values = expandPreset('fiveJudgesTrimmed', '跳水');
    render(<Harness initial={values} />);
    const switches = await screen.findAllByRole('switch', { name: /难度系数/ });
    expect(switches).toHaveLength(2);

    fireEvent.click(switches[0]);

    await waitFor(() => expect(rounds()[0].modules[0].aspects.map((a) => a.difficulty)).toEqual([true, false]));
    expect(await screen.findByText('本项满分 10 分 × 难度系数')).toBeDefined();
  });
});
