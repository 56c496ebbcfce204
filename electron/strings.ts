/**
 * Every user-facing text the main process shows (menus, dialogs, errors), in one place so a
 * translation can follow. The renderer keeps its own texts in renderer/i18n.
 */
import type { OverlayLayerId } from '../shared/scene/types';

export const APP_NAME = 'VectorLift';

export const MENU_TEXT = {
  file: '&File',
  new: '&New Plan',
  open: '&Open…',
  openRecent: 'Open &Recent',
  noRecent: 'No Recent Plans',
  clearRecent: '&Clear Recent',
  save: '&Save',
  saveAs: 'Save &As…',
  exportPdf: '&Export PDF…',
  close: '&Close',
  quit: '&Quit',
  edit: '&Edit',
  undo: '&Undo',
  redo: '&Redo',
  cut: 'Cu&t',
  copy: '&Copy',
  paste: '&Paste',
  delete: '&Delete',
  selectAll: 'Select &All',
  mirror: '&Mirror to Other Side',
  view: '&View',
  layers: 'Overlay Layers',
  faceView: 'View of the &Face',
  faceViews: {
    frontal: '&Frontal',
    'left-oblique': '&Left Oblique (45°)',
    'right-oblique': '&Right Oblique (45°)',
    'left-profile': 'L&eft Profile',
    'right-profile': 'R&ight Profile',
  },
  faceTurnRight: "Turn Toward the Patient's Right  ( , )",
  faceTurnLeft: "Turn Toward the Patient's Left  ( . )",
  zoomIn: 'Zoom &In',
  zoomOut: 'Zoom &Out',
  zoomFit: '&Fit to Window',
  zoom100: 'Actual &Size (100%)',
  theme: '&Theme',
  themeLight: '&Light',
  themeDark: '&Dark',
  themeSystem: 'Follow &System',
  fullScreen: 'Toggle &Full Screen',
  devTools: 'Toggle &Developer Tools',
  help: '&Help',
  shortcuts: '&Keyboard Shortcuts',
  about: `&About ${APP_NAME}`,
} as const;

export const LAYER_LABELS: Readonly<Record<OverlayLayerId, string>> = {
  regions: 'Facial Regions',
  muscles: 'Muscles and Their Pull',
  'danger-zones': 'Danger Zones',
  fixation: 'Ligaments and Fixation Zones',
  'fixed-mobile-line': 'Fixed/Mobile Line',
  tissue: 'Simulated Tissue Map',
};

export const DIALOG_TEXT = {
  planFilter: 'VectorLift plan',
  pdfFilter: 'PDF document',
  openTitle: 'Open plan',
  saveTitle: 'Save plan',
  exportTitle: 'Export PDF report',
  saveCaseTitle: 'Choose the folder to put the training case in',
  saveCaseButton: 'Save Case Here',
  aboutTitle: `About ${APP_NAME}`,
  okButton: 'OK',
  aboutDetail: (version: string) =>
    `Version ${version}\n\nPlanning aid for thread-lift procedures. Plans stay on this computer; ` +
    'the app makes no network connections.\n\nThe warnings support, and never replace, clinical judgement.',
  startFailedTitle: 'VectorLift could not start',
  startFailedMessage: (detail: string) =>
    `Something needed to start the app is missing or damaged. Reinstalling VectorLift (or running ` +
    `"npm run build" in a development copy) should fix it.\n\nDetails: ${detail}`,
  rendererCrashTitle: 'VectorLift stopped working',
  rendererCrashMessage:
    'The editor stopped unexpectedly several times in a row. Your latest changes are kept in the ' +
    'recovery copy and will be offered the next time you start VectorLift.',
} as const;

export const ERROR_TEXT = {
  notInRecentList: 'That file is not in the recent files list. Open it with File > Open… instead.',
  fileMissing: (name: string) => `${name} could not be found. It may have been moved, renamed or deleted.`,
  unknownSavePath: 'This plan has not been saved to that location before. Use Save As… to choose where it goes.',
  caseFolderExists: (folder: string) =>
    `${folder} already exists and is not empty, so the case was not saved there. Choose another folder, or change the case title.`,
  caseNotSaved: (folder: string, reason: string) => `The training case could not be saved in ${folder}; nothing was left behind. ${reason}`,
  untrustedSender: 'Request refused: it did not come from the VectorLift window.',
  invalidPayload: (channel: string, reason: string) => `Request ${channel} refused: ${reason}.`,
} as const;
