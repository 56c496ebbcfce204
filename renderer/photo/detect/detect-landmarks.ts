/**
 * `detectLandmarks(image)`: the face's landmarks on a photo, found on this computer. The one
 * interface the rest of the app uses, so the detector behind it can be replaced.
 *
 * Today: MediaPipe Face Mesh through @vladmandic/human, in a worker (detector.worker.ts) loaded
 * only on first use, with model files the build copied into the app. The page stays responsive
 * throughout; progress is reported; aborting the signal terminates the worker at once (the next
 * detection starts a fresh one and loads the models again).
 */
import { MEDIAPIPE_IRIS_CENTRE, MEDIAPIPE_LANDMARK_COUNT, mediapipeId } from '../../../shared/photo/landmark-ids';
import type { PhotoLandmark } from '../../../shared/plan/types';
import { FACE_MODEL_DIR, type DetectReply } from './detector-protocol';

export type DetectStage = 'starting' | 'loading' | 'detecting';

export interface DetectOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (stage: DetectStage) => void;
}

export type DetectResult =
  | {
      readonly ok: true;
      /** MediaPipe mesh points `mp:0`-`mp:477` in photo pixels, source 'detected'. */
      readonly landmarks: readonly PhotoLandmark[];
      readonly score: number;
      readonly backend: string;
      /** Model load time of this call (0 when the models were already loaded), and detection time. */
      readonly loadMs: number;
      readonly detectMs: number;
    }
  | { readonly ok: false; readonly reason: 'no-face' | 'cancelled' | 'failed'; readonly message: string };

let worker: Worker | null = null;

function startWorker(): Worker {
  worker ??= new Worker(new URL('./detector.worker.ts', import.meta.url), { type: 'module', name: 'vectorlift-landmarks' });
  return worker;
}

function stopWorker(): void {
  worker?.terminate();
  worker = null;
}

/**
 * The detector's mesh in MediaPipe's numbering, as the canonical model and shared/photo expect.
 * The library lists the two iris rings in the opposite order to MediaPipe's refined mesh (468 is
 * the patient's right iris in MediaPipe): the rings are put back by which eye they sit in.
 */
export function toPhotoLandmarks(points: readonly (readonly [number, number])[]): PhotoLandmark[] {
  const n = Math.min(points.length, MEDIAPIPE_LANDMARK_COUNT);
  const at = (i: number) => points[i]!;
  let order = Array.from({ length: n }, (_, i) => i);
  if (n >= 478) {
    // Patient's right eye outer corner (33) vs left (263); ring 468-472 belongs with 33.
    const right = at(33);
    const left = at(263);
    const ring = at(MEDIAPIPE_IRIS_CENTRE.right);
    const dRight = Math.hypot(ring[0] - right[0], ring[1] - right[1]);
    const dLeft = Math.hypot(ring[0] - left[0], ring[1] - left[1]);
    if (dLeft < dRight) order = order.map((i) => (i >= 468 && i < 473 ? i + 5 : i >= 473 ? i - 5 : i));
  }
  return order.map((src, i) => ({ id: mediapipeId(i), x: at(src)[0], y: at(src)[1], source: 'detected' as const }));
}

/** Where the build put the model files, relative to the page (renderer/index.html). */
const modelBase = (): string => new URL(FACE_MODEL_DIR, document.baseURI).href;

export async function detectLandmarks(image: ImageBitmap, options: DetectOptions = {}): Promise<DetectResult> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return { ok: false, reason: 'cancelled', message: 'cancelled' };
  onProgress?.('starting');
  // A copy for the worker: the caller keeps its bitmap for drawing.
  const copy = await createImageBitmap(image);
  const w = startWorker();
  return new Promise<DetectResult>((resolve) => {
    const done = (result: DetectResult) => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onMessage = (e: MessageEvent<DetectReply>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress?.(m.stage);
      else if (m.type === 'result') done({ ok: true, landmarks: toPhotoLandmarks(m.points), score: m.score, backend: m.backend, loadMs: m.loadMs, detectMs: m.detectMs });
      else if (m.type === 'no-face') done({ ok: false, reason: 'no-face', message: 'no face was found' });
      else done({ ok: false, reason: 'failed', message: m.message });
    };
    const onError = (e: ErrorEvent) => {
      stopWorker();
      done({ ok: false, reason: 'failed', message: e.message || 'the detector stopped' });
    };
    const onAbort = () => {
      stopWorker();
      done({ ok: false, reason: 'cancelled', message: 'cancelled' });
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    signal?.addEventListener('abort', onAbort, { once: true });
    w.postMessage({ type: 'detect', bitmap: copy, modelBase: modelBase() }, [copy]);
  });
}
