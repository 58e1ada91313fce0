import { useTranslation } from 'react-i18next';
import type { OrganizerEvent } from './EventPage';
import './i18n';

/** One registration as the organizer's event query reads it. */
export type RegistrationRow = OrganizerEvent['registrations']['edges'][number]['node'];

type Named = { bib: string; team?: string | null; competitor: { name: string } };

/** The name a registration goes by: its team in a team event, else the competitor. */
export function registrationName(registration: Named, teamEvent: boolean): string {
  return (teamEvent && registration.team) || registration.competitor.name;
}

/** "7 号 赵磊", "赵磊 (bib 7)": who a dialog or message is about. */
export function useWho(teamEvent: boolean): (registration: Named) => string {
  const { t } = useTranslation('event');
  return (registration) => t('registrationEdit.who', { bib: registration.bib, name: registrationName(registration, teamEvent) });
}
