/**
 * Marks for the skin in the inspectors: where to put the pen on the patient, measured over the
 * skin from named landmarks (shared/surface/marks.ts; docs/atlas.md, "Marks for the skin").
 * Worked out once per change of what they depend on, not on every render.
 */
import { useMemo } from 'react';
import type { FacePoint } from '../../shared/geometry/types';
import type { Thread } from '../../shared/plan/types';
import { frankfortWords, markPoint, surfaceOf, threadMarks } from '../../shared/surface';
import { t } from '../i18n';
import { useEnvironment } from './editor-context';

/** A thread's skin length, barbed section from the entry, direction, and its two end marks. */
export function ThreadSkinMarks({ thread }: { readonly thread: Thread }) {
  const { atlas } = useEnvironment();
  const surface = surfaceOf(atlas);
  const { path, barbed, fixationEnd } = thread;
  const marks = useMemo(() => threadMarks(surface, { path, barbed, fixationEnd }), [surface, path, barbed, fixationEnd]);
  const mm = (v: number) => t('unit.mm', { value: v.toFixed(1) });
  return (
    <>
      <h4>{t('inspector.marks')}</h4>
      <dl className="facts skin-marks" data-testid="thread-marks">
        <dt>{t('inspector.marks.skinLength')}</dt>
        <dd data-testid="marks-length">{mm(marks.surfaceLengthMm)}</dd>
        {marks.barbedFromEntryMm && (
          <>
            <dt>{t('inspector.marks.barbs')}</dt>
            <dd data-testid="marks-barbs">
              {t('inspector.marks.barbsRange', { from: marks.barbedFromEntryMm.startMm.toFixed(1), to: marks.barbedFromEntryMm.endMm.toFixed(1) })}
            </dd>
          </>
        )}
        <dt>{t('inspector.marks.direction')}</dt>
        <dd data-testid="marks-direction">{frankfortWords(marks.frankfortAngleDeg)}</dd>
        <dt>{t(fixationEnd === 'entry' ? 'inspector.marks.entryFixation' : 'inspector.marks.entry')}</dt>
        <dd data-testid="marks-entry">{marks.entry.text}</dd>
        <dt>{t(fixationEnd === 'distal' ? 'inspector.marks.distalFixation' : 'inspector.marks.distal')}</dt>
        <dd data-testid="marks-distal">{marks.distal.text}</dd>
      </dl>
    </>
  );
}

/** Where an entry point goes on the skin. */
export function PointSkinMark({ point }: { readonly point: FacePoint }) {
  const { atlas } = useEnvironment();
  const surface = surfaceOf(atlas);
  const { x, y } = point;
  const mark = useMemo(() => markPoint(surface, { x, y }), [surface, x, y]);
  return (
    <>
      <dt>{t('inspector.marks.onSkin')}</dt>
      <dd data-testid="entry-mark">{mark.text}</dd>
    </>
  );
}
