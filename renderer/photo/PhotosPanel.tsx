/**
 * The Photos tab: the patient's photos in the plan (issue 11). Add a photo (imported clean:
 * import-photo.ts), say its angle, kind, date and follow-up interval, align it (the alignment
 * workspace), choose which photo lies under the plan and how it shows, open the before/after
 * comparison, and set the known distance that scales measurements. Every change to the photos
 * is one undo step through the editor; how they are shown is view state (photo-view.ts).
 */
import './photo.css';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { DEFAULT_INTERPUPILLARY_MM } from '../../shared/photo/measure';
import { isKeyLandmarkId } from '../../shared/photo/landmark-ids';
import { viewOfPhotoAngle } from '../../shared/photo/photo-views';
import type { Atlas } from '../../shared/atlas/types';
import type { ViewId } from '../../shared/surface/types';
import { todayIso } from '../../shared/plan/factory';
import { MAX_PHOTO_LONG_SIDE_PX, MAX_PHOTOS, MAX_PHOTO_SCALE_MM, MIN_PHOTO_SCALE_MM, MAX_FOLLOW_UP_VALUE } from '../../shared/plan/limits';
import type { IntervalUnit, PhotoAngle, PhotoKind, PlanPhoto } from '../../shared/plan/types';
import { t } from '../i18n';
import { useEditor, useEnvironment, usePanelSnapshot } from '../ui/editor-context';
import { NumberField, SelectField, TextField } from '../ui/fields';
import { importPhotoFile } from './import-photo';
import { DEFAULT_FOLLOW_UP, newPhotoDefaults } from './new-photo';
import { PHOTO_ANGLES } from '../../shared/plan/validate';
import { isAligned, underlayPhoto } from './photo-canvas';
import { photoView, usePhotoView, type UnderlayChoice } from './photo-view';
import { usePhotoBitmap } from './photo-bitmap';

const UNITS: readonly IntervalUnit[] = ['days', 'weeks', 'months'];

function nextPhotoId(photos: readonly PlanPhoto[]): string {
  let n = photos.length + 1;
  const ids = new Set(photos.map((p) => p.id));
  while (ids.has(`p${n}`)) n++;
  return `p${n}`;
}

function Thumbnail({ photo }: { readonly photo: PlanPhoto }) {
  const bitmap = usePhotoBitmap(photo.image);
  const ref = useRef<HTMLCanvasElement>(null);
  const w = 72;
  const h = Math.round((w * photo.image.height) / photo.image.width);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (ctx && bitmap) ctx.drawImage(bitmap, 0, 0, w, h);
  }, [bitmap, h]);
  return <canvas ref={ref} width={w} height={h} className="photo-thumb" aria-hidden="true" />;
}

function alignmentText(photo: PlanPhoto): string {
  if (photo.landmarks.length === 0) return t('photo.notAligned');
  const manual = photo.landmarks.filter((l) => l.source === 'manual').length;
  const keys = photo.landmarks.filter((l) => isKeyLandmarkId(l.id)).length;
  return t('photo.aligned', { count: photo.landmarks.length, manual, keys });
}

/**
 * Which view a photo lies under: each view shows a photo of its own angle (frontal, oblique or
 * profile), so the practitioner sees where to look for it.
 */
function shownInText(photo: PlanPhoto, photos: readonly PlanPhoto[], choice: UnderlayChoice, atlas: Atlas, faceView: ViewId): string {
  const viewId = viewOfPhotoAngle(photo.angle);
  const viewName = t(`view.face.${viewId}`);
  if (!isAligned(photo, atlas)) return photo.landmarks.length > 0 ? t('photo.tooFewForAngle', { view: viewName }) : '';
  if (underlayPhoto(photos, choice, atlas, viewId)?.id !== photo.id) return t('photo.notShownIn', { view: viewName });
  return viewId === faceView ? t('photo.shownHere', { view: viewName }) : t('photo.shownIn', { view: viewName });
}

function PhotoCard({
  photo,
  index,
  shown,
  shownIn,
  canShow,
  onShow,
  onChange,
  onRemove,
}: {
  readonly photo: PlanPhoto;
  readonly index: number;
  readonly shown: boolean;
  readonly shownIn: string;
  readonly canShow: boolean;
  readonly onShow: () => void;
  readonly onChange: (p: PlanPhoto) => void;
  readonly onRemove: () => void;
}) {
  const titleId = useId();
  const set = (patch: Partial<PlanPhoto>) => onChange({ ...photo, ...patch });
  return (
    <li className="photo-card" aria-labelledby={titleId} data-testid="photo-card" data-photo-id={photo.id}>
      <div className="photo-card-head">
        <Thumbnail photo={photo} />
        <div>
          <h3 id={titleId} className="photo-title">
            {t('photo.title', { number: index + 1, angle: t(`photo.angle.${photo.angle}`) })}
          </h3>
          <p className="field-hint">{t('photo.size', { width: photo.image.width, height: photo.image.height })}</p>
          <p className="field-hint" data-testid="photo-alignment">
            {alignmentText(photo)}
          </p>
          <p className="field-hint" data-testid="photo-shown-in">
            {shownIn}
          </p>
        </div>
      </div>
      <SelectField<PhotoAngle> label={t('photo.angle')} value={photo.angle} testId="photo-angle" options={PHOTO_ANGLES.map((a) => ({ value: a, label: t(`photo.angle.${a}`) }))} onChange={(angle) => set({ angle })} />
      <SelectField<PhotoKind>
        label={t('photo.kind')}
        value={photo.kind}
        testId="photo-kind"
        options={[
          { value: 'baseline', label: t('photo.kind.baseline') },
          { value: 'follow-up', label: t('photo.kind.follow-up') },
        ]}
        onChange={(kind) => set({ kind, interval: kind === 'baseline' ? null : (photo.interval ?? DEFAULT_FOLLOW_UP) })}
      />
      <TextField label={t('photo.date')} type="date" value={photo.date} testId="photo-date" onCommit={(date) => /^\d{4}-\d{2}-\d{2}$/.test(date) && set({ date })} />
      {photo.kind === 'follow-up' && photo.interval && (
        <div className="photo-interval">
          <NumberField
            label={t('photo.interval')}
            value={photo.interval.value}
            min={0}
            max={MAX_FOLLOW_UP_VALUE}
            step={1}
            testId="photo-interval"
            onCommit={(v) => v !== null && set({ interval: { value: Math.round(v), unit: photo.interval!.unit } })}
          />
          <SelectField<IntervalUnit>
            label={t('photo.intervalUnit')}
            value={photo.interval.unit}
            testId="photo-interval-unit"
            options={UNITS.map((u) => ({ value: u, label: t(`photo.unit.${u}`) }))}
            onChange={(unit) => set({ interval: { value: photo.interval!.value, unit } })}
          />
        </div>
      )}
      <div className="photo-actions">
        <button type="button" className="button" data-testid="photo-align" onClick={() => photoView.set({ workspace: { kind: 'align', photoId: photo.id } })}>
          {t('photo.alignButton')}
        </button>
        <label className="check-row">
          <input
            type="radio"
            name="photo-underlay"
            checked={shown}
            disabled={!canShow}
            data-testid="photo-show-under-plan"
            onChange={onShow}
          />
          <span className="check-label">{t('photo.underPlan')}</span>
        </label>
        <button type="button" className="button button-danger" data-testid="photo-remove" onClick={onRemove}>
          {t('photo.remove')}
        </button>
      </div>
    </li>
  );
}

function UnderlaySettings({ hasShown }: { readonly hasShown: boolean }) {
  const view = usePhotoView();
  return (
    <>
    <label className="check-row">
      <input type="radio" name="photo-underlay" checked={!hasShown} data-testid="photo-show-diagram" onChange={() => photoView.set({ underlay: { kind: 'none' } })} />
      <span className="check-label">{t('photo.diagramOnly')}</span>
    </label>
    <fieldset className="menu-group photo-underlay-settings" disabled={!hasShown}>
      <legend>{t('photo.underlay')}</legend>
      <label className="check-row">
        <input type="checkbox" checked={view.showPhoto} data-testid="photo-toggle-photo" onChange={(e) => photoView.set({ showPhoto: e.currentTarget.checked })} />
        <span className="check-label">{t('photo.showPhoto')}</span>
      </label>
      <label className="check-row">
        <input type="checkbox" checked={view.showOverlays} data-testid="photo-toggle-overlays" onChange={(e) => photoView.set({ showOverlays: e.currentTarget.checked })} />
        <span className="check-label">{t('photo.showOverlays')}</span>
      </label>
      <label className="check-row">
        <input type="checkbox" checked={view.showMesh} data-testid="photo-toggle-mesh" onChange={(e) => photoView.set({ showMesh: e.currentTarget.checked })} />
        <span className="check-label">{t('photo.showMesh')}</span>
      </label>
      <label className="field">
        <span>{t('photo.opacity', { percent: Math.round(view.opacity * 100) })}</span>
        <input
          type="range"
          min={10}
          max={100}
          step={5}
          value={Math.round(view.opacity * 100)}
          data-testid="photo-opacity"
          onChange={(e) => photoView.set({ opacity: Number(e.currentTarget.value) / 100 })}
        />
      </label>
    </fieldset>
    </>
  );
}

export function PhotosPanel() {
  const editor = useEditor();
  const { atlas } = useEnvironment();
  const { plan, faceView } = usePanelSnapshot();
  const view = usePhotoView();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const photos = plan.photos;
  // The photo under the plan in the view on screen.
  const shown = useMemo(() => underlayPhoto(photos, view.underlay, atlas, faceView), [photos, view.underlay, atlas, faceView]);
  const baselines = photos.filter((p) => p.kind === 'baseline');
  const followUps = photos.filter((p) => p.kind === 'follow-up');

  const onFile = async (file: File) => {
    setBusy(true);
    setMessage(null);
    const result = await importPhotoFile(file);
    setBusy(false);
    if (!result.ok) {
      setMessage({ kind: 'error', text: t('photo.importFailed', { name: file.name, reason: result.reason }) });
      return;
    }
    // The plan as it is now (the import took a moment): nothing else the user did is lost.
    const current = editor.getSnapshot().plan.photos;
    if (current.length >= MAX_PHOTOS) {
      setMessage({ kind: 'error', text: t('photo.tooMany', { limit: MAX_PHOTOS }) });
      return;
    }
    const date = todayIso(new Date());
    const photo: PlanPhoto = {
      id: nextPhotoId(current),
      ...newPhotoDefaults(current, date),
      date,
      image: result.image,
      landmarks: [],
    };
    editor.setPhotos([...current, photo]);
    const parts = [t('photo.imported', { name: file.name, width: result.image.width, height: result.image.height })];
    if (result.scaled) parts.push(t('photo.importedScaled', { width: result.sourceWidth, height: result.sourceHeight, cap: MAX_PHOTO_LONG_SIDE_PX }));
    if (result.orientation !== 1) parts.push(t('photo.importedTurned'));
    parts.push(result.removedMetadata.length > 0 ? t('photo.importedStripped', { what: result.removedMetadata.map((kind) => t(`photo.metadata.${kind}`)).join(', ') }) : t('photo.importedClean'));
    setMessage({ kind: 'info', text: parts.join(' ') });
  };

  const replace = (photo: PlanPhoto) => editor.setPhotos(photos.map((p) => (p.id === photo.id ? photo : p)));
  const remove = (id: string) => editor.setPhotos(photos.filter((p) => p.id !== id));
  const scale = plan.photoScale;

  return (
    <div className="panel-body photos" data-testid="photos-panel">
      <p className="field-hint">{t('photo.privacy')}</p>
      <div className="photo-add">
        <button type="button" className="button" data-testid="photo-add" disabled={busy || photos.length >= MAX_PHOTOS} onClick={() => input.current?.click()}>
          {busy ? t('photo.importing') : t('photo.add')}
        </button>
        <input
          ref={input}
          type="file"
          accept="image/jpeg,image/png,image/webp"
          hidden
          data-testid="photo-file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void onFile(file);
          }}
        />
      </div>
      <div role={message?.kind === 'error' ? 'alert' : 'status'} className={message?.kind === 'error' ? 'photo-message error' : 'photo-message'} data-testid="photo-message">
        {message?.text ?? ''}
      </div>
      {photos.length === 0 ? (
        <p className="empty-hint">{t('photo.none')}</p>
      ) : (
        <ul className="photo-list">
          {photos.map((photo, i) => (
            <PhotoCard
              key={photo.id}
              photo={photo}
              index={i}
              shown={shown?.id === photo.id}
              shownIn={shownInText(photo, photos, view.underlay, atlas, faceView)}
              canShow={isAligned(photo, atlas)}
              onShow={() => {
                // Under the plan in the view of its own angle: turn the designer to that view.
                photoView.set({ underlay: { kind: 'photo', id: photo.id }, showPhoto: true });
                editor.setFaceView(viewOfPhotoAngle(photo.angle));
              }}
              onChange={replace}
              onRemove={() => remove(photo.id)}
            />
          ))}
        </ul>
      )}
      {photos.length > 0 && <UnderlaySettings hasShown={shown !== null} />}
      {photos.length > 0 && (
        <fieldset className="menu-group">
          <legend>{t('photo.compare')}</legend>
          <button
            type="button"
            className="button"
            data-testid="photo-compare"
            disabled={baselines.length === 0 || followUps.length === 0}
            onClick={() => photoView.set({ workspace: { kind: 'compare', baselineId: baselines[0]?.id ?? null, followUpId: followUps[0]?.id ?? null, mode: 'side-by-side', ghostOpacity: 0.5 } })}
          >
            {t('photo.compareButton')}
          </button>
          <NumberField
            label={t('photo.ipd')}
            hint={t('photo.ipdHint', { mm: DEFAULT_INTERPUPILLARY_MM })}
            value={scale ? scale.distanceMm : DEFAULT_INTERPUPILLARY_MM}
            min={MIN_PHOTO_SCALE_MM}
            max={MAX_PHOTO_SCALE_MM}
            step={0.5}
            testId="photo-ipd"
            onCommit={(v) =>
              editor.setPhotos(photos, v === null || v === DEFAULT_INTERPUPILLARY_MM ? null : { fromLandmark: 'pupil-right', toLandmark: 'pupil-left', distanceMm: v })
            }
          />
        </fieldset>
      )}
    </div>
  );
}
