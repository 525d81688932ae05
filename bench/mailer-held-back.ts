/** How often the benches' platform reads the table's stream while measuring: never, in practice (see its users). */
export const HELD_BACK_MS = 3_600_000;

/** Drains the stream until a round sends nothing more: the emails owed by everything measured, all sent. */
export const drainAll = async (platform: { drainStreams(): Promise<void> }, sent: () => Promise<number>): Promise<void> => {
  let before = -1;
  for (let round = 0; round < 50; round += 1) {
    await platform.drainStreams();
    const now = await sent();
    if (now === before) return;
    before = now;
  }
};
