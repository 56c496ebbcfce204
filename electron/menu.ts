/**
 * The native menu as a pure function of the platform and the preferences: the result is an
 * Electron menu template, so tests check labels, accelerators and what each click sends without
 * Electron. main.ts rebuilds it whenever the preferences change (recent files, layers, theme).
 *
 * Clicks send MenuCommand values to the renderer, which owns every document action. The edit
 * keys text fields also use (undo, redo, delete, select all) are shown but not captured on
 * Windows/Linux (registerAccelerator: false): the page's own shortcut handling sees them and can
 * leave a focused text field alone. macOS always captures menu keys; see the contract.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc/contract';
import type { StoredPreferences } from '../shared/ipc/preferences';
import { OVERLAY_LAYERS } from '../shared/scene/types';
import type { MenuLabels } from './menu-labels';
import { APP_NAME } from './strings';

export interface MenuInput {
  readonly platform: NodeJS.Platform;
  /** The stored record: the recent list with its paths (the menu is main's, so it may show them). */
  readonly preferences: StoredPreferences;
  /** Offer the developer tools (unpackaged builds only). */
  readonly devTools: boolean;
  /** The labels in the interface language (menu-labels.ts MENU_LABELS[menuLocale(...)]). */
  readonly labels: MenuLabels;
  send(command: MenuCommand): void;
  openRecent(path: string): void;
  clearRecent(): void;
  showAbout(): void;
}

/**
 * '&' marks a mnemonic on Windows/Linux; macOS has none, so strip it there ('&&' is a literal '&'),
 * with the bracketed letter Korean labels carry it in ("파일(&F)" is "파일" on macOS).
 */
export function platformLabel(text: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? text.replace(/\(&[A-Za-z]\)/g, '').replace(/&(&?)/g, '$1') : text;
}

/** A file path as a menu label: its '&' must not turn into a mnemonic. */
function pathLabel(path: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? path : path.replace(/&/g, '&&');
}

export function buildMenuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const { platform, preferences, send } = input;
  const MENU_TEXT = input.labels.menu;
  const mac = platform === 'darwin';
  const label = (text: string): string => platformLabel(text, platform);
  const command = (text: string, cmd: MenuCommand, accelerator?: string, captureKey = true): MenuItemConstructorOptions => ({
    label: label(text),
    id: cmd,
    ...(accelerator ? { accelerator } : {}),
    ...(captureKey ? {} : { registerAccelerator: false }),
    click: () => send(cmd),
  });

  const recent: MenuItemConstructorOptions[] =
    preferences.recentFiles.length > 0
      ? preferences.recentFiles.map((path) => ({ label: pathLabel(path, platform), click: () => input.openRecent(path) }))
      : [{ label: label(MENU_TEXT.noRecent), enabled: false }];

  const about: MenuItemConstructorOptions = { label: label(MENU_TEXT.about), id: 'help.about', click: () => input.showAbout() };
  const quit: MenuItemConstructorOptions = { label: label(MENU_TEXT.quit), role: 'quit' };

  const file: MenuItemConstructorOptions = {
    label: label(MENU_TEXT.file),
    submenu: [
      command(MENU_TEXT.new, 'file.new', 'CmdOrCtrl+N'),
      command(MENU_TEXT.open, 'file.open', 'CmdOrCtrl+O'),
      {
        label: label(MENU_TEXT.openRecent),
        id: 'file.openRecent',
        submenu: [
          ...recent,
          { type: 'separator' },
          {
            label: label(MENU_TEXT.clearRecent),
            id: 'file.clearRecent',
            enabled: preferences.recentFiles.length > 0,
            click: () => input.clearRecent(),
          },
        ],
      },
      { type: 'separator' },
      command(MENU_TEXT.save, 'file.save', 'CmdOrCtrl+S'),
      command(MENU_TEXT.saveAs, 'file.saveAs', 'CmdOrCtrl+Shift+S'),
      command(MENU_TEXT.exportPdf, 'file.exportPdf', 'CmdOrCtrl+E'),
      { type: 'separator' },
      command(MENU_TEXT.close, 'file.close', 'CmdOrCtrl+W'),
      // macOS keeps Quit in the application menu.
      ...(mac ? [] : [{ type: 'separator' } as const, quit]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: label(MENU_TEXT.edit),
    submenu: [
      command(MENU_TEXT.undo, 'edit.undo', 'CmdOrCtrl+Z', false),
      // Windows users expect Ctrl+Y; the page accepts both it and Ctrl+Shift+Z everywhere.
      command(MENU_TEXT.redo, 'edit.redo', platform === 'win32' ? 'Ctrl+Y' : 'CmdOrCtrl+Shift+Z', false),
      { type: 'separator' },
      // Clipboard roles act on text fields; without them macOS text fields lose Cmd+C/V.
      { label: label(MENU_TEXT.cut), role: 'cut' },
      { label: label(MENU_TEXT.copy), role: 'copy' },
      { label: label(MENU_TEXT.paste), role: 'paste' },
      command(MENU_TEXT.delete, 'edit.delete', 'Delete', false),
      command(MENU_TEXT.selectAll, 'edit.selectAll', 'CmdOrCtrl+A', false),
      { type: 'separator' },
      command(MENU_TEXT.mirror, 'edit.mirror', 'CmdOrCtrl+M'),
    ],
  };

  const layers: MenuItemConstructorOptions[] = OVERLAY_LAYERS.map((layer) => ({
    label: label(input.labels.layers[layer]),
    id: `view.toggleLayer.${layer}`,
    type: 'checkbox',
    checked: preferences.layers[layer],
    click: () => send(`view.toggleLayer.${layer}`),
  }));

  const theme = (text: string, value: StoredPreferences['theme']): MenuItemConstructorOptions => ({
    label: label(text),
    id: `view.theme.${value}`,
    type: 'radio',
    checked: preferences.theme === value,
    click: () => send(`view.theme.${value}`),
  });

  // The views' keys (',' '.' '/') are the page's own: a menu accelerator without a modifier
  // would take the comma from every text field on macOS.
  const faceViews: MenuItemConstructorOptions[] = [
    ...(['right-profile', 'right-oblique', 'frontal', 'left-oblique', 'left-profile'] as const).map((v) => command(MENU_TEXT.faceViews[v], `view.face.${v}`)),
    { type: 'separator' },
    command(MENU_TEXT.faceTurnRight, 'view.face.previous'),
    command(MENU_TEXT.faceTurnLeft, 'view.face.next'),
  ];

  const view: MenuItemConstructorOptions = {
    label: label(MENU_TEXT.view),
    submenu: [
      { label: label(MENU_TEXT.faceView), id: 'view.face', submenu: faceViews },
      { label: label(MENU_TEXT.layers), id: 'view.layers', submenu: layers },
      { type: 'separator' },
      command(MENU_TEXT.zoomIn, 'view.zoomIn', 'CmdOrCtrl+='),
      command(MENU_TEXT.zoomOut, 'view.zoomOut', 'CmdOrCtrl+-'),
      command(MENU_TEXT.zoomFit, 'view.zoomFit', 'CmdOrCtrl+0'),
      command(MENU_TEXT.zoom100, 'view.zoom100', 'CmdOrCtrl+1'),
      { type: 'separator' },
      {
        label: label(MENU_TEXT.theme),
        id: 'view.theme',
        submenu: [theme(MENU_TEXT.themeLight, 'light'), theme(MENU_TEXT.themeDark, 'dark'), theme(MENU_TEXT.themeSystem, 'system')],
      },
      { type: 'separator' },
      { label: label(MENU_TEXT.fullScreen), role: 'togglefullscreen' },
      ...(input.devTools ? [{ label: label(MENU_TEXT.devTools), role: 'toggleDevTools' } as const] : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: label(MENU_TEXT.help),
    role: 'help',
    submenu: [command(MENU_TEXT.shortcuts, 'help.shortcuts', 'F1'), ...(mac ? [] : [{ type: 'separator' } as const, about])],
  };

  const appMenu: MenuItemConstructorOptions = {
    label: APP_NAME,
    submenu: [about, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, quit],
  };

  return [...(mac ? [appMenu] : []), file, edit, view, help];
}
