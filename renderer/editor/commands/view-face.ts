/**
 * The clinical views of the face (shared/surface/views.ts). Keys: ',' and '.' turn the view one
 * step round the head, toward the patient's right (the side on the viewer's left in the frontal
 * view) and toward the patient's left; '/' goes back to frontal. Every view is also a command of
 * its own, for the View menu and the toolbar's view switcher.
 */
import type { ViewId } from '../../../shared/surface/types';
import type { MessageKey } from '../../i18n';
import { NO_SHORTCUT, always, shortcut, type Command, type Shortcut } from './types';

/** The views in the order a viewer walking round the patient from the right to the left sees them. */
export const FACE_VIEW_ORDER: readonly ViewId[] = ['right-profile', 'right-oblique', 'frontal', 'left-oblique', 'left-profile'];

export const FACE_VIEW_LABEL: Readonly<Record<ViewId, MessageKey>> = {
  frontal: 'view.face.frontal',
  'left-oblique': 'view.face.left-oblique',
  'right-oblique': 'view.face.right-oblique',
  'left-profile': 'view.face.left-profile',
  'right-profile': 'view.face.right-profile',
};

function showView(view: ViewId, keys: Shortcut): Command {
  return {
    id: `view.face.${view}`,
    labelKey: `command.view.face.${view}`,
    shortcut: keys,
    enabled: always,
    perform: (ctx) => ctx.editor.setFaceView(view),
  };
}

function turn(id: 'previous' | 'next', key: string, by: -1 | 1): Command {
  return {
    id: `view.face.${id}`,
    labelKey: `command.view.face.${id}`,
    shortcut: shortcut(key),
    enabled: (s) => {
      const i = FACE_VIEW_ORDER.indexOf(s.faceView) + by;
      return i >= 0 && i < FACE_VIEW_ORDER.length;
    },
    perform: (ctx) => {
      const next = FACE_VIEW_ORDER[FACE_VIEW_ORDER.indexOf(ctx.snapshot.faceView) + by];
      if (next) ctx.editor.setFaceView(next);
    },
  };
}

export const viewFaceCommands: readonly Command[] = [
  showView('frontal', shortcut('/')),
  showView('left-oblique', NO_SHORTCUT),
  showView('right-oblique', NO_SHORTCUT),
  showView('left-profile', NO_SHORTCUT),
  showView('right-profile', NO_SHORTCUT),
  turn('previous', ',', -1),
  turn('next', '.', 1),
];
