/**
 * Links between screens, so a path is spelled in one place. Its own module: the pages import it,
 * the route table (routes.tsx) imports the pages, and neither imports the other back.
 */
export const paths = {
  home: () => '/',
  competitions: () => '/competitions',
  competition: (id: string) => `/competitions/${encodeURIComponent(id)}`,
  newEvent: (competitionId: string) => `/competitions/${encodeURIComponent(competitionId)}/events/new`,
  event: (id: string) => `/events/${encodeURIComponent(id)}`,
  /** The event page on its panel tab (裁判组). */
  eventJudges: (id: string) => `/events/${encodeURIComponent(id)}?tab=judges`,
  judge: () => '/judge',
  judgeEvent: (id: string) => `/judge/events/${encodeURIComponent(id)}`,
  /** 裁判长控制台: an event's module locks, spread warnings and audit trail; round is a round code, chosen by the page when absent. */
  chiefJudgeConsole: (eventId: string, round?: string) =>
    `/judge/events/${encodeURIComponent(eventId)}/console${round ? `?round=${encodeURIComponent(round)}` : ''}`,
  scoreboard: (eventId: string, round?: string) =>
    `/scoreboard/${encodeURIComponent(eventId)}${round ? `/${encodeURIComponent(round)}` : ''}`,
  hr: () => '/hr',
  hrCompetition: (id: string) => `/hr/competitions/${encodeURIComponent(id)}`,
  me: () => '/me',
  organizations: () => '/organizations',
  organization: (id: string) => `/organizations/${encodeURIComponent(id)}`,
  /** 审核待办: labor competitions declared to the caller's organizations. */
  laborReviews: () => '/labor/reviews',
  /** 全域统计: labor competitions of an organization and below, by year. */
  laborStatistics: () => '/labor/statistics',
  /** A labor event's period assessment (考核) and cumulative standings; round is a round code, a period picked by date when absent. */
  laborAssess: (eventId: string, round?: string) =>
    `/labor/events/${encodeURIComponent(eventId)}/assess${round ? `/${encodeURIComponent(round)}` : ''}`,
  /** 年终表扬 of a labor competition: the units' quotas of 先进个人, their nominations and the decisions. */
  laborCommendations: (competitionId: string) => `/labor/competitions/${encodeURIComponent(competitionId)}/commendations`,
};
