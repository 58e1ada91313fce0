import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { useClient, type Client } from 'urql';
import { MarkQueue, type AnsweredBatch, type QueueState } from './markQueue';
import { sendBatch } from './submitMarks';

/** After a try without answer, the next comes after 2, 4, 8 … up to 30 seconds (or at once when the browser is back online). */
export function retryDelay(tries: number): number {
  return Math.min(30_000, 1_000 * 2 ** Math.max(1, tries));
}

/** One queue per signed-in user and tab, whichever screens show it: a batch is sent by one flush at a time. */
const queues = new WeakMap<Client, Map<string, MarkQueue>>();

function queueFor(client: Client, username: string): MarkQueue {
  let byUser = queues.get(client);
  if (!byUser) {
    byUser = new Map();
    queues.set(client, byUser);
  }
  let queue = byUser.get(username);
  if (!queue) {
    queue = new MarkQueue({ storage: window.localStorage, storageKey: storageKey(username), send: (batch) => sendBatch(client, batch) });
    byUser.set(username, queue);
  }
  return queue;
}

function storageKey(username: string): string {
  return `biwu.judgePad.queue.${username}`;
}

export interface MarkQueueView {
  queue: MarkQueue;
  state: QueueState;
  /** Marks waiting to be sent. */
  pending: number;
  online: boolean;
}

function subscribeOnline(listener: () => void): () => void {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/**
 * The signed-in user's mark queue, kept in localStorage and sent through the app's GraphQL client:
 * at once when marks are queued, again when the browser is back online, and after a growing delay
 * while the API does not answer.
 */
export function useMarkQueue(username: string, onAnswer?: (answered: AnsweredBatch) => void): MarkQueueView {
  const client = useClient();
  const queue = useMemo(() => queueFor(client, username), [client, username]);

  // The stored text is the snapshot: it changes exactly when the queue does, here or in another tab.
  const text = useSyncExternalStore(
    (listener) => queue.subscribe(listener),
    () => window.localStorage.getItem(storageKey(username)) ?? '',
  );
  const state = useMemo(() => {
    void text;
    return queue.state();
  }, [queue, text]);
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine);

  useEffect(() => (onAnswer ? queue.onAnswer(onAnswer) : undefined), [queue, onAnswer]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      void queue.flush().then((report) => {
        if (stopped || !report.stalled || timer !== undefined) return;
        const head = queue.state().batches[0];
        timer = setTimeout(flush, retryDelay(head?.tries ?? 1));
      });
    };
    const unsubscribe = queue.subscribe(() => {
      // new marks queued while idle: send them now
      if (!queue.sending() && queue.state().batches.some((b) => b.tries === 0)) flush();
    });
    const onStorage = (event: StorageEvent) => {
      if (event.key === storageKey(username)) queue.notifyExternalChange();
    };
    window.addEventListener('online', flush);
    window.addEventListener('storage', onStorage);
    flush();
    return () => {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
      window.removeEventListener('online', flush);
      window.removeEventListener('storage', onStorage);
    };
  }, [queue, username]);

  return { queue, state, pending: state.batches.reduce((n, b) => n + b.marks.length, 0), online };
}
