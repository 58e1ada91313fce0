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
  judge: () => '/judge',
  judgeEvent: (id: string) => `/judge/events/${encodeURIComponent(id)}`,
  scoreboard: (eventId: string, round?: string) =>
    `/scoreboard/${encodeURIComponent(eventId)}${round ? `/${encodeURIComponent(round)}` : ''}`,
  hr: () => '/hr',
  hrCompetition: (id: string) => `/hr/competitions/${encodeURIComponent(id)}`,
  me: () => '/me',
  organizations: () => '/organizations',
  organization: (id: string) => `/organizations/${encodeURIComponent(id)}`,
};
