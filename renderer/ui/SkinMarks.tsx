/**
 * Marks for the skin in the inspectors: where to put the pen on the patient, measured over the
 * skin from named landmarks (shared/surface/marks.ts; docs/atlas.md, "Marks for the skin").
 *
 * Skin distances to landmarks take a few milliseconds each (geodesics), so they are worked out
 * after the inspector has painted, once per change of what they depend on, and not while a drag
 * is still moving the thread (each new position restarts the wait): the inspector never holds up
 * the canvas or a click in the lists.
 */
import { useEffect, useMemo, useState } from 'react';
import type { FacePoint } from '../../shared/geometry/types';
import type { Thread } from '../../shared/plan/types';
import { frankfortWords, markPoint, pointMarkText, surfaceOf, threadMarks } from '../../shared/surface';
import { currentLocale, fixed, t } from '../i18n';
import { useEnvironment } from './editor-context';

/** `compute()` for `key`, worked out after paint; null until it is ready for this key. */
function useAfterPaint<T>(key: unknown, compute: () => T): T | null {
  const [done, setDone] = useState<{ key: unknown; value: T } | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setDone({ key, value: compute() }), 0);
    return () => clearTimeout(timer);
    // `compute` closes over what `key` stands for.
  }, [key]);
  return done !== null && done.key === key ? done.value : null;
}

/** A thread's barbed section from the entry, direction, and its two end marks (its skin length is at the inspector's top). */
export function ThreadSkinMarks({ thread }: { readonly thread: Thread }) {
  const { atlas } = useEnvironment();
  const surface = surfaceOf(atlas);
  const { path, barbed, fixationEnd } = thread;
  const key = useMemo(() => ({}), [surface, path, barbed, fixationEnd]);
  const marks = useAfterPaint(key, () => threadMarks(surface, { path, barbed, fixationEnd }));
  if (marks === null) {
    return (
      <>
        <h4>{t('inspector.marks')}</h4>
        <p className="muted" data-testid="thread-marks-pending">{t('inspector.marks.pending')}</p>
      </>
    );
  }
  return (
    <>
      <h4>{t('inspector.marks')}</h4>
      <dl className="facts skin-marks" data-testid="thread-marks">
        {marks.barbedFromEntryMm && (
          <>
            <dt>{t('inspector.marks.barbs')}</dt>
            <dd data-testid="marks-barbs">
              {t('inspector.marks.barbsRange', { from: fixed(marks.barbedFromEntryMm.startMm, 1), to: fixed(marks.barbedFromEntryMm.endMm, 1) })}
            </dd>
          </>
        )}
        <dt>{t('inspector.marks.direction')}</dt>
        <dd data-testid="marks-direction">{frankfortWords(marks.frankfortAngleDeg, currentLocale())}</dd>
        <dt>{t(fixationEnd === 'entry' ? 'inspector.marks.entryFixation' : 'inspector.marks.entry')}</dt>
        <dd data-testid="marks-entry">{pointMarkText(marks.entry, currentLocale())}</dd>
        <dt>{t(fixationEnd === 'distal' ? 'inspector.marks.distalFixation' : 'inspector.marks.distal')}</dt>
        <dd data-testid="marks-distal">{pointMarkText(marks.distal, currentLocale())}</dd>
      </dl>
    </>
  );
}

/** Where an entry point goes on the skin. */
export function PointSkinMark({ point }: { readonly point: FacePoint }) {
  const { atlas } = useEnvironment();
  const surface = surfaceOf(atlas);
  const { x, y } = point;
  const key = useMemo(() => ({}), [surface, x, y]);
  const mark = useAfterPaint(key, () => markPoint(surface, { x, y }));
  return (
    <>
      <dt>{t('inspector.marks.onSkin')}</dt>
      <dd data-testid="entry-mark">{mark === null ? t('inspector.marks.pending') : pointMarkText(mark, currentLocale())}</dd>
    </>
  );
}

