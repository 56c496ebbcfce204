/**
 * A no-browser editor harness in the spirit of tldraw's TestEditor and excalidraw's UI helpers:
 * drive the real editor with pointer and keyboard input in face millimetres and check the plan.
 * The real atlas, catalogue and analysis are used; only the host (bridge) is faked.
 */
import { expect } from 'vitest';
import { analyze as realAnalyze } from '../../../shared/analysis';
import type { AnalysisResult } from '../../../shared/analysis/types';
import { CANONICAL_ATLAS } from '../../../shared/atlas';
import type { Atlas } from '../../../shared/atlas/types';
import { THREAD_CATALOGUE } from '../../../shared/catalogue/thread-types';
import type { FacePoint } from '../../../shared/geometry/types';
import type { PlanDocument, Thread } from '../../../shared/plan/types';
import type { SceneRef } from '../../../shared/scene/types';
import type { EditorSnapshot, KeyInput, PointerInput } from '../../../renderer/editor/api';
import { createEditor, type CreateEditorOptions, type EditorHandle } from '../../../renderer/editor/create-editor';
import { FakeBridge } from './fake-bridge';

export interface Modifiers {
  readonly shift?: boolean;
  readonly alt?: boolean;
  readonly mod?: boolean;
}

export type Point = readonly [number, number];

/** Scene refs as the canvas would report them. */
export const on = {
  thread: (id: string): SceneRef => ({ kind: 'thread', id }),
  point: (id: string, index: number): SceneRef => ({ kind: 'thread-point', id, index }),
  entry: (id: string): SceneRef => ({ kind: 'entry-point', id }),
  face: (): SceneRef => ({ kind: 'face', id: 'face' }),
};

/** Turn 'Mod+Shift+Z' into the KeyInput a browser would give (Shift upper-cases letters). */
export function keyInput(combo: string): KeyInput {
  const parts = combo.endsWith('++') ? [...combo.slice(0, -2).split('+'), '+'] : combo === '+' ? ['+'] : combo.split('+');
  let key = parts.pop()!;
  const mods = new Set(parts);
  const shiftKey = mods.has('Shift');
  if (key.length === 1 && /[a-z]/i.test(key)) key = shiftKey ? key.toUpperCase() : key.toLowerCase();
  return { key, shiftKey, altKey: mods.has('Alt'), modKey: mods.has('Mod') };
}

export interface TestEditorOptions extends Partial<Omit<CreateEditorOptions, 'bridge'>> {
  readonly bridge?: FakeBridge;
}

export class TestEditor {
  readonly bridge: FakeBridge;
  readonly editor: EditorHandle;

  constructor(options: TestEditorOptions = {}) {
    this.bridge = options.bridge ?? new FakeBridge();
    this.editor = createEditor({
      atlas: CANONICAL_ATLAS,
      catalogue: THREAD_CATALOGUE,
      analyze: (plan, atlas, simulation) => realAnalyze(plan, atlas, { simulation }),
      now: () => new Date(2025, 2, 14),
      ...options,
      bridge: this.bridge,
    });
  }

  /** A harness whose preferences and recovery have been loaded. */
  static async create(options: TestEditorOptions = {}): Promise<TestEditor> {
    const test = new TestEditor(options);
    await test.editor.whenReady();
    return test;
  }

  get snapshot(): EditorSnapshot {
    return this.editor.getSnapshot();
  }

  get plan(): PlanDocument {
    return this.snapshot.plan;
  }

  get state(): string {
    return this.editor.toolStateName;
  }

  thread(id: string): Thread {
    const t = this.plan.threads.find((x) => x.id === id);
    if (!t) throw new Error(`no thread ${id}`);
    return t;
  }

  private input([x, y]: Point, target: SceneRef | null, mods: Modifiers): PointerInput {
    return { point: { x, y }, target, shiftKey: !!mods.shift, altKey: !!mods.alt, modKey: !!mods.mod };
  }

  pointerDown(at: Point, target: SceneRef | null = null, mods: Modifiers = {}): this {
    this.editor.pointerDown(this.input(at, target, mods));
    return this;
  }

  pointerMove(at: Point, target: SceneRef | null = null, mods: Modifiers = {}): this {
    this.editor.pointerMove(this.input(at, target, mods));
    return this;
  }

  pointerUp(at: Point, target: SceneRef | null = null, mods: Modifiers = {}): this {
    this.editor.pointerUp(this.input(at, target, mods));
    return this;
  }

  click(at: Point, target: SceneRef | null = null, mods: Modifiers = {}): this {
    return this.pointerDown(at, target, mods).pointerUp(at, target, mods);
  }

  /** What a browser sends for a double-click: two clicks, then dblclick. */
  doubleClick(at: Point, target: SceneRef | null = null, mods: Modifiers = {}): this {
    this.click(at, target, mods).click(at, target, mods);
    this.editor.doubleClick(this.input(at, target, mods));
    return this;
  }

  /** Press at `from`, move in `steps` steps to `to`, release. */
  drag(from: Point, to: Point, target: SceneRef | null = null, mods: Modifiers = {}, steps = 5): this {
    this.pointerDown(from, target, mods);
    for (let i = 1; i <= steps; i++) {
      const k = i / steps;
      this.pointerMove([from[0] + (to[0] - from[0]) * k, from[1] + (to[1] - from[1]) * k], target, mods);
    }
    return this.pointerUp(to, target, mods);
  }

  /** Press a key combination; returns whether the editor handled it. */
  key(combo: string): boolean {
    return this.editor.keyDown(keyInput(combo));
  }

  /** Draw a thread with the thread tool: clicks at each point, then Enter. Returns the new thread. */
  drawThread(points: readonly Point[], start: SceneRef | null = null): Thread {
    this.editor.setTool('thread');
    points.forEach((p, i) => this.click(p, i === 0 ? start : null));
    this.key('Enter');
    const thread = this.plan.threads[this.plan.threads.length - 1];
    if (!thread) throw new Error('no thread was drawn');
    return thread;
  }

  expectPlan(expected: Record<string, unknown>): void {
    expect(this.plan).toMatchObject(expected);
  }

  expectSelection(threadIds: readonly string[], entryPointIds: readonly string[] = []): void {
    expect(this.snapshot.selection).toEqual({ threadIds, entryPointIds });
  }

  rules(): string[] {
    return this.snapshot.analysis.findings.map((f) => f.rule);
  }

  /** Let pending promise chains (fake bridge calls) run; works with fake timers too. */
  async settle(): Promise<void> {
    for (let i = 0; i < 20; i++) await Promise.resolve();
  }
}

/** A typical midface thread on the patient's left: temple (deep temporal fascia) down into the cheek. */
export const LEFT_MIDFACE: readonly Point[] = [
  [68, -20],
  [55, 20],
  [35, 50],
];

export const at = (p: FacePoint): Point => [p.x, p.y];

/** An analysis stub for tests that must not depend on the rules. */
export const noAnalysis = (_plan: PlanDocument, _atlas: Atlas): AnalysisResult => ({
  findings: [],
  metrics: {
    threadCount: { right: 0, left: 0 },
    tractionByRegion: [],
    tractionBySide: { right: 0, left: 0 },
    malarShare: { right: null, left: null },
    simulation: null,
    resultant: {
      right: { x: 0, y: 0, magnitudeN: 0, elevationDeg: null },
      left: { x: 0, y: 0, magnitudeN: 0, elevationDeg: null },
    },
    symmetry: null,
  },
});
