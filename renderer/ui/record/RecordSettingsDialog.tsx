/**
 * "Clinic details and texts": the clinic profile (name, address, telephone, logo) for the PDF's
 * letterhead and the handout's contact lines, and the clinic's own consent and handout words,
 * each with a reset to VectorLift's default. Read from and saved to the preferences through the
 * bridge, which validates every field (shared/ipc/preferences.ts) and refuses a bad one with a
 * sentence the dialog shows; nothing is lost on a refusal, the form keeps what was typed.
 */
import { useEffect, useId, useState, useSyncExternalStore } from 'react';
import type { ClinicLogo, ClinicProfile } from '../../../shared/record/clinic';
import { clinicLogoFromBytes, MAX_LOGO_BYTES, MAX_LOGO_SIDE_PX, MAX_CLINIC_ADDRESS_LENGTH, MAX_CLINIC_NAME_LENGTH, MAX_CLINIC_TELEPHONE_LENGTH } from '../../../shared/record/clinic';
import { encodeBase64 } from '../../../shared/photo/image-bytes';
import { MAX_RECORD_TEXT_LENGTH, RECORD_TEXT_IDS, defaultRecordTexts, type RecordTextId, type RecordTexts } from '../../../shared/record/record-texts';
import { getBridge } from '../../bridge';
import { currentLocale, t } from '../../i18n';
import { Modal } from '../Modal';
import { recordSettings } from './record-settings-store';

export function RecordSettingsDialog() {
  const open = useSyncExternalStore(recordSettings.subscribe, recordSettings.isOpen);
  return open ? <RecordSettingsLoader /> : null;
}

function RecordSettingsLoader() {
  const [loaded, setLoaded] = useState<{ clinic: ClinicProfile; texts: RecordTexts } | { error: string } | null>(null);
  useEffect(() => {
    let live = true;
    getBridge()
      .getPreferences()
      .then(
        (p) => live && setLoaded({ clinic: p.clinic, texts: p.recordTexts }),
        (e: unknown) => live && setLoaded({ error: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      live = false;
    };
  }, []);
  if (loaded === null) return null;
  if ('error' in loaded) {
    return (
      <Modal title={t('record.settings.title')} onCancel={() => recordSettings.setOpen(false)} testId="record-settings">
        <p role="alert">{t('record.saveFailed', { error: loaded.error })}</p>
        <div className="dialog-buttons">
          <button type="button" onClick={() => recordSettings.setOpen(false)}>
            {t('dialog.close')}
          </button>
        </div>
      </Modal>
    );
  }
  return <RecordSettingsForm initialClinic={loaded.clinic} initialTexts={loaded.texts} />;
}

function RecordSettingsForm({ initialClinic, initialTexts }: { readonly initialClinic: ClinicProfile; readonly initialTexts: RecordTexts }) {
  const [clinic, setClinic] = useState(initialClinic);
  // VectorLift's texts in the interface's language (its tables are loaded with it): a clinic
  // that keeps them gets each PDF's own language; what it writes is printed as written.
  const [defaults] = useState(() => defaultRecordTexts(currentLocale()));
  const [texts, setTexts] = useState<RecordTexts>(() => withDefaults(initialTexts, defaults));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => recordSettings.setOpen(false);
  const set = (patch: Partial<ClinicProfile>) => setClinic((c) => ({ ...c, ...patch }));

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      // A text equal to the default is stored as '' ("use the default"), so later improvements reach it.
      const stored = Object.fromEntries(RECORD_TEXT_IDS.map((id) => [id, texts[id].trim() === defaults[id].trim() ? '' : texts[id]])) as unknown as RecordTexts;
      await getBridge().setPreferences({ clinic, recordTexts: stored });
      close();
    } catch (e) {
      setError(t('record.saveFailed', { error: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title={t('record.settings.title')} onCancel={close} className="record-settings" testId="record-settings">
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <p className="dialog-intro">{t('record.settings.intro')}</p>
        <fieldset className="export-group record-clinic">
          <legend>{t('record.clinic')}</legend>
          <Text label={t('record.clinic.name')} value={clinic.name} max={MAX_CLINIC_NAME_LENGTH} name="clinic-name" onChange={(name) => set({ name })} />
          <Text label={t('record.clinic.address')} value={clinic.address} max={MAX_CLINIC_ADDRESS_LENGTH} name="clinic-address" rows={3} onChange={(address) => set({ address })} />
          <Text label={t('record.clinic.telephone')} value={clinic.telephone} max={MAX_CLINIC_TELEPHONE_LENGTH} name="clinic-telephone" onChange={(telephone) => set({ telephone })} />
          <LogoField logo={clinic.logo} onChange={(logo) => set({ logo })} onError={setError} />
        </fieldset>
        <fieldset className="export-group record-texts">
          <legend>{t('record.texts')}</legend>
          <p className="field-hint">{t('record.text.hint')}</p>
          {RECORD_TEXT_IDS.map((id) => (
            <RecordTextField key={id} id={id} value={texts[id]} defaultText={defaults[id]} onChange={(text) => setTexts((all) => ({ ...all, [id]: text }))} />
          ))}
          <p className="field-hint">{t('record.text.risksNote')}</p>
        </fieldset>
        {error && (
          <p className="dialog-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={close}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('record.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** Texts the clinic never edited are shown as the default words, ready to edit. */
function withDefaults(texts: RecordTexts, defaults: RecordTexts): RecordTexts {
  return Object.fromEntries(RECORD_TEXT_IDS.map((id) => [id, texts[id].trim() === '' ? defaults[id] : texts[id]])) as unknown as RecordTexts;
}

function Text(props: { label: string; value: string; max: number; name: string; rows?: number; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.rows ? (
        <textarea id={id} name={props.name} rows={props.rows} maxLength={props.max} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)} />
      ) : (
        <input id={id} name={props.name} type="text" maxLength={props.max} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)} />
      )}
    </div>
  );
}

function RecordTextField({ id, value, defaultText, onChange }: { id: RecordTextId; value: string; defaultText: string; onChange: (v: string) => void }) {
  const fieldId = useId();
  const isDefault = value.trim() === defaultText.trim();
  return (
    <div className="field record-text">
      <div className="record-text-head">
        <label htmlFor={fieldId}>{t(`record.text.${id}`)}</label>
        {isDefault ? (
          <span className="field-hint">{t('record.text.default')}</span>
        ) : (
          <button type="button" className="link-button" data-reset={id} onClick={() => onChange(defaultText)}>
            {t('record.text.reset')}
          </button>
        )}
      </div>
      <textarea id={fieldId} name={id} rows={id === 'consentPhoto' ? 3 : 6} maxLength={MAX_RECORD_TEXT_LENGTH} value={value} onChange={(e) => onChange(e.currentTarget.value)} />
    </div>
  );
}

function LogoField({ logo, onChange, onError }: { logo: ClinicLogo | null; onChange: (logo: ClinicLogo | null) => void; onError: (e: string | null) => void }) {
  const id = useId();
  return (
    <div className="field record-logo">
      <label htmlFor={id}>{t('record.clinic.logo')}</label>
      <div className="record-logo-row">
        {logo ? <img className="record-logo-preview" src={`data:${logo.mediaType};base64,${logo.base64}`} alt={t('record.clinic.logo.alt')} /> : <span className="field-hint">{t('record.clinic.logo.none')}</span>}
        <input
          id={id}
          type="file"
          name="clinic-logo"
          accept="image/png,image/jpeg"
          aria-describedby={`${id}-hint`}
          onChange={async (e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (!file) return;
            if (file.size > MAX_LOGO_BYTES) {
              onError(t('record.logoTooLarge', { kb: Math.ceil(file.size / 1024), max: MAX_LOGO_BYTES / 1024 }));
              return;
            }
            const checked = clinicLogoFromBytes(new Uint8Array(await file.arrayBuffer()), encodeBase64);
            if (checked.ok) {
              onError(null);
              onChange(checked.value);
            } else onError(checked.error);
          }}
        />
        {logo && (
          <button type="button" onClick={() => onChange(null)}>
            {t('record.clinic.logo.remove')}
          </button>
        )}
      </div>
      <span className="field-hint" id={`${id}-hint`}>
        {t('record.clinic.logo.hint', { kb: MAX_LOGO_BYTES / 1024, px: MAX_LOGO_SIDE_PX })}
      </span>
    </div>
  );
}
