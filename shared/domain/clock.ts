/** Time and identity are injected so tests move time instead of sleeping and can predict ids. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that tests move by hand. */
export const manualClock = (start: Date | string): Clock & { set(t: Date | string): void; advance(ms: number): void } => {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (t) => {
      current = new Date(t);
    },
    advance: (ms) => {
      current = new Date(current.getTime() + ms);
    },
  };
};
