/**
 * The training views, loaded on first use: none of them is on the first screen, and together
 * with the case comparison and plan diff they are tens of kilobytes the designer's start-up
 * would otherwise parse (issue 15: main chunk at most 200 KB gzip). The chunks come from disk or
 * localhost, so the first open of the library waits a few milliseconds for them.
 */
import { lazy } from 'react';
import { withViewTexts } from '../../i18n';

export const CompareView = lazy(async () => ({ default: (await withViewTexts(import('./CompareView'))).CompareView }));
export const PresenterView = lazy(async () => ({ default: (await withViewTexts(import('./PresenterView'))).PresenterView }));
export const SaveCaseDialog = lazy(async () => ({ default: (await withViewTexts(import('./SaveCaseDialog'))).SaveCaseDialog }));
export const TrainingBrowser = lazy(async () => ({ default: (await withViewTexts(import('./TrainingBrowser'))).TrainingBrowser }));
export const ExerciseSummaryDialog = lazy(async () => ({ default: (await withViewTexts(import('./ExerciseSummaryDialog'))).ExerciseSummaryDialog }));
