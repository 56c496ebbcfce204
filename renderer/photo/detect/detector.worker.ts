/**
 * The landmark detector, in a worker so the window never freezes while it runs (loading the
 * models and one detection take seconds with software WebGL) and so Cancel can stop it at once
 * (the page terminates the worker).
 *
 * @vladmandic/human (MIT) with MediaPipe BlazeFace + Face Mesh + Iris weights (Apache-2.0) from
 * its npm package, copied into the app at build time (vite.config.ts, faceModels plugin): the
 * models are fetched from the app's own origin, never a CDN; nothing is cached elsewhere
 * (cacheModels off) and every other part of the library (body, hands, emotion, description...)
 * is switched off so no other model is requested.
 */
import { Human } from '@vladmandic/human';
import type { DetectReply, DetectRequest } from './detector-protocol';

let human: Human | null = null;

const post = (reply: DetectReply) => (self as unknown as Worker).postMessage(reply);

async function load(modelBase: string, backend: 'webgl' | 'cpu'): Promise<Human> {
  const h = new Human({
    backend,
    modelBasePath: modelBase,
    cacheModels: false,
    debug: false,
    warmup: 'none',
    async: true,
    filter: { enabled: false },
    gesture: { enabled: false },
    body: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    segmentation: { enabled: false },
    face: {
      enabled: true,
      detector: { enabled: true, rotation: true, maxDetected: 1, minConfidence: 0.2, return: false },
      mesh: { enabled: true },
      iris: { enabled: true },
      attention: { enabled: false },
      description: { enabled: false },
      emotion: { enabled: false },
      antispoof: { enabled: false },
      liveness: { enabled: false },
      gear: { enabled: false },
    },
  });
  await h.load();
  await h.tf.ready();
  return h;
}

self.onmessage = async (e: MessageEvent<DetectRequest>) => {
  const { bitmap, modelBase } = e.data;
  let loadMs = 0; // only the request that loaded the models reports the load
  try {
    if (!human) {
      post({ type: 'progress', stage: 'loading' });
      const t0 = performance.now();
      try {
        human = await load(modelBase, 'webgl');
      } catch {
        // No WebGL in this worker (some virtual machines): the CPU backend is slower but the same models.
        human = await load(modelBase, 'cpu');
      }
      loadMs = performance.now() - t0;
    }
    post({ type: 'progress', stage: 'detecting' });
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
    bitmap.close();
    const t1 = performance.now();
    const result = await human.detect(canvas);
    const detectMs = performance.now() - t1;
    const face = result.face[0];
    const backend = human.tf.getBackend();
    if (!face || !face.mesh || face.mesh.length < 468) {
      post({ type: 'no-face', backend });
      return;
    }
    post({ type: 'result', points: face.mesh.map((p) => [p[0], p[1]] as const), score: face.score, backend, loadMs, detectMs });
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
