import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App, Form, type FormInstance } from 'antd';
import { describe, expect, it } from 'vitest';
import { expandPreset, toCreateEventInput, type WizardRound, type WizardValues } from './presets';
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

  it('takes a largest spread (最大分差) for an aspect several judges mark, and sends it; empty is no check', async () => {
    const values = expandPreset('fiveJudgesTrimmed', '跳水');
    render(<Harness initial={values} />);
    const spreads = await screen.findAllByRole('spinbutton', { name: /最大分差/ });
    expect(spreads).toHaveLength(2);
    expect((spreads[0] as HTMLInputElement).placeholder).toBe('不检查');

    fireEvent.change(spreads[0], { target: { value: '1.5' } });

    await waitFor(() => expect(rounds()[0].modules[0].aspects.map((a) => a.maxSpread ?? null)).toEqual([1.5, null]));
    const sent = toCreateEventInput(form.getFieldsValue(true) as WizardValues, 'Competition:1').rounds[0].modules[0].aspects;
    expect(sent.map((a) => a.maxSpread)).toEqual([1.5, undefined]);
  });

  it('offers no largest spread for an aspect one judge marks', async () => {
    render(<Harness initial={expandPreset('theoryPractical', '焊工')} />);
    await screen.findByDisplayValue('尺寸精度');
    const spreads = screen.getAllByRole('spinbutton', { name: /最大分差/, hidden: true });
    expect(spreads.length).toBeGreaterThan(0);
    const hidden = (element: HTMLElement | null): boolean => !!element && (element.style.display === 'none' || hidden(element.parentElement));
    for (const field of spreads) expect(hidden(field)).toBe(true);
  });
});

/** The dashed box of the aspect whose name field shows `name`. */
const aspectBox = (name: string) => screen.getByDisplayValue(name).closest('div[style*="dashed"]') as HTMLElement;

/** Chooses an option of the antd select labelled `label` inside `container`. */
async function pick(container: HTMLElement, label: RegExp, option: string) {
  const select = within(container).getByRole('combobox', { name: label });
  await act(async () => {
    fireEvent.mouseDown(select);
  });
  // the options of this select's own dropdown (the list its combobox controls)
  const item = await waitFor(() => {
    const list = document.getElementById(select.getAttribute('aria-controls') ?? '');
    const found = Array.from(list?.closest('.ant-select-dropdown')?.querySelectorAll('.ant-select-item-option') ?? []).find((o) => o.getAttribute('title') === option);
    expect(found).toBeDefined();
    return found as HTMLElement;
  });
  await act(async () => {
    fireEvent.click(item);
  });
}

describe('SchemeEditor: effects, base scores, caps and periods', { timeout: 60_000 }, () => {
  it('shows a labor template’s quarter: its period, each module’s base score and cap, each aspect’s effect, the most the round gives', async () => {
    const values = expandPreset('majorProject', '重点工程', '2026-01-01');
    values.rounds = [values.rounds[0]];
    render(<Harness initial={values} />);
    await screen.findByDisplayValue('质量检查扣分');

    expect(screen.getByDisplayValue('2026-01-01')).toBeDefined();
    expect(screen.getByDisplayValue('2026-03-31')).toBeDefined();
    expect(screen.getAllByRole('combobox', { name: /计分方式/ })).toHaveLength(11);
    // the selected effect of each aspect, in Chinese
    const shown = (effect: string) => document.querySelectorAll(`.ant-select-content[title="${effect}"]`).length;
    expect([shown('扣分'), shown('加分'), shown('一票否决')]).toEqual([6, 3, 2]);
    const bonus = screen.getByDisplayValue('创精品工程（加分项）').closest('.ant-card') as HTMLElement;
    expect((within(bonus).getByRole('spinbutton', { name: /得分上限/ }) as HTMLInputElement).value).toBe('10');
    const quality = screen.getByDisplayValue('比质量').closest('.ant-card') as HTMLElement;
    expect((within(quality).getByRole('spinbutton', { name: /基础分/ }) as HTMLInputElement).value).toBe('20');
    expect(within(aspectBox('质量检查扣分')).getByText('本项最多扣 20 分')).toBeDefined();
    expect(within(aspectBox('拖欠农民工工资')).getByText('一票否决：评1即否决本期，不计分')).toBeDefined();
    // eight modules each counted with their points: no warning that the weights do not add up to 100 %
    const total = screen.getByText('本轮模块权重合计 800%，本轮满分 110 分');
    expect(total.closest('.ant-typography-warning')).toBeNull();
  });

  it('changes an aspect to 一票否决: marked out of 1, without difficulty, worth no points; and to 扣分', async () => {
    const values = expandPreset('theoryPractical', '焊工');
    values.rounds[0].modules[1].aspects[0].difficulty = true;
    render(<Harness initial={values} />);
    await screen.findByDisplayValue('尺寸精度');
    expect(within(aspectBox('尺寸精度')).getAllByRole('switch', { name: /难度系数/ })).toHaveLength(1);

    await pick(aspectBox('尺寸精度'), /计分方式/, '一票否决');

    await waitFor(() => expect(rounds()[0].modules[1].aspects[0]).toMatchObject({ effect: 'VETO', maxMark: 1, difficulty: false }));
    expect(within(aspectBox('尺寸精度')).getByText('一票否决：评1即否决本期，不计分')).toBeDefined();
    expect(within(aspectBox('尺寸精度')).queryByRole('switch', { name: /难度系数/ })).toBeNull();

    await pick(aspectBox('安全文明生产'), /计分方式/, '扣分');
    await waitFor(() => expect(rounds()[0].modules[1].aspects[2]).toMatchObject({ effect: 'DEDUCT', maxMark: 20 }));
    expect(within(aspectBox('安全文明生产')).getByText('本项最多扣 20 分')).toBeDefined();
    expect(rounds()[0].modules[1].aspects.map((a) => a.effect)).toEqual(['VETO', 'ADD', 'DEDUCT']);
  });

  it('edits a module’s base score and cap and keeps a period as ISO dates', async () => {
    const values = expandPreset('theoryPractical', '焊工');
    values.rounds[0] = { ...values.rounds[0], startsOn: '2026-05-01', endsOn: '2026-05-31' };
    render(<Harness initial={values} />);
    await screen.findByDisplayValue('尺寸精度');
    const practical = screen.getByDisplayValue('技能操作考核').closest('.ant-card') as HTMLElement;

    fireEvent.change(within(practical).getByRole('spinbutton', { name: /基础分/ }), { target: { value: '10' } });
    fireEvent.change(within(practical).getByRole('spinbutton', { name: /得分上限/ }), { target: { value: '100' } });

    await waitFor(() => expect(rounds()[0].modules[1]).toMatchObject({ baseScore: 10, maxScore: 100 }));
    expect(rounds()[0]).toMatchObject({ startsOn: '2026-05-01', endsOn: '2026-05-31' });
    expect(screen.getByDisplayValue('2026-05-31')).toBeDefined();
    // theory 30 % of 100, practical 70 % of min(10 + 100, 100)
    expect(await screen.findByText('本轮模块权重合计 100%，本轮满分 100 分')).toBeDefined();
  });
});
