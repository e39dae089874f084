/**
 * Responsiveness probes, installed before the page's own scripts (driver.openWith): Chromium's long tasks
 * (PerformanceObserver 'longtask'; Firefox has none), a requestAnimationFrame gap probe (both browsers: the longest
 * time between two frames is at least the longest task), a 10 ms timer's lateness, and the first frame after
 * Tebiki's overlay host appeared (the content script's start-up task is the one that ends just before it).
 */
export const RESPONSIVENESS_INIT = `(() => {
  const p = (window.__perf = {
    longtaskSupported: false,
    longtasks: [],
    frames: 0,
    gaps: [],
    timer: { ticks: 0, maxLate: 0 },
    overlayAt: null,
  });
  try {
    if ((PerformanceObserver.supportedEntryTypes || []).includes('longtask')) {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) p.longtasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
      p.longtaskSupported = true;
    }
  } catch (e) {}
  let last = null;
  const frame = () => {
    const now = performance.now();
    if (last !== null) p.gaps.push({ at: now, gap: now - last });
    if (p.gaps.length > 20000) p.gaps.splice(0, 10000);
    last = now;
    p.frames++;
    // The overlay host is a child of <html>: a cheap look each frame (an observer of the whole page is not).
    if (p.overlayAt === null && document.documentElement && document.documentElement.lastElementChild &&
        document.documentElement.querySelector(':scope > tebiki-overlay')) p.overlayAt = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  let expected = performance.now() + 10;
  setInterval(() => {
    const now = performance.now();
    p.timer.ticks++;
    p.timer.maxLate = Math.max(p.timer.maxLate, now - expected);
    expected = now + 10;
  }, 10);
})();`;

export interface PerfReport {
  longtaskSupported: boolean;
  /** Long tasks (Chromium), in ms. */
  longtasks: { start: number; duration: number }[];
  /** Gaps between frames longer than 50 ms, in ms; `at` is when the late frame came. */
  gaps: { at: number; gap: number }[];
  frames: number;
  timer: { ticks: number; maxLate: number };
  overlayAt: number | null;
  now: number;
}

/** Reads the probes (runs in the page). */
export function readPerf(): PerfReport {
  const p = (window as unknown as { __perf: PerfReport }).__perf;
  return {
    longtaskSupported: p.longtaskSupported,
    longtasks: p.longtasks.slice(),
    gaps: p.gaps.filter((g) => g.gap > 50),
    frames: p.frames,
    timer: { ...p.timer },
    overlayAt: p.overlayAt,
    now: performance.now(),
  };
}

/** Frames and the longest frame gap in a window of `ms` from now (runs in the page). */
export async function measureWindow(ms: number): Promise<{ frames: number; maxGap: number; timerTicks: number }> {
  const p = (window as unknown as { __perf: PerfReport & { gaps: { at: number; gap: number }[] } }).__perf;
  const start = performance.now();
  const frames = p.frames;
  const ticks = p.timer.ticks;
  await new Promise((r) => setTimeout(r, ms));
  const gaps = p.gaps.filter((g) => g.at >= start).map((g) => g.gap);
  return { frames: p.frames - frames, maxGap: Math.max(0, ...gaps), timerTicks: p.timer.ticks - ticks };
}

/** The longest task, the start-up task around the overlay's appearance, and frame gaps of a load. */
export function summarise(perf: PerfReport) {
  const longest = Math.max(0, ...perf.longtasks.map((t) => t.duration));
  // overlayAt is the first frame after the host appeared: the start-up ran in the gap that frame closed.
  const at = perf.overlayAt;
  const gap = at === null ? undefined : perf.gaps.find((g) => g.at === at);
  const from = at === null ? 0 : at - (gap?.gap ?? 50);
  const startupTasks = at === null ? [] : perf.longtasks.filter((t) => t.start < at && t.start + t.duration > from);
  const gapsAfter = at === null ? [] : perf.gaps.filter((g) => g.at > at).map((g) => g.gap);
  return {
    longestTask: Math.round(longest),
    /** Chromium: the longest task in the frame gap in which Tebiki started. */
    startupTask: at === null ? null : Math.round(Math.max(0, ...startupTasks.map((t) => t.duration))),
    longestGap: Math.round(Math.max(0, ...perf.gaps.map((g) => g.gap))),
    gapAroundStartup: at === null ? null : Math.round(gap?.gap ?? 0),
    longestGapFromStartup: Math.round(Math.max(0, gap?.gap ?? 0, ...gapsAfter)),
    overlayAt: at === null ? null : Math.round(at),
    /** Chromium: the longest task of the page's main thread from Tebiki's start-up on. */
    longestTaskAfterOverlay: Math.round(
      Math.max(0, ...perf.longtasks.filter((t) => at !== null && t.start + t.duration > from).map((t) => t.duration)),
    ),
    longTasks: perf.longtasks.filter((t) => t.duration > 200).map((t) => [Math.round(t.start), Math.round(t.duration)]),
    /** Frame gaps over 100 ms after the overlay appeared: [frame time, gap]. */
    bigGapsAfter: perf.gaps
      .filter((g) => at !== null && g.at > at && g.gap > 100)
      .map((g) => [Math.round(g.at), Math.round(g.gap)]),
  };
}
