import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../../shared/i18n/locale';
import { IPC_CHANNELS } from '../../../shared/ipc/contract';
import { DEFAULT_PREFERENCES } from '../../../shared/ipc/preferences';
import { isTrustedSender, registerIpcHandlers } from '../../../electron/ipc';
import type { FrameLike, IpcEventLike, IpcMainLike, IpcServices } from '../../../electron/ipc';
import { MAX_PLAN_FILE_BYTES } from '../../../shared/plan/limits';

const INDEX = 'app://vectorlift/index.html';

type Listener = (event: IpcEventLike<string>, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handled = new Map<string, Listener>();
  const listened = new Map<string, Listener>();
  const ipcMain: IpcMainLike<string> = {
    handle: (channel, listener) => {
      if (handled.has(channel)) throw new Error(`second handler for ${channel}`);
      handled.set(channel, listener);
    },
    on: (channel, listener) => {
      listened.set(channel, listener);
    },
  };
  return { ipcMain, handled, listened };
}

function fakeServices(): IpcServices<string> {
  return {
    openPlan: vi.fn(async () => null),
    openRecent: vi.fn(async (recentId: string) => ({ documentId: recentId.replace(/./g, 'd'), name: 'a.vlift', location: '/p/a.vlift', text: '{}' })),
    savePlan: vi.fn(async () => ({ documentId: 'd'.repeat(32), name: 'a.vlift', location: '/p/a.vlift' })),
    exportPdf: vi.fn(async () => null),
    saveTrainingCase: vi.fn(async () => ({ name: 'brow-case', location: '/cases/brow-case' })),
    getPreferences: vi.fn(async () => DEFAULT_PREFERENCES),
    setPreferences: vi.fn(async () => DEFAULT_PREFERENCES),
    writeAutosave: vi.fn(async () => undefined),
    takeRecovery: vi.fn(async () => null),
    clearAutosave: vi.fn(async () => undefined),
    setDocumentState: vi.fn(),
    closeConfirmed: vi.fn(),
  };
}

const mainFrame: FrameLike = { url: INDEX, parent: null };
const trusted: IpcEventLike<string> = { senderFrame: mainFrame, sender: 'window-1' };

function setup(locale: Locale = 'en') {
  const { ipcMain, handled, listened } = fakeIpcMain();
  const services = fakeServices();
  const log: string[] = [];
  registerIpcHandlers(ipcMain, INDEX, services, (m) => log.push(m), () => locale);
  const invoke = (channel: string, event: IpcEventLike<string>, ...args: unknown[]) => {
    const listener = handled.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return Promise.resolve().then(() => listener(event, ...args));
  };
  const send = (channel: string, event: IpcEventLike<string>, ...args: unknown[]) => listened.get(channel)?.(event, ...args);
  return { handled, listened, services, log, invoke, send };
}

describe('isTrustedSender', () => {
  it("accepts only the top-level frame showing the app's index.html", () => {
    expect(isTrustedSender(mainFrame, INDEX)).toBe(true);
    expect(isTrustedSender({ url: `${INDEX}#/plan`, parent: null }, INDEX)).toBe(true);
    expect(isTrustedSender({ url: `${INDEX}?x=1`, parent: null }, INDEX)).toBe(true);
    expect(isTrustedSender({ url: INDEX, parent: mainFrame }, INDEX)).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/evil.html', parent: null }, INDEX)).toBe(false);
    expect(isTrustedSender({ url: 'app://vectorlift/other.html', parent: null }, INDEX)).toBe(false);
    expect(isTrustedSender({ url: 'app://vectorlift.evil/index.html', parent: null }, INDEX)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, INDEX)).toBe(false);
    expect(isTrustedSender({ url: 'about:blank', parent: null }, INDEX)).toBe(false);
    expect(isTrustedSender(null, INDEX)).toBe(false);
  });
});

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per renderer -> main channel and none for main -> renderer ones', () => {
    const { handled, listened } = setup();
    const registered = [...handled.keys(), ...listened.keys()].sort();
    const mainToRenderer: string[] = [IPC_CHANNELS.menuCommand, IPC_CHANNELS.closeRequested, IPC_CHANNELS.openRecentRequested];
    const expected = Object.values(IPC_CHANNELS).filter((c) => !mainToRenderer.includes(c)).sort();
    expect(registered).toEqual(expected);
    expect(listened.has(IPC_CHANNELS.setDocumentState)).toBe(true);
    expect(listened.has(IPC_CHANNELS.closeConfirmed)).toBe(true);
  });

  it('passes valid payloads and the sender through to the service', async () => {
    const { services, invoke, send } = setup();
    const recentId = 'a'.repeat(32);
    await expect(invoke(IPC_CHANNELS.openRecent, trusted, recentId)).resolves.toMatchObject({ name: 'a.vlift' });
    expect(services.openRecent).toHaveBeenCalledWith(recentId, 'window-1');
    await invoke(IPC_CHANNELS.savePlan, trusted, { documentId: null, suggestedName: 'Case', text: '{}' });
    expect(services.savePlan).toHaveBeenCalledWith({ documentId: null, suggestedName: 'Case', text: '{}' }, 'window-1');
    await invoke(IPC_CHANNELS.setPreferences, trusted, { theme: 'dark' });
    expect(services.setPreferences).toHaveBeenCalledWith({ theme: 'dark' });
    const caseRequest = {
      folderName: 'brow-case',
      files: [
        { name: 'case.json', text: '{}' },
        { name: 'poor.vlift', text: '{}' },
        { name: 'corrected.vlift', text: '{}' },
      ],
    };
    await expect(invoke(IPC_CHANNELS.saveTrainingCase, trusted, caseRequest)).resolves.toEqual({ name: 'brow-case', location: '/cases/brow-case' });
    expect(services.saveTrainingCase).toHaveBeenCalledWith(caseRequest, 'window-1');
    send(IPC_CHANNELS.setDocumentState, trusted, { title: 'Case', dirty: true });
    expect(services.setDocumentState).toHaveBeenCalledWith({ title: 'Case', dirty: true }, 'window-1');
  });

  it('rejects every channel from an untrusted frame without calling the service', async () => {
    const { handled, services, invoke, send, log } = setup();
    const iframe: IpcEventLike<string> = { senderFrame: { url: INDEX, parent: mainFrame }, sender: 'window-1' };
    const elsewhere: IpcEventLike<string> = { senderFrame: { url: 'file:///home/u/Downloads/page.html', parent: null }, sender: 'window-1' };
    for (const channel of handled.keys()) {
      for (const event of [iframe, elsewhere, { senderFrame: null, sender: 'window-1' }]) {
        await expect(invoke(channel, event), channel).rejects.toThrow(/did not come from the VectorLift window/);
      }
    }
    send(IPC_CHANNELS.closeConfirmed, elsewhere, true);
    send(IPC_CHANNELS.setDocumentState, iframe, { title: 'x', dirty: false });
    for (const fn of Object.values(services)) expect(fn).not.toHaveBeenCalled();
    expect(log.length).toBeGreaterThan(0);
  });

  it('rejects in the interface language, logs in English, and still does nothing', async () => {
    const { services, invoke, log } = setup('ru');
    await expect(invoke(IPC_CHANNELS.savePlan, trusted, { documentId: null, suggestedName: 'x', text: 9 })).rejects.toThrow(
      'Запрос vl:save-plan отклонён: запрос на сохранение: текст плана должен быть строкой.',
    );
    await expect(invoke(IPC_CHANNELS.openPlan, trusted, '/etc/passwd')).rejects.toThrow(/этот вызов не принимает аргументов/);
    expect(log).toContain('refused vl:save-plan: save request plan text must be a string');
    const ko = setup('ko');
    await expect(ko.invoke(IPC_CHANNELS.openRecent, trusted, 42)).rejects.toThrow(/최근 파일 ID는 경로가 아니라 앱이 발급한 ID여야 합니다/);
    await expect(ko.invoke(IPC_CHANNELS.openRecent, { senderFrame: { url: 'https://evil.example/', parent: null }, sender: 'w' })).rejects.toThrow(/요청을 거부했습니다/);
    for (const fn of [...Object.values(services), ...Object.values(ko.services)]) expect(fn).not.toHaveBeenCalled();
  });

  it('rejects invalid payloads with a clear error and does nothing', async () => {
    const { services, invoke, send } = setup();
    await expect(invoke(IPC_CHANNELS.openRecent, trusted, 42)).rejects.toThrow(/vl:open-recent refused: recent file id must be an id the app issued/);
    await expect(invoke(IPC_CHANNELS.openRecent, trusted, '/etc/passwd')).rejects.toThrow(/not a path/);
    await expect(invoke(IPC_CHANNELS.savePlan, trusted, { documentId: null, suggestedName: 'x', text: 9 })).rejects.toThrow(/plan text must be a string/);
    await expect(invoke(IPC_CHANNELS.savePlan, trusted, { path: '/home/u/.bashrc', suggestedName: 'x', text: 'x' })).rejects.toThrow(/unexpected field/);
    await expect(invoke(IPC_CHANNELS.savePlan, trusted, { documentId: '/home/u/.bashrc', suggestedName: 'x', text: 'x' })).rejects.toThrow(/not a path/);
    await expect(invoke(IPC_CHANNELS.writeAutosave, trusted, 'x'.repeat(MAX_PLAN_FILE_BYTES + 1))).rejects.toThrow(/larger than/);
    await expect(invoke(IPC_CHANNELS.exportPdf, trusted, { suggestedName: 'r', bytes: 'not bytes' })).rejects.toThrow(/Uint8Array/);
    // The payload of the old exploit, alone (an extra key must not be what gets it refused).
    await expect(invoke(IPC_CHANNELS.setPreferences, trusted, { recentFiles: ['/etc/passwd'] })).rejects.toThrow(/unknown preference 'recentFiles'/);
    await expect(invoke(IPC_CHANNELS.setPreferences, trusted, { windowBounds: null })).rejects.toThrow(/unknown preference 'windowBounds'/);
    await expect(invoke(IPC_CHANNELS.saveTrainingCase, trusted, { folderName: '../evil', files: [] })).rejects.toThrow(/vl:save-training-case refused: .*folderName/);
    await expect(invoke(IPC_CHANNELS.openPlan, trusted, '/etc/passwd')).rejects.toThrow(/takes no arguments/);
    await expect(invoke(IPC_CHANNELS.openRecent, trusted, 'a'.repeat(32), 'extra')).rejects.toThrow(/exactly one argument/);
    send(IPC_CHANNELS.closeConfirmed, trusted, 'yes');
    send(IPC_CHANNELS.setDocumentState, trusted, { title: 'x' });
    for (const fn of Object.values(services)) expect(fn).not.toHaveBeenCalled();
  });
});
