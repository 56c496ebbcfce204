/**
 * File → Export PDF's options: paper, anonymize, aftercare handout, signature block, the PDF's
 * language (the interface's unless changed: a patient's handout in the patient's language) and
 * the overlays on the diagram. Opens when the editor's export asks (renderer/export/export-choices.ts)
 * and answers it with the choice, or null on Cancel / Esc.
 */
import { useState, useSyncExternalStore } from 'react';
import type { PaperSize } from '../../shared/report/types';
import { OVERLAY_LAYERS, type OverlayLayerId } from '../../shared/scene/types';
import type { ExportChoice, ExportChoiceRequest, ExportChoices } from '../export/export-choices';
import { currentLocale, t } from '../i18n';
import { LOCALES, LOCALE_NAMES, type Locale } from '../../shared/i18n/locale';
import { Modal } from './Modal';
import { useEditorState } from './editor-context';
import { recordSettings } from './record/record-settings-store';

export function ExportPdfDialog({ choices }: { readonly choices: ExportChoices }) {
  const request = useSyncExternalStore(choices.subscribe, choices.current);
  // Keyed by request so each opening starts from that request's defaults.
  return request ? <ExportPdfForm key={requestKey(request)} request={request} /> : null;
}

const keys = new WeakMap<ExportChoiceRequest, number>();
let nextKey = 1;
function requestKey(request: ExportChoiceRequest): number {
  let key = keys.get(request);
  if (key === undefined) keys.set(request, (key = nextKey++));
  return key;
}

const PAPERS: readonly PaperSize[] = ['a4', 'letter'];

function ExportPdfForm({ request }: { readonly request: ExportChoiceRequest }) {
  const [choice, setChoice] = useState<ExportChoice>(request.defaults);
  const set = (change: Partial<ExportChoice>) => setChoice((c) => ({ ...c, ...change }));
  const setLayer = (layer: OverlayLayerId, on: boolean) => setChoice((c) => ({ ...c, layers: { ...c.layers, [layer]: on } }));
  return (
    <Modal title={t('exportPdf.title')} onCancel={() => request.answer(null)} className="export-pdf" testId="export-pdf-dialog">
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          request.answer(choice);
        }}
      >
        <fieldset className="export-group">
          <legend>{t('exportPdf.paper')}</legend>
          {PAPERS.map((paper) => (
            <label key={paper} className="check-row">
              <input type="radio" name="paper" value={paper} checked={choice.paper === paper} onChange={() => set({ paper })} autoFocus={choice.paper === paper} />
              {t(`exportPdf.paper.${paper}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="export-group">
          <legend>{t('exportPdf.contents')}</legend>
          <label className="check-row">
            <input type="checkbox" name="anonymize" checked={choice.anonymize} onChange={(e) => set({ anonymize: e.currentTarget.checked })} />
            {t('exportPdf.anonymize')}
          </label>
          <label className="check-row">
            <input type="checkbox" name="aftercare" checked={choice.aftercare} onChange={(e) => set({ aftercare: e.currentTarget.checked })} />
            {t('exportPdf.aftercare')}
          </label>
          <label className="check-row">
            <input type="checkbox" name="signature" checked={choice.signature} onChange={(e) => set({ signature: e.currentTarget.checked })} />
            {t('exportPdf.signature')}
          </label>
          <label className="check-row">
            <input type="checkbox" name="consent" checked={choice.consent} onChange={(e) => set({ consent: e.currentTarget.checked })} />
            {t('exportPdf.consent')}
          </label>
          <button type="button" className="link-button opens" data-testid="open-record-settings" onClick={() => recordSettings.setOpen(true)}>
            {t('exportPdf.clinic')}
          </button>
        </fieldset>
        <fieldset className="export-group">
          <legend>{t('exportPdf.language')}</legend>
          <label className="check-row">
            <select name="language" data-testid="export-language" value={choice.language ?? currentLocale()} onChange={(e) => set({ language: e.currentTarget.value as Locale })}>
              {LOCALES.map((locale) => (
                <option key={locale} value={locale} lang={locale}>
                  {LOCALE_NAMES[locale]}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
        <PhotoChoices choice={choice} set={set} />
        <fieldset className="export-group">
          <legend>{t('exportPdf.overlays')}</legend>
          {OVERLAY_LAYERS.map((layer) => (
            <label key={layer} className="check-row">
              <input type="checkbox" name={`layer-${layer}`} data-layer={layer} checked={choice.layers[layer]} onChange={(e) => setLayer(layer, e.currentTarget.checked)} />
              <span className={`swatch swatch-${layer}`} aria-hidden="true" />
              {t(`layer.${layer}`)}
            </label>
          ))}
        </fieldset>
        <div className="dialog-buttons">
          <button type="button" onClick={() => request.answer(null)}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('exportPdf.export')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** The photo pages (issue 11), offered when the plan has photos; off by default (patient data). */
function PhotoChoices({ choice, set }: { readonly choice: ExportChoice; readonly set: (change: Partial<ExportChoice>) => void }) {
  const count = useEditorState((s) => s.plan.photos.length);
  if (count === 0) return null;
  const photos = choice.photos ?? { overPlan: false, beforeAfter: false };
  return (
    <fieldset className="export-group">
      <legend>{t('exportPdf.photos')}</legend>
      <label className="check-row">
        <input type="checkbox" name="photo-over-plan" checked={photos.overPlan} onChange={(e) => set({ photos: { ...photos, overPlan: e.currentTarget.checked } })} />
        {t('exportPdf.photoOverPlan')}
      </label>
      <label className="check-row">
        <input type="checkbox" name="photo-before-after" checked={photos.beforeAfter} onChange={(e) => set({ photos: { ...photos, beforeAfter: e.currentTarget.checked } })} />
        {t('exportPdf.photoBeforeAfter')}
      </label>
      {choice.anonymize && (photos.overPlan || photos.beforeAfter) && (
        <label className="check-row">
          <input type="checkbox" name="photo-anonymized" checked={choice.photosWhenAnonymized === true} onChange={(e) => set({ photosWhenAnonymized: e.currentTarget.checked })} />
          {t('exportPdf.photosWhenAnonymized')}
        </label>
      )}
    </fieldset>
  );
}
