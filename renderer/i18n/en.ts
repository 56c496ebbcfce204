/**
 * Every English string the user sees, in one flat table: key -> text. Translations copy this
 * table with the same keys. Placeholders are written {name} and filled by t() (./index.ts).
 *
 * The table is kept in two files so that the first screen loads only its own strings (issue 15):
 * a string the designer can show before any view is opened (toolbar, menus, objects list, canvas,
 * findings, status bar, window title) goes in ./en-first-screen.ts; a string shown only by a view
 * loaded on demand (a lazy component or module: inspectors, dialogs, photos, training, PDF and
 * record settings) in ./en-views.ts. The app never imports this file, only its type; a string in
 * the wrong file shows as its key until the views' strings have loaded.
 *
 * Keys are grouped by prefix (tool., command., inspector., ...). To add a string, append a key
 * in its group; keep the wording plain clinical English, in our own words. A count that needs a
 * plural is one key with a {count, plural, one {...} other {...}} template (shared/i18n/message.ts),
 * never a key per form: Russian has four forms and Korean one, so the forms belong in the text.
 */
import { enFirstScreen } from './en-first-screen';
import { enViews } from './en-views';

export const en = { ...enFirstScreen, ...enViews } as const;

export type MessageKey = keyof typeof en;
