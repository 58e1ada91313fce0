import { describe, expect, it, vi } from 'vitest';
import { MarkQueue, newIdempotencyKey, slotKey, type MarkUserError, type QueuedBatch, type QueuedMark, type SendOutcome } from './markQueue';

function mark(overrides: Partial<QueuedMark> = {}): QueuedMark {
  return { registrationId: 'Registration:1', round: 'F', aspect: 'A1', attempt: 1, value: 8.5, judgeId: 'JudgeAssignment:7', ...overrides };
}

const answered = (accepted = 1, userErrors: MarkUserError[] = []): SendOutcome => ({
  kind: 'answered',
  accepted,
  userErrors,
});

/** A server reachable or not, recording every request it receives. */
function fakeServer() {
  const received: QueuedBatch[] = [];
  let online = true;
  const stored = new Map<string, number>();
  const send = vi.fn(async (batch: QueuedBatch): Promise<SendOutcome> => {
    if (!online) return { kind: 'retry', problem: 'Failed to fetch' };
    received.push(structuredClone(batch));
    // the API's idempotency: a key seen before stores nothing new
    if (!stored.has(batch.key)) stored.set(batch.key, batch.marks.length);
    return answered(batch.marks.length);
  });
  return {
    send,
    received,
    stored,
    goOffline: () => (online = false),
    goOnline: () => (online = true),
  };
}

function queueWith(send: (batch: QueuedBatch) => Promise<SendOutcome>, storage: Storage = window.localStorage) {
  let n = 0;
  return new MarkQueue({ storage, storageKey: 'biwu.judgePad.queue.judge', send, newKey: () => `key-${++n}` });
}

describe('MarkQueue', () => {
  it('sends a queued batch with its idempotency key and empties the queue', async () => {
    const server = fakeServer();
    const queue = queueWith(server.send);

    queue.enqueue('Event:1', [mark(), mark({ aspect: 'A2' })]);
    expect(queue.pendingCount()).toBe(2);

    expect(await queue.flush()).toEqual({ sent: 1, stalled: false });
    expect(server.received).toHaveLength(1);
    expect(server.received[0]).toMatchObject({ key: 'key-1', eventId: 'Event:1', tries: 1 });
    expect(queue.pendingCount()).toBe(0);
  });

  it('keeps the marks on the device while the network is down, and keeps their key across retries', async () => {
    const server = fakeServer();
    const queue = queueWith(server.send);
    server.goOffline();

    queue.enqueue('Event:1', [mark()]);
    expect(await queue.flush()).toEqual({ sent: 0, stalled: true });
    expect(await queue.flush()).toEqual({ sent: 0, stalled: true });

    const waiting = queue.state().batches;
    expect(waiting).toHaveLength(1);
    expect(waiting[0]).toMatchObject({ key: 'key-1', tries: 2, problem: 'Failed to fetch' });
    expect(queue.pendingCount()).toBe(1);

    server.goOnline();
    await queue.flush();

    expect(server.send.mock.calls.map(([batch]) => batch.key)).toEqual(['key-1', 'key-1', 'key-1']);
    expect(server.received).toHaveLength(1);
    expect(queue.pendingCount()).toBe(0);
  });

  it('survives a reload: a new queue on the same storage sends what the old one kept', async () => {
    const server = fakeServer();
    server.goOffline();
    const before = queueWith(server.send);
    before.enqueue('Event:1', [mark({ value: 9 })]);
    await before.flush();

    server.goOnline();
    const after = queueWith(server.send);
    expect(after.pendingCount()).toBe(1);
    await after.flush();

    expect(server.received.map((b) => [b.key, b.marks[0].value])).toEqual([['key-1', 9]]);
  });

  it('retries with the same key when the answer was lost, so the API stores the marks once', async () => {
    const server = fakeServer();
    let loseAnswer = true;
    const send = async (batch: QueuedBatch): Promise<SendOutcome> => {
      const outcome = await server.send(batch); // reaches the server …
      if (loseAnswer) {
        loseAnswer = false;
        return { kind: 'retry', problem: 'connection reset' }; // … but the answer never comes back
      }
      return outcome;
    };
    const queue = queueWith(send);

    queue.enqueue('Event:1', [mark()]);
    await queue.flush();
    await queue.flush();

    expect(server.received.map((b) => b.key)).toEqual(['key-1', 'key-1']);
    expect(server.stored.size).toBe(1);
    expect(queue.pendingCount()).toBe(0);
  });

  it('never sends a batch twice at once: a second flush while one runs joins it', async () => {
    let release!: () => void;
    const send = vi.fn(
      (batch: QueuedBatch) =>
        new Promise<SendOutcome>((resolve) => {
          release = () => resolve(answered(batch.marks.length));
        }),
    );
    const queue = queueWith(send);
    queue.enqueue('Event:1', [mark()]);

    const first = queue.flush();
    const second = queue.flush();
    expect(second).toBe(first);
    await Promise.resolve();
    expect(queue.sending()).toBe('key-1');
    release();
    await first;

    expect(send).toHaveBeenCalledTimes(1);
    await queue.flush();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('sends batches in the order they were queued, so a correction comes after the mark it corrects', async () => {
    const server = fakeServer();
    const queue = queueWith(server.send);
    server.goOffline();

    queue.enqueue('Event:1', [mark({ value: 7 })]);
    queue.enqueue('Event:1', [mark({ value: 7.5 })]);
    queue.enqueue('Event:1', [mark({ registrationId: 'Registration:2', value: 6 })]);
    await queue.flush();
    expect(server.send).toHaveBeenCalledTimes(1); // stops at the first batch that gets no answer

    server.goOnline();
    await queue.flush();

    expect(server.received.map((b) => [b.key, b.marks[0].value])).toEqual([
      ['key-1', 7],
      ['key-2', 7.5],
      ['key-3', 6],
    ]);
  });

  it('gives each batch its own key', () => {
    const queue = new MarkQueue({ storage: window.localStorage, storageKey: 'q', send: vi.fn() });
    const a = queue.enqueue('Event:1', [mark()]);
    const b = queue.enqueue('Event:1', [mark()]);
    expect(a.key).not.toBe(b.key);
    expect(a.key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });

  it('keeps the refused marks with their field and the API’s words (the problem alone too), to show next to them, and tells who listens', async () => {
    const send = async (): Promise<SendOutcome> =>
      answered(1, [{ code: 'INVALID', field: ['marks', '1', 'value'], message: '第2条评分 分值：11.5 高于该评分项的满分 10', problem: '11.5 高于该评分项的满分 10' }]);
    const queue = queueWith(send);
    const onAnswer = vi.fn();
    queue.onAnswer(onAnswer);

    queue.enqueue('Event:1', [mark(), mark({ aspect: 'A2', value: 11.5 })]);
    await queue.flush();

    expect(queue.state().refused).toEqual([
      {
        batchKey: 'key-1',
        mark: mark({ aspect: 'A2', value: 11.5 }),
        code: 'INVALID',
        field: 'value',
        message: '第2条评分 分值：11.5 高于该评分项的满分 10',
        problem: '11.5 高于该评分项的满分 10',
      },
    ]);
    expect(onAnswer).toHaveBeenCalledWith(expect.objectContaining({ outcome: expect.objectContaining({ accepted: 1 }) }));

    // entering the slot again clears the refusal
    queue.enqueue('Event:1', [mark({ aspect: 'A2', value: 9.5 })]);
    expect(queue.state().refused).toEqual([]);
  });

  it('refuses every mark of a batch when the error names the request, not a mark', async () => {
    const send = async (): Promise<SendOutcome> =>
      answered(0, [{ code: 'FORBIDDEN', field: ['eventId'], message: "you are not on this event's panel" }]);
    const queue = queueWith(send);

    queue.enqueue('Event:1', [mark(), mark({ aspect: 'A2' })]);
    await queue.flush();

    expect(queue.state().refused.map((r) => [r.mark.aspect, r.field, r.code])).toEqual([
      ['A1', null, 'FORBIDDEN'],
      ['A2', null, 'FORBIDDEN'],
    ]);
  });

  it('sets a batch the API refuses as a whole aside, goes on with the next, and can put it back with its key', async () => {
    const outcomes: SendOutcome[] = [{ kind: 'failed', problem: 'Validation error' }, answered(1), answered(1)];
    const send = vi.fn(async (_batch: QueuedBatch) => outcomes.shift()!);
    const queue = queueWith(send);

    queue.enqueue('Event:1', [mark()]);
    queue.enqueue('Event:1', [mark({ aspect: 'A2' })]);
    await queue.flush();

    expect(queue.state().batches).toEqual([]);
    expect(queue.state().failed).toMatchObject([{ key: 'key-1', problem: 'Validation error' }]);

    queue.retryFailed('key-1');
    await queue.flush();
    expect(send.mock.calls.map(([b]) => b.key)).toEqual(['key-1', 'key-2', 'key-1']);
    expect(queue.state().failed).toEqual([]);
  });

  it('lets the person give up a failed batch', async () => {
    const queue = queueWith(async () => ({ kind: 'failed', problem: 'bad request' }));
    queue.enqueue('Event:1', [mark()]);
    await queue.flush();
    queue.discardFailed('key-1');
    expect(queue.state()).toEqual({ batches: [], failed: [], refused: [] });
  });

  it('sets a batch that holds up the line aside, and sends the next', async () => {
    const server = fakeServer();
    server.goOffline();
    const queue = queueWith(server.send);
    queue.enqueue('Event:1', [mark()]);
    queue.enqueue('Event:1', [mark({ aspect: 'A2' })]);
    await queue.flush();

    queue.setAside('key-1');
    server.goOnline();
    await queue.flush();

    expect(server.received.map((b) => b.key)).toEqual(['key-2']);
    expect(queue.state().failed.map((b) => [b.key, b.tries])).toEqual([['key-1', 1]]);
  });

  it('treats a send that throws as no answer', async () => {
    const queue = queueWith(async () => {
      throw new Error('socket hang up');
    });
    queue.enqueue('Event:1', [mark()]);
    expect(await queue.flush()).toEqual({ sent: 0, stalled: true });
    expect(queue.state().batches[0].problem).toBe('socket hang up');
  });

  it('tells its listeners about every change', async () => {
    const queue = queueWith(fakeServer().send);
    const listener = vi.fn();
    const stop = queue.subscribe(listener);
    queue.enqueue('Event:1', [mark()]);
    await queue.flush();
    expect(listener.mock.calls.length).toBeGreaterThanOrEqual(2);
    stop();
    listener.mockClear();
    queue.enqueue('Event:1', [mark()]);
    expect(listener).not.toHaveBeenCalled();
  });

  it('starts empty on unreadable storage', () => {
    window.localStorage.setItem('biwu.judgePad.queue.judge', '{not json');
    expect(queueWith(vi.fn()).state()).toEqual({ batches: [], failed: [], refused: [] });
  });

  it('names a slot by competitor, round, aspect, attempt and judge', () => {
    expect(slotKey(mark())).toBe('Registration:1|F|A1|1|JudgeAssignment:7');
  });
});
