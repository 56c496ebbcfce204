/**
 * Messages between the page and the landmark detector's worker (detector.worker.ts).
 * The page sends one image; the worker answers with progress, then the landmarks or a reason.
 */
export interface DetectRequest {
  readonly type: 'detect';
  readonly bitmap: ImageBitmap;
  /** Where the model files are (same origin: copied into the app at build time). */
  readonly modelBase: string;
}

export type DetectReply =
  | { readonly type: 'progress'; readonly stage: 'loading' | 'detecting' }
  | { readonly type: 'result'; readonly points: readonly (readonly [number, number])[]; readonly score: number; readonly backend: string; readonly loadMs: number; readonly detectMs: number }
  | { readonly type: 'no-face'; readonly backend: string }
  | { readonly type: 'error'; readonly message: string };

/** The model files the detector needs, as @vladmandic/human names them (face box, face mesh, irises). */
export const FACE_MODEL_FILES = ['blazeface.json', 'blazeface.bin', 'facemesh.json', 'facemesh.bin', 'iris.json', 'iris.bin'] as const;

/** Where the build puts them, relative to the page. */
export const FACE_MODEL_DIR = 'face-models/';
