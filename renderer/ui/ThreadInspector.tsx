/** The inspector for one thread: everything about it that the plan records, editable. */
import { findingKey } from '../../shared/analysis';
import { structureName } from '../../shared/atlas/names';
import { threadTypeName } from '../../shared/catalogue/names';
import { polylineLength } from '../../shared/geometry/polyline';
import type { FixationEnd, Side, Thread } from '../../shared/plan/types';
import { SkinPath, barbedOnSkin, surfaceOf } from '../../shared/surface';
import { entryPointCaption } from '../../shared/scene/numbering';
import { BARB_STEP_MM } from '../editor/plan-ops';
import { useRef } from 'react';
import { currentLocale, findingWords, fixed, t, upTo } from '../i18n';
import { useCommitCount, useEnvironment, usePanelSnapshot } from './editor-context';
import { NumberField, SelectField, SliderField, TextArea, TextField, fieldNumberText } from './fields';
import { SeverityIcon } from './SeverityIcon';
import { ThreadSkinMarks } from './SkinMarks';

/** Input ranges for the form controls (the plan validator has the hard limits). */
export const DEPTH_RANGE = { min: 0, max: 25, step: 0.5 };
export const TENSION_RANGE = { min: 0, max: 6, step: 0.1 };

function PointDepths({ thread }: { readonly thread: Thread }) {
  const { editor } = useEnvironment();
  const set = (index: number, v: number | null) => {
    const next = thread.path.map((_, i) => (i === index ? v : (thread.pointDepthsMm[i] ?? null)));
    editor.updateThread(thread.id, { pointDepthsMm: next });
  };
  return (
    <fieldset className="point-depths">
      <legend>{t('inspector.thread.pointDepths')}</legend>
      <div className="point-depth-grid">
        {thread.path.map((_, i) => (
          <label key={i} className="point-depth">
            <span>{t('inspector.thread.pointDepth', { index: i + 1 })}</span>
            <NumberField
              label={`${t('inspector.thread.pointDepths')}: ${t('inspector.thread.pointDepth', { index: i + 1 })}`}
              compact
              allowEmpty
              placeholder={fieldNumberText(thread.depthMm)}
              value={thread.pointDepthsMm[i] ?? null}
              {...DEPTH_RANGE}
              testId={`point-depth-${i}`}
              onCommit={(v) => set(i, v)}
            />
          </label>
        ))}
      </div>
      {/* The number the empty boxes show (at most two decimals), in the language's digits. */}
      <p className="muted point-depths-hint">{t('inspector.thread.pointDepthDefault', { depth: upTo(thread.depthMm, 2) })}</p>
    </fieldset>
  );
}

export function ThreadInspector({ thread, number }: { readonly thread: Thread; readonly number: number }) {
  const { editor, catalogue, atlas } = useEnvironment();
  const snap = usePanelSnapshot();
  const rootRef = useRef<HTMLElement>(null);
  useCommitCount(rootRef);
  const update = (patch: Partial<Omit<Thread, 'id'>>) => editor.updateThread(thread.id, patch);
  const entry = snap.plan.entryPoints.find((e) => e.id === thread.entryPointId);
  const findings = snap.analysis.findings.filter((f) => f.threads.includes(thread.id));
  const zones = atlas.fixationZones.filter((z) => z.side === thread.side || z.id === thread.fixationZoneId);
  // The path's length on the skin (what every finding measures) beside its drawn, frontal length (what
  // the barbed section below is entered in): beside the ear a drawn millimetre is up to two and a
  // half on the skin (docs/atlas.md).
  const skin = SkinPath.of(surfaceOf(atlas), thread.path);
  const skinLength = skin.length;
  // The barbed section is entered along the drawn path, as the plan stores it; the hint under it
  // says where that puts the barbs on the skin, the millimetres the findings speak in.
  const barbsOnSkin = barbedOnSkin(skin, thread.barbed);
  const drawnLength = polylineLength(thread.path);

  return (
    <section ref={rootRef} className="inspector" aria-labelledby="inspector-title" data-testid="thread-inspector">
      <h3 id="inspector-title">{t('inspector.thread', { number })}</h3>
      <dl className="facts">
        <dt>{t('inspector.thread.entryPoint')}</dt>
        <dd>{entry ? entryPointCaption(snap.plan, entry.id) : t('help.none')}</dd>
        <dt>{t('inspector.thread.skinLength')}</dt>
        <dd data-testid="thread-skin-length">{t('unit.mm', { value: fixed(skinLength, 1) })}</dd>
        <dt>{t('inspector.thread.length')}</dt>
        <dd data-testid="thread-drawn-length">{t('unit.mm', { value: fixed(drawnLength, 1) })}</dd>
      </dl>
      <SelectField
        label={t('inspector.thread.type')}
        value={thread.typeId}
        testId="thread-type"
        options={[
          ...catalogue.map((c) => ({ value: c.id, label: threadTypeName(c, currentLocale()) })),
          ...(catalogue.some((c) => c.id === thread.typeId) ? [] : [{ value: thread.typeId, label: thread.typeId }]),
        ]}
        onChange={(typeId) => update({ typeId })}
      />
      <div className="field-row">
        <NumberField label={t('inspector.thread.depth')} value={thread.depthMm} {...DEPTH_RANGE} testId="thread-depth" onCommit={(v) => v !== null && update({ depthMm: v })} />
        <SelectField<Side>
          label={t('inspector.thread.side')}
          value={thread.side}
          testId="thread-side"
          options={[
            { value: 'right', label: t('side.right') },
            { value: 'left', label: t('side.left') },
          ]}
          onChange={(side) => update({ side })}
        />
      </div>
      <PointDepths thread={thread} />
      <SliderField label={t('inspector.thread.tension')} value={thread.tensionN} {...TENSION_RANGE} valueText={(v) => t('metrics.newtons', { value: v })} testId="thread-tension" onCommit={(tensionN) => update({ tensionN })} />
      {/* One row each: the zones' names (the pre-auricular SMAS's, with its side, is over 50 characters) need the panel's width. */}
      <SelectField<FixationEnd>
        label={t('inspector.thread.fixationEnd')}
        value={thread.fixationEnd}
        testId="thread-fixation-end"
        options={[
          { value: 'distal', label: t('inspector.thread.fixationEnd.distal') },
          { value: 'entry', label: t('inspector.thread.fixationEnd.entry') },
        ]}
        onChange={(fixationEnd) => update({ fixationEnd })}
      />
      <SelectField
        label={t('inspector.thread.fixationZone')}
        value={thread.fixationZoneId ?? ''}
        testId="thread-fixation-zone"
        options={[{ value: '', label: t('inspector.thread.fixationZone.none') }, ...zones.map((z) => ({ value: z.id, label: structureName(z.id, currentLocale(), z.name) }))]}
        onChange={(id) => update({ fixationZoneId: id === '' ? null : id })}
      />
      {thread.barbed ? (
        <fieldset className="pair">
          <legend>{t('inspector.thread.barbed')}</legend>
          <NumberField
            label={t('inspector.thread.barbedStart')}
            value={thread.barbed.startMm}
            min={0}
            max={Math.max(0, thread.barbed.endMm)}
            step={BARB_STEP_MM}
            testId="thread-barbed-start"
            onCommit={(v) => v !== null && editor.updateThreads([thread.id], { barbedStartMm: v })}
          />
          <NumberField
            label={t('inspector.thread.barbedEnd')}
            value={thread.barbed.endMm}
            min={thread.barbed.startMm}
            max={Math.ceil(drawnLength)}
            step={BARB_STEP_MM}
            testId="thread-barbed-end"
            onCommit={(v) => v !== null && editor.updateThreads([thread.id], { barbedEndMm: v })}
          />
          {barbsOnSkin && (
            <p className="muted barbed-on-skin" data-testid="thread-barbed-on-skin">
              {t('inspector.thread.barbedOnSkin', { from: fixed(barbsOnSkin.startMm, 1), to: fixed(barbsOnSkin.endMm, 1) })}
            </p>
          )}
        </fieldset>
      ) : (
        <p className="muted">{t('inspector.thread.smooth')}</p>
      )}
      <fieldset className="pair">
        <legend>{t('inspector.thread.lot')}</legend>
        <TextField
          label={t('inspector.thread.lotNumber')}
          value={thread.lot?.number ?? ''}
          maxLength={64}
          testId="thread-lot-number"
          onCommit={(v) => editor.updateThreads([thread.id], { lotNumber: v })}
        />
        <TextField
          label={t('inspector.thread.lotExpiry')}
          type="date"
          value={thread.lot?.expiry ?? ''}
          testId="thread-lot-expiry"
          onCommit={(v) => editor.updateThreads([thread.id], { lotExpiry: v })}
        />
      </fieldset>
      <TextArea label={t('inspector.thread.notes')} value={thread.notes} testId="thread-notes" onCommit={(notes) => update({ notes })} />
      <ThreadSkinMarks thread={thread} />

      <h4>{t('findings.forThread')}</h4>
      {findings.length === 0 ? (
        <p className="muted">{t('findings.noneForThread')}</p>
      ) : (
        <ul className="thread-findings">
          {findings.map((f) => (
            <li key={findingKey(f)}>
              <button type="button" className="link-button" onClick={() => editor.setActiveFinding(f)} data-rule={f.rule}>
                <SeverityIcon severity={f.severity} />
                {findingWords(f).title}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
