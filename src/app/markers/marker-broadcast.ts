/** How one tab tells the others that the stored markers changed, so every open tab shows what is saved. */
export interface MarkerChannel {
  /** Says "markers changed" to every other tab of this site. */
  announce(): void;
  /** Calls `listener` when another tab announces; returns a function that stops listening. */
  listen(listener: () => void): () => void;
}

export const MARKER_CHANNEL = 'attendance-lens-markers';

/** A BroadcastChannel; where a browser has none, tabs still refuse stale saves, they just refresh less often. */
export function broadcastChannel(name: string = MARKER_CHANNEL): MarkerChannel {
  if (typeof BroadcastChannel === 'undefined')
    return { announce: () => undefined, listen: () => () => undefined };
  const channel = new BroadcastChannel(name);
  return {
    announce: () => channel.postMessage('changed'),
    listen: (listener) => {
      channel.addEventListener('message', listener);
      return () => channel.removeEventListener('message', listener);
    },
  };
}
