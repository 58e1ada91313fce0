import { createContext, useContext } from 'react';
import type { PersonName } from './personName';

/** The signed-in person, as the ID token tells it. */
export interface Session extends PersonName {
  username: string;
  logout(): void;
}

const SessionContext = createContext<Session | null>(null);

export const SessionProvider = SessionContext.Provider;

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() outside <SessionProvider>: render the screen inside <SignedIn>.');
  return session;
}
