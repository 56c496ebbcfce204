/**
 * Before/after (issue 11): a follow-up photo laid onto its baseline by the landmarks a thread lift
 * does not move (eyes, nose: shared/photo/measure.ts), side by side at the same scale or as a
 * ghost over the baseline at an adjustable opacity, with the plan's vectors drawn on both through
 * each photo's own alignment, and the measured movement of the mouth corners, jaw angles and chin
 * scaled by the interpupillary distance (Photos tab).
 */
import './photo.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import { photoAlignmentOf } from '../../shared/photo/alignment';
import { photoFaceCrop } from '../../shared/photo/face-crop';
import { viewOfPhotoAngle } from '../../shared/photo/photo-views';
import { projectScene } from '../../shared/scene/view-projection';
import { viewBounds } from '../../shared/scene/view-outline';
import type { Atlas } from '../../shared/atlas/types';
import { DEFAULT_PHOTO_SCALE, followUpToBaseline, landmarkShifts } from '../../shared/photo/measure';
import type { Affine } from '../../shared/photo/types';
import { warpItems } from '../../shared/photo/warp-scene';
import type { FaceBounds } from '../../shared/geometry/types';
import type { PlanPhoto } from '../../shared/plan/types';
import { buildScene } from '../../shared/scene/build-scene';
import { PALETTES } from '../../shared/scene/palette';
import { drawItems } from '../canvas/draw-item';
import { currentLocale, fixed, t } from '../i18n';
import { useEnvironment, useSnapshot } from '../ui/editor-context';
import { Modal } from '../ui/Modal';
import { useResolvedTheme } from '../ui/theme';
import { usePhotoBitmap } from './photo-bitmap';
import { photoView, usePhotoView } from './photo-view';

const IDENTITY: Affine = { a: 1, b: 0, c: 0, d: 0, e: 1, f: 0 };
const PANEL = { width: 420, height: 520 };

function caption(photo: PlanPhoto): string {
  const interval = photo.interval ? t('photo.intervalAfter', { value: photo.interval.value, unit: t(`photo.unit.${photo.interval.unit}`) }) : '';
  return t('photo.compareCaption', { kind: t(`photo.kind.${photo.kind}`), date: photo.date, interval });
}

interface Layer {
  readonly bitmap: ImageBitmap | null;
  /** Photo px -> baseline px. */
  readonly toBaseline: Affine;
  readonly opacity: number;
  readonly photo: PlanPhoto;
}

/** The baseline's face region in its pixels (its view's bounds through its alignment, as the PDF frames it), or the whole photo when it is not aligned. */
function faceCrop(photo: PlanPhoto, atlas: Atlas): FaceBounds {
  const alignment = photoAlignmentOf(photo, atlas);
  if (!alignment) return { minX: 0, minY: 0, maxX: photo.image.width, maxY: photo.image.height };
  return photoFaceCrop(photo.image, alignment, viewBounds(atlas, viewOfPhotoAngle(photo.angle)));
}

/** Draws photos in the baseline's frame, fitted to the panel, with the plan's vectors on top. */
function PhotoPanel({ layers, base, vectors, label, testId }: { readonly layers: readonly Layer[]; readonly base: PlanPhoto; readonly vectors: boolean; readonly label: string; readonly testId: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const { atlas, catalogue } = useEnvironment();
  const snap = useSnapshot();
  const palette = PALETTES[useResolvedTheme(snap.theme)];
  const scene = useMemo(() => buildScene({ plan: snap.plan, atlas, analysis: snap.analysis, layers: snap.layers, catalogue, locale: currentLocale() }), [snap.plan, atlas, snap.analysis, snap.layers, catalogue]);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    const dpr = window.devicePixelRatio || 1;
    // Framed on the face (the atlas bounds through the baseline's alignment), as in the PDF.
    const crop = faceCrop(base, atlas);
    const cw = crop.maxX - crop.minX;
    const ch = crop.maxY - crop.minY;
    const s = Math.min(PANEL.width / cw, PANEL.height / ch);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, PANEL.width, PANEL.height);
    ctx.translate((PANEL.width - cw * s) / 2 - crop.minX * s, (PANEL.height - ch * s) / 2 - crop.minY * s);
    ctx.scale(s, s);
    for (const layer of layers) {
      if (!layer.bitmap) continue;
      const A = layer.toBaseline;
      ctx.save();
      ctx.globalAlpha = layer.opacity;
      ctx.transform(A.a, A.d, A.b, A.e, A.c, A.f);
      ctx.drawImage(layer.bitmap, 0, 0);
      ctx.restore();
    }
    if (vectors) {
      // The plan on the top photo of the panel, through that photo's own alignment.
      // An oblique or profile photo carries the plan as its view shows it.
      const top = layers[layers.length - 1]!;
      const alignment = photoAlignmentOf(top.photo, atlas);
      if (alignment) {
        const plan = projectScene(scene, atlas, viewOfPhotoAngle(top.photo.angle)).layers.filter((l) => l.id === 'threads' || l.id === 'entry-points');
        for (const l of plan) drawItems(ctx, warpItems(l.items, alignment.warp, top.toBaseline, false), { palette, zoom: s });
      }
    }
  }, [layers, base, vectors, scene, atlas, palette]);
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  return (
    <figure className="compare-panel">
      <canvas ref={ref} width={PANEL.width * dpr} height={PANEL.height * dpr} style={{ width: PANEL.width, height: PANEL.height }} role="img" aria-label={label} data-testid={testId} />
      <figcaption>{label}</figcaption>
    </figure>
  );
}

/** A choice of one of the plan's photos, each named by its number, angle and caption. */
function PhotoChoice({
  label,
  photos,
  chosen,
  testId,
  onChoose,
}: {
  readonly label: string;
  readonly photos: readonly PlanPhoto[];
  readonly chosen: PlanPhoto | null | undefined;
  readonly testId: string;
  readonly onChoose: (id: string) => void;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={chosen?.id ?? ''} data-testid={testId} onChange={(e) => onChoose(e.currentTarget.value)}>
        {photos.map((p, i) => (
          <option key={p.id} value={p.id}>
            {t('photo.title', { number: i + 1, angle: t(`photo.angle.${p.angle}`) })} · {caption(p)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function CompareWorkspace() {
  const snap = useSnapshot();
  const view = usePhotoView();
  const ws = view.workspace?.kind === 'compare' ? view.workspace : null;
  const photos = snap.plan.photos;
  const baseline = photos.find((p) => p.id === ws?.baselineId) ?? photos.find((p) => p.kind === 'baseline') ?? null;
  const followUp = photos.find((p) => p.id === ws?.followUpId) ?? photos.find((p) => p.kind === 'follow-up') ?? null;
  const baseBitmap = usePhotoBitmap(baseline?.image ?? null);
  const afterBitmap = usePhotoBitmap(followUp?.image ?? null);
  const [vectors, setVectors] = useState(true);
  const toBaseline = baseline && followUp ? followUpToBaseline(baseline, followUp) : null;
  const scale = snap.plan.photoScale ?? DEFAULT_PHOTO_SCALE;
  // Measured on frontal photos only: in a turned photo the interpupillary distance and the
  // sideways movement are foreshortened by the turn, so millimetres would be wrong.
  const frontalPair = baseline?.angle === 'frontal' && followUp?.angle === 'frontal';
  const shifts = baseline && followUp && frontalPair ? landmarkShifts(baseline, followUp, scale) : null;
  if (!ws) return null;
  const set = (patch: Partial<typeof ws>) => photoView.set({ workspace: { ...ws, ...patch } });
  const close = () => photoView.set({ workspace: null });
  const mm = (v: number) => t('photo.mm', { value: fixed(v, 1) });

  return (
    <Modal title={t('photo.compareTitle')} onCancel={close} className="photo-workspace compare" testId="compare-workspace">
      <div className="compare-controls">
        <PhotoChoice label={t('photo.compareBaseline')} photos={photos} chosen={baseline} testId="compare-baseline" onChoose={(id) => set({ baselineId: id })} />
        <PhotoChoice label={t('photo.compareFollowUp')} photos={photos} chosen={followUp} testId="compare-follow-up" onChoose={(id) => set({ followUpId: id })} />
        <fieldset className="menu-group">
          <legend>{t('photo.compareMode')}</legend>
          <label className="check-row">
            <input type="radio" name="compare-mode" checked={ws.mode === 'side-by-side'} data-testid="compare-side" onChange={() => set({ mode: 'side-by-side' })} />
            <span className="check-label">{t('photo.compareSideBySide')}</span>
          </label>
          <label className="check-row">
            <input type="radio" name="compare-mode" checked={ws.mode === 'ghost'} data-testid="compare-ghost" onChange={() => set({ mode: 'ghost' })} />
            <span className="check-label">{t('photo.compareGhost')}</span>
          </label>
        </fieldset>
        {ws.mode === 'ghost' && (
          <label className="field">
            <span>{t('photo.ghostOpacity', { percent: Math.round(ws.ghostOpacity * 100) })}</span>
            <input type="range" min={0} max={100} step={5} value={Math.round(ws.ghostOpacity * 100)} data-testid="compare-opacity" onChange={(e) => set({ ghostOpacity: Number(e.currentTarget.value) / 100 })} />
          </label>
        )}
        <label className="check-row">
          <input type="checkbox" checked={vectors} data-testid="compare-vectors" onChange={(e) => setVectors(e.currentTarget.checked)} />
          <span className="check-label">{t('photo.showPlan')}</span>
        </label>
      </div>
      {!baseline || !followUp || !toBaseline ? (
        <p className="photo-message error" role="alert" data-testid="compare-not-aligned">
          {t('photo.compareNotAligned')}
        </p>
      ) : (
        <>
          <div className="compare-panels">
            {ws.mode === 'side-by-side' ? (
              <>
                <PhotoPanel layers={[{ bitmap: baseBitmap, toBaseline: IDENTITY, opacity: 1, photo: baseline }]} base={baseline} vectors={vectors} label={caption(baseline)} testId="compare-before" />
                <PhotoPanel layers={[{ bitmap: afterBitmap, toBaseline, opacity: 1, photo: followUp }]} base={baseline} vectors={vectors} label={caption(followUp)} testId="compare-after" />
              </>
            ) : (
              <PhotoPanel
                layers={[
                  { bitmap: baseBitmap, toBaseline: IDENTITY, opacity: 1, photo: baseline },
                  { bitmap: afterBitmap, toBaseline, opacity: ws.ghostOpacity, photo: followUp },
                ]}
                base={baseline}
                vectors={vectors}
                label={`${caption(followUp)} / ${caption(baseline)}`}
                testId="compare-ghost-canvas"
              />
            )}
          </div>
          <section aria-labelledby="measure-title" className="compare-measure">
            <h3 id="measure-title" className="photo-subtitle">
              {t('photo.measureTitle')}
            </h3>
            <p className="field-hint">{t('photo.measureHint', { mm: scale.distanceMm })}</p>
            {shifts && shifts.length > 0 ? (
              <table className="measure-table" data-testid="compare-measure">
                <thead>
                  <tr>
                    <th scope="col" />
                    <th scope="col">{t('photo.measureUp')}</th>
                    <th scope="col">{t('photo.measureOut')}</th>
                    <th scope="col">{t('photo.measureTotal')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shifts.map((s) => (
                    <tr key={s.id} data-landmark={s.id}>
                      <th scope="row">{t(`photo.landmark.${s.id}` as 'photo.landmark.menton')}</th>
                      <td>{mm(s.upMm)}</td>
                      <td>{mm(s.outwardMm)}</td>
                      <td>{mm(s.totalMm)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="field-hint" data-testid="compare-measure-none">
                {frontalPair ? t('photo.measureNone') : t('photo.measureFrontalOnly')}
              </p>
            )}
          </section>
        </>
      )}
      <div className="dialog-buttons">
        <button type="button" className="button" data-testid="compare-close" onClick={close}>
          {t('photo.close')}
        </button>
      </div>
    </Modal>
  );
}
