import type { Messages } from './zh-CN';

export const en: Messages = {
  app: {
    name: 'Biwu 比武',
    tagline: 'Labor and skill competitions',
  },
  auth: {
    signingIn: 'Signing in…',
    signInFailed: 'Cannot reach the sign-in service',
    signInFailedHint: 'Check that Keycloak is running at {{url}} (realm {{realm}}), then retry.',
    retry: 'Retry',
    logout: 'Log out',
  },
  me: {
    loading: 'Loading your profile…',
    failed: 'Cannot load your profile',
    failedHint: 'The GraphQL service /graphql failed: {{message}}. Check that the API is running, then retry.',
    retry: 'Retry',
    username: 'Username',
    roles: 'Roles',
  },
  language: {
    label: 'Language',
  },
  punctuation: {
    colon: ': ',
    separator: '; ',
  },
  role: {
    organizer: 'Organizer',
    'chief-judge': 'Chief judge',
    judge: 'Judge',
    scorekeeper: 'Scorekeeper',
    hr: 'HR',
    competitor: 'Competitor',
    viewer: 'Viewer',
    partner: 'Partner system',
    admin: 'Platform administrator',
  },
  home: {
    title: 'Biwu 比武 — Labor and skill competitions',
    welcome: 'Welcome, {{name}}!',
    intro:
      'Run vocational skill competitions and labor competitions here: set up events and marking schemes, let judges mark, publish results, and link results to skill-level promotions.',
  },
};
