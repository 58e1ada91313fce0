import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, renderAt, type Answer } from '../../test/fakeApi';
import { PolicyEditor } from './PolicyEditor';
import type { PolicyInput } from './rules';

// A busy machine renders antd slowly: wait up to 10 s for what a test awaits (findBy…, waitFor), never a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

const template: PolicyInput = {
  name: '镇江市 市级职业技能竞赛 (2009)（副本）',
  source: 'local report, 2009',
  appliesTo: ['MUNICIPAL_CLASS_I'],
  oncePerYear: true,
  rules: [
    { outcome: 'SKILL_LEVEL', requirePassedModules: true, level: 'SENIOR' },
    { outcome: 'TITLE', rankFrom: 1, rankTo: 3, title: '镇江市技术能手' },
  ],
};

function editor(answer: (name: string, variables: Record<string, unknown>) => Answer, initial = template) {
  const api = fakeApi(answer);
  const onSaved = vi.fn();
  render(
    renderAt(api.client, '/hr', '/hr', <PolicyEditor initial={initial} basedOn="镇江市 市级职业技能竞赛 (2009)" onClose={vi.fn()} onSaved={onSaved} />, {
      username: 'hr',
      roles: ['hr'],
      loading: false,
    }),
  );
  return { api, onSaved };
}

const save = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '保存政策' }));
  });
};

describe('PolicyEditor', { timeout: 60_000 }, () => {
  it('opens a copy of a template with its rules in words, and saves it as a new policy', async () => {
    const { api, onSaved } = editor(() => ({ createPromotionPolicy: { policy: { id: 'PromotionPolicy:99', name: template.name, source: null, appliesTo: [], oncePerYear: true, template: false, rules: [] }, userErrors: [] } }));

    expect(await screen.findByDisplayValue('镇江市 市级职业技能竞赛 (2009)（副本）')).toBeDefined();
    expect(await screen.findByText('规则含义：各模块均达合格线 → 晋升为高级工')).toBeDefined();
    expect(await screen.findByText('规则含义：第 1–3 名 → 授予“镇江市技术能手”称号')).toBeDefined();

    await save();

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(template.name));
    expect(api.operations.find((o) => o.name === 'CreatePromotionPolicy')!.variables.input).toEqual({
      name: template.name,
      source: 'local report, 2009',
      appliesTo: ['MUNICIPAL_CLASS_I'],
      oncePerYear: true,
      rules: [
        { outcome: 'SKILL_LEVEL', requirePassedModules: true, level: 'SENIOR' },
        { outcome: 'TITLE', rankFrom: 1, rankTo: 3, title: '镇江市技术能手' },
      ],
    });
  });

  it('checks the rules before sending: a band from 5 to 3 is refused next to its field', async () => {
    const { api } = editor(() => ({}), { ...template, rules: [{ outcome: 'TITLE', rankFrom: 5, rankTo: 3, title: '技术能手' }] });
    await screen.findByDisplayValue(template.name);

    await save();

    expect(await screen.findByText('“名次到”不能小于“名次从”')).toBeDefined();
    expect(api.operations.some((o) => o.name === 'CreatePromotionPolicy')).toBe(false);
  });

  it("shows the API's userErrors under the fields they name", async () => {
    editor(() => ({
      createPromotionPolicy: {
        policy: null,
        userErrors: [
          { code: 'INVALID', field: ['rules', '1', 'title'], message: '第2条规则 称号：请填写称号或荣誉，例如技术能手、五一劳动奖章', problem: '请填写称号或荣誉，例如技术能手、五一劳动奖章' },
          { code: 'INVALID', field: ['rules', '0'], message: '第1条规则：这条规则不可能成立', problem: '这条规则不可能成立' },
        ],
      },
    }));
    await screen.findByDisplayValue(template.name);

    await save();

    expect(await screen.findByText('请填写称号或荣誉，例如技术能手、五一劳动奖章')).toBeDefined();
    expect(screen.getByText('第1条规则：这条规则不可能成立')).toBeDefined();
  });
});
