/**
 * A case's poor design drawn small from the scene (no overlays), once its analysis is ready,
 * cropped to the face at the card's aspect ratio (renderer/training/thumbnail-view.ts).
 */
import { useEffect, useMemo, useState } from 'react';
import { buildScene } from '../../../shared/scene/build-scene';
import type { PaletteName } from '../../../shared/scene/palette';
import { PALETTES } from '../../../shared/scene/palette';
import { caseTitle, type CaseIndexEntry } from '../../../shared/training';
import type { AnalyzedCase } from '../../training/case-library';
import { thumbnailView } from '../../training/thumbnail-view';
import { currentLocale, t } from '../../i18n';
import { useEnvironment } from '../editor-context';
import { SceneCanvas } from './SceneCanvas';
import { NO_OVERLAYS } from './scene-options';
import { useTraining } from './training-context';

export function CaseThumbnail({ entry, theme }: { readonly entry: CaseIndexEntry; readonly theme: PaletteName }) {
  const { atlas, catalogue } = useEnvironment();
  const { analyzedCase } = useTraining();
  const [loaded, setLoaded] = useState<AnalyzedCase | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    analyzedCase(entry).then(
      (c) => live && setLoaded(c),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [entry, analyzedCase]);
  const scene = useMemo(
    () => loaded && buildScene({ plan: loaded.poor, atlas, analysis: loaded.poorAnalysis, layers: NO_OVERLAYS, catalogue }),
    [loaded, atlas, catalogue],
  );
  const fitView = useMemo(() => loaded && ((width: number, height: number) => thumbnailView(loaded.poor, atlas, width, height)), [loaded, atlas]);
  if (failed) return <div className="case-thumb case-thumb-empty">{t('training.caseUnreadable')}</div>;
  if (!scene) return <div className="case-thumb case-thumb-empty" aria-hidden="true" />;
  return <SceneCanvas scene={scene} palette={PALETTES[theme]} view={null} fitView={fitView || undefined} label={t('training.thumbnailLabel', { title: caseTitle(entry, currentLocale()) })} className="case-thumb" />;
}
