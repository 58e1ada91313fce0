import { expect, test, type Page } from '@playwright/test';
import { button, choose, signIn } from './session';

// A labor competition as a managed project on the real platform: 莱芜区's organizer (laiwu-organizer) sets one up
// from the 六比一创 template and declares it to 济南; 济南's organizer, in a second browser, finds it in 审核待办 and
// approves it; the district starts it, enters a period's assessment unit by unit (with a note) and sees the rotating
// banner (流动红旗) go to the best unit, then move when a correction makes another unit the best. The statistics
// dashboard is photographed for the README. At the year's end the results are published and one unit's worker is
// nominated for 先进个人 within its quota and approved.

const screenshots = 'docs/screenshots';
const units = ['汶河大桥项目部', '钢城快速路一标段'];

/** Types one unit's row of the period sheet: the deductions and bonus points given, the rest 0 (vetoes are left off). */
async function typeRow(page: Page, unit: string, values: Record<string, number>) {
  const indicators = ['质量检查扣分', '节点工期滞后扣分', '安全检查隐患扣分', '技术创新计划未落实扣分', '管理与文明施工检查扣分', '廉洁建设检查扣分',
    '获优质工程、科技进步等奖项', '工法、专利与质量管理小组成果', '受到上级表彰或通报表扬'];
  for (const indicator of indicators) {
    await page.getByLabel(`${unit} ${indicator}`, { exact: true }).fill(String(values[indicator] ?? 0));
  }
}

test('a district declares a labor competition, the city approves it from its inbox, the district assesses a period and the banner moves', async ({
  browser,
}) => {
  test.setTimeout(6 * 60_000);
  const name = `莱芜区“六比一创”劳动竞赛 ${new Date().toISOString().slice(0, 19).replace('T', ' ')}`;

  // ── the district's organizer creates the competition and its event from the template ──
  const district = await signIn(browser, 'laiwu-organizer');
  const d = district.page;
  await d.getByRole('navigation').getByRole('link', { name: '竞赛管理' }).click();
  await button(d, '新建竞赛').click();
  const dialog = d.getByRole('dialog');
  await dialog.getByLabel('竞赛名称', { exact: true }).fill(name);
  await dialog.getByText('劳动竞赛', { exact: true }).click();
  await choose(d, dialog.getByLabel('竞赛级别', { exact: true }), '区级');
  // the organization that runs it: 莱芜区总工会, picked (the login may organize more than one unit)
  const picker = dialog.locator('.ant-select').filter({ has: d.getByLabel('所属单位', { exact: true }) });
  await picker.click();
  await d.locator('.ant-select-dropdown:visible').getByTitle('莱芜区总工会', { exact: true }).click();
  await expect(picker).toContainText('莱芜区总工会');
  await button(dialog, '创建').click();
  await expect(d.getByRole('heading', { name })).toBeVisible();
  const competitionUrl = d.url();

  await d.getByRole('button', { name: '新建赛项' }).click();
  await d.getByLabel('赛项名称', { exact: true }).fill('六比一创综合考评');
  await expect(d.getByText('重点工程劳动竞赛 “六比一创”', { exact: true })).toBeVisible();
  await d.getByRole('button', { name: '下一步' }).click();
  await d.getByRole('button', { name: '下一步' }).click();
  await d.getByRole('button', { name: '创建赛项' }).click();
  await expect(d.getByRole('heading', { name: '六比一创综合考评' })).toBeVisible();

  // ── … its two units and the assessment group ──
  await d.getByRole('tab', { name: /选手/ }).click();
  for (const unit of units) {
    await d.getByRole('button', { name: /登记选手/ }).click();
    const form = d.getByRole('dialog');
    await form.getByLabel('姓名', { exact: true }).fill(unit);
    await button(form, '登记').click();
    await expect(form).toHaveCount(0);
    await expect(d.getByRole('row').filter({ hasText: unit })).toBeVisible();
  }
  await d.getByRole('tab', { name: /裁判/ }).click();
  await d.getByLabel('姓名', { exact: true }).first().fill('竞赛考核组');
  await d.getByRole('button', { name: '添加到裁判组' }).click();
  await expect(d.getByText('裁判组 1 人')).toBeVisible();

  // ── … and declares it: it waits at 济南市总工会; it cannot start before it is approved ──
  await d.goto(competitionUrl);
  await d.getByRole('button', { name: '申报', exact: true }).click();
  await d.getByRole('button', { name: '确认申报' }).click();
  const approval = d.locator('.ant-card').filter({ hasText: '申报与审核' });
  await expect(approval).toContainText('已申报待审核');
  await expect(approval).toContainText('济南市总工会');
  await expect(d.getByText('劳动竞赛须经批准纳入管理后才能开始报名')).toBeVisible();

  // ── 济南's organizer finds it in the inbox and approves it ──
  const city = await signIn(browser, 'jinan-organizer');
  const c = city.page;
  await c.getByRole('navigation').getByRole('link', { name: '审核待办' }).click();
  await c.getByRole('link', { name }).click();
  await expect(c.getByRole('heading', { name })).toBeVisible();
  await c.getByRole('button', { name: '批准纳入管理' }).click();
  await c.getByRole('button', { name: '确认批准' }).click();
  await expect(c.locator('.ant-card').filter({ hasText: '申报与审核' })).toContainText('已批准纳入管理');
  await c.getByRole('navigation').getByRole('link', { name: '审核待办' }).click();
  // (other declarations may wait there; this one does not any more)
  await expect(c.locator('.ant-table, .ant-empty').first()).toBeVisible();
  await expect(c.getByRole('link', { name })).toHaveCount(0);

  // ── the district sees the approval, starts the competition ──
  await d.reload();
  await expect(approval).toContainText('已批准纳入管理');
  await expect(approval).toContainText('济南市总工会');
  for (const status of ['报名中', '比赛中']) {
    await d.getByRole('button', { name: `推进到“${status}”` }).click();
    await d.getByRole('button', { name: '确认推进' }).click();
    await expect(d.locator('.ant-card-extra').getByText(status, { exact: true })).toBeVisible();
  }

  // ── … and enters the period's assessment: 汶河大桥 102 (a bonus of 2), 钢城一标段 95 (a quality deduction of 5, noted) ──
  await d.getByRole('link', { name: '考核评分' }).click();
  await expect(d.getByLabel('考核周期')).toBeVisible();
  await typeRow(d, units[0], { '获优质工程、科技进步等奖项': 2 });
  await typeRow(d, units[1], { '质量检查扣分': 5 });
  await d.getByRole('button', { name: `填写备注：${units[1]} 质量检查扣分` }).click();
  await d.getByLabel(`${units[1]} 质量检查扣分 备注`, { exact: true }).fill('12月1日质量巡检：钢筋保护层厚度不足，扣5分');
  await d.getByRole('button', { name: '完成' }).click();
  await d.getByRole('button', { name: '保存考核' }).click();
  const standings = d.locator('.ant-card').filter({ hasText: '累计排名' });
  const first = standings.getByRole('row').filter({ hasText: units[0] });
  const second = standings.getByRole('row').filter({ hasText: units[1] });
  await expect(first).toContainText('102');
  await expect(second).toContainText('95');
  await expect(first).toContainText('流动红旗');
  await expect(second).not.toContainText('流动红旗');

  // ── the deduction was a mistake and 钢城一标段 won a provincial quality award: the banner moves ──
  await typeRow(d, units[1], { '获优质工程、科技进步等奖项': 5 });
  await d.getByRole('button', { name: '保存考核' }).click();
  await expect(second).toContainText('105');
  await expect(second).toContainText('流动红旗');
  await expect(first).not.toContainText('流动红旗');
  await expect(d.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
  await d.screenshot({ path: `${screenshots}/labor-assessment.png`, fullPage: true });

  // ── the statistics of the district's union, for the README ──
  await d.getByRole('navigation').getByRole('link', { name: '全域统计' }).click();
  await expect(d.getByText('竞赛项目数')).toBeVisible();
  await expect(d.getByRole('main')).toContainText('莱芜区总工会');
  await expect(d.getByRole('img', { name: '各月开始的竞赛项目数和参赛职工人次' }).locator('svg')).toBeVisible();
  await d.screenshot({ path: `${screenshots}/labor-dashboard.png`, fullPage: true });

  // ── the year ends: the results are published; 钢城快速路一标段 may nominate one 先进个人 and the district approves him ──
  await d.goto(competitionUrl);
  for (const status of ['评分结束', '成绩公示']) {
    await d.getByRole('button', { name: `推进到“${status}”` }).click();
    await d.getByRole('button', { name: '确认推进' }).click();
    await expect(d.locator('.ant-card-extra').getByText(status, { exact: true })).toBeVisible();
  }
  await d.getByRole('link', { name: '年终表扬' }).click();
  const unitRow = d.getByRole('table', { name: '参赛单位与名额' }).getByRole('row').filter({ hasText: units[1] });
  await d.getByLabel(`${units[1]} 名额`, { exact: true }).fill('1');
  await button(unitRow, '保存').click();
  await expect(unitRow).toContainText('0 / 1');
  await button(unitRow, '推荐').click();
  const nomination = d.getByRole('dialog');
  await nomination.getByLabel('姓名', { exact: true }).fill('王建国');
  await nomination.getByLabel('主要事迹', { exact: true }).fill('带领一标段全年零事故，提前40天完成主体结构施工');
  await button(nomination, '提交推荐').click();
  await expect(nomination).toHaveCount(0);
  const nominee = d.getByRole('row').filter({ hasText: '王建国' });
  await expect(nominee).toContainText('待审定');
  await button(nominee, '通过').click();
  await button(d.getByRole('dialog'), '确认通过').click();
  await expect(nominee).toContainText('已通过');
  await expect(unitRow).toContainText('1 / 1');
  await expect(d.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
  await d.screenshot({ path: `${screenshots}/labor-commendations.png`, fullPage: true });

  await district.context.close();
  await city.context.close();
});
