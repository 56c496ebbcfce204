import type { Flow } from './flow';
import { GAP, INK, LEADING, TYPE, severityColor } from './report-style';

import type { ExerciseReport } from './types';

/**
 * The training-exercise page (optional, after the plan): who did it, on which case, how it
 * went (problems at the start, resolved, introduced, edits, passed or not) and the problems
 * still in the design. It starts on a new page so it can be handed in on its own.
 */

const LABEL_WIDTH = 150;

function row(flow: Flow, label: string, value: string): void {
  const size = TYPE.body;
  const lh = size * LEADING;
  const valueWidth = flow.width - LABEL_WIDTH;
  const height = Math.max(lh, flow.measureParagraph(value, valueWidth, size));
  flow.ensure(height);
  flow.canvas.text(label, flow.left, flow.y + size, { size, color: INK.muted });
  const top = flow.y;
  flow.paragraph(value, { size, indent: LABEL_WIDTH, bold: label === flow.language.text.exerciseTrainee });
  flow.y = Math.max(flow.y, top + height);
}

export function drawExerciseSection(flow: Flow, exercise: ExerciseReport): void {
  const T = flow.language.text;
  flow.newPage();
  flow.heading(T.exerciseTitle);
  row(flow, T.exerciseTrainee, exercise.traineeName.trim() || T.notRecorded);
  row(flow, T.exerciseCase, exercise.caseTitle);
  row(flow, T.exerciseAtStart, String(exercise.findingsAtStart));
  row(flow, T.exerciseResolved, String(exercise.resolved));
  row(flow, T.exerciseIntroduced, String(exercise.introduced));
  row(flow, T.exerciseEdits, String(exercise.edits));
  row(flow, T.exerciseResult, exercise.passed ? T.exercisePassed : T.exerciseNotPassed);
  flow.gap(GAP.paragraph);
  flow.paragraph(T.exerciseNote, { size: TYPE.small, color: INK.muted });
  flow.sectionGap();
  flow.heading(T.exerciseRemaining, 20);
  if (exercise.remaining.length === 0) {
    flow.paragraph(T.exerciseNoneRemaining, { color: INK.muted });
    return;
  }
  for (const problem of exercise.remaining) {
    const tag = T.severity[problem.severity];
    flow.paragraph(`${tag}: ${flow.language.finding(problem).title}`, { color: severityColor(problem.severity) });
  }
}
