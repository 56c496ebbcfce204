/**
 * The inspector for several threads at once (a multi-selection, or entry points with their
 * threads): thread type, depth, tension, fixation end, lot number and expiry. A field shows the
 * value when every selected thread has the same one, else "Mixed" with the values it has; a
 * value entered there is set on every selected thread, as one undo step.
 */
import type { FixationEnd, Thread } from '../../shared/plan/types';
import { threadNumbers } from '../../shared/scene/numbering';
import type { ThreadsEdit } from '../editor/api';
import { currentLocale, t } from '../i18n';
import { threadTypeName, threadTypeNameById } from '../../shared/catalogue/names';
import { useEnvironment, usePanelSnapshot } from './editor-context';
import { NumberField, SelectField, TextField } from './fields';
import { DEPTH_RANGE, TENSION_RANGE } from './ThreadInspector';

/** The one value every thread has, or null when they differ. */
export function commonValue<T>(threads: readonly Thread[], read: (t: Thread) => T): T | null {
  if (threads.length === 0) return null;
  const first = read(threads[0]!);
  return threads.every((th) => Object.is(read(th), first)) ? first : null;
}

/** Design choice: a "Mixed" hint names at most this many values, so it stays on one line. */
const MAX_LISTED_VALUES = 3;

/** "Mixed: 4, 4.5, 5 …" — the distinct values, in plan order. */
function mixedHint(threads: readonly Thread[], read: (t: Thread) => string, common: unknown): string | undefined {
  if (common !== null) return undefined;
  const values = [...new Set(threads.map(read))].map((v) => (v === '' ? t('inspector.multi.blank') : v));
  const listed = values.slice(0, MAX_LISTED_VALUES).join(', ') + (values.length > MAX_LISTED_VALUES ? ' …' : '');
  return t('inspector.mixedValues', { values: listed });
}

const numberText = (n: number): string => String(Math.round(n * 100) / 100);

export function MultiThreadInspector({ threadIds }: { readonly threadIds: readonly string[] }) {
  const { editor, catalogue } = useEnvironment();
  const { plan } = usePanelSnapshot();
  const numbers = threadNumbers(plan);
  const threads = plan.threads.filter((th) => threadIds.includes(th.id));
  const ids = threads.map((th) => th.id);
  const update = (edit: ThreadsEdit) => editor.updateThreads(ids, edit);

  const typeId = commonValue(threads, (th) => th.typeId);
  const depth = commonValue(threads, (th) => th.depthMm);
  const tension = commonValue(threads, (th) => th.tensionN);
  const fixationEnd = commonValue(threads, (th) => th.fixationEnd);
  const lotNumber = commonValue(threads, (th) => th.lot?.number ?? '');
  const lotExpiry = commonValue(threads, (th) => th.lot?.expiry ?? '');
  const typeName = (id: string) => threadTypeNameById(catalogue, id, currentLocale());
  const unknownTypes = [...new Set(threads.map((th) => th.typeId))].filter((id) => !catalogue.some((c) => c.id === id));
  const list = threads.map((th) => numbers.get(th.id) ?? 0).join(', ');

  return (
    <section className="inspector" aria-labelledby="inspector-title" data-testid="multi-inspector" data-count={threads.length}>
      <h3 id="inspector-title">{t('inspector.multi.title', { count: threads.length })}</h3>
      <p className="muted inspector-note">
        {t('inspector.multi.threads', { numbers: list })} {t('inspector.multi.hint')}
      </p>
      <SelectField
        label={t('inspector.thread.type')}
        value={typeId}
        mixed={t('inspector.mixed')}
        hint={mixedHint(threads, (th) => typeName(th.typeId), typeId)}
        testId="multi-type"
        options={[...catalogue.map((c) => ({ value: c.id, label: threadTypeName(c, currentLocale()) })), ...unknownTypes.map((id) => ({ value: id, label: id }))]}
        onChange={(v) => update({ typeId: v })}
      />
      <div className="field-row">
        <NumberField
          label={t('inspector.thread.depth')}
          value={depth}
          placeholder={t('inspector.mixed')}
          hint={mixedHint(threads, (th) => numberText(th.depthMm), depth)}
          {...DEPTH_RANGE}
          testId="multi-depth"
          onCommit={(v) => v !== null && update({ depthMm: v })}
        />
        <NumberField
          label={t('inspector.thread.tension')}
          value={tension}
          placeholder={t('inspector.mixed')}
          hint={mixedHint(threads, (th) => numberText(th.tensionN), tension)}
          {...TENSION_RANGE}
          testId="multi-tension"
          onCommit={(v) => v !== null && update({ tensionN: v })}
        />
      </div>
      <SelectField<FixationEnd>
        label={t('inspector.thread.fixationEnd')}
        value={fixationEnd}
        mixed={t('inspector.mixed')}
        testId="multi-fixation-end"
        options={[
          { value: 'distal', label: t('inspector.thread.fixationEnd.distal') },
          { value: 'entry', label: t('inspector.thread.fixationEnd.entry') },
        ]}
        onChange={(v) => update({ fixationEnd: v })}
      />
      <fieldset className="pair">
        <legend>{t('inspector.thread.lot')}</legend>
        <TextField
          label={t('inspector.thread.lotNumber')}
          value={lotNumber ?? ''}
          placeholder={lotNumber === null ? t('inspector.mixed') : undefined}
          hint={mixedHint(threads, (th) => th.lot?.number ?? '', lotNumber)}
          maxLength={64}
          testId="multi-lot-number"
          onCommit={(v) => update({ lotNumber: v })}
        />
        <TextField
          label={t('inspector.thread.lotExpiry')}
          type="date"
          value={lotExpiry ?? ''}
          hint={mixedHint(threads, (th) => th.lot?.expiry ?? '', lotExpiry)}
          testId="multi-lot-expiry"
          onCommit={(v) => update({ lotExpiry: v })}
        />
      </fieldset>
    </section>
  );
}
