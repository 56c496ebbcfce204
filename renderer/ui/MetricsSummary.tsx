/**
 * The plan's metrics at a glance: traction per side, malar share, symmetry and, once the tissue
 * simulation has answered, each side's peak simulated gathering on the cheekbone against the rest
 * of the midface, with the note that the map is illustrative.
 */
import { fixed, t } from '../i18n';
import { usePanelSnapshot } from './editor-context';

const newtons = (v: number) => t('metrics.newtons', { value: fixed(v, 1) });
const percent = (v: number | null) => (v === null ? t('metrics.notApplicable') : t('metrics.percent', { value: Math.round(v * 100) }));
/** Simulated gathering: tenths of a percent (a well spread midface gathers a few percent). */
const gathering = (v: number) => t('metrics.percent', { value: fixed(v * 100, 1) });

export function MetricsSummary() {
  const { metrics } = usePanelSnapshot().analysis;
  const rows: [string, string, string][] = [
    ['threads', t('metrics.threadsPerSide'), `${metrics.threadCount.right} / ${metrics.threadCount.left}`],
    ['traction-right', t('metrics.tractionRight'), newtons(metrics.tractionBySide.right)],
    ['traction-left', t('metrics.tractionLeft'), newtons(metrics.tractionBySide.left)],
    ['malar-right', t('metrics.malarShareRight'), percent(metrics.malarShare.right)],
    ['malar-left', t('metrics.malarShareLeft'), percent(metrics.malarShare.left)],
    ['symmetry', t('metrics.symmetry'), percent(metrics.symmetry)],
  ];
  const simulated = metrics.simulation;
  if (simulated) {
    for (const side of ['right', 'left'] as const) {
      const s = simulated[side];
      rows.push([
        `gathering-${side}`,
        t(side === 'right' ? 'metrics.gatheringRight' : 'metrics.gatheringLeft'),
        t('metrics.gatheringValue', { prominence: gathering(s.prominencePeak), rest: gathering(s.restPeak) }),
      ]);
    }
  }
  return (
    <section className="metrics" aria-labelledby="metrics-title">
      <h4 id="metrics-title">{t('panel.metrics')}</h4>
      <dl>
        {rows.map(([id, label, value]) => (
          <div key={id} className="metric" data-metric={id}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {simulated && <p className="muted metrics-note" data-testid="simulation-note">{t('metrics.simulationNote')}</p>}
    </section>
  );
}
