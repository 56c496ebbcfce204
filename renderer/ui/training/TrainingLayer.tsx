/**
 * Whichever training view is open, over the designer (which stays mounted and inert beneath, so
 * the trainee's plan and its view survive a visit to the library).
 */
import type { PaletteName } from '../../../shared/scene/palette';
import { CompareView } from './CompareView';
import { PresenterView } from './PresenterView';
import { SaveCaseDialog } from './SaveCaseDialog';
import { TrainingBrowser } from './TrainingBrowser';
import { useTraining } from './training-context';

export function TrainingLayer({ theme }: { readonly theme: PaletteName }) {
  const { view } = useTraining();
  switch (view.kind) {
    case 'none':
      return null;
    case 'save-case':
      return <SaveCaseDialog />;
    case 'presenter':
      return <PresenterView source={view.source} back={view.back} />;
    case 'browser':
    case 'compare':
      return (
        <section className="training-view" aria-labelledby="training-title" data-testid={`training-${view.kind}`} data-blocks-editor-keys="">
          {view.kind === 'browser' ? <TrainingBrowser theme={theme} /> : <CompareView key={view.entry.id} entry={view.entry} theme={theme} />}
        </section>
      );
  }
}

/** True when a full-window training view covers the designer. */
export const coversDesigner = (kind: string): boolean => kind === 'browser' || kind === 'compare' || kind === 'presenter';
