/**
 * Aligning one photo to the canonical face (issue 11): the photo with its landmarks, the atlas
 * and the plan warped onto it to judge the fit, automatic detection (progress, Cancel) and the
 * key landmarks placed or dragged by hand, a full alternative to detection.
 *
 * Coordinates: the canvas shows photo pixels through a fit/zoom/pan transform (`Frame`); the
 * overlays are warped canonical -> photo (shared/photo) and drawn in photo pixels. A drag edits a
 * local copy of the landmarks (so the plan, its analysis and the history are untouched until the
 * drag ends) and becomes one undo step on release. Each overlay redraw is measured
 * (performance.measure 'vectorlift:photo-overlay') for the bench.
 */
import './photo.css';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type PointerEvent as ReactPointerEvent } from 'react';
import { landmarkInPhotoView, photoAlignmentOf } from '../../shared/photo/alignment';
import { viewOfPhotoAngle } from '../../shared/photo/photo-views';
import { projectScene } from '../../shared/scene/view-projection';
import { KEY_LANDMARK_IDS, KEY_LANDMARK_MESH_INDEX, mediapipeId, type KeyLandmarkId } from '../../shared/photo/landmark-ids';
import { landmarkOnPhoto } from '../../shared/photo/measure';
import type { Affine, PhotoPoint } from '../../shared/photo/types';
import { warpItems } from '../../shared/photo/warp-scene';
import { traceMeshEdges } from './mesh-lines';
import type { PhotoLandmark, PlanPhoto } from '../../shared/plan/types';
import { buildScene } from '../../shared/scene/build-scene';
import { PALETTES } from '../../shared/scene/palette';
import type { SceneItem } from '../../shared/scene/types';
import { drawItems } from '../canvas/draw-item';
import { fixed, t } from '../i18n';
import { useEditor, useEnvironment, useSnapshot } from '../ui/editor-context';
import { Modal } from '../ui/Modal';
import { useResolvedTheme } from '../ui/theme';
import { detectLandmarks, type DetectStage } from './detect/detect-landmarks';
import { usePhotoBitmap } from './photo-bitmap';
import { photoView } from './photo-view';

const IDENTITY: Affine = { a: 1, b: 0, c: 0, d: 0, e: 1, f: 0 };
/** How near (CSS px) the pointer must be to a landmark to grab it (design choice: a fingertip on a touch screen is about 14 px). */
const GRAB_PX = 12;
/** Layers drawn on the photo while aligning: the face drawing to judge the fit, the zones and the plan. */
const OVERLAY_LAYERS = ['face', 'fixation', 'danger-zones', 'threads', 'entry-points'] as const;

interface Frame {
  readonly s: number;
  readonly ox: number;
  readonly oy: number;
}

const toCanvas = (f: Frame, p: PhotoPoint) => ({ x: p.x * f.s + f.ox, y: p.y * f.s + f.oy });
const toPhoto = (f: Frame, x: number, y: number): PhotoPoint => ({ x: (x - f.ox) / f.s, y: (y - f.oy) / f.s });

/** Landmarks with one key landmark moved (or added) as placed by hand. */
export function withKeyLandmark(landmarks: readonly PhotoLandmark[], id: KeyLandmarkId, at: PhotoPoint): PhotoLandmark[] {
  const moved: PhotoLandmark = { id, x: at.x, y: at.y, source: 'manual' };
  const i = landmarks.findIndex((l) => l.id === id);
  return i >= 0 ? landmarks.map((l, k) => (k === i ? moved : l)) : [...landmarks, moved];
}

export function AlignWorkspace({ photoId }: { readonly photoId: string }) {
  const editor = useEditor();
  const { atlas, catalogue } = useEnvironment();
  const snap = useSnapshot();
  const theme = useResolvedTheme(snap.theme);
  const palette = PALETTES[theme];
  const photo = snap.plan.photos.find((p) => p.id === photoId) ?? null;
  const bitmap = usePhotoBitmap(photo?.image ?? null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [size, setSize] = useState({ width: 800, height: 600 });
  const [frame, setFrame] = useState<Frame | null>(null);
  const [draft, setDraft] = useState<readonly PhotoLandmark[] | null>(null);
  const [placing, setPlacing] = useState<KeyLandmarkId | null>(null);
  const [selected, setSelected] = useState<KeyLandmarkId | null>(null);
  const [showMesh, setShowMesh] = useState(false);
  const [showOverlays, setShowOverlays] = useState(true);
  const [detect, setDetect] = useState<{ stage: DetectStage; abort: AbortController } | null>(null);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const gesture = useRef<{ kind: 'drag'; id: KeyLandmarkId; pointerId: number } | { kind: 'pan'; pointerId: number; x: number; y: number } | null>(null);

  const landmarks = draft ?? photo?.landmarks ?? [];
  // A photo is aligned in the view of its angle: an oblique or profile photo to the face turned
  // that way, so only the landmarks that angle can see take part (shared/photo/alignment.ts).
  const angle = photo?.angle ?? 'frontal';
  const alignment = useMemo(() => photoAlignmentOf({ angle, landmarks }, atlas), [angle, landmarks, atlas]);

  // The plan and the atlas as the designer shows them, to be warped onto the photo.
  const scene = useMemo(
    () =>
      buildScene({
        plan: snap.plan,
        atlas,
        analysis: snap.analysis,
        layers: snap.layers,
        catalogue,
      }),
    [snap.plan, atlas, snap.analysis, snap.layers, catalogue],
  );
  const overlayItems = useMemo(() => {
    // The scene as the photo's view shows it (the frontal scene itself for a frontal photo).
    const inView = projectScene(scene, atlas, viewOfPhotoAngle(angle));
    const out: { id: string; items: readonly SceneItem[] }[] = [];
    for (const id of OVERLAY_LAYERS) {
      const layer = inView.layers.find((l) => l.id === id);
      if (!layer) continue;
      const items = id === 'face' ? layer.items.filter((i) => !('style' in i && i.style.fill && !i.style.stroke)) : layer.items;
      out.push({ id, items });
    }
    return out;
  }, [scene, atlas, angle]);

  // Canvas size follows its box.
  useEffect(() => {
    const el = canvasRef.current?.parentElement;
    if (!el) return;
    const observer = new ResizeObserver(() => setSize({ width: Math.max(100, el.clientWidth), height: Math.max(100, el.clientHeight) }));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Fit the photo when it first shows (and when the box size changes before any zoom).
  useEffect(() => {
    if (!photo) return;
    const s = Math.min(size.width / photo.image.width, size.height / photo.image.height) * 0.95;
    setFrame({ s, ox: (size.width - photo.image.width * s) / 2, oy: (size.height - photo.image.height * s) / 2 });
  }, [photo?.image, size.width, size.height]);

  const keyPositions = useMemo(() => {
    if (!photo) return [];
    const probe: PlanPhoto = { ...photo, landmarks };
    // Offered: the key landmarks this angle can see (the far tragus is hidden in an oblique, the
    // far half of the face in a profile), and any placed earlier that it cannot (to remove).
    const offered = KEY_LANDMARK_IDS.filter((id) => landmarkInPhotoView(id, photo.angle, atlas) !== null || landmarks.some((l) => l.id === id));
    return offered.map((id) => {
      const own = landmarks.find((l) => l.id === id);
      const hidden = landmarkInPhotoView(id, photo.angle, atlas) === null;
      return { id, hidden, at: hidden && !own ? null : landmarkOnPhoto(probe, id), source: own ? own.source : landmarkOnPhoto(probe, id) ? ('detected' as const) : null };
    });
  }, [photo, landmarks, atlas]);

  const draw = useCallback(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || !photo || !frame) return;
    const start = performance.now();
    const dpr = window.devicePixelRatio || 1;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, size.width, size.height);
    ctx.save();
    ctx.translate(frame.ox, frame.oy);
    ctx.scale(frame.s, frame.s);
    if (bitmap) ctx.drawImage(bitmap, 0, 0);
    if (alignment && showOverlays) {
      for (const layer of overlayItems) {
        const geometric = layer.id !== 'threads' && layer.id !== 'entry-points';
        drawItems(ctx, warpItems(layer.items, alignment.warp, IDENTITY, geometric), { palette, zoom: frame.s });
      }
    }
    if (alignment && showMesh) {
      ctx.globalAlpha = 0.6;
      ctx.strokeStyle = palette.highlight;
      ctx.lineWidth = 0.75 / frame.s;
      traceMeshEdges(ctx, alignment.warp);
      ctx.stroke();
      ctx.globalAlpha = 1;
    }
    ctx.restore();
    // Key landmarks in screen pixels: a ring, a dot, and the name of the selected one.
    for (const k of keyPositions) {
      if (!k.at) continue;
      const c = toCanvas(frame, k.at);
      const active = k.id === selected;
      ctx.beginPath();
      ctx.arc(c.x, c.y, active ? 7 : 5, 0, Math.PI * 2);
      ctx.lineWidth = 2;
      ctx.strokeStyle = '#ffffff';
      ctx.stroke();
      ctx.beginPath();
      ctx.arc(c.x, c.y, active ? 5.5 : 3.5, 0, Math.PI * 2);
      ctx.fillStyle = k.source === 'manual' ? palette['thread.warning'] : palette.highlight;
      ctx.fill();
      if (active) {
        ctx.font = '12px system-ui, sans-serif';
        ctx.lineWidth = 3;
        ctx.strokeStyle = '#ffffff';
        ctx.strokeText(t(`photo.landmark.${k.id}`), c.x + 9, c.y - 9);
        ctx.fillStyle = '#1f2933';
        ctx.fillText(t(`photo.landmark.${k.id}`), c.x + 9, c.y - 9);
      }
    }
    performance.measure('vectorlift:photo-overlay', { start, end: performance.now() });
  }, [photo, frame, bitmap, alignment, showOverlays, showMesh, overlayItems, keyPositions, selected, palette, size.width, size.height]);

  useEffect(() => {
    const id = requestAnimationFrame(draw);
    return () => cancelAnimationFrame(id);
  }, [draw]);

  // Cancel a running detection when the workspace closes (not when its progress changes).
  const running = useRef<AbortController | null>(null);
  running.current = detect?.abort ?? null;
  useEffect(() => () => running.current?.abort(), []);

  if (!photo) return null;

  const commit = (next: readonly PhotoLandmark[]) => {
    const photos = editor.getSnapshot().plan.photos.map((p) => (p.id === photoId ? { ...p, landmarks: next } : p));
    editor.setPhotos(photos);
  };

  const pointAt = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  };

  const nearestKey = (x: number, y: number): KeyLandmarkId | null => {
    if (!frame) return null;
    let best: { id: KeyLandmarkId; d: number } | null = null;
    for (const k of keyPositions) {
      if (!k.at) continue;
      const c = toCanvas(frame, k.at);
      const d = Math.hypot(c.x - x, c.y - y);
      if (d <= GRAB_PX && (!best || d < best.d)) best = { id: k.id, d };
    }
    return best?.id ?? null;
  };

  const onPointerDown = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    if (!frame || e.button !== 0) return;
    const p = pointAt(e);
    e.currentTarget.setPointerCapture(e.pointerId);
    if (placing) {
      commit(withKeyLandmark(landmarks, placing, toPhoto(frame, p.x, p.y)));
      setSelected(placing);
      // Walk on to the next key landmark not yet on the photo: placing all of them is a few clicks.
      const next = keyPositions.find((k) => !k.at && !k.hidden && k.id !== placing);
      setPlacing(next ? next.id : null);
      return;
    }
    const hit = nearestKey(p.x, p.y);
    if (hit) {
      setSelected(hit);
      gesture.current = { kind: 'drag', id: hit, pointerId: e.pointerId };
      setDraft(landmarks);
      return;
    }
    gesture.current = { kind: 'pan', pointerId: e.pointerId, x: p.x, y: p.y };
  };

  const onPointerMove = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    const g = gesture.current;
    if (!g || !frame || e.pointerId !== g.pointerId) return;
    const p = pointAt(e);
    if (g.kind === 'drag') setDraft((d) => withKeyLandmark(d ?? landmarks, g.id, toPhoto(frame, p.x, p.y)));
    else {
      setFrame({ ...frame, ox: frame.ox + p.x - g.x, oy: frame.oy + p.y - g.y });
      gesture.current = { ...g, x: p.x, y: p.y };
    }
  };

  const onPointerUp = (e: ReactPointerEvent<HTMLCanvasElement>) => {
    const g = gesture.current;
    if (!g || e.pointerId !== g.pointerId) return;
    gesture.current = null;
    if (g.kind === 'drag' && draft) commit(draft);
    setDraft(null);
  };

  const onWheel = (e: React.WheelEvent<HTMLCanvasElement>) => {
    if (!frame) return;
    const rect = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - rect.left;
    const y = e.clientY - rect.top;
    const k = Math.exp(-e.deltaY * 0.0015);
    const s = Math.min(40, Math.max(0.05, frame.s * k));
    const at = toPhoto(frame, x, y);
    setFrame({ s, ox: x - at.x * s, oy: y - at.y * s });
  };

  const onKeyDown = (e: ReactKeyboardEvent<HTMLCanvasElement>) => {
    // Arrow keys nudge the selected key landmark by one photo pixel (Shift: ten).
    const step = e.shiftKey ? 10 : 1;
    const d = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] }[e.key];
    if (!d || !selected) return;
    const at = keyPositions.find((k) => k.id === selected)?.at;
    if (!at) return;
    e.preventDefault();
    commit(withKeyLandmark(landmarks, selected, { x: at.x + d[0]!, y: at.y + d[1]! }));
  };

  const runDetection = async () => {
    if (!bitmap || detect) return;
    const abort = new AbortController();
    setMessage(null);
    setDetect({ stage: 'starting', abort });
    const result = await detectLandmarks(bitmap, { signal: abort.signal, onProgress: (stage) => setDetect((d) => (d ? { ...d, stage } : d)) });
    setDetect(null);
    if (!result.ok) {
      setMessage(
        result.reason === 'cancelled'
          ? { kind: 'info', text: t('photo.detectCancelled') }
          : { kind: 'error', text: result.reason === 'no-face' ? t('photo.noFace') : t('photo.detectFailed', { error: result.message }) },
      );
      return;
    }
    // The practitioner's own placements stay; detected points replace earlier detected ones.
    const current = editor.getSnapshot().plan.photos.find((p) => p.id === photoId)?.landmarks ?? [];
    const manual = current.filter((l) => l.source === 'manual');
    commit([...manual, ...result.landmarks.filter((l) => !manual.some((m) => m.id === l.id))]);
    setMessage({ kind: 'info', text: t('photo.detected', { count: result.landmarks.length, seconds: fixed((result.loadMs + result.detectMs) / 1000, 1) }) });
  };

  const removeKey = (id: KeyLandmarkId) => {
    const mesh = KEY_LANDMARK_MESH_INDEX[id];
    // A key landmark shown from its face-mesh counterpart goes with that point.
    commit(landmarks.filter((l) => l.id !== id && (mesh === undefined || l.id !== mediapipeId(mesh))));
  };

  const close = () => {
    detect?.abort.abort();
    photoView.set({ workspace: null });
  };

  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const aligned = alignment !== null;

  return (
    <Modal title={t('photo.alignTitle', { angle: t(`photo.angle.${photo.angle}`) })} onCancel={close} className="photo-workspace" testId="align-workspace">
      <div className="photo-workspace-body">
        <div className="photo-stage">
          <canvas
            ref={canvasRef}
            width={Math.round(size.width * dpr)}
            height={Math.round(size.height * dpr)}
            style={{ width: size.width, height: size.height }}
            tabIndex={0}
            role="img"
            aria-label={t('photo.alignCanvas')}
            data-testid="align-canvas"
            data-frame={frame ? `${frame.s} ${frame.ox} ${frame.oy}` : ''}
            data-placing={placing ?? ''}
            className={placing ? 'placing' : undefined}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={onPointerUp}
            onWheel={onWheel}
            onKeyDown={onKeyDown}
          />
        </div>
        <div className="photo-controls">
          <p className="field-hint" data-testid="align-status">
            {aligned ? t('photo.alignedStatus', { count: alignment.pairs.length }) : t('photo.alignHint')}
          </p>
          <div className="photo-detect">
            {detect ? (
              <>
                <span role="status" className="photo-progress" data-testid="detect-progress">
                  <span className="spinner" aria-hidden="true" /> {t(`photo.detect.${detect.stage}`)}
                </span>
                <button type="button" className="button" data-testid="detect-cancel" onClick={() => detect.abort.abort()}>
                  {t('photo.detectCancel')}
                </button>
              </>
            ) : (
              <button type="button" className="button" data-testid="detect-run" disabled={!bitmap} onClick={() => void runDetection()}>
                {t('photo.detectRun')}
              </button>
            )}
          </div>
          <div role={message?.kind === 'error' ? 'alert' : 'status'} className={message?.kind === 'error' ? 'photo-message error' : 'photo-message'} data-testid="align-message">
            {message?.text ?? ''}
          </div>
          <h3 className="photo-subtitle">{t('photo.keyLandmarks')}</h3>
          <p className="field-hint">{t('photo.keyLandmarksHint')}</p>
          <ul className="landmark-list">
            {keyPositions.map((k) => (
              <li key={k.id} data-landmark={k.id} className={k.id === selected ? 'selected' : undefined}>
                <span className="landmark-name">{t(`photo.landmark.${k.id}`)}</span>
                <span className="landmark-state">{k.hidden ? t('photo.hiddenAtAngle') : k.at ? (k.source === 'manual' ? t('photo.byHand') : t('photo.byDetector')) : t('photo.missing')}</span>
                {!k.hidden && <button
                  type="button"
                  className="button small"
                  aria-pressed={placing === k.id}
                  data-testid={`place-${k.id}`}
                  onClick={() => {
                    setPlacing(placing === k.id ? null : k.id);
                    setSelected(k.id);
                    canvasRef.current?.focus();
                  }}
                >
                  {k.at ? t('photo.placeAgain') : t('photo.place')}
                </button>}
                {k.at && (
                  <button type="button" className="button small" data-testid={`remove-${k.id}`} aria-label={t('photo.removeLandmark', { name: t(`photo.landmark.${k.id}`) })} onClick={() => removeKey(k.id)}>
                    ×
                  </button>
                )}
              </li>
            ))}
          </ul>
          <label className="check-row">
            <input type="checkbox" checked={showOverlays} data-testid="align-overlays" onChange={(e) => setShowOverlays(e.currentTarget.checked)} />
            <span className="check-label">{t('photo.showOverlays')}</span>
          </label>
          <label className="check-row">
            <input type="checkbox" checked={showMesh} data-testid="align-mesh" onChange={(e) => setShowMesh(e.currentTarget.checked)} />
            <span className="check-label">{t('photo.showMesh')}</span>
          </label>
          <div className="photo-actions">
            <button type="button" className="button" data-testid="align-clear" disabled={landmarks.length === 0} onClick={() => commit([])}>
              {t('photo.clearLandmarks')}
            </button>
            <button
              type="button"
              className="button primary"
              data-testid="align-done"
              onClick={() => {
                if (aligned) {
                  photoView.set({ underlay: { kind: 'photo', id: photoId }, showPhoto: true });
                  // The photo lies under the view of its own angle: turn the designer to it.
                  editor.setFaceView(viewOfPhotoAngle(photo.angle));
                }
                close();
              }}
            >
              {aligned ? t('photo.doneShow') : t('photo.done')}
            </button>
          </div>
        </div>
      </div>
    </Modal>
  );
}
