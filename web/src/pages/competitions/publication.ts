import dayjs from 'dayjs';
import { useEffect, useState } from 'react';

/* 成绩公示 in plain functions: whether the notice period (公示期) runs, what is left of it, an instant as the reader writes it. */

/** Competition.publication: when the results were published, by whom, and until when they are open to appeal. */
export interface PublicationFacts {
  publishedAt: string;
  noticeEndsAt: string;
  publishedBy: string;
}

/** The notice period's length the publish form offers first, in days (the API takes 0 to 90). */
export const defaultNoticeDays = 7;
export const maxNoticeDays = 90;

/** Longest appeal reason and decision note the API takes (FileAppealInput.reason, DecideAppealInput.note). */
export const maxAppealText = 2000;

/** Whether the notice period runs at `now`: appeals are taken until noticeEndsAt. */
export function noticeRuns(publication: Pick<PublicationFacts, 'noticeEndsAt'> | null | undefined, now: number): boolean {
  if (!publication) return false;
  const ends = Date.parse(publication.noticeEndsAt);
  return Number.isFinite(ends) && now < ends;
}

/** What is left of the notice period at `now`, in whole days, hours and minutes (a started minute counts); null once it is over. */
export function noticeLeft(noticeEndsAt: string, now: number): { days: number; hours: number; minutes: number } | null {
  const ends = Date.parse(noticeEndsAt);
  if (!Number.isFinite(ends) || now >= ends) return null;
  const minutes = Math.ceil((ends - now) / 60_000);
  return { days: Math.floor(minutes / 1440), hours: Math.floor((minutes % 1440) / 60), minutes: minutes % 60 };
}

/**
 * Whether a registration of this competition may be appealed now: the results are PUBLISHED (not yet final) and
 * the notice period runs. The API decides who may file (the competitor, their unit's or the competition's organizers).
 */
export function appealsOpen(competition: { status: string; publication?: Pick<PublicationFacts, 'noticeEndsAt'> | null }, now: number): boolean {
  return competition.status === 'PUBLISHED' && noticeRuns(competition.publication, now);
}

/** An instant in the reader's time zone, to the minute: 2026-05-10 14:03. */
export function formatMinute(at: string | null | undefined): string {
  if (!at) return '';
  const when = dayjs(at);
  return when.isValid() ? when.format('YYYY-MM-DD HH:mm') : at;
}

/** The time now, again every `everyMs` (a countdown, a button that goes when the notice period ends). */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}
