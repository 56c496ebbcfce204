import type { Flow } from './flow';
import { GAP, INK, LEADING, TYPE, severityColor } from './report-style';
import { REPORT_TEXT } from './report-strings';
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
  flow.paragraph(value, { size, indent: LABEL_WIDTH, bold: label === REPORT_TEXT.exerciseTrainee });
  flow.y = Math.max(flow.y, top + height);
}

export function drawExerciseSection(flow: Flow, exercise: ExerciseReport): void {
  flow.newPage();
  flow.heading(REPORT_TEXT.exerciseTitle);
  row(flow, REPORT_TEXT.exerciseTrainee, exercise.traineeName.trim() || REPORT_TEXT.notRecorded);
  row(flow, REPORT_TEXT.exerciseCase, exercise.caseTitle);
  row(flow, REPORT_TEXT.exerciseAtStart, String(exercise.findingsAtStart));
  row(flow, REPORT_TEXT.exerciseResolved, String(exercise.resolved));
  row(flow, REPORT_TEXT.exerciseIntroduced, String(exercise.introduced));
  row(flow, REPORT_TEXT.exerciseEdits, String(exercise.edits));
  row(flow, REPORT_TEXT.exerciseResult, exercise.passed ? REPORT_TEXT.exercisePassed : REPORT_TEXT.exerciseNotPassed);
  flow.gap(GAP.paragraph);
  flow.paragraph(REPORT_TEXT.exerciseNote, { size: TYPE.small, color: INK.muted });
  flow.sectionGap();
  flow.heading(REPORT_TEXT.exerciseRemaining, 20);
  if (exercise.remaining.length === 0) {
    flow.paragraph(REPORT_TEXT.exerciseNoneRemaining, { color: INK.muted });
    return;
  }
  for (const problem of exercise.remaining) {
    const tag = REPORT_TEXT.severity[problem.severity];
    flow.paragraph(`${tag}: ${problem.title}`, { color: severityColor(problem.severity) });
  }
}
