/**
 * A case's two designs at the same scale: side by side with zoom and pan kept in step (one
 * ViewTransform drives both canvases), or overlaid (the poor design's threads faded under the
 * corrected ones). Beside them: the teaching notes, what changed (shared/training diffPlans)
 * and the findings of each design.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { buildScene } from '../../../shared/scene/build-scene';
import { gatheringBandLabels } from '../../../shared/scene/tissue-scale';
import { simulatePlan } from '../../../shared/simulation/plan-simulation';
import { PALETTES, type PaletteName } from '../../../shared/scene/palette';
import type { Scene, SceneLayerId } from '../../../shared/scene/types';
import { caseTeaching, caseTitle, diffPlans, problemsOf, type CaseIndexEntry } from '../../../shared/training';
import type { ViewTransform } from '../../editor/api';
import { zoomBy } from '../../editor/view-transform';
import type { AnalyzedCase } from '../../training/case-library';
import { currentLocale, t } from '../../i18n';
import { useEditorState, useEnvironment } from '../editor-context';
import { CaseDetails } from './CaseDetails';
import { sceneLabels } from './scene-options';
import { SceneCanvas } from './SceneCanvas';
import { TrainingHeader } from './TrainingHeader';
import { useTraining, type PresenterSource } from './training-context';

// Overlaid, the map under the threads is the corrected design's.
const BASE_LAYERS: readonly SceneLayerId[] = ['face', 'regions', 'muscles', 'fixation', 'danger-zones', 'fixed-mobile-line', 'tissue'];
const PLAN_LAYERS: readonly SceneLayerId[] = ['threads', 'entry-points'];

function useCaseScenes(c: AnalyzedCase | null, pixelsPerMm: number | null): { poor: Scene; corrected: Scene } | null {
  const { atlas, catalogue } = useEnvironment();
  const layers = useEditorState((s) => s.layers);
  // Thread numbers and entry circles keep a legible size on screen, as in the designer.
  const pixels = pixelsPerMm ?? undefined;
  // Both designs' simulated tissue maps, when the overlay is on: simulated here, off the editor's
  // Worker (two plans, once per case), and drawn on the one fixed scale (scene/tissue-scale.ts),
  // so the colours compare directly.
  const maps = useMemo(
    () => (c && layers.tissue ? { poor: simulatePlan(c.poor, atlas, catalogue).map, corrected: simulatePlan(c.corrected, atlas, catalogue).map } : null),
    [c, atlas, catalogue, layers.tissue],
  );
  return useMemo(() => {
    if (!c) return null;
    const labels = sceneLabels();
    return {
      poor: buildScene({ plan: c.poor, atlas, analysis: c.poorAnalysis, layers, catalogue, labels, locale: currentLocale(), pixelsPerMm: pixels, tissue: maps?.poor ?? null }),
      corrected: buildScene({ plan: c.corrected, atlas, analysis: c.correctedAnalysis, layers, catalogue, labels, locale: currentLocale(), pixelsPerMm: pixels, tissue: maps?.corrected ?? null }),
    };
  }, [c, atlas, catalogue, layers, pixels, maps]);
}

export function CompareView({ entry, theme }: { readonly entry: CaseIndexEntry; readonly theme: PaletteName }) {
  const { analyzedCase, show, startExercise } = useTraining();
  const { atlas } = useEnvironment();
  const [loaded, setLoaded] = useState<AnalyzedCase | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [overlay, setOverlay] = useState(false);
  const [view, setView] = useState<ViewTransform | null>(null);
  const [fitted, setFitted] = useState<ViewTransform | null>(null);

  useEffect(() => {
    let live = true;
    analyzedCase(entry).then(
      (c) => live && setLoaded(c),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [entry, analyzedCase]);

  const scenes = useCaseScenes(loaded, view?.zoom ?? null);
  const diff = useMemo(
    () => loaded && diffPlans(loaded.poor, loaded.corrected, atlas, { analysis: { before: loaded.poorAnalysis, after: loaded.correctedAnalysis } }),
    [loaded, atlas],
  );
  // Both canvases have the same size; the first fit becomes the shared view.
  const [centre, setCentre] = useState({ x: 0, y: 0 });
  const onFit = useCallback((v: ViewTransform, size: { width: number; height: number }) => {
    setFitted(v);
    setCentre({ x: size.width / 2, y: size.height / 2 });
    setView((current) => current ?? v);
  }, []);
  const palette = PALETTES[theme];
  const present = (which: 'poor' | 'corrected') => {
    if (!loaded) return;
    const teaching = () => {
      const notes = caseTeaching(loaded.case, currentLocale());
      return [
        { heading: t('training.whatIsWrong'), text: notes.whatIsWrong },
        { heading: t('training.whyItMatters'), text: notes.whyItMatters },
        { heading: t('training.whatTheCorrectionChanges'), text: notes.whatTheCorrectionChanges },
      ];
    };
    // Each design's source knows the other, so the presenter switches between them in place.
    const source = (design: 'poor' | 'corrected'): PresenterSource => ({
      title: () => `${caseTitle(loaded.case, currentLocale())}: ${t(design === 'poor' ? 'training.poorDesign' : 'training.correctedDesign')}`,
      plan: loaded[design],
      analysis: design === 'poor' ? loaded.poorAnalysis : loaded.correctedAnalysis,
      alternate: () => source(design === 'poor' ? 'corrected' : 'poor'),
      teaching,
      design,
    });
    show({ kind: 'presenter', source: source(which), back: { kind: 'compare', entry } });
  };
  const zoom = (factor: number) => view && setView(zoomBy(view, factor, centre));

  return (
    <>
      <TrainingHeader title={caseTitle(entry, currentLocale())} back={() => show({ kind: 'browser' })}>
        <button type="button" aria-pressed={overlay} onClick={() => setOverlay((o) => !o)} data-testid="toggle-overlay">
          {t('training.overlay')}
        </button>
        <div className="tb-group" role="group" aria-label={t('toolbar.view')}>
          <button type="button" onClick={() => zoom(1 / 1.25)} disabled={!view}>
            {t('command.view.zoomOut')}
          </button>
          <button type="button" onClick={() => zoom(1.25)} disabled={!view}>
            {t('command.view.zoomIn')}
          </button>
          <button type="button" onClick={() => setView(fitted)} disabled={!fitted}>
            {t('training.fit')}
          </button>
        </div>
        <button type="button" onClick={() => present('poor')} disabled={!loaded}>
          {t('training.presentPoor')}
        </button>
        <button type="button" onClick={() => present('corrected')} disabled={!loaded}>
          {t('training.presentCorrected')}
        </button>
        <button type="button" className="primary" onClick={() => loaded && void startExercise(loaded)} disabled={!loaded} data-testid="start-exercise">
          {t('training.startExercise')}
        </button>
      </TrainingHeader>
      <div className="compare-body">
        {error && (
          <p role="alert" className="error">
            {t('training.caseUnreadableDetail', { error })}
          </p>
        )}
        {scenes && loaded && (
          <div className={`compare-canvases ${overlay ? 'overlaid' : 'side-by-side'}`} data-testid="compare-canvases">
            {overlay ? (
              <figure className="compare-side">
                <figcaption>{t('training.overlayCaption')}</figcaption>
                <div className="overlay-stack">
                  <SceneCanvas scene={scenes.corrected} palette={palette} view={view} layers={BASE_LAYERS} label={t('canvas.label')} onFit={onFit} />
                  <SceneCanvas scene={scenes.poor} palette={palette} view={view} layers={PLAN_LAYERS} label={t('training.poorDesign')} className="faded" testId="compare-poor" />
                  <SceneCanvas scene={scenes.corrected} palette={palette} view={view} layers={PLAN_LAYERS} label={t('training.correctedDesign')} onViewChange={setView} testId="compare-corrected" />
                </div>
              </figure>
            ) : (
              (['poor', 'corrected'] as const).map((which) => (
                <figure key={which} className="compare-side">
                  <figcaption>
                    {t(which === 'poor' ? 'training.poorDesign' : 'training.correctedDesign')}{' '}
                    <span className="pane-count">{t('training.problemCount', { count: problemsOf(which === 'poor' ? loaded.poorAnalysis : loaded.correctedAnalysis).length })}</span>
                  </figcaption>
                  <SceneCanvas
                    scene={scenes[which]}
                    palette={palette}
                    view={view}
                    label={t(which === 'poor' ? 'training.poorDesign' : 'training.correctedDesign')}
                    onViewChange={setView}
                    onFit={which === 'poor' ? onFit : undefined}
                    testId={`compare-${which}`}
                  />
                </figure>
              ))
            )}
            {scenes.poor.tissueShown && (
              <p className="muted compare-tissue-note" data-testid="compare-tissue-note">
                {t('training.tissueNote', { bands: gatheringBandLabels().join(', ') })}
              </p>
            )}
          </div>
        )}
        {loaded && diff && <CaseDetails loaded={loaded} diff={diff} />}
      </div>
    </>
  );
}
