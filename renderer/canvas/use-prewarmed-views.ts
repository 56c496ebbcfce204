/**
 * Projects the scene into the views not shown while the browser is idle, so that switching view
 * finds the face drawing, the overlays and the unchanged threads already projected (a first
 * projection of a turned view costs tens of milliseconds; a cached one well under one).
 * One view per idle slot, so a slot stays short; nothing runs while the user is busy, nor before
 * the face canvas first draws (a first projection builds the face surface, which would otherwise
 * hold up the first screen whenever the browser found an idle moment before it).
 */
import { useEffect } from 'react';
import type { Atlas } from '../../shared/atlas/types';
import type { Scene } from '../../shared/scene/types';
import { projectScene } from '../../shared/scene/view-projection';
import { VIEW_IDS } from '../../shared/surface/views';
import { afterFirstCanvasDraw } from './first-draw';
import type { ViewId } from '../../shared/surface/types';

/** How long an idle projection may wait for a quiet moment, ms (design choice: soon after the user stops). */
const IDLE_TIMEOUT_MS = 2000;

export function usePrewarmedViews(scene: Scene, atlas: Atlas, shown: ViewId, busy: boolean): void {
  useEffect(() => {
    // Not during a drag: the other views catch up once it ends.
    if (atlas.surface === undefined || busy) return;
    const pending = VIEW_IDS.filter((v) => v !== shown && v !== 'frontal');
    const idle = globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 50) as unknown as number);
    const cancel = globalThis.cancelIdleCallback ?? ((id: number) => clearTimeout(id));
    let handle = 0;
    const next = () => {
      const view = pending.shift();
      if (!view) return;
      projectScene(scene, atlas, view);
      handle = idle(next, { timeout: IDLE_TIMEOUT_MS });
    };
    const stopWaiting = afterFirstCanvasDraw(() => {
      handle = idle(next, { timeout: IDLE_TIMEOUT_MS });
    });
    return () => {
      stopWaiting();
      cancel(handle);
    };
  }, [scene, atlas, shown, busy]);
}
