/** The plan's details (PlanMeta): every field of the file's metadata, editable. */
import type { AgeBand, PlanMeta, SkinThickness } from '../../shared/plan/types';
import { t } from '../i18n';
import { useEditor, usePanelSnapshot } from './editor-context';
import { SelectField, TextArea, TextField } from './fields';
import { recordSettings } from './record/record-settings-store';
import { RevisionPanel } from './record/RevisionPanel';

const AGE_BANDS: readonly AgeBand[] = ['under-30', '30-39', '40-49', '50-59', '60-69', '70-plus'];
const SKIN: readonly SkinThickness[] = ['thin', 'normal', 'thick'];
const GRADES = [0, 1, 2, 3, 4] as const;

export function PlanDetails() {
  const editor = useEditor();
  const { meta } = usePanelSnapshot().plan;
  const update = (patch: Partial<PlanMeta>) => editor.updateMeta(patch);
  return (
    <>
    <form className="panel-body details" aria-label={t('panel.planDetails')} onSubmit={(e) => e.preventDefault()} data-testid="plan-details">
      <TextField label={t('meta.title')} value={meta.title} maxLength={200} testId="meta-title" onCommit={(title) => update({ title })} />
      <TextField label={t('meta.date')} type="date" value={meta.date} testId="meta-date" onCommit={(date) => update({ date })} />
      <TextField label={t('meta.practitioner')} value={meta.practitioner} maxLength={200} testId="meta-practitioner" onCommit={(practitioner) => update({ practitioner })} />
      <TextField
        label={t('meta.patientId')}
        hint={t('meta.patientId.hint')}
        value={meta.patientId}
        maxLength={100}
        testId="meta-patient"
        onCommit={(patientId) => update({ patientId })}
      />
      <SelectField
        label={t('meta.ageBand')}
        value={meta.ageBand ?? ''}
        testId="meta-age"
        options={[{ value: '', label: t('meta.ageBand.none') }, ...AGE_BANDS.map((a) => ({ value: a, label: t(`meta.ageBand.${a}`) }))]}
        onChange={(v) => update({ ageBand: v === '' ? null : (v as AgeBand) })}
      />
      <SelectField<SkinThickness>
        label={t('meta.skinThickness')}
        value={meta.skinThickness}
        testId="meta-skin"
        options={SKIN.map((s) => ({ value: s, label: t(`meta.skinThickness.${s}`) }))}
        onChange={(skinThickness) => update({ skinThickness })}
      />
      <SelectField
        label={t('meta.saggingGrade')}
        value={meta.saggingGrade === null ? '' : String(meta.saggingGrade)}
        testId="meta-sagging"
        options={[{ value: '', label: t('meta.saggingGrade.none') }, ...GRADES.map((g) => ({ value: String(g), label: String(g) }))]}
        onChange={(v) => update({ saggingGrade: v === '' ? null : Number(v) })}
      />
      <TextArea label={t('meta.notes')} value={meta.notes} testId="meta-notes" onCommit={(notes) => update({ notes })} />
      <button type="button" className="link-button opens details-clinic" data-testid="open-record-settings" onClick={() => recordSettings.setOpen(true)}>
        {t('record.settings')}
      </button>
    </form>
    {/* Outside the form: its sign-off dialog has a form of its own. */}
    <div className="panel-body">
      <RevisionPanel />
    </div>
    </>
  );
}
