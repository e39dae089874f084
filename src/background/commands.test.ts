import { describe, expect, it, vi } from 'vitest';
import { currentShortcuts, forwardCommands, type CommandsApi } from './commands';

function fakeApi(activeTab: number | null = 9) {
  let listener: ((command: string, tab?: { id?: number }) => void) | null = null;
  const sent: [number, unknown][] = [];
  const api: CommandsApi = {
    commands: {
      onCommand: { addListener: (l) => void (listener = l) },
      getAll: () =>
        Promise.resolve([
          { name: 'tooltip-focus', shortcut: 'Alt+K' },
          { name: '_execute_action', shortcut: '' },
        ]),
    },
    tabs: {
      query: vi.fn(() => Promise.resolve(activeTab === null ? [] : [{ id: activeTab }])),
      sendMessage: vi.fn((id: number, message: unknown) => {
        sent.push([id, message]);
        return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
      }),
    },
  };
  const press = async (command: string, tab?: { id?: number }) => {
    listener!(command, tab);
    await new Promise((r) => setTimeout(r, 0));
  };
  return { api, sent, press };
}

describe('keyboard commands in the background', () => {
  it("forward Tebiki's command to the tab it was pressed in", async () => {
    const { api, sent, press } = fakeApi();
    forwardCommands(api);
    await press('convert-1', { id: 4 });
    expect(sent).toEqual([[4, { type: 'tab:command', command: 'convert-1' }]]);
  });

  it('use the active tab when the browser names none (Firefox before 126)', async () => {
    const { api, sent, press } = fakeApi(9);
    forwardCommands(api);
    await press('tooltip-focus');
    expect(sent).toEqual([[9, { type: 'tab:command', command: 'tooltip-focus' }]]);
  });

  it('ignore commands that are not Tebiki’s, and windows without an active tab', async () => {
    const { api, sent, press } = fakeApi(null);
    forwardCommands(api);
    await press('_execute_action', { id: 4 });
    await press('tooltip-more');
    expect(sent).toEqual([]);
  });

  it('tell the keys bound now, Tebiki’s commands only', async () => {
    expect(await currentShortcuts(fakeApi().api)).toEqual({ 'tooltip-focus': 'Alt+K' });
  });
});
