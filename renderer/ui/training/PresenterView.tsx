/**
 * The presenter view: full screen (Fullscreen API where the host allows it, else it fills the
 * window), the high-contrast presenter palette and large type. It steps through the threads in
 * plan order, revealing one vector at a time with its findings. Keys: → / Space next, ←
 * previous, Home / End, Esc leaves.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { buildScene, PRESENTER_LABEL_SCALE, PRESENTER_LINE_SCALE } from '../../../shared/scene/build-scene';
import { PRESENTER_PALETTE } from '../../../shared/scene/palette';
import type { OverlayLayerId } from '../../../shared/scene/types';
import { presenterView } from '../../training/presenter-fit';
import { overlayForKey, PRESENTER_OVERLAYS, presenterStep, stepForKey } from '../../training/presenter-steps';
import { currentLocale, t } from '../../i18n';
import { threadTypeNameById } from '../../../shared/catalogue/names';
import { useEnvironment } from '../editor-context';
import { FindingList } from './FindingList';
import { nextPenMode, PresenterPen, type PenMode } from './PresenterPen';
import { NO_OVERLAYS, sceneLabels } from './scene-options';
import { SceneCanvas } from './SceneCanvas';
import { useTraining, type PresenterSource, type TrainingView } from './training-context';

function useFullscreen(ref: React.RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const el = ref.current;
    // Refused without a user gesture or by a host policy: the view already fills the window.
    el?.requestFullscreen?.().catch(() => undefined);
    return () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [ref]);
}

export function PresenterView({ source: initial, back }: { readonly source: PresenterSource; readonly back: TrainingView }) {
  // A case's poor and corrected designs: C switches between them, keeping the step.
  const [source, setSource] = useState(initial);
  const [notesOpen, setNotesOpen] = useState(false);
  const [pen, setPen] = useState<PenMode>('off');
  const [cleared, setCleared] = useState(0);
  const switchDesign = () => {
    const other = source.alternate?.();
    if (!other) return;
    setSource(other);
    setIndex((i) => Math.min(i, other.plan.threads.length));
  };
  const { atlas, catalogue } = useEnvironment();
  const { show } = useTraining();
  const ref = useRef<HTMLElement>(null);
  const [index, setIndex] = useState(0);
  // Off at first (the threads are the point); 1-5 or the buttons switch each one.
  const [layers, setLayers] = useState<Readonly<Record<OverlayLayerId, boolean>>>(NO_OVERLAYS);
  const toggleLayer = (layer: OverlayLayerId) => setLayers((l) => ({ ...l, [layer]: !l[layer] }));
  useFullscreen(ref);
  const step = useMemo(() => presenterStep(source.plan, source.analysis, index), [source, index]);
  const scene = useMemo(
    () =>
      buildScene({
        plan: step.plan,
        atlas,
        // Colours come from the whole plan's findings: step.analysis keeps only findings whose
        // threads are all revealed, so a thread in a finding about several threads (uneven
        // sides, crowding) stayed "no finding" blue until the last of them appeared. Threads
        // not yet revealed are not in step.plan, so they are not drawn.
        analysis: source.analysis,
        layers,
        catalogue,
        selection: step.thread ? { threadIds: [step.thread.id], entryPointIds: [] } : null,
        labels: sceneLabels(),
        locale: currentLocale(),
        // Large thread numbers and entry captions: they must read from the back of the room.
        labelScale: PRESENTER_LABEL_SCALE,
        // Fans end close together: at this size the numbers are placed apart, with leader lines.
        separateNumbers: true,
        // Thick threads, for the same reason as the large numbers.
        lineScale: PRESENTER_LINE_SCALE,
      }),
    [step, source.analysis, atlas, catalogue, layers],
  );

  useEffect(() => {
    ref.current?.focus();
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'Escape') {
        e.preventDefault();
        show(back);
        return;
      }
      if ((e.key === 'c' || e.key === 'C') && source.alternate) {
        e.preventDefault();
        switchDesign();
        return;
      }
      if (e.key === 'd' || e.key === 'D') {
        e.preventDefault();
        setPen(nextPenMode);
        return;
      }
      if (e.key === 'e' || e.key === 'E') {
        e.preventDefault();
        setCleared((n) => n + 1);
        return;
      }
      if ((e.key === 'n' || e.key === 'N') && source.teaching) {
        e.preventDefault();
        setNotesOpen((o) => !o);
        return;
      }
      const layer = overlayForKey(e.key);
      if (layer) {
        e.preventDefault();
        setLayers((l) => ({ ...l, [layer]: !l[layer] }));
        return;
      }
      // Buttons keep Enter and Space for themselves.
      if ((e.key === 'Enter' || e.key === ' ') && e.target instanceof HTMLButtonElement) return;
      setIndex((i) => {
        const next = stepForKey(e.key, i, source.plan.threads.length);
        if (next !== null) e.preventDefault();
        return next ?? i;
      });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [show, back, source]);

  // The head fills the height of the canvas, whatever the step (presenter-fit.ts).
  // Words are read at render: the app re-renders on a language switch, and these follow it.
  const title = source.title();
  const teaching = source.teaching?.();
  const fitView = useCallback((width: number, height: number) => presenterView(source.plan, atlas, width, height), [source.plan, atlas]);
  const thread = step.thread;
  const typeName = thread ? threadTypeNameById(catalogue, thread.typeId, currentLocale()) : '';
  return (
    <section ref={ref} className="presenter" data-blocks-editor-keys="" tabIndex={-1} aria-labelledby="presenter-title" data-testid="presenter" data-step={step.index}>
      <header className="presenter-header">
        <h1 id="presenter-title">{title}</h1>
        <p className="presenter-progress" aria-live="polite" data-testid="presenter-progress">
          {thread ? t('presenter.threadOf', { number: step.index, count: step.last }) : t('presenter.overview', { count: step.last })}
        </p>
      </header>
      <div className="presenter-stage">
        <SceneCanvas scene={scene} palette={PRESENTER_PALETTE} view={null} fitView={fitView} label={t('presenter.diagramLabel', { count: step.index })} className="presenter-canvas" testId="presenter-canvas" />
        <PresenterPen mode={pen} clearKey={`${step.index}|${title}|${cleared}`} />
      </div>
      <aside className="presenter-notes" aria-label={t('presenter.notes')}>
        {/* The notes scroll; the controls below them never do, so no control is ever under the key hint or off screen. */}
        <div className="presenter-notes-body" data-testid="presenter-notes-body">
        {thread ? (
          <>
            <h2>{t('presenter.threadHeading', { number: step.index, side: t(thread.side === 'right' ? 'side.right' : 'side.left') })}</h2>
            <p className="presenter-detail">{t('presenter.threadDetail', { type: typeName, depth: thread.depthMm, tension: thread.tensionN })}</p>
            <FindingList findings={step.findings} empty={t('presenter.noFindings')} testId="presenter-findings" />
          </>
        ) : (
          <p>{t('presenter.start')}</p>
        )}
        {teaching && (step.index === 0 || notesOpen) && (
          <section className="presenter-teaching" data-testid="presenter-teaching">
            <h2>{t('training.teachingNotes')}</h2>
            {teaching.map((n) => (
              <div key={n.heading}>
                <h3>{n.heading}</h3>
                <p>{n.text}</p>
              </div>
            ))}
          </section>
        )}
        {source.alternate && (
          <div className="presenter-case">
            <button type="button" onClick={switchDesign} data-testid="presenter-switch">
              {t(source.design === 'poor' ? 'presenter.showCorrected' : 'presenter.showPoor')}
            </button>
            {teaching && step.index > 0 && (
              <button type="button" aria-pressed={notesOpen} onClick={() => setNotesOpen((o) => !o)}>
                {t('presenter.teachingNotes')}
              </button>
            )}
          </div>
        )}
        </div>
        <div className="presenter-controls" data-testid="presenter-controls">
        <div className="presenter-overlays" role="group" aria-label={t('presenter.overlays')}>
          {PRESENTER_OVERLAYS.map((layer, i) => (
            <button key={layer} type="button" aria-pressed={layers[layer]} data-layer={layer} onClick={() => toggleLayer(layer)} title={`${t(`layer.${layer}`)} (${i + 1})`}>
              <span className={`swatch swatch-${layer}`} aria-hidden="true" />
              {t(`layer.${layer}`)}
            </button>
          ))}
        </div>
        <div className="presenter-case">
          <button type="button" aria-pressed={pen !== 'off'} onClick={() => setPen(nextPenMode)} data-testid="presenter-pen-mode">
            {t(`presenter.pen.${pen}`)}
          </button>
        </div>
        <div className="presenter-nav">
          <button type="button" onClick={() => setIndex((i) => Math.max(0, i - 1))} disabled={step.index === 0}>
            {t('presenter.previous')}
          </button>
          <button type="button" onClick={() => setIndex((i) => Math.min(step.last, i + 1))} disabled={step.index === step.last}>
            {t('presenter.next')}
          </button>
          <button type="button" onClick={() => show(back)}>
            {t('presenter.exit')}
          </button>
        </div>
        <p className="presenter-keys">{t('presenter.keys')}</p>
        </div>
      </aside>
    </section>
  );
}
