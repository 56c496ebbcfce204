/**
 * Training mode's state beside the editor: which training view is open (the case browser, a
 * case's compare view, the presenter view, the "save as training case" form), the bundled case
 * library with analyzed cases cached, and the running exercise. The designer keeps running
 * underneath: an exercise is the editor itself, editing the poor design.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { analyze } from '../../../shared/analysis';
import type { AnalysisResult } from '../../../shared/analysis/types';
import type { PlanDocument } from '../../../shared/plan/types';
import type { CaseIndexEntry } from '../../../shared/training';
import type { AnalyzedCase, CaseLibrary } from '../../training/case-library';
import { lazyCaseLibrary } from '../../training/lazy-case-library';
import { ExerciseTracker, type RunningExercise } from '../../training/exercise-tracker';
import { useEnvironment } from '../editor-context';
import { isTextEntry } from '../keyboard';

/** What the presenter view shows: a design and where to go back to. */
export interface PresenterSource {
  /** Called at each render, so a language switch during a presentation retitles it. */
  readonly title: () => string;
  readonly plan: PlanDocument;
  readonly analysis: AnalysisResult;
  /** A training case's other design (poor <-> corrected), switched to with C in the presenter. */
  readonly alternate?: () => PresenterSource;
  /** The case's teaching notes in the interface language, shown on the presenter's first step and on demand (N). */
  readonly teaching?: () => readonly { readonly heading: string; readonly text: string }[];
  /** Which design of a case this is, for the switch's label. */
  readonly design?: 'poor' | 'corrected';
}

export type TrainingView =
  | { readonly kind: 'none' }
  | { readonly kind: 'browser' }
  | { readonly kind: 'compare'; readonly entry: CaseIndexEntry }
  | { readonly kind: 'presenter'; readonly source: PresenterSource; readonly back: TrainingView }
  | { readonly kind: 'save-case' };

export interface Training {
  readonly view: TrainingView;
  show(view: TrainingView): void;
  readonly library: CaseLibrary;
  /** Load a case and analyze both designs (cached per case). */
  analyzedCase(entry: CaseIndexEntry): Promise<AnalyzedCase>;
  readonly tracker: ExerciseTracker;
  /** Open the poor design in the editor and start counting (asks about unsaved work first). */
  startExercise(c: AnalyzedCase): Promise<void>;
  analyzePlan(plan: PlanDocument): AnalysisResult;
}

const TrainingContext = createContext<Training | null>(null);

export function useTraining(): Training {
  const training = useContext(TrainingContext);
  if (!training) throw new Error('useTraining outside <TrainingProvider>');
  return training;
}

export function useExercise(): RunningExercise | null {
  const { tracker } = useTraining();
  return useSyncExternalStore(tracker.subscribe, tracker.getSnapshot);
}

/** Training shortcuts in the designer: L opens the case library, P presents the current plan. */
function useTrainingShortcuts(training: Training): void {
  const { editor } = useEnvironment();
  const { view, show, analyzePlan } = training;
  useEffect(() => {
    if (view.kind !== 'none') return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTextEntry(e.target as Element | null)) return;
      if (document.querySelector('dialog[open]')) return;
      if (e.key === 'l' || e.key === 'L') {
        e.preventDefault();
        show({ kind: 'browser' });
      } else if (e.key === 'p' || e.key === 'P') {
        e.preventDefault();
        const snap = editor.getSnapshot();
        show({ kind: 'presenter', source: { title: () => snap.plan.meta.title || snap.file.name, plan: snap.plan, analysis: analyzePlan(snap.plan) }, back: { kind: 'none' } });
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [view.kind, show, editor, analyzePlan]);
}

export function TrainingProvider({ children }: { readonly children: ReactNode }) {
  const { editor, catalogue, atlas } = useEnvironment();
  const [view, setView] = useState<TrainingView>({ kind: 'none' });
  const library = useMemo(() => lazyCaseLibrary(new Set(catalogue.map((c) => c.id))), [catalogue]);
  const tracker = useMemo(() => new ExerciseTracker(editor), [editor]);
  useEffect(() => () => tracker.stop(), [tracker]);

  const analyzePlan = useCallback((plan: PlanDocument) => analyze(plan, atlas, { catalogue }), [atlas, catalogue]);
  const cache = useMemo(() => new Map<string, Promise<AnalyzedCase>>(), []);
  const analyzedCase = useCallback(
    (entry: CaseIndexEntry) => {
      let p = cache.get(entry.id);
      if (!p) {
        p = library.load(entry).then((c) => ({ ...c, poorAnalysis: analyzePlan(c.poor), correctedAnalysis: analyzePlan(c.corrected) }));
        p.catch(() => cache.delete(entry.id));
        cache.set(entry.id, p);
      }
      return p;
    },
    [cache, library, analyzePlan],
  );

  const startExercise = useCallback(
    async (c: AnalyzedCase) => {
      if (editor.getSnapshot().file.dirty) {
        await editor.newPlan(); // asks Save / Discard / Cancel
        if (editor.getSnapshot().file.dirty) return; // cancelled
      }
      const fileName = `${c.case.id}-exercise.vlift`;
      await editor.loadPlanText(c.poorText, { documentId: null, name: fileName });
      tracker.start({ caseId: c.case.id, caseTitle: c.case.title, caseTitles: c.titles, fileName });
      setView({ kind: 'none' });
    },
    [editor, tracker],
  );

  const training = useMemo<Training>(
    () => ({ view, show: setView, library, analyzedCase, tracker, startExercise, analyzePlan }),
    [view, library, analyzedCase, tracker, startExercise, analyzePlan],
  );
  useTrainingShortcuts(training);
  return <TrainingContext.Provider value={training}>{children}</TrainingContext.Provider>;
}
