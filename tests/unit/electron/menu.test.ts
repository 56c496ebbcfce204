import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../shared/ipc/contract';
import { DEFAULT_STORED_PREFERENCES } from '../../../shared/ipc/preferences';
import type { StoredPreferences } from '../../../shared/ipc/preferences';
import { OVERLAY_LAYERS } from '../../../shared/scene/types';
import { buildMenuTemplate, platformLabel } from '../../../electron/menu';
import { MENU_LABELS, menuLocale, type MenuLabels } from '../../../electron/menu-labels';

function build(platform: NodeJS.Platform = 'linux', preferences: StoredPreferences = DEFAULT_STORED_PREFERENCES, labels: MenuLabels = MENU_LABELS.en) {
  const sent: MenuCommand[] = [];
  const opened: string[] = [];
  const calls: string[] = [];
  const template = buildMenuTemplate({
    platform,
    preferences,
    devTools: false,
    labels,
    send: (c) => sent.push(c),
    openRecent: (p) => opened.push(p),
    clearRecent: () => calls.push('clearRecent'),
    showAbout: () => calls.push('about'),
  });
  return { template, sent, opened, calls };
}

const items = (menu: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  Array.isArray(menu?.submenu) ? (menu.submenu as MenuItemConstructorOptions[]) : [];
const strip = (label: string | undefined) => platformLabel(label ?? '', 'darwin');
const topLevel = (template: MenuItemConstructorOptions[], label: string) => template.find((m) => strip(m.label) === label);
const find = (menu: MenuItemConstructorOptions | undefined, label: string) => items(menu).find((i) => strip(i.label) === label);
const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as (() => void) | undefined)?.();

describe('native menu (Windows/Linux)', () => {
  const { template, sent, calls } = build('linux');

  it('has File, Edit, View and Help in that order', () => {
    expect(template.map((m) => strip(m.label))).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  const expectations: Array<[string, string, string | undefined, MenuCommand]> = [
    ['File', 'New Plan', 'CmdOrCtrl+N', 'file.new'],
    ['File', 'Open…', 'CmdOrCtrl+O', 'file.open'],
    ['File', 'Save', 'CmdOrCtrl+S', 'file.save'],
    ['File', 'Save As…', 'CmdOrCtrl+Shift+S', 'file.saveAs'],
    ['File', 'Export PDF…', 'CmdOrCtrl+E', 'file.exportPdf'],
    ['File', 'Close', 'CmdOrCtrl+W', 'file.close'],
    ['Edit', 'Undo', 'CmdOrCtrl+Z', 'edit.undo'],
    ['Edit', 'Redo', 'CmdOrCtrl+Shift+Z', 'edit.redo'],
    ['Edit', 'Delete', 'Delete', 'edit.delete'],
    ['Edit', 'Select All', 'CmdOrCtrl+A', 'edit.selectAll'],
    ['Edit', 'Mirror to Other Side', 'CmdOrCtrl+M', 'edit.mirror'],
    ['View', 'Zoom In', 'CmdOrCtrl+=', 'view.zoomIn'],
    ['View', 'Zoom Out', 'CmdOrCtrl+-', 'view.zoomOut'],
    ['View', 'Fit to Window', 'CmdOrCtrl+0', 'view.zoomFit'],
    ['View', 'Actual Size (100%)', 'CmdOrCtrl+1', 'view.zoom100'],
    ['Help', 'Keyboard Shortcuts', 'F1', 'help.shortcuts'],
  ];
  for (const [menu, label, accelerator, command] of expectations) {
    it(`${menu} > ${label} (${accelerator}) sends ${command}`, () => {
      const item = find(topLevel(template, menu), label);
      expect(item, label).toBeDefined();
      expect(item?.accelerator).toBe(accelerator);
      sent.length = 0;
      click(item);
      expect(sent).toEqual([command]);
    });
  }

  it('leaves the text-editing keys to the page on Windows/Linux', () => {
    const edit = topLevel(template, 'Edit');
    for (const label of ['Undo', 'Redo', 'Delete', 'Select All']) expect(find(edit, label)?.registerAccelerator, label).toBe(false);
    expect(find(edit, 'Mirror to Other Side')?.registerAccelerator).toBeUndefined();
    expect(items(edit).map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste']);
  });

  it('ends File with Quit and Help with About', () => {
    const fileItems = items(topLevel(template, 'File'));
    expect(fileItems.at(-1)?.role).toBe('quit');
    const about = find(topLevel(template, 'Help'), 'About VectorLift');
    click(about);
    expect(calls).toEqual(['about']);
  });

  it('has a checkbox per overlay layer that sends its toggle', () => {
    const layers = find(topLevel(template, 'View'), 'Overlay Layers');
    const boxes = items(layers);
    expect(boxes.map((b) => b.id)).toEqual(OVERLAY_LAYERS.map((l) => `view.toggleLayer.${l}`));
    for (const box of boxes) {
      expect(box.type).toBe('checkbox');
      // Checked as the (default) preferences say: every layer but the regions.
      const layer = box.id!.replace('view.toggleLayer.', '') as keyof typeof DEFAULT_STORED_PREFERENCES.layers;
      expect(box.checked).toBe(DEFAULT_STORED_PREFERENCES.layers[layer]);
      sent.length = 0;
      click(box);
      expect(sent).toEqual([box.id]);
    }
  });

  it('has a light/dark/system theme radio group checked from the preferences', () => {
    const theme = items(find(topLevel(template, 'View'), 'Theme'));
    expect(theme.map((t) => t.type)).toEqual(['radio', 'radio', 'radio']);
    expect(theme.filter((t) => t.checked).map((t) => t.id)).toEqual(['view.theme.system']);
    sent.length = 0;
    theme.forEach(click);
    expect(sent).toEqual(['view.theme.light', 'view.theme.dark', 'view.theme.system']);
  });
});

describe('Open Recent', () => {
  it('lists recent plans (ampersands escaped), opens them and can be cleared', () => {
    const prefs = { ...DEFAULT_STORED_PREFERENCES, recentFiles: ['/plans/Smith & Co.vlift', '/plans/b.vlift'] };
    const { template, opened, calls } = build('linux', prefs);
    const recent = items(find(topLevel(template, 'File'), 'Open Recent'));
    expect(recent[0]?.label).toBe('/plans/Smith && Co.vlift');
    click(recent[1]);
    expect(opened).toEqual(['/plans/b.vlift']);
    const clear = recent.find((i) => i.id === 'file.clearRecent');
    expect(clear?.enabled).toBe(true);
    click(clear);
    expect(calls).toEqual(['clearRecent']);
  });

  it('shows a disabled placeholder when there are none', () => {
    const { template } = build('linux');
    const recent = items(find(topLevel(template, 'File'), 'Open Recent'));
    expect(recent[0]).toMatchObject({ label: 'No Recent Plans', enabled: false });
    expect(recent.find((i) => i.id === 'file.clearRecent')?.enabled).toBe(false);
  });

  it('reflects hidden layers and the chosen theme', () => {
    const prefs = { ...DEFAULT_STORED_PREFERENCES, theme: 'dark' as const, layers: { ...DEFAULT_STORED_PREFERENCES.layers, muscles: false } };
    const { template } = build('linux', prefs);
    const view = topLevel(template, 'View');
    expect(items(find(view, 'Overlay Layers')).find((i) => i.id === 'view.toggleLayer.muscles')?.checked).toBe(false);
    expect(items(find(view, 'Theme')).find((i) => i.checked)?.id).toBe('view.theme.dark');
  });
});

describe('platform conventions', () => {
  it('macOS gets an application menu with About and Quit, no mnemonics', () => {
    const { template } = build('darwin');
    expect(template.map((m) => m.label)).toEqual(['VectorLift', 'File', 'Edit', 'View', 'Help']);
    const appItems = items(template[0]);
    expect(appItems[0]?.label).toBe('About VectorLift');
    expect(appItems.at(-1)?.role).toBe('quit');
    expect(items(template[1]).some((i) => i.role === 'quit')).toBe(false);
    expect(JSON.stringify(template)).not.toMatch(/"label":"[^"]*&/);
  });

  it('Windows shows Ctrl+Y for Redo', () => {
    const { template } = build('win32');
    expect(find(topLevel(template, 'Edit'), 'Redo')?.accelerator).toBe('Ctrl+Y');
  });

  it('offers developer tools only when asked (unpackaged builds)', () => {
    const packaged = build('linux').template;
    expect(JSON.stringify(packaged)).not.toContain('toggleDevTools');
  });
});

describe('native menu in the interface language', () => {
  /** Every label of a template, depth first, with the id or role that says what it does. */
  const labelled = (template: MenuItemConstructorOptions[]): { label: string; what: string }[] =>
    template.flatMap((m) => [
      ...(m.label ? [{ label: m.label, what: String(m.id ?? m.role ?? m.type ?? '') }] : []),
      ...labelled(items(m)),
    ]);
  const shape = (template: MenuItemConstructorOptions[]) =>
    JSON.stringify(template, (key, value: unknown) => (key === 'label' ? undefined : value));

  it('follows the preference, and the system when the preference is "system"', () => {
    expect(menuLocale('system', ['ru-RU', 'en-US'])).toBe('ru');
    expect(menuLocale('system', ['de-DE'])).toBe('en');
    expect(menuLocale('ko', ['ru-RU'])).toBe('ko');
    expect(menuLocale('fr', ['ru-RU'])).toBe('en');
  });

  for (const [locale, top] of [
    ['ru', ['&Файл', '&Правка', '&Вид', '&Справка']],
    ['ko', ['파일(&F)', '편집(&E)', '보기(&V)', '도움말(&H)']],
  ] as const) {
    it(`in ${locale}: the same items, ids, keys and checks as in English, every label translated`, () => {
      const preferences = { ...DEFAULT_STORED_PREFERENCES, recentFiles: [] };
      for (const platform of ['linux', 'darwin', 'win32'] as const) {
        const english = build(platform, preferences).template;
        const translated = build(platform, preferences, MENU_LABELS[locale]);
        expect(shape(translated.template)).toBe(shape(english));
        const en = labelled(english);
        const tr = labelled(translated.template);
        expect(tr.map((l) => l.what)).toEqual(en.map((l) => l.what));
        for (const [i, { label, what }] of tr.entries()) {
          if (label === 'VectorLift') continue; // the macOS application menu is the app's name
          expect(label, what).not.toBe(en[i]!.label);
          // Only the product, PDF and Korean mnemonic letters stay Latin.
          expect(label.replace(/VectorLift|PDF|\(&[A-Z]\)/g, ''), `${what}: ${label}`).not.toMatch(/[A-Za-z]/);
        }
      }
      expect(build('linux', preferences, MENU_LABELS[locale]).template.map((m) => m.label)).toEqual(top);
    });
  }

  it('still sends the same command from a translated item', () => {
    const { template, sent } = build('linux', DEFAULT_STORED_PREFERENCES, MENU_LABELS.ru);
    click(find(topLevel(template, 'Файл'), 'Сохранить'));
    expect(sent).toEqual(['file.save']);
  });
});
