/**
 * Every command, in the order the help panel lists them. Keyboard dispatch tries them in this
 * order and runs the first whose shortcut matches.
 */
import { editCancel } from './edit-cancel';
import { editDelete } from './edit-delete';
import { editDuplicate } from './edit-duplicate';
import { editMirror } from './edit-mirror';
import { editNudgeDown, editNudgeLeft, editNudgeRight, editNudgeUp } from './edit-nudge';
import { editRedo } from './edit-redo';
import { editSelectAll } from './edit-select-all';
import { editSelectNext, editSelectPrevious } from './edit-select-step';
import { editToggleFixationEnd } from './edit-toggle-fixation-end';
import { editUndo } from './edit-undo';
import { fileClose } from './file-close';
import { fileExportPdf } from './file-export-pdf';
import { fileNew } from './file-new';
import { fileOpen } from './file-open';
import { fileSave } from './file-save';
import { fileSaveAs } from './file-save-as';
import { helpShortcuts } from './help-shortcuts';
import { toolEdit } from './tool-edit';
import { toolEntry } from './tool-entry';
import { toolSelect } from './tool-select';
import { toolThread } from './tool-thread';
import type { Command } from './types';
import { viewLayerCommands } from './view-layers';
import { viewFaceCommands } from './view-face';
import { viewLegend } from './view-legend';
import { viewSnap } from './view-snap';
import { viewThemeCommands } from './view-theme';
import { viewZoom100, viewZoomFit, viewZoomIn, viewZoomOut } from './view-zoom';

export const ALL_COMMANDS: readonly Command[] = [
  toolSelect,
  toolEntry,
  toolThread,
  toolEdit,
  editUndo,
  editRedo,
  editDelete,
  editDuplicate,
  editMirror,
  editSelectAll,
  editCancel,
  editToggleFixationEnd,
  editSelectNext,
  editSelectPrevious,
  editNudgeLeft,
  editNudgeRight,
  editNudgeUp,
  editNudgeDown,
  viewZoomIn,
  viewZoomOut,
  viewZoomFit,
  viewZoom100,
  ...viewFaceCommands,
  ...viewLayerCommands,
  viewLegend,
  viewSnap,
  ...viewThemeCommands,
  fileNew,
  fileOpen,
  fileSave,
  fileSaveAs,
  fileExportPdf,
  fileClose,
  helpShortcuts,
];

export const COMMANDS_BY_ID: ReadonlyMap<string, Command> = new Map(ALL_COMMANDS.map((c) => [c.id, c]));

export type { Command, CommandContext } from './types';
