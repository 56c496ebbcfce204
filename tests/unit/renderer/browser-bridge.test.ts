/**
 * The browser bridge against a fake window: localStorage is a Map, the DOM is the few element
 * methods the bridge calls, and the File System Access pickers are fakes the test controls.
 */
import { describe, expect, it } from 'vitest';
import { createBrowserBridge } from '../../../renderer/bridge/browser-bridge';
import type { BrowserHost, WritableFileHandle } from '../../../renderer/bridge/browser-files';
import { AUTOSAVE_KEY, PREFERENCES_KEY } from '../../../renderer/bridge/browser-storage';
import { DEFAULT_PREFERENCES } from '../../../shared/ipc/preferences';
import { MAX_PLAN_FILE_BYTES } from '../../../shared/plan/limits';

class MemoryStorage implements Storage {
  readonly map = new Map<string, string>();
  get length(): number {
    return this.map.size;
  }
  clear(): void {
    this.map.clear();
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  setItem(key: string, value: string): void {
    this.map.set(key, String(value));
  }
}

interface FakeElement {
  tag: string;
  type?: string;
  accept?: string;
  href?: string;
  download?: string;
  rel?: string;
  files?: File[];
  style: Record<string, string>;
  listeners: Map<string, () => void>;
  clicked: number;
  removed: boolean;
  click(): void;
  remove(): void;
  addEventListener(type: string, listener: () => void): void;
}

class FakeHost implements BrowserHost {
  readonly storage = new MemoryStorage();
  readonly elements: FakeElement[] = [];
  readonly blobs = new Map<string, Blob>();
  readonly revoked: string[] = [];
  readonly unloadListeners = new Set<(event: BeforeUnloadEvent) => void>();
  /** What a click on a file input does: choose a file, or cancel. */
  onInputClick: (input: FakeElement) => void = () => undefined;
  showOpenFilePicker?: BrowserHost['showOpenFilePicker'];
  showSaveFilePicker?: BrowserHost['showSaveFilePicker'];
  readonly document: Document;
  private urls = 0;

  constructor() {
    const elements = this.elements;
    const inputClicked = (el: FakeElement): void => this.onInputClick(el);
    const doc = {
      title: '',
      createElement(tag: string): FakeElement {
        const el: FakeElement = {
          tag,
          style: {},
          listeners: new Map(),
          clicked: 0,
          removed: false,
          click() {
            el.clicked++;
            if (tag === 'input') inputClicked(el);
          },
          remove() {
            el.removed = true;
          },
          addEventListener(type, listener) {
            el.listeners.set(type, listener);
          },
        };
        elements.push(el);
        return el;
      },
      body: { appendChild: (el: FakeElement) => el },
    };
    this.document = doc as unknown as Document;
  }

  get localStorage(): Storage {
    return this.storage;
  }

  readonly URL = {
    createObjectURL: (blob: Blob): string => {
      const url = `blob:fake/${++this.urls}`;
      this.blobs.set(url, blob);
      return url;
    },
    revokeObjectURL: (url: string): void => {
      this.revoked.push(url);
    },
  };

  addEventListener(_type: 'beforeunload', listener: (event: BeforeUnloadEvent) => void): void {
    this.unloadListeners.add(listener);
  }

  removeEventListener(_type: 'beforeunload', listener: (event: BeforeUnloadEvent) => void): void {
    this.unloadListeners.delete(listener);
  }

  setTimeout(handler: () => void): unknown {
    handler();
    return 0;
  }

  /** Fire beforeunload; true when the page asked the browser to confirm leaving. */
  unload(): boolean {
    let prevented = false;
    const event = { preventDefault: () => (prevented = true), returnValue: undefined } as unknown as BeforeUnloadEvent;
    for (const listener of this.unloadListeners) listener(event);
    return prevented;
  }
}

/** A file handle in memory, as the File System Access pickers return. */
function fakeHandle(name: string, initial = ''): WritableFileHandle & { content: string; writes: number } {
  const handle = {
    name,
    content: initial,
    writes: 0,
    getFile: async () => new File([handle.content], name),
    createWritable: async () => {
      let next = '';
      return {
        write: async (data: Blob | string) => {
          next += typeof data === 'string' ? data : await data.text();
        },
        close: async () => {
          handle.content = next;
          handle.writes++;
        },
      };
    },
  };
  return handle;
}

const abort = (): Error => Object.assign(new Error('The user aborted a request.'), { name: 'AbortError' });

describe('browser bridge: preferences in localStorage', () => {
  it('gives the defaults when nothing is stored', async () => {
    const bridge = createBrowserBridge(new FakeHost(), '1.2.3');
    expect(bridge.platform).toBe('browser');
    expect(bridge.version).toBe('1.2.3');
    await expect(bridge.getPreferences()).resolves.toEqual(DEFAULT_PREFERENCES);
  });

  it('gives the defaults for corrupt JSON', async () => {
    const host = new FakeHost();
    host.storage.setItem(PREFERENCES_KEY, '{"theme": "dark", ');
    await expect(createBrowserBridge(host).getPreferences()).resolves.toEqual(DEFAULT_PREFERENCES);
  });

  it('keeps good fields and defaults the damaged ones', async () => {
    const host = new FakeHost();
    host.storage.setItem(PREFERENCES_KEY, JSON.stringify({ theme: 'dark', practitionerName: 42, layers: { muscles: false }, evil: 'x' }));
    const prefs = await createBrowserBridge(host).getPreferences();
    expect(prefs.theme).toBe('dark');
    expect(prefs.practitionerName).toBe('');
    expect(prefs.layers.muscles).toBe(false);
    expect(prefs.layers['danger-zones']).toBe(DEFAULT_PREFERENCES.layers['danger-zones']);
    expect(prefs).not.toHaveProperty('evil');
  });

  it('stores valid changes and refuses bad ones whole', async () => {
    const host = new FakeHost();
    const bridge = createBrowserBridge(host);
    const next = await bridge.setPreferences({ theme: 'light', layers: { ...DEFAULT_PREFERENCES.layers, regions: false } });
    expect(next.theme).toBe('light');
    expect(JSON.parse(host.storage.getItem(PREFERENCES_KEY)!)).toMatchObject({ theme: 'light', layers: { regions: false } });
    await expect(bridge.setPreferences({ theme: 'neon' as never, practitionerName: 'Dr C' })).rejects.toThrow(/theme/);
    await expect(bridge.getPreferences()).resolves.toMatchObject({ theme: 'light', practitionerName: '' });
  });

  it('works without storage (privacy modes): defaults in, clear error out', async () => {
    const host = new FakeHost();
    Object.defineProperty(host, 'localStorage', {
      get() {
        throw new Error('SecurityError');
      },
    });
    const bridge = createBrowserBridge(host);
    await expect(bridge.getPreferences()).resolves.toEqual(DEFAULT_PREFERENCES);
    await expect(bridge.takeRecovery()).resolves.toBeNull();
    await expect(bridge.writeAutosave('x')).rejects.toThrow(/storage/);
  });
});

describe('browser bridge: autosave and recovery', () => {
  it('offers what the previous session left, and keeps the working copy', async () => {
    const host = new FakeHost();
    host.storage.setItem(AUTOSAVE_KEY, 'left over');
    const bridge = createBrowserBridge(host);
    await bridge.writeAutosave('working copy');
    await expect(bridge.takeRecovery()).resolves.toBe('left over');
    expect(host.storage.getItem(AUTOSAVE_KEY)).toBe('working copy');
    await bridge.clearAutosave();
    expect(host.storage.getItem(AUTOSAVE_KEY)).toBeNull();
    // The next start finds nothing to recover.
    await expect(createBrowserBridge(host).takeRecovery()).resolves.toBeNull();
  });
});

describe('browser bridge: title and closing', () => {
  it('shows the document state in the tab title', () => {
    const host = new FakeHost();
    createBrowserBridge(host).setDocumentState({ title: '• k.vlift - VectorLift', dirty: true });
    expect(host.document.title).toBe('• k.vlift - VectorLift');
  });

  it('asks the browser to confirm leaving only while the plan is unsaved', () => {
    const host = new FakeHost();
    const bridge = createBrowserBridge(host);
    const unsubscribe = bridge.onCloseRequested(() => undefined);
    expect(host.unload()).toBe(false);
    bridge.setDocumentState({ title: 't', dirty: true });
    expect(host.unload()).toBe(true);
    bridge.setDocumentState({ title: 't', dirty: false });
    expect(host.unload()).toBe(false);
    bridge.setDocumentState({ title: 't', dirty: true });
    unsubscribe();
    expect(host.unload()).toBe(false);
  });

  it('has no native menu and no Open Recent', async () => {
    const bridge = createBrowserBridge(new FakeHost());
    const unsubscribe = bridge.onMenuCommand(() => undefined);
    expect(typeof unsubscribe).toBe('function');
    unsubscribe();
    await expect(bridge.openRecent('0'.repeat(32))).rejects.toThrow(/desktop/);
  });
});

describe('browser bridge: files without the File System Access API', () => {
  it('opens through a hidden file input', async () => {
    const host = new FakeHost();
    host.onInputClick = (input) => {
      input.files = [new File(['{"plan":1}'], 'case.vlift')];
      input.listeners.get('change')!();
    };
    const opened = await createBrowserBridge(host).openPlan();
    expect(opened).toEqual({ documentId: expect.stringMatching(/^[0-9a-f]{32}$/), name: 'case.vlift', location: 'case.vlift', text: '{"plan":1}' });
    const input = host.elements.find((e) => e.tag === 'input')!;
    expect(input).toMatchObject({ type: 'file', accept: '.vlift,application/json', removed: true });
  });

  it('a cancelled file input opens nothing', async () => {
    const host = new FakeHost();
    host.onInputClick = (input) => input.listeners.get('cancel')!();
    await expect(createBrowserBridge(host).openPlan()).resolves.toBeNull();
  });

  it('refuses a file larger than any plan before reading it', async () => {
    const host = new FakeHost();
    host.onInputClick = (input) => {
      input.files = [new File([new Uint8Array(MAX_PLAN_FILE_BYTES + 1)], 'huge.vlift')];
      input.listeners.get('change')!();
    };
    await expect(createBrowserBridge(host).openPlan()).rejects.toThrow(`huge.vlift: plan file is ${((MAX_PLAN_FILE_BYTES + 1) / 1e6).toFixed(1)} MB; the largest plan VectorLift opens is ${(MAX_PLAN_FILE_BYTES / 1e6).toFixed(1)} MB`);
  });

  it('refuses bytes that are not UTF-8 as the desktop and the CLI do, saying where', async () => {
    const host = new FakeHost();
    host.onInputClick = (input) => {
      input.files = [new File([new Uint8Array([0x7b, 0x0a, 0x22, 0xe9, 0x22])], 'latin1.vlift')];
      input.listeners.get('change')!();
    };
    await expect(createBrowserBridge(host).openPlan()).rejects.toThrow(
      'latin1.vlift: is not UTF-8 text: byte 0xE9 at offset 3 does not continue into a whole character; save the plan as UTF-8 (line 2, column 2)',
    );
  });

  it('saves by downloading the text under the suggested name', async () => {
    const host = new FakeHost();
    const saved = await createBrowserBridge(host).savePlan({ documentId: null, suggestedName: 'Case 1.vlift', text: 'PLAN' });
    expect(saved).toEqual({ documentId: expect.stringMatching(/^[0-9a-f]{32}$/), name: 'Case 1.vlift', location: 'Case 1.vlift' });
    const a = host.elements.find((e) => e.tag === 'a')!;
    expect(a).toMatchObject({ download: 'Case 1.vlift', clicked: 1, removed: true });
    const blob = host.blobs.get(a.href!)!;
    expect(await blob.text()).toBe('PLAN');
    expect(host.revoked).toEqual([a.href]);
  });

  it('exports the PDF bytes as a download', async () => {
    const host = new FakeHost();
    const bytes = new Uint8Array([37, 80, 68, 70, 45]);
    await createBrowserBridge(host).exportPdf({ suggestedName: 'Case 1.pdf', bytes });
    const a = host.elements.find((e) => e.tag === 'a')!;
    expect(a.download).toBe('Case 1.pdf');
    const blob = host.blobs.get(a.href!)!;
    expect(blob.type).toBe('application/pdf');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
  });
});

describe('browser bridge: files with the File System Access API', () => {
  it('Save writes back to the file that was opened; Save As asks for a new one', async () => {
    const host = new FakeHost();
    const opened = fakeHandle('mine.vlift', 'OLD');
    const other = fakeHandle('copy.vlift');
    host.showOpenFilePicker = async () => [opened];
    host.showSaveFilePicker = async () => other;
    const bridge = createBrowserBridge(host);

    const file = await bridge.openPlan();
    expect(file).toEqual({ documentId: expect.stringMatching(/^[0-9a-f]{32}$/), name: 'mine.vlift', location: 'mine.vlift', text: 'OLD' });
    await expect(bridge.savePlan({ documentId: file!.documentId, suggestedName: 'mine.vlift', text: 'NEW' })).resolves.toEqual({
      documentId: file!.documentId,
      name: 'mine.vlift',
      location: 'mine.vlift',
    });
    expect(opened.content).toBe('NEW');

    const copy = await bridge.savePlan({ documentId: null, suggestedName: 'mine.vlift', text: 'COPY' });
    expect(other.content).toBe('COPY');
    expect(opened.writes).toBe(1);
    // From now on Save goes to the new file; the old id no longer writes to the old one.
    await bridge.savePlan({ documentId: copy!.documentId, suggestedName: 'copy.vlift', text: 'COPY 2' });
    expect(other.content).toBe('COPY 2');
    await bridge.savePlan({ documentId: file!.documentId, suggestedName: 'mine.vlift', text: 'STALE' });
    expect(opened.content).toBe('NEW');
    expect(host.elements.filter((e) => e.tag === 'a')).toHaveLength(0); // no downloads
  });

  it('closing a picker is a cancel, not an error', async () => {
    const host = new FakeHost();
    host.showOpenFilePicker = async () => {
      throw abort();
    };
    host.showSaveFilePicker = async () => {
      throw abort();
    };
    const bridge = createBrowserBridge(host);
    await expect(bridge.openPlan()).resolves.toBeNull();
    await expect(bridge.savePlan({ documentId: null, suggestedName: 'a.vlift', text: 'x' })).resolves.toBeNull();
    await expect(bridge.exportPdf({ suggestedName: 'a.pdf', bytes: new Uint8Array([1]) })).resolves.toBeNull();
  });

  it('other picker failures are reported', async () => {
    const host = new FakeHost();
    host.showSaveFilePicker = async () => {
      throw new Error('NotAllowedError');
    };
    await expect(createBrowserBridge(host).savePlan({ documentId: null, suggestedName: 'a.vlift', text: 'x' })).rejects.toThrow('NotAllowedError');
  });
});

describe('browser bridge: save as training case', () => {
  const caseRequest = {
    folderName: 'neck-mesh-deep',
    files: [
      { name: 'case.json', text: '{"id":"neck-mesh-deep"}' },
      { name: 'poor.vlift', text: 'POOR' },
      { name: 'corrected.vlift', text: 'CORRECTED' },
    ],
  };

  it('downloads each file under its name in the case folder, even where save pickers exist', async () => {
    const host = new FakeHost();
    host.showSaveFilePicker = async () => {
      throw new Error('a case is three files: no save picker');
    };
    const saved = await createBrowserBridge(host).saveTrainingCase(caseRequest);
    expect(saved).toEqual({ name: 'neck-mesh-deep', location: 'neck-mesh-deep' });
    const links = host.elements.filter((e) => e.tag === 'a');
    expect(links.map((a) => a.download)).toEqual(['case.json', 'poor.vlift', 'corrected.vlift']);
    expect(links.every((a) => a.clicked === 1 && a.removed)).toBe(true);
    expect(await Promise.all(links.map((a) => host.blobs.get(a.href!)!.text()))).toEqual(['{"id":"neck-mesh-deep"}', 'POOR', 'CORRECTED']);
    expect(host.revoked.sort()).toEqual(links.map((a) => a.href!).sort());
  });

  it('refuses the requests the desktop refuses, before downloading anything', async () => {
    const host = new FakeHost();
    const bridge = createBrowserBridge(host);
    await expect(bridge.saveTrainingCase({ ...caseRequest, folderName: '../up' })).rejects.toThrow(/folderName must be a case id/);
    await expect(bridge.saveTrainingCase({ ...caseRequest, files: [...caseRequest.files.slice(0, 2), { name: 'run.sh', text: 'x' }] })).rejects.toThrow(
      /file name must be one of/,
    );
    expect(host.elements.filter((e) => e.tag === 'a')).toHaveLength(0);
  });
});
