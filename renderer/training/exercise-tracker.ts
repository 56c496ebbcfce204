/**
 * A running exercise, kept beside the editor: the trainee edits the poor design as a normal plan
 * and this follows the editor's snapshots, counting each finished change to the design as one
 * edit (shared/training recordEdit). A drag is one edit: changes made while a gesture is in
 * progress are recorded only when the pointer is let go. Opening another file ends the
 * exercise (the design being counted is no longer on screen).
 */
import type { AnalysisResult } from '../../shared/analysis/types';
// The module itself, not the shared/training index, which would bring case making and the case
// format into the designer's first-screen chunk. finishExercise (with the plan comparison and
// its words per language) is not imported here either: exercise-summary.ts, loaded with the
// summary dialog, makes the summary.
import { recordEdit, startExercise, type ExerciseState } from '../../shared/training/exercise';
import type { Locale } from '../../shared/i18n/locale';
import type { Editor, EditorSnapshot } from '../editor/api';

export interface ExerciseInfo {
  readonly caseId: string;
  /** The case's title as its case.json has it. */
  readonly caseTitle: string;
  /**
   * The title in each language, for a built-in case (shared/training/case-text); worked out by
   * the case library's lazy chunk, so the designer's first-screen chunk need not hold the tables.
   */
  readonly caseTitles?: Readonly<Partial<Record<Locale, string>>>;
  /** The file name the editor shows for the exercise's design. */
  readonly fileName: string;
}

/** The exercise's case title in `locale`: the translation of a built-in case, else the case's own. */
export const exerciseCaseTitle = (info: ExerciseInfo, locale: Locale): string => info.caseTitles?.[locale] ?? info.caseTitle;

export interface RunningExercise {
  readonly info: ExerciseInfo;
  readonly state: ExerciseState;
  /** The analysis of the design as the exercise began. */
  readonly startAnalysis: AnalysisResult;
}

export interface ExerciseProgress {
  readonly state: ExerciseState;
  /** The analysis of the design as the exercise began, and of the design now. */
  readonly start: AnalysisResult;
  readonly current: AnalysisResult;
}

export class ExerciseTracker {
  private running: RunningExercise | null = null;
  private unsubscribe: (() => void) | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly editor: Editor) {}

  /** The exercise now running, or null. A new object whenever it changes (useSyncExternalStore). */
  getSnapshot = (): RunningExercise | null => this.running;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Start on the design the editor shows now (load the poor design first). */
  start(info: ExerciseInfo): void {
    this.stop();
    const snap = this.editor.getSnapshot();
    this.set({ info, state: startExercise(snap.plan), startAnalysis: snap.analysis });
    this.unsubscribe = this.editor.subscribe(() => this.follow(this.editor.getSnapshot()));
  }

  /**
   * The exercise so far, with the design as it is now (the exercise keeps running until stop),
   * and the analyses its summary compares (shared/training finishExercise makes the summary).
   */
  progress(): ExerciseProgress | null {
    const run = this.running;
    if (!run) return null;
    const snap = this.editor.getSnapshot();
    const state = snap.plan === run.state.current ? run.state : recordEdit(run.state, snap.plan);
    return { state, start: run.startAnalysis, current: snap.analysis };
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    if (this.running) this.set(null);
  }

  private follow(snap: EditorSnapshot): void {
    const run = this.running;
    if (!run) return;
    if (snap.file.name !== run.info.fileName) {
      this.stop();
      return;
    }
    if (snap.gestureInProgress) return;
    // The design is still as it began but its analysis changed: the tissue simulation's answer
    // arrived (it adds the simulated evidence of the cheekbone rule). Start from that, so the
    // evidence is not counted as a problem the trainee introduced.
    if (snap.plan === run.state.start && snap.analysis !== run.startAnalysis) {
      this.set({ ...run, startAnalysis: snap.analysis });
      return;
    }
    const state = recordEdit(run.state, snap.plan);
    if (state !== run.state) this.set({ ...run, state });
  }

  private set(next: RunningExercise | null): void {
    this.running = next;
    for (const listener of [...this.listeners]) listener();
  }
}
