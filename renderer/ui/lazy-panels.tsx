/**
 * Designer panels and dialogs that are not on the first screen, loaded on first use: the depth
 * profile and plan details tabs (the inspector tab opens first) and the Export PDF options.
 * Keeping them out of the main chunk is part of issue 15's start-up budget; the chunks come
 * from disk or localhost, so opening one waits a few milliseconds, once.
 */
import { lazy, Suspense, type ReactNode } from 'react';

export const DepthProfilePanel = lazy(async () => ({ default: (await import('./DepthProfile')).DepthProfilePanel }));
export const PlanDetails = lazy(async () => ({ default: (await import('./PlanDetails')).PlanDetails }));
export const PhotosPanel = lazy(async () => ({ default: (await import('../photo/PhotosPanel')).PhotosPanel }));
export const RecordSettingsDialog = lazy(async () => ({ default: (await import('./record/RecordSettingsDialog')).RecordSettingsDialog }));
export const ExportPdfDialog = lazy(async () => ({ default: (await import('./ExportPdfDialog')).ExportPdfDialog }));

/** Nothing while a lazy panel's code arrives (a few milliseconds from disk or localhost). */
export function WhenLoaded({ children }: { readonly children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}
