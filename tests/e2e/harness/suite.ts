/**
 * The browser of a describe block: every e2e suite launches one browser before its tests and closes it after them,
 * so that is written once here instead of a beforeAll/afterAll pair in every file.
 */
import { afterAll, beforeAll } from 'vitest';
import { launch, type BrowserName, type Driver, type LaunchOptions } from './driver';

/**
 * Launches `name` in the calling describe block's beforeAll and closes it in its afterAll. The returned Driver
 * forwards to the running browser, so it can be declared at describe time and used in hooks and tests. Hooks the
 * block registers later run after the launch and (vitest runs after-hooks in reverse) before the close.
 */
export function suiteBrowser(name: BrowserName, options: LaunchOptions = {}): Driver {
  let running: Driver | undefined;
  beforeAll(async () => {
    running = await launch(name, options);
  });
  afterAll(async () => {
    await running?.close();
    running = undefined;
  });
  return new Proxy({} as Driver, {
    get(_target, key) {
      if (!running) throw new Error(`${name} is not running: use the suite's driver inside its hooks and tests`);
      const value: unknown = Reflect.get(running, key, running);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(running) : value;
    },
  });
}
