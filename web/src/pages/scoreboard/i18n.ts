import i18n from '../../i18n';

/** The live scoreboard's texts (namespace `scoreboard`). */
const zhCN = {
  title: '成绩大屏',
  failed: '无法读取成绩',
  notFound: '没有这个赛项，或您无权查看',
  roundNotFound: '赛项没有轮次 “{{round}}”',
  round: '轮次',
  empty: '本轮还没有选手',
  live: '实时',
  reconnecting: '实时连接中断，正在重连…',
  connecting: '正在连接实时成绩…',
  liveFailed: '实时更新不可用，每 10 秒刷新一次',
  updated: '第 {{version}} 版 · {{time}} 更新',
  frozen: '成绩已冻结',
  frozenHint: '以下为冻结时的成绩，解冻后继续实时更新。',
  hidden: '成绩暂不公开',
  hiddenHint: '评分进行中，名次和分数将在公布后显示。',
  frozenOutside: '对外已冻结：观众看到的是冻结时的成绩',
  hiddenOutside: '对外不公开：观众看不到分数和名次',
  projector: '投屏模式',
  exitProjector: '退出投屏',
  autoScroll: '自动滚动',
  col: {
    rank: '名次',
    bib: '参赛号',
    competitor: '选手',
    team: '代表队',
    affiliation: '单位',
    roundTotal: '本轮',
    total: '总分',
    status: '状态',
    award: '奖项',
  },
  complete: '已完成',
  inProgress: '评分中',
  advanced: '晋级',
  failedModule: '未达合格线',
  up: '名次上升',
  down: '名次下降',
  new: '新进入排名',
  newShort: '新',
  awardProvisional: '{{award}}（暂定）',
  provisional_other: '奖项为暂定：本轮还有 {{count}} 名选手未评完，全部评完后奖项才确定。',
  provisionalTeam_other: '奖项为暂定：本轮还有 {{count}} 支队伍未评完，全部评完后奖项才确定。',
};

/**
 * The English texts: every Chinese key, and for every `x_other` (a count: i18next picks `x_one` or
 * `x_other` by it in English; Chinese has one form) an `x_one` too.
 */
type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> } & {
  [K in keyof T as K extends `${infer Base}_other` ? `${Base}_one` : never]: string;
};

const en: Texts<typeof zhCN> = {
  title: 'Scoreboard',
  failed: 'Cannot load the standings',
  notFound: 'No such event, or you may not see it',
  roundNotFound: 'The event has no round “{{round}}”',
  round: 'Round',
  empty: 'No competitors in this round yet',
  live: 'Live',
  reconnecting: 'Live connection lost, reconnecting…',
  connecting: 'Connecting to live results…',
  liveFailed: 'Live updates unavailable: refreshing every 10 seconds',
  updated: 'Version {{version}} · updated {{time}}',
  frozen: 'Results frozen',
  frozenHint: 'These are the standings as they were frozen; live updates resume when they are thawed.',
  hidden: 'Results not public yet',
  hiddenHint: 'Scoring is under way; ranks and scores are shown once published.',
  frozenOutside: 'Frozen for the public: viewers see the standings as they were frozen',
  hiddenOutside: 'Hidden from the public: viewers see no scores or ranks',
  projector: 'Projector mode',
  exitProjector: 'Leave projector mode',
  autoScroll: 'Auto-scroll',
  col: {
    rank: 'Rank',
    bib: 'Bib',
    competitor: 'Competitor',
    team: 'Team',
    affiliation: 'Affiliation',
    roundTotal: 'Round',
    total: 'Total',
    status: 'Status',
    award: 'Award',
  },
  complete: 'Complete',
  inProgress: 'In progress',
  advanced: 'Advanced',
  failedModule: 'Below the pass mark',
  up: 'Moved up',
  down: 'Moved down',
  new: 'Newly ranked',
  newShort: 'new',
  awardProvisional: '{{award}} (provisional)',
  provisional_one: 'Awards are provisional: 1 competitor of this round is not fully marked yet; awards are settled once all are.',
  provisional_other: 'Awards are provisional: {{count}} competitors of this round are not fully marked yet; awards are settled once all are.',
  provisionalTeam_one: 'Awards are provisional: 1 team of this round is not fully marked yet; awards are settled once all are.',
  provisionalTeam_other: 'Awards are provisional: {{count}} teams of this round are not fully marked yet; awards are settled once all are.',
};

i18n.addResourceBundle('zh-CN', 'scoreboard', zhCN, true, true);
i18n.addResourceBundle('en', 'scoreboard', en, true, true);
