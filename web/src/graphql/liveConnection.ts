/** State of the WebSocket that carries subscriptions: the scoreboard shows when it is not live. */
export type LiveConnectionState = 'idle' | 'connecting' | 'connected' | 'closed';

type Listener = () => void;

function createLiveConnection() {
  let state: LiveConnectionState = 'idle';
  const listeners = new Set<Listener>();
  return {
    get: (): LiveConnectionState => state,
    set(next: LiveConnectionState) {
      if (next === state) return;
      state = next;
      listeners.forEach((listener) => listener());
    },
    /** For useSyncExternalStore. */
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const liveConnection = createLiveConnection();
