/**
 * The judge pad's outbox: marks are queued on the device first and sent from there, so a judge keeps
 * working while the network is down. Each batch gets its idempotency key when it is queued and keeps
 * it across every retry: if an answer is lost on the way back, the API recognises the key and returns
 * the first answer without storing the marks again. Batches go one at a time, oldest first, so a
 * correction never overtakes the mark it corrects.
 *
 * The queue lives in localStorage (per signed-in user), so a reload, a crash or a flat battery loses
 * nothing; every operation reads it afresh, so two tabs of the pad share one queue.
 */

/** One mark as the pad queues it: the API's MarkInput, always naming the judge. */
export interface QueuedMark {
  registrationId: string;
  round: string;
  aspect: string;
  attempt: number;
  value: number;
  difficulty?: number | null;
  /** The JudgeAssignment the mark belongs to: the judge's own, or the one a scorekeeper enters for. */
  judgeId: string;
}

export interface QueuedBatch {
  /** Idempotency key of submitMarks: made once, when queued; sent unchanged on every try. */
  key: string;
  eventId: string;
  marks: QueuedMark[];
  queuedAt: string;
  /** Tries so far; a batch that was tried may have been stored already, so it is never changed. */
  tries: number;
  /** What went wrong on the last try (network down, server unavailable …). */
  problem?: string;
}

/** A userError of submitMarks, as the API gives it (in the reader's language). */
export interface MarkUserError {
  code: string;
  field?: readonly string[] | null;
  message: string;
  /** The message without the field's name ("11.5 高于该评分项的满分 10"). */
  problem?: string | null;
}

/** A mark the API refused, kept to be shown next to its field until the slot is sent again. */
export interface RefusedMark {
  batchKey: string;
  mark: QueuedMark;
  code: string;
  /** The refused input field: value, difficulty, attempt, judgeId …; null for the mark as a whole. */
  field: string | null;
  /** The API's words, in the reader's language: the field in words, then the problem. */
  message: string;
  /** The problem alone, shown next to the mark; absent in refusals stored before the API gave it. */
  problem?: string;
}

export type SendOutcome =
  /** The API answered: the marks it accepted are stored, the others refused (userErrors). The batch is done. */
  | { kind: 'answered'; accepted: number; userErrors: readonly MarkUserError[] }
  /** No answer (network down, server unavailable): the batch stays first in line and is tried again later. */
  | { kind: 'retry'; problem: string }
  /** The API refused the request itself (it will not change on a retry): set aside for the person to decide. */
  | { kind: 'failed'; problem: string };

export interface QueueState {
  batches: QueuedBatch[];
  failed: QueuedBatch[];
  refused: RefusedMark[];
}

export interface FlushReport {
  sent: number;
  /** True when a batch is still waiting for the network. */
  stalled: boolean;
}

export interface AnsweredBatch {
  batch: QueuedBatch;
  outcome: Extract<SendOutcome, { kind: 'answered' }>;
}

export interface MarkQueueOptions {
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  /** Where in storage: one queue per signed-in user. */
  storageKey: string;
  send(batch: QueuedBatch): Promise<SendOutcome>;
  newKey?: () => string;
  now?: () => Date;
}

/** The slot a mark fills: one judge's mark of one attempt of one aspect of one competitor in one round. */
export function slotKey(mark: Pick<QueuedMark, 'registrationId' | 'round' | 'aspect' | 'attempt' | 'judgeId'>): string {
  return [mark.registrationId, mark.round, mark.aspect, mark.attempt, mark.judgeId].join('|');
}

/** A random version-4 UUID; crypto.getRandomValues works on plain-http LAN addresses too, randomUUID does not. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const empty = (): QueueState => ({ batches: [], failed: [], refused: [] });

/** Keeps the last refusals only: they are hints next to fields, not a log. */
const maxRefused = 200;

export class MarkQueue {
  private readonly options: Required<MarkQueueOptions>;
  private readonly listeners = new Set<() => void>();
  private readonly answerListeners = new Set<(answered: AnsweredBatch) => void>();
  private flushing: Promise<FlushReport> | null = null;
  private inFlight: string | null = null;

  constructor(options: MarkQueueOptions) {
    this.options = { newKey: newIdempotencyKey, now: () => new Date(), ...options };
  }

  /** The queue as stored now (another tab may have changed it). */
  state(): QueueState {
    try {
      const text = this.options.storage.getItem(this.options.storageKey);
      if (!text) return empty();
      const parsed = JSON.parse(text) as Partial<QueueState>;
      return { batches: parsed.batches ?? [], failed: parsed.failed ?? [], refused: parsed.refused ?? [] };
    } catch {
      return empty();
    }
  }

  /** Marks waiting to be sent, in every batch not yet answered. */
  pendingCount(): number {
    return this.state().batches.reduce((n, b) => n + b.marks.length, 0);
  }

  /** The key of the batch being sent by this tab, if any. */
  sending(): string | null {
    return this.inFlight;
  }

  /** Queues marks as one batch with a new idempotency key; clears earlier refusals of the same slots. */
  enqueue(eventId: string, marks: readonly QueuedMark[]): QueuedBatch {
    if (marks.length === 0) throw new Error('enqueue: no marks');
    const batch: QueuedBatch = {
      key: this.options.newKey(),
      eventId,
      marks: marks.map((m) => ({ ...m })),
      queuedAt: this.options.now().toISOString(),
      tries: 0,
    };
    const slots = new Set(marks.map(slotKey));
    this.update((state) => ({
      ...state,
      batches: [...state.batches, batch],
      refused: state.refused.filter((r) => !slots.has(slotKey(r.mark))),
    }));
    return batch;
  }

  /**
   * Sends the queued batches, oldest first, one at a time, until the queue is empty or a batch gets
   * no answer. While a flush runs, another call returns the same flush: a batch is never sent twice
   * at once from this tab.
   */
  flush(): Promise<FlushReport> {
    this.flushing ??= this.run().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  /** Puts a failed batch back at the end of the line, with its key (it may have been stored after all). */
  retryFailed(key: string): void {
    this.update((state) => {
      const batch = state.failed.find((b) => b.key === key);
      if (!batch) return state;
      return { ...state, failed: state.failed.filter((b) => b.key !== key), batches: [...state.batches, batch] };
    });
  }

  /**
   * Takes a waiting batch out of the line (the API keeps refusing it and it holds up the rest): it goes
   * to the failed ones, to be put back or given up. Not the batch being sent right now.
   */
  setAside(key: string): void {
    if (this.inFlight === key) return;
    this.update((state) => {
      const batch = state.batches.find((b) => b.key === key);
      if (!batch) return state;
      return { ...state, batches: state.batches.filter((b) => b.key !== key), failed: [...state.failed, batch] };
    });
  }

  /** Gives up a failed batch: its marks are not sent. */
  discardFailed(key: string): void {
    this.update((state) => ({ ...state, failed: state.failed.filter((b) => b.key !== key) }));
  }

  /** Forgets a refusal once it has been read. */
  dismissRefused(mark: QueuedMark): void {
    const slot = slotKey(mark);
    this.update((state) => ({ ...state, refused: state.refused.filter((r) => slotKey(r.mark) !== slot) }));
  }

  /** Called after every change of the queue (also from another tab, when told via notifyExternalChange). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called with every batch the API answered. */
  onAnswer(listener: (answered: AnsweredBatch) => void): () => void {
    this.answerListeners.add(listener);
    return () => this.answerListeners.delete(listener);
  }

  /** Another tab changed the stored queue (the window's storage event). */
  notifyExternalChange(): void {
    this.listeners.forEach((listener) => listener());
  }

  private async run(): Promise<FlushReport> {
    let sent = 0;
    for (;;) {
      const batch = this.state().batches[0];
      if (!batch) return { sent, stalled: false };
      // Counted before sending: a batch that left the device may be stored already and must keep its content.
      const tried = { ...batch, tries: batch.tries + 1 };
      this.replaceBatch(tried);
      this.inFlight = batch.key;
      this.notify();
      let outcome: SendOutcome;
      try {
        outcome = await this.options.send(tried);
      } catch (error) {
        outcome = { kind: 'retry', problem: error instanceof Error ? error.message : String(error) };
      } finally {
        this.inFlight = null;
      }
      switch (outcome.kind) {
        case 'answered':
          this.answered(tried, outcome);
          sent += 1;
          break;
        case 'retry':
          this.replaceBatch({ ...tried, problem: outcome.problem });
          this.notify();
          return { sent, stalled: true };
        case 'failed':
          this.update((state) => ({
            ...state,
            batches: state.batches.filter((b) => b.key !== tried.key),
            failed: [...state.failed.filter((b) => b.key !== tried.key), { ...tried, problem: outcome.problem }],
          }));
          break;
      }
    }
  }

  private answered(batch: QueuedBatch, outcome: Extract<SendOutcome, { kind: 'answered' }>): void {
    const refused = outcome.userErrors.flatMap((error): RefusedMark[] => {
      const [root, index, field] = error.field ?? [];
      const mark = root === 'marks' && index !== undefined ? batch.marks[Number(index)] : undefined;
      // An error naming the request (eventId: not on the panel) refuses every mark of the batch.
      const marks = mark ? [mark] : root === 'marks' && index !== undefined ? [] : batch.marks;
      return marks.map((m) => ({
        batchKey: batch.key,
        mark: m,
        code: error.code,
        field: mark ? (field ?? null) : null,
        message: error.message,
        ...(error.problem ? { problem: error.problem } : {}),
      }));
    });
    this.update((state) => ({
      ...state,
      batches: state.batches.filter((b) => b.key !== batch.key),
      refused: [...state.refused, ...refused].slice(-maxRefused),
    }));
    this.answerListeners.forEach((listener) => listener({ batch, outcome }));
  }

  private replaceBatch(batch: QueuedBatch): void {
    const state = this.state();
    this.write({ ...state, batches: state.batches.map((b) => (b.key === batch.key ? batch : b)) });
  }

  private update(change: (state: QueueState) => QueueState): void {
    this.write(change(this.state()));
    this.notify();
  }

  private write(state: QueueState): void {
    this.options.storage.setItem(this.options.storageKey, JSON.stringify(state));
  }

  private notify(): void {
    this.listeners.forEach((listener) => listener());
  }
}
