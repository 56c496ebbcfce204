import type { OverlayLayerId } from '../../../shared/scene/types';
import type { SceneLabels } from '../../../shared/scene/layers/labels';
import { t } from '../../i18n';

/** Thumbnails and the presenter view draw the face and the threads only. */
export const NO_OVERLAYS: Readonly<Record<OverlayLayerId, boolean>> = {
  regions: false,
  muscles: false,
  'danger-zones': false,
  fixation: false,
  'fixed-mobile-line': false,
  tissue: false,
};

/** Words the scene writes on the face, from the string table. */
export const sceneLabels = (): SceneLabels => ({ patientRight: t('scene.patientRight'), patientLeft: t('scene.patientLeft'), fixed: t('scene.fixed'), mobile: t('scene.mobile') });
