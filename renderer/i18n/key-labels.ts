/**
 * The names of keys as the keyboard prints them: the same in every language of the interface
 * (Korean and Russian keyboards carry the same Latin key caps and symbols), so the three
 * dictionaries share this one table.
 */
export const KEY_LABELS = {
  'key.mod': 'Ctrl',
  'key.modMac': '⌘',
  'key.shift': 'Shift',
  'key.shiftMac': '⇧',
  'key.alt': 'Alt',
  'key.altMac': '⌥',
  'key.delete': 'Delete',
  'key.backspace': 'Backspace',
  'key.escape': 'Esc',
  'key.enter': 'Enter',
  'key.arrowLeft': '←',
  'key.arrowRight': '→',
  'key.arrowUp': '↑',
  'key.arrowDown': '↓',
} as const;
