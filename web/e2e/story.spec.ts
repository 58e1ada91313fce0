import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { button, choose, signIn } from './session';
import writeXlsxFile from 'write-excel-file/node';

// The whole story on the real platform (Keycloak, the API under test with a fresh database, the built app):
// an organizer sets up a competition from a preset and a roster file, a judge marks on the judge pad, a
// scoreboard follows without reloading, HR turns the result into a promotion, and the worker sees it.
// Each person has their own browser context. Screenshots for the README go to docs/screenshots/.

const screenshots = 'docs/screenshots';
mkdirSync(screenshots, { recursive: true });

/** Resident id numbers with a correct check character (GB 11643-1999), made up for the test. */
function nationalId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

async function rosterFile(path: string): Promise<void> {
  const wrong = nationalId('33010219880808123');
  const rows = [
    ['姓名*', '身份证号', '参赛号', '工作单位', '人员类别', '现技能等级', '登录名', '代表队'],
    ['赵磊', nationalId('33010219900307151'), '1', '城东机械厂', '职工', '中级工', 'competitor', ''],
    ['钱芳', nationalId('33010219920512242'), '2', '城西汽修厂', '职工', '中级工', '', ''],
    ['孙强', nationalId('33010219870921333'), '3', '城南电力公司', '职工', '高级工', '', ''],
    // row 5: a mistyped check character, reported and left out
    ['周敏', wrong.slice(0, 17) + (wrong[17] === '1' ? '2' : '1'), '4', '城北化工厂', '职工', '中级工', '', ''],
  ];
  await writeXlsxFile(rows.map((row) => row.map((value) => ({ value, type: String })))).toFile(path);
}

test('an organizer runs a competition from a preset and a roster, corrects it, replaces a judge, the new judge marks, the scoreboard follows, HR promotes and the worker sees it', async ({
  browser,
}, testInfo) => {
  test.setTimeout(8 * 60_000);
  const competitionName = `全市职工职业技能大赛 ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`;

  // ── The organizer creates the competition ──
  const organizer = await signIn(browser, 'organizer');
  const o = organizer.page;
  await o.getByRole('navigation').getByRole('link', { name: '竞赛管理' }).click();
  await button(o, '新建竞赛').click();
  const dialog = o.getByRole('dialog');
  await dialog.getByLabel('竞赛名称', { exact: true }).fill(competitionName);
  await choose(o, dialog.getByLabel('竞赛级别', { exact: true }), '市级二类');
  await dialog.getByLabel('主办单位', { exact: true }).fill('市总工会');
  await button(dialog, '创建').click();
  await expect(o.getByRole('heading', { name: competitionName })).toBeVisible();
  const competitionUrl = o.url();

  // ── … and an event from the preset 理论30% + 实操70% ──
  await o.getByRole('button', { name: '新建赛项' }).click();
  await o.getByLabel('赛项名称', { exact: true }).fill('车工');
  await o.getByLabel('职业编码', { exact: true }).fill('6-18-01-01');
  await o.getByText('理论30% + 实操70%', { exact: true }).click();
  await o.getByRole('button', { name: '下一步' }).click();
  await expect(o.getByLabel('评分项', { exact: true }).first()).toHaveValue('理论知识考试成绩');
  await o.screenshot({ path: `${screenshots}/organizer-event-wizard.png`, fullPage: true });
  await o.getByRole('button', { name: '下一步' }).click();
  await o.getByRole('button', { name: '创建赛项' }).click();
  await expect(o.getByRole('heading', { name: '车工' })).toBeVisible();
  const eventId = decodeURIComponent(new URL(o.url()).pathname.split('/').pop()!);
  await expect(o.getByText('理论知识考试（T）权重 30%')).toBeVisible();

  // ── … imports the roster: the bad row is reported, the good rows imported ──
  const roster = testInfo.outputPath('报名表.xlsx');
  await rosterFile(roster);
  await o.getByRole('tab', { name: /选手/ }).click();
  await o.getByRole('button', { name: '导入报名表' }).click();
  await o.locator('.ant-drawer input[type=file]').setInputFiles(roster);
  await expect(o.getByText('“报名表.xlsx”共 4 行：3 名选手可导入，1 行有问题。')).toBeVisible();
  const problems = o.locator('.ant-drawer .ant-table').first();
  await expect(problems.getByRole('row').filter({ hasText: /^5/ })).toContainText('身份证号校验位应为');
  await o.screenshot({ path: `${screenshots}/organizer-roster-import.png`, fullPage: true });
  await o.getByRole('button', { name: '只导入无误的 3 名选手' }).click();
  await button(o.getByRole('dialog').last(), '导入').click();
  await expect(o.getByText('已登记 3 名选手')).toBeVisible();
  await expect(o.getByRole('row').filter({ hasText: '赵磊' })).toContainText('城东机械厂');

  // ── … corrects 钱芳's mistyped unit in the edit drawer, and 孙强 withdraws (因伤退赛) ──
  const qian = o.getByRole('row').filter({ hasText: '钱芳' });
  await button(qian, '修改').click();
  const edit = o.locator('.ant-drawer').filter({ hasText: '修改报名' });
  await edit.getByLabel('工作单位', { exact: true }).fill('城西汽车修理厂');
  await expect(o.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 }); // the toasts fade first
  await o.screenshot({ path: `${screenshots}/organizer-edit-drawer.png`, fullPage: true });
  await button(edit, '保存').click();
  await expect(edit).toHaveCount(0);
  await expect(qian).toContainText('城西汽车修理厂');
  const sun = o.getByRole('row').filter({ hasText: '孙强' });
  await button(sun, '退赛').click();
  const withdrawal = o.getByRole('dialog').filter({ hasText: '退赛？' });
  await withdrawal.getByLabel('退赛原因（选填）').fill('因伤退赛');
  await withdrawal.getByRole('button', { name: '确认退赛' }).click();
  await expect(sun).toContainText('已退赛');
  await expect(sun).toContainText('因伤退赛');
  await expect(o.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
  await o.screenshot({ path: `${screenshots}/organizer-roster-corrected.png`, fullPage: true });

  // ── … assigns the judges: 张伟 (login judge) and a chief judge ──
  await o.getByRole('tab', { name: /裁判/ }).click();
  await o.getByLabel('姓名', { exact: true }).first().fill('张伟');
  await o.getByLabel('工作单位', { exact: true }).first().fill('市职业技能鉴定中心');
  await o.getByLabel(/^登录名/).first().fill('judge');
  await o.getByRole('button', { name: '再加一人' }).click();
  await o.getByLabel('姓名', { exact: true }).nth(1).fill('王建国');
  await o.getByLabel('工作单位', { exact: true }).nth(1).fill('市职业技能鉴定中心');
  await choose(o, o.getByLabel('职务', { exact: true }).nth(1), '裁判长');
  await o.getByLabel(/^登录名/).nth(1).fill('chief-judge');
  await o.getByRole('button', { name: '添加到裁判组' }).click();
  await expect(o.getByText('裁判组 2 人')).toBeVisible();
  await expect(o.getByRole('cell', { name: '@judge 登录名已核验' })).toBeVisible(); // Keycloak knows the login

  // ── … 张伟 cannot come: 吴刚 (login judge2) takes over his place; a mistyped login is refused, in Chinese ──
  await button(o.getByRole('row').filter({ hasText: '张伟' }), '替换').click();
  const replacement = o.locator('.ant-drawer').filter({ hasText: '替换裁判' });
  await replacement.getByLabel('姓名', { exact: true }).fill('吴刚');
  await replacement.getByLabel(/^登录名/).fill('judge-2');
  await button(replacement, '替换').click();
  await button(o.getByRole('dialog').filter({ hasText: '用 吴刚 替换 张伟' }), '替换').click();
  await expect(replacement.getByText('统一身份认证中没有账号 judge-2：请核对拼写，或先创建该账号')).toBeVisible();
  await expect(o.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
  await o.screenshot({ path: `${screenshots}/organizer-localized-error.png`, fullPage: true });
  await replacement.getByLabel(/^登录名/).fill('judge2');
  await button(replacement, '替换').click();
  await button(o.getByRole('dialog').filter({ hasText: '用 吴刚 替换 张伟' }), '替换').click();
  await expect(replacement).toHaveCount(0);
  await expect(o.getByRole('row').filter({ hasText: '张伟' })).toContainText('已替换');
  await expect(o.getByRole('row').filter({ hasText: '张伟' })).toContainText('吴刚');

  // ── … and starts the competition: 报名中, then 比赛中 (forward only, each confirmed) ──
  await o.goto(competitionUrl);
  for (const status of ['报名中', '比赛中']) {
    await o.getByRole('button', { name: `推进到“${status}”` }).click();
    await o.getByRole('button', { name: '确认推进' }).click();
    await expect(o.locator('.ant-card-extra').getByText(status, { exact: true })).toBeVisible();
  }
  await expect(o.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 }); // the toasts fade first
  await o.screenshot({ path: `${screenshots}/organizer-competition.png`, fullPage: true });

  // ── A scoreboard opens in a third browser (a viewer at the big screen) ──
  const screen = await signIn(browser, 'viewer');
  const s = screen.page;
  await s.goto(`/scoreboard/${encodeURIComponent(eventId)}`);
  await expect(s.getByText('赵磊').first()).toBeVisible();
  await s.evaluate(() => ((globalThis as unknown as { storyMarker: string }).storyMarker = 'no reload'));

  // ── 吴刚, the judge who took over, marks 赵磊 on the judge pad (tablet) ──
  const judge = await signIn(browser, 'judge2', { width: 1024, height: 768 });
  const j = judge.page;
  await j.getByRole('navigation').getByRole('link', { name: '评分', exact: true }).click();
  await j.getByRole('link', { name: /车工/ }).first().click();
  await j.getByRole('button', { name: /赵磊/ }).click();
  await j.getByLabel('理论知识考试成绩', { exact: true }).fill('92');
  await j.getByLabel('尺寸精度', { exact: true }).fill('36');
  await j.getByLabel('形位公差与表面质量', { exact: true }).fill('35');
  await j.getByLabel('安全文明生产', { exact: true }).fill('18');
  await j.getByRole('button', { name: /保存评分/ }).click();
  await expect(j.getByText('全部已发送')).toBeVisible();
  await j.screenshot({ path: `${screenshots}/judge-pad.png`, fullPage: true });

  // ── The scoreboard shows the new rank without a reload: 92×0.3 + 89×0.7 = 89.90 ──
  const first = s.getByRole('row').filter({ hasText: '赵磊' });
  await expect(first).toContainText('89.90');
  await expect(first.locator('.biwu-scoreboard__rank')).toHaveText('1');
  expect(await s.evaluate(() => (globalThis as unknown as { storyMarker?: string }).storyMarker)).toBe('no reload');
  await s.screenshot({ path: `${screenshots}/scoreboard.png`, fullPage: true });

  // ── The organizer closes scoring ──
  await o.reload();
  await o.getByRole('button', { name: '推进到“评分结束”' }).click();
  await o.getByRole('button', { name: '确认推进' }).click();
  await expect(o.locator('.ant-card-extra').getByText('评分结束', { exact: true })).toBeVisible();

  // ── HR evaluates the template policy of 市级二类 competitions and approves 赵磊's promotion ──
  const hr = await signIn(browser, 'hr');
  const h = hr.page;
  await h.getByRole('navigation').getByRole('link', { name: '晋升审核' }).click();
  await h.getByRole('row').filter({ hasText: competitionName }).getByRole('link').last().click();
  await choose(h, h.getByLabel('晋升政策', { exact: true }), '浙江省 市级二类竞赛 (2016)');
  await h.getByRole('button', { name: '评估晋升' }).click();
  const outcome = h.getByRole('row').filter({ hasText: '赵磊' }).first();
  await expect(outcome).toContainText('技师');
  await outcome.getByRole('button', { name: '批准' }).click();
  await button(h.getByRole('dialog'), '批准').click();
  await expect(outcome).toContainText('已批准');
  // the level HR approved: 技师, or 高级技师 when 赵磊 (a demo account other tests of the same run
  // may already have promoted) was a 技师 before
  const approvedLevel = (await outcome.textContent())?.includes('高级技师') ? '高级技师（一级）' : '技师（二级）';
  await h.screenshot({ path: `${screenshots}/hr-review.png`, fullPage: true });

  // ── The worker 赵磊 signs in and sees the new level ──
  const worker = await signIn(browser, 'competitor', { width: 430, height: 932 });
  const w = worker.page;
  await w.goto('/me'); // on a phone the menu folds its entries away
  await expect(w.getByText(approvedLevel).first()).toBeVisible();
  await w.screenshot({ path: `${screenshots}/worker-portal.png`, fullPage: true });

  // ── The organizer console at phone width: nothing runs off the side of the page (tables scroll in place) ──
  await o.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/competitions', competitionUrl, `/events/${encodeURIComponent(eventId)}?tab=competitors`]) {
    await o.goto(path);
    await expect(o.getByRole('main').getByRole('heading').first()).toBeVisible();
    expect(await o.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
  await o.screenshot({ path: `${screenshots}/organizer-phone.png`, fullPage: true });

  for (const { context } of [organizer, screen, judge, hr, worker]) await context.close();
});
