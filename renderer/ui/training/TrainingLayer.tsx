/**
 * Whichever training view is open, over the designer (which stays mounted and inert beneath, so
 * the trainee's plan and its view survive a visit to the library).
 */
import { Suspense } from 'react';
import type { PaletteName } from '../../../shared/scene/palette';
import { CompareView, PresenterView, SaveCaseDialog, TrainingBrowser } from './lazy-views';
import { useTraining } from './training-context';

export function TrainingLayer({ theme }: { readonly theme: PaletteName }) {
  const { view } = useTraining();
  switch (view.kind) {
    case 'none':
      return null;
    case 'save-case':
      return (
        <Suspense fallback={null}>
          <SaveCaseDialog />
        </Suspense>
      );
    case 'presenter':
      return (
        <Suspense fallback={null}>
          <PresenterView source={view.source} back={view.back} />
        </Suspense>
      );
    case 'browser':
    case 'compare':
      return (
        <section className="training-view" aria-labelledby="training-title" data-testid={`training-${view.kind}`} data-blocks-editor-keys="">
          <Suspense fallback={null}>
            {view.kind === 'browser' ? <TrainingBrowser theme={theme} /> : <CompareView key={view.entry.id} entry={view.entry} theme={theme} />}
          </Suspense>
        </section>
      );
  }
}

/** True when a full-window training view covers the designer. */
export const coversDesigner = (kind: string): boolean => kind === 'browser' || kind === 'compare' || kind === 'presenter';
