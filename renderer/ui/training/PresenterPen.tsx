/**
 * The trainer's pointer and pen over the presenter's diagram. D cycles off → pointer (a bright
 * dot that follows the mouse, for the back of the room) → pen (drag to draw); E clears the
 * ink, and so does moving to another step. Ink is screen decoration only: never part of the
 * plan, never saved.
 */
import { useEffect, useRef, useState } from 'react';
import { t } from '../../i18n';

export type PenMode = 'off' | 'pointer' | 'pen';
const NEXT: Readonly<Record<PenMode, PenMode>> = { off: 'pointer', pointer: 'pen', pen: 'off' };
export const nextPenMode = (mode: PenMode): PenMode => NEXT[mode];

type Stroke = readonly { x: number; y: number }[];

export function PresenterPen({ mode, clearKey }: { readonly mode: PenMode; readonly clearKey: unknown }) {
  const ref = useRef<SVGSVGElement>(null);
  const [strokes, setStrokes] = useState<Stroke[]>([]);
  const [dot, setDot] = useState<{ x: number; y: number } | null>(null);
  const drawing = useRef(false);
  // A new step or an explicit clear wipes the ink.
  useEffect(() => setStrokes([]), [clearKey]);
  useEffect(() => {
    if (mode !== 'pointer') setDot(null);
  }, [mode]);
  if (mode === 'off' && strokes.length === 0) return null;
  const at = (e: React.PointerEvent) => {
    const box = ref.current!.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  };
  return (
    <svg
      ref={ref}
      className={`presenter-pen mode-${mode}`}
      data-testid="presenter-pen"
      data-strokes={strokes.length}
      aria-label={t(`presenter.pen.${mode}`)}
      role="img"
      onPointerDown={(e) => {
        if (mode !== 'pen') return;
        e.currentTarget.setPointerCapture(e.pointerId);
        drawing.current = true;
        setStrokes((s) => [...s, [at(e)]]);
      }}
      onPointerMove={(e) => {
        if (mode === 'pointer') setDot(at(e));
        if (mode === 'pen' && drawing.current) {
          const p = at(e);
          setStrokes((s) => [...s.slice(0, -1), [...(s.at(-1) ?? []), p]]);
        }
      }}
      onPointerUp={() => {
        drawing.current = false;
      }}
      onPointerLeave={() => setDot(null)}
    >
      {strokes.map((s, i) => (
        <polyline key={i} points={s.map((p) => `${p.x},${p.y}`).join(' ')} />
      ))}
      {dot && <circle cx={dot.x} cy={dot.y} r={9} />}
    </svg>
  );
}
