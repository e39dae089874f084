/**
 * For unit tests: the permissions API over WXT's fake browser (which leaves it unimplemented), with a user who
 * answers the browser's prompt as the test says.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Installs fake permissions: `answer` is what the user says to a request; returns the granted set to inspect. */
export function fakePermissions(answer: 'grant' | 'deny' = 'grant', granted = new Set<string>()): Set<string> {
  type Request = { permissions?: string[] };
  const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
  permissions['contains'] = ({ permissions: wanted = [] }: Request) =>
    Promise.resolve(wanted.every((p) => granted.has(p)));
  permissions['request'] = ({ permissions: wanted = [] }: Request) => {
    if (answer === 'deny') return Promise.resolve(false);
    for (const p of wanted) granted.add(p);
    return Promise.resolve(true);
  };
  permissions['remove'] = ({ permissions: wanted = [] }: Request) => {
    for (const p of wanted) granted.delete(p);
    return Promise.resolve(true);
  };
  return granted;
}
