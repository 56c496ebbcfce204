import type { ThresholdName, ThresholdUnit } from './rule-text/threshold-keys';
import type { FacePoint } from '../geometry/types';
import type { RegionKind } from '../atlas/types';
import type { Side } from '../plan/types';
import type { SimulationSummary } from '../simulation/summary';
import type { FindingText } from './finding-text';

export type Severity = 'info' | 'warning' | 'critical';

/** Fixed ids: they are the CLI's contract and appear in example file names. */
export const RULE_IDS = [
  'cheekbone-concentration',
  'superficial-path',
  'deep-path',
  'entry-dimpling',
  'muscle-conflict',
  'danger-zone',
  'weak-fixation',
  'smooth-thread-lift',
  'over-tension',
  'crowding',
  'length-mismatch',
  'gravity-direction',
  'asymmetry',
  'thread-count',
  'product-expiry',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/**
 * Rules whose findings are always info notes: advice on the design (e.g. fewer threads than the
 * sagging usually needs), never a mistake. A training exercise does not count them as problems,
 * so no training case can be built on one; their poor example shows the note and nothing worse.
 */
export const ADVICE_RULE_IDS: readonly RuleId[] = ['thread-count'];

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** Plain-language headline, e.g. "Thread 3 runs too shallow in the cheek". */
  readonly title: string;
  /** Why it matters clinically. */
  readonly message: string;
  /** What to change. */
  readonly fix: string;
  /** Ids of the threads concerned (may be empty for whole-plan findings). */
  readonly threads: readonly string[];
  /** Where on the face, when the finding has a place. */
  readonly location: FacePoint | null;
  readonly side: Side | null;
  /**
   * Which check of the rule fired, e.g. 'intradermal' or a danger-zone kind. Machine-readable;
   * with rule, side and threads it makes the finding's stable key (analysis/findings.ts findingKey).
   */
  readonly aspect?: string;
  /**
   * Present when repeats of this finding (same rule, severity and check, led by the same thread)
   * were folded into it at the plan size limit (finding-groups.ts): how many. Their threads are
   * in `threads`; the words describe this one.
   */
  readonly folded?: { readonly count: number };
  /**
   * The finding's words as data (a text key and its parameters, finding-text.ts), for showing it
   * in another language: renderFindingText(text, locale). Absent for rules whose texts are still
   * written in English by the rule; title, message and fix are the English either way.
   */
  readonly text?: FindingText;
}

export interface SideVector {
  /** Sum of the traction vectors of the lifts from one end (floating designs add no net pull: metrics.ts), newtons, face axes (+y down). */
  readonly x: number;
  readonly y: number;
  readonly magnitudeN: number;
  /**
   * Direction measured from the patient's lateral horizontal, degrees, positive upward
   * (against gravity); mirrored sides therefore get equal angles. Null when there is no traction.
   */
  readonly elevationDeg: number | null;
}

export interface RegionTraction {
  readonly region: RegionKind;
  readonly side: Side;
  readonly forceN: number;
}

export interface Metrics {
  readonly threadCount: { readonly right: number; readonly left: number };
  /** Traction summed over the threads' barbed sections, by region kind and side. */
  readonly tractionByRegion: readonly RegionTraction[];
  readonly tractionBySide: { readonly right: number; readonly left: number };
  /** Share (0..1) of each side's midface traction that ends or converges on the malar prominence; null without midface traction. */
  readonly malarShare: { readonly right: number | null; readonly left: number | null };
  readonly resultant: { readonly right: SideVector; readonly left: SideVector };
  /** 1 = perfectly symmetric in count, force and direction; null when either side is empty. */
  readonly symmetry: number | null;
  /**
   * The simulated tissue map's figures (shared/simulation/summary.ts), per side: peak and mean
   * gathering on the malar prominence against the peak in the rest of the midface. Null when the
   * analysis was run without a simulation.
   */
  readonly simulation: SimulationSummary | null;
}

export interface AnalysisResult {
  /** Sorted: critical first, then warning, then info; then by rule id and first thread. */
  readonly findings: readonly Finding[];
  readonly metrics: Metrics;
}

/** A documented threshold: every number a rule compares against is one of these. */
export interface Threshold {
  /** Typed on the list of names, so each has its Korean and Russian words (rule-text/threshold-keys.ts). */
  readonly name: ThresholdName;
  readonly value: number;
  readonly unit: ThresholdUnit;
  /** The English sentence; Korean and Russian are templates on the name (rule-text/thresholds-*.ts). */
  readonly description: string;
  /** Numbers the sentence names besides the value, from the rule's own constants ({name} in the templates). */
  readonly params?: Readonly<Record<string, number>>;
  /** A citation (shared/domain.md / literature) or the words "design choice" with a reason. */
  readonly source: string;
}

/** What `vectorlift rules` prints for each rule. */
export interface RuleDescription {
  readonly id: RuleId;
  readonly title: string;
  readonly description: string;
  readonly thresholds: readonly Threshold[];
}
