/**
 * Where the photo workspaces (alignment, before/after) open over the designer. Light on purpose:
 * it is on the first screen, and loads a workspace's code only when one is opened.
 */
import { lazy, Suspense } from 'react';
import { withViewTexts } from '../i18n';
import { usePhotoView } from './photo-view';

const AlignWorkspace = lazy(async () => ({ default: (await withViewTexts(import('./AlignWorkspace'))).AlignWorkspace }));
const CompareWorkspace = lazy(async () => ({ default: (await withViewTexts(import('./CompareWorkspace'))).CompareWorkspace }));

export function PhotoWorkspaceHost() {
  const { workspace } = usePhotoView();
  if (!workspace) return null;
  return <Suspense fallback={null}>{workspace.kind === 'align' ? <AlignWorkspace photoId={workspace.photoId} /> : <CompareWorkspace />}</Suspense>;
}
