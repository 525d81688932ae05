/** A small in-process semaphore for registration attempts (see commitSlots). */
/**
 * At most a few registration attempts of this process decide and commit at once; the others wait here and
 * then see the hints the first ones left. The table serialises transactions on the seat counter anyway,
 * so this costs no throughput. (In Lambda a process handles one request at a time: it never waits.)
 */
export const slots = (size: number) => {
  let free = size;
  const waiting: (() => void)[] = [];
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (free > 0) free--;
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await task();
      } finally {
        const next = waiting.shift();
        if (next) next();
        else free++;
      }
    },
  };
};

export const commitSlots = slots(8);
