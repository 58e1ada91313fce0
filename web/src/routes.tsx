import type { RouteObject } from 'react-router';
import { AppShell } from './layout/AppShell';
import { NotFoundPage } from './layout/NotFoundPage';
import { RequireAccess } from './layout/RequireAccess';
import { RouteError } from './layout/RouteError';
import { ChiefJudgeConsolePage } from './pages/chief-judge-console';
import { CommendationsPage } from './pages/commendations';
import { CompetitionPage, CompetitionsPage } from './pages/competitions';
import { EventPage } from './pages/event';
import { EventWizardPage } from './pages/event-wizard';
import { HomePage } from './pages/home/HomePage';
import { HrCompetitionPage, HrPage } from './pages/hr';
import { JudgeEventPage, JudgePadPage } from './pages/judge-pad';
import { LaborAssessPage, ReviewInboxPage } from './pages/labor';
import { LaborStatisticsPage } from './pages/statistics';
import { OrganizationsPage } from './pages/organizations';
import { ScoreboardPage } from './pages/scoreboard';
import { WorkerPage } from './pages/worker';

/**
 * The route table. Every screen is a folder of src/pages whose index.tsx exports its page component(s);
 * the AppShell (header, navigation, `me`) frames them all. A screen only some roles may use is wrapped in
 * `RequireAccess` with its entry of the access table (layout/access.ts), which the navigation reads too.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomePage /> },
      // Organizer console (others see the competitions and their events' scoreboards there)
      { path: 'competitions', element: <CompetitionsPage /> },
      { path: 'competitions/:id', element: <CompetitionPage /> },
      {
        path: 'competitions/:id/events/new',
        element: (
          <RequireAccess screen="newEvent">
            <EventWizardPage />
          </RequireAccess>
        ),
      },
      { path: 'events/:id', element: <EventPage /> },
      // Labor competitions: the review inbox (审核待办), a labor event's period assessment (考核评分), the statistics (全域统计),
      // a competition's year-end commendation (年终表扬)
      {
        path: 'labor/reviews',
        element: (
          <RequireAccess screen="laborReviews">
            <ReviewInboxPage />
          </RequireAccess>
        ),
      },
      {
        path: 'labor/events/:id/assess/:round?',
        element: (
          <RequireAccess screen="laborAssess">
            <LaborAssessPage />
          </RequireAccess>
        ),
      },
      {
        path: 'labor/statistics',
        element: (
          <RequireAccess screen="laborStatistics">
            <LaborStatisticsPage />
          </RequireAccess>
        ),
      },
      {
        path: 'labor/competitions/:id/commendations',
        element: (
          <RequireAccess screen="laborCommendations">
            <CommendationsPage />
          </RequireAccess>
        ),
      },
      // Judge pad
      {
        path: 'judge',
        element: (
          <RequireAccess screen="judge">
            <JudgePadPage />
          </RequireAccess>
        ),
      },
      {
        path: 'judge/events/:id',
        element: (
          <RequireAccess screen="judge">
            <JudgeEventPage />
          </RequireAccess>
        ),
      },
      // 裁判长控制台: the panel's chief judge and the competition's organizers (the page tells the rest of the panel so)
      {
        path: 'judge/events/:id/console',
        element: (
          <RequireAccess screen="judge">
            <ChiefJudgeConsolePage />
          </RequireAccess>
        ),
      },
      // Organizations and grants
      {
        path: 'organizations/:id?',
        element: (
          <RequireAccess screen="organizations">
            <OrganizationsPage />
          </RequireAccess>
        ),
      },
      // Live scoreboard (大屏); round is a round code, the last round when absent
      { path: 'scoreboard/:eventId/:round?', element: <ScoreboardPage /> },
      // HR: promotion review
      {
        path: 'hr',
        element: (
          <RequireAccess screen="hr">
            <HrPage />
          </RequireAccess>
        ),
      },
      {
        path: 'hr/competitions/:id',
        element: (
          <RequireAccess screen="hr">
            <HrCompetitionPage />
          </RequireAccess>
        ),
      },
      // Worker portal
      {
        path: 'me',
        element: (
          <RequireAccess screen="me">
            <WorkerPage />
          </RequireAccess>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
