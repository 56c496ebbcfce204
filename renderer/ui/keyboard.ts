/**
 * Window-level keyboard shortcuts. Keys go to the editor unless the user is typing in a field
 * (so Backspace, Ctrl+Z and arrows keep their usual meaning there), and keys that a focused
 * control uses itself (Enter and Space on buttons, arrows in lists and tabs) stay with it.
 */
import type { Editor } from '../editor/api';

export function isTextEntry(el: Element | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT') return true;
  if (el.tagName !== 'INPUT') return false;
  const type = (el as HTMLInputElement).type;
  return !['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'file', 'color'].includes(type);
}

const CONTROL_KEYS = new Set(['Enter', ' ', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

function ownsKey(el: Element | null, key: string): boolean {
  if (!(el instanceof HTMLElement) || !CONTROL_KEYS.has(key)) return false;
  if (el.classList.contains('face-canvas')) return false;
  return el.tagName === 'BUTTON' || el.tagName === 'A' || el.tagName === 'SUMMARY' || el.tagName === 'INPUT' || el.hasAttribute('role');
}

export function installKeyboard(editor: Editor, mac: boolean): () => void {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.isComposing) return;
    const target = e.target instanceof Element ? e.target : null;
    if (isTextEntry(target) || ownsKey(target, e.key)) return;
    // A modal dialog (<dialog open>) or a training view over the designer handles its own keys;
    // the editor waits (Delete must not delete threads of a plan hidden under the case library).
    if (document.querySelector('dialog[open], [data-blocks-editor-keys]')) return;
    const handled = editor.keyDown({ key: e.key, shiftKey: e.shiftKey, altKey: e.altKey, modKey: mac ? e.metaKey : e.ctrlKey });
    if (handled) e.preventDefault();
  };
  window.addEventListener('keydown', onKeyDown);
  return () => window.removeEventListener('keydown', onKeyDown);
}
