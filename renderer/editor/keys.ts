/**
 * Keyboard shortcuts: a pattern such as 'Mod+Shift+Z' is parsed once into a test against a
 * KeyInput and a display text for menus and the help panel. 'Mod' is Ctrl on Windows/Linux and
 * Cmd on macOS (the views fill KeyInput.modKey accordingly).
 */
import { t, type MessageKey } from '../i18n';
import type { KeyInput } from './api';

export interface KeyPattern {
  readonly key: string;
  readonly mod: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
  readonly source: string;
}

export function parseKeyPattern(source: string): KeyPattern {
  // The key itself may be '+' ('+' or 'Mod++'): take it off the end before splitting.
  let parts: string[];
  let key: string;
  if (source.endsWith('+')) {
    key = '+';
    const rest = source.slice(0, -1).replace(/\+$/, '');
    parts = rest === '' ? [] : rest.split('+');
  } else {
    parts = source.split('+');
    key = parts.pop() ?? '';
  }
  const mods = new Set(parts.map((m) => m.toLowerCase()));
  for (const m of mods) if (m !== 'mod' && m !== 'shift' && m !== 'alt') throw new Error(`Unknown modifier ${m} in ${source}`);
  return { key, mod: mods.has('mod'), shift: mods.has('shift'), alt: mods.has('alt'), source };
}

/**
 * Symbols that need Shift on common layouts ('+', '?', ...) arrive with shiftKey set, so for a
 * single non-letter, non-digit character the Shift state is not compared.
 */
const isSymbol = (key: string): boolean => key.length === 1 && !/[a-z0-9]/i.test(key);

export function matchesKey(pattern: KeyPattern, input: KeyInput): boolean {
  if (pattern.mod !== input.modKey || pattern.alt !== input.altKey) return false;
  if (pattern.key.length === 1 && /[a-z]/i.test(pattern.key)) {
    return input.key.toLowerCase() === pattern.key.toLowerCase() && pattern.shift === input.shiftKey;
  }
  if (isSymbol(pattern.key)) return input.key === pattern.key;
  return input.key === pattern.key && pattern.shift === input.shiftKey;
}

const NAMED_KEYS: Readonly<Record<string, MessageKey>> = {
  Delete: 'key.delete',
  Backspace: 'key.backspace',
  Escape: 'key.escape',
  Enter: 'key.enter',
  ArrowLeft: 'key.arrowLeft',
  ArrowRight: 'key.arrowRight',
  ArrowUp: 'key.arrowUp',
  ArrowDown: 'key.arrowDown',
};

/** 'Mod+Shift+Z' -> 'Ctrl+Shift+Z' (or '⌘⇧Z' on macOS). */
export function displayKeyPattern(pattern: KeyPattern, mac: boolean): string {
  const named = NAMED_KEYS[pattern.key];
  const key = named ? t(named) : pattern.key.length === 1 ? pattern.key.toUpperCase() : pattern.key;
  const mods: string[] = [];
  if (pattern.mod) mods.push(t(mac ? 'key.modMac' : 'key.mod'));
  if (pattern.alt) mods.push(t(mac ? 'key.altMac' : 'key.alt'));
  if (pattern.shift) mods.push(t(mac ? 'key.shiftMac' : 'key.shift'));
  return mac ? [...mods, key].join('') : [...mods, key].join('+');
}
