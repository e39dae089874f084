/** Small helpers for long end-to-end flows: a step that fails with its name instead of hanging. */

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Awaits `promise`, or fails after `ms` naming the step (a hung browser call otherwise eats the hook's timeout). */
export async function step<T>(label: string, promise: Promise<T>, ms = 30_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`step timed out after ${ms} ms: ${label}`)), ms);
  });
  try {
    if (process.env.TRUST_DEBUG) console.log(`[trust] ${new Date().toISOString().slice(11, 23)} ${label}`);
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
