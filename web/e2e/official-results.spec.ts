import { mkdirSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import pg from 'pg';
import { button, choose, password, signIn } from './session';

// Official results on the real platform: a competition whose scoring is closed (set up through the GraphQL API:
// an event of one practical aspect, 赵磊 with login `competitor` and 钱芳 registered, both marked) is published by
// the organizer with a notice period of 3 days; 赵磊 files an appeal in his portal; the organizer upholds it with a
// note and a correction of his mark; finalising is refused while the notice period runs, in the API's words.
// Three days later (the test moves the notice period's end into the past) the organizer makes the results final and
// issues the certificates; 赵磊 downloads his, and the address in its QR code opens the public verification page in a
// browser signed in nowhere. The appeals screen and the verification page are photographed for the README.

const screenshots = 'docs/screenshots';
mkdirSync(screenshots, { recursive: true });

/** The test run's Keycloak (as playwright.config.ts points the built app at it). */
const keycloakUrl = process.env.BIWU_KEYCLOAK_URL ?? 'http://localhost:8180';

/** A demo user's access token through the development client's password grant (the API tests' Tokens.of). */
async function tokenOf(request: APIRequestContext, username: string): Promise<string> {
  const response = await request.post(`${keycloakUrl}/realms/biwu/protocol/openid-connect/token`, {
    form: { grant_type: 'password', client_id: 'biwu-dev', username, password },
  });
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** One GraphQL call through the app's /graphql proxy; fails the test on a GraphQL error or any userError. */
async function call<T>(request: APIRequestContext, token: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await request.post('/graphql', {
    headers: { Authorization: `Bearer ${token}`, 'Accept-Language': 'zh-CN' },
    data: { query, variables },
  });
  expect(response.ok(), await response.text()).toBe(true);
  const body = (await response.json()) as { data?: Record<string, { userErrors?: unknown[] }>; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  for (const [field, payload] of Object.entries(body.data ?? {})) expect(payload?.userErrors ?? [], `${field}: ${JSON.stringify(payload?.userErrors)}`).toEqual([]);
  return body.data as T;
}

/** Resident id numbers with a correct check character (GB 11643-1999): 赵磊's is the one story.spec.ts imports. */
function nationalId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

const userErrors = 'userErrors { field message }';

/**
 * The notice period is over: the test moves its end into the past in the tests' database (WebLoginBrowserTest
 * passes its address), as if its days had passed; nothing in the service can shorten a notice period.
 */
async function noticePeriodOver(competitionId: string): Promise<void> {
  const database = new pg.Client({ connectionString: process.env.BIWU_TEST_DATABASE_URL });
  await database.connect();
  try {
    const moved = await database.query("update competition set notice_ends_at = now() - interval '1 minute' where id = $1", [
      Number(competitionId.split(':')[1]),
    ]);
    expect(moved.rowCount).toBe(1);
  } finally {
    await database.end();
  }
}

/** A competition whose scoring is closed: 车工 (one practical aspect, out of 100), 赵磊 86, 钱芳 91. */
async function closedCompetition(request: APIRequestContext, name: string, awards: unknown[] = []): Promise<{ competitionId: string; eventId: string }> {
  const token = await tokenOf(request, 'organizer');
  const { createCompetition } = await call<{ createCompetition: { competition: { id: string } } }>(
    request,
    token,
    `mutation ($input: CreateCompetitionInput!) { createCompetition(input: $input) { competition { id } ${userErrors} } }`,
    { input: { name, kind: 'SKILL', level: 'MUNICIPAL_CLASS_II', organizerName: '市总工会' } },
  );
  const competitionId = createCompetition.competition.id;
  const { createEvent } = await call<{ createEvent: { event: { id: string } } }>(
    request,
    token,
    `mutation ($input: CreateEventInput!) { createEvent(input: $input) { event { id } ${userErrors} } }`,
    {
      input: {
        competitionId,
        name: '车工',
        format: 'INDIVIDUAL',
        awards,
        rounds: [
          {
            code: 'F',
            name: '决赛',
            modules: [
              { code: 'P', name: '技能操作考核', weight: 1, aspects: [{ code: 'P1', name: '零件加工', kind: 'MEASUREMENT', maxMark: 100, judges: 1, aggregation: 'SINGLE' }] },
            ],
          },
        ],
      },
    },
  );
  const eventId = createEvent.event.id;
  const { assignJudges } = await call<{ assignJudges: { judges: { id: string }[] } }>(
    request,
    token,
    `mutation ($input: AssignJudgesInput!) { assignJudges(input: $input) { judges { id } ${userErrors} } }`,
    { input: { eventId, judges: [{ name: '张伟', affiliation: '市职业技能鉴定中心', role: 'JUDGE' }] } },
  );
  const judgeId = assignJudges.judges[0].id;
  const { registerCompetitors } = await call<{ registerCompetitors: { registrations: { id: string; competitor: { name: string } }[] } }>(
    request,
    token,
    `mutation ($input: RegisterCompetitorsInput!) { registerCompetitors(input: $input) { registrations { id competitor { name } } ${userErrors} } }`,
    {
      input: {
        eventId,
        competitors: [
          { name: '赵磊', nationalId: nationalId('33010219900307151'), affiliation: '城东机械厂', category: 'EMPLOYEE', username: 'competitor' },
          { name: '钱芳', nationalId: nationalId('33010219920512242'), affiliation: '城西汽修厂', category: 'EMPLOYEE' },
        ],
      },
    },
  );
  const [zhao, qian] = registerCompetitors.registrations;
  const move = `mutation ($id: ID!, $status: CompetitionStatus!) { setCompetitionStatus(id: $id, status: $status) { competition { id status } ${userErrors} } }`;
  for (const status of ['REGISTRATION', 'RUNNING']) await call(request, token, move, { id: competitionId, status });
  const { submitMarks } = await call<{ submitMarks: { accepted: number } }>(
    request,
    token,
    `mutation ($input: SubmitMarksInput!) { submitMarks(input: $input) { accepted ${userErrors} } }`,
    {
      input: {
        eventId,
        marks: [
          { registrationId: zhao.id, round: 'F', aspect: 'P1', attempt: 1, judgeId, value: 86 },
          { registrationId: qian.id, round: 'F', aspect: 'P1', attempt: 1, judgeId, value: 91 },
        ],
      },
    },
  );
  expect(submitMarks.accepted).toBe(2);
  await call(request, token, move, { id: competitionId, status: 'SCORING_CLOSED' });
  return { competitionId, eventId };
}

test('the organizer publishes with a notice period, the worker appeals and it is upheld, the results become final after the period, and the worker\'s certificate opens the public verification page', async ({
  browser,
  request,
}) => {
  test.setTimeout(6 * 60_000);
  const name = `全市职工职业技能大赛（成绩公示）${new Date().toISOString().slice(0, 19).replace('T', ' ')}`;
  const { competitionId } = await closedCompetition(request, name, [
    { name: '一等奖', rankFrom: 1, rankTo: 1 },
    { name: '二等奖', rankFrom: 2, rankTo: 2 },
  ]);
  const competitionUrl = `/competitions/${encodeURIComponent(competitionId)}`;

  // ── the organizer publishes the results with a notice period of 3 days ──
  const organizer = await signIn(browser, 'organizer');
  const o = organizer.page;
  await o.goto(competitionUrl);
  await expect(o.getByRole('heading', { name })).toBeVisible();
  await expect(o.locator('.ant-card-extra').getByText('评分结束', { exact: true })).toBeVisible();
  await button(o, '公布成绩').click();
  const publish = o.getByRole('dialog');
  await expect(publish.getByLabel('公示期（天）')).toHaveValue('7');
  await publish.getByLabel('公示期（天）').fill('3');
  await button(publish, '确认公布').click();
  await expect(o.locator('.ant-card-extra').getByText('成绩公示', { exact: true })).toBeVisible();
  const publication = o.locator('.ant-card').filter({ has: o.getByText('公示期截止', { exact: true }) });
  await expect(publication).toContainText('公示中');
  await expect(publication).toContainText('公示期还剩'); // 3 days, less the seconds since
  await expect(o.getByText('还没有申诉')).toBeVisible();

  // ── 赵磊 files an appeal on his entry in the worker portal ──
  const worker = await signIn(browser, 'competitor');
  const w = worker.page;
  await w.goto('/me');
  const entry = w.getByRole('row').filter({ hasText: name });
  await expect(entry).toContainText('公示期至');
  await button(entry, '提出申诉').click();
  const appeal = w.getByRole('dialog');
  await button(appeal, '提交申诉').click();
  await expect(appeal.getByText('请写明申诉理由')).toBeVisible(); // a reason is required
  await appeal.getByLabel('申诉理由', { exact: true }).fill('实操“零件加工”现场测量为 88 分，成绩表记为 86 分，请复核');
  await button(appeal, '提交申诉').click();
  await expect(appeal).toHaveCount(0);
  const mine = w.locator('.ant-card').filter({ has: w.getByText('我的申诉', { exact: true }) });
  await expect(mine).toContainText('待裁决');
  await expect(mine).toContainText('请复核');

  // ── the organizer upholds it with a note and corrects the mark ──
  await o.reload();
  const appeals = o.getByRole('table', { name: '申诉' });
  const row = appeals.getByRole('row').filter({ hasText: '赵磊' });
  await expect(row).toContainText('待裁决');
  await expect(row).toContainText('competitor');
  await button(row, '裁决').click();
  const decision = o.locator('.ant-drawer').filter({ hasText: '裁决申诉' });
  await decision.getByText('申诉成立', { exact: true }).click();
  await decision.getByLabel('裁决意见', { exact: true }).fill('经复核现场测量记录，零件加工应为 88 分，录入有误，予以更正');
  await decision.getByRole('button', { name: /添加一项更正/ }).click();
  await choose(o, decision.getByLabel('评分项', { exact: true }), '零件加工（P1）');
  await choose(o, decision.getByLabel('裁判', { exact: true }), '张伟');
  await decision.getByLabel('分值', { exact: true }).fill('88');
  await button(decision, '提交裁决').click();
  await expect(decision).toHaveCount(0);
  await expect(row).toContainText('申诉成立');
  await expect(row).toContainText('予以更正');
  await expect(o.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 }); // the toasts fade first
  await appeals.scrollIntoViewIfNeeded();
  await o.screenshot({ path: `${screenshots}/official-results-appeals.png`, fullPage: true });

  // ── finalising is refused while the notice period runs, and the API says why ──
  await button(o, '确认最终成绩').click();
  await button(o.getByRole('dialog'), '确认最终成绩').click();
  const refusal = o.locator('.ant-alert').filter({ hasText: '未能确认最终成绩' });
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('公示期至');
  await expect(o.locator('.ant-card-extra').getByText('成绩公示', { exact: true })).toBeVisible();

  // ── 赵磊 reads the decision ──
  await w.reload();
  await expect(mine).toContainText('申诉成立');
  await expect(mine).toContainText('裁决意见：经复核现场测量记录');

  // ── three days later (the test moves the notice period's end into the past: no clock to wait for), the results become final ──
  await noticePeriodOver(competitionId);
  await o.reload();
  await button(o, '确认最终成绩').click();
  await button(o.getByRole('dialog'), '确认最终成绩').click();
  await expect(o.locator('.ant-card-extra').getByText('成绩确认', { exact: true })).toBeVisible();
  await button(o, '颁发证书').click();
  await expect(o.getByText('已颁发 2 张新证书')).toBeVisible(); // 钱芳's 一等奖 and 赵磊's 二等奖

  // ── 赵磊 finds his certificate in the portal and downloads it ──
  await w.reload();
  const certificates = w.locator('.ant-card').filter({ has: w.getByText('我的证书', { exact: true }) });
  const certificate = certificates.getByRole('row').filter({ hasText: name });
  await expect(certificate).toContainText('二等奖');
  await expect(certificate).toContainText('有效');
  const [download] = await Promise.all([w.waitForEvent('download'), button(certificate, '下载证书').click()]);
  expect(download.suggestedFilename()).toMatch(/^BW\d{2}-.*\.pdf$/);

  // ── the address in the certificate's QR code opens the public page, for anyone, without signing in ──
  const { me } = await call<{ me: { person: { certificates: { number: string; verificationUrl: string; registration: { event: { competition: { id: string } } } }[] } } }>(
    request,
    await tokenOf(request, 'competitor'),
    'query { me { person { certificates { number verificationUrl registration { event { competition { id } } } } } } }',
    {},
  );
  const his = me.person.certificates.find((c) => c.registration.event.competition.id === competitionId)!;
  const stranger = await browser.newContext({ viewport: { width: 420, height: 860 } }); // a phone, signed in nowhere
  const phone = await stranger.newPage();
  await phone.goto(his.verificationUrl);
  await expect(phone).toHaveURL(new RegExp(`/verify/${his.number}$`));
  await expect(phone.getByText('证书有效')).toBeVisible();
  await expect(phone.getByText('赵*', { exact: true })).toBeVisible();
  await expect(phone.getByText('二等奖', { exact: true })).toBeVisible();
  await expect(phone.getByText(name, { exact: true })).toBeVisible();
  await phone.screenshot({ path: `${screenshots}/certificate-verification.png`, fullPage: true });

  await stranger.close();
  await organizer.context.close();
  await worker.context.close();
});
