/**
 * The depth profile of the selected thread: a cross-section along its path with the skin, fat
 * and SMAS from the atlas and the thread's depth line; stretches above or below the thread type's
 * layer (the limits the superficial-path and deep-path rules use) are hatched across the whole
 * depth and the thread line is drawn there thick, in the critical colour and dashed, so the
 * too-shallow and too-deep parts stand out in either theme and without colour; the two hatches
 * lean opposite ways. The legend draws its swatches with the same classes and pattern as the chart.
 * SVG, sized by its viewBox.
 */
import { depthProfile, type DepthProfile as Profile } from '../../shared/scene/depth-profile';
import { patientDepthMargin } from '../../shared/analysis/patient-margin';
import { isSmoothType } from '../../shared/analysis/thread-geometry';
import { threadNumbers } from '../../shared/scene/numbering';
import type { PlanMeta, Thread } from '../../shared/plan/types';
import { fixed, t } from '../i18n';
import { useEnvironment, usePanelSnapshot } from './editor-context';
import { useId, useMemo } from 'react';

const W = 360;
const H = 200;
const M = { left: 34, right: 8, top: 8, bottom: 32 };
const PW = W - M.left - M.right;
const PH = H - M.top - M.bottom;

function niceStep(range: number, target: number): number {
  const raw = range / target;
  const pow = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((k) => k * pow).find((s) => s >= raw) ?? 10 * pow;
}

/** The diagonal hatching of the too-shallow (45 deg) and too-deep (-45 deg) stretches; `id` must be unique in the document. */
function Hatch({ id, angle = 45 }: { readonly id: string; readonly angle?: number }) {
  return (
    <defs>
      <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform={`rotate(${angle})`}>
        <rect width="6" height="6" className="dp-hatch-bg" />
        <line x1="0" y1="0" x2="0" y2="6" className="dp-hatch-line" />
      </pattern>
    </defs>
  );
}

function Chart({ profile, hatchId }: { readonly profile: Profile; readonly hatchId: string }) {
  const { samples, lengthMm } = profile;
  const maxDepth = Math.max(6, ...samples.map((s) => Math.max(s.depthMm, s.tissue.skinMm + s.tissue.fatMm + s.tissue.smasMm))) + 1.5;
  const x = (s: number) => M.left + (lengthMm === 0 ? 0 : (s / lengthMm) * PW);
  const y = (d: number) => M.top + (d / maxDepth) * PH;
  const band = (top: (i: number) => number, bottom: (i: number) => number) => {
    const upper = samples.map((s, i) => `${x(s.s).toFixed(1)},${y(top(i)).toFixed(1)}`);
    const lower = samples.map((s, i) => `${x(s.s).toFixed(1)},${y(bottom(i)).toFixed(1)}`).reverse();
    return [...upper, ...lower].join(' ');
  };
  const tissue = (i: number) => samples[i]!.tissue;
  const skin = (i: number) => tissue(i).skinMm;
  const fat = (i: number) => skin(i) + tissue(i).fatMm;
  const smas = (i: number) => fat(i) + tissue(i).smasMm;
  const line = samples.map((s) => `${x(s.s).toFixed(1)},${y(s.depthMm).toFixed(1)}`).join(' ');
  const xStep = niceStep(lengthMm || 10, 5);
  const yStep = niceStep(maxDepth, 4);
  const xTicks = Array.from({ length: Math.floor(lengthMm / xStep) + 1 }, (_, i) => i * xStep);
  const yTicks = Array.from({ length: Math.floor(maxDepth / yStep) + 1 }, (_, i) => i * yStep);

  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="depth-chart" aria-hidden="true" focusable="false">
      <Hatch id={hatchId} />
      <Hatch id={`${hatchId}-deep`} angle={-45} />
      <rect x={M.left} y={M.top} width={PW} height={PH} className="dp-deep" />
      <polygon points={band(() => 0, skin)} className="dp-skin" />
      <polygon points={band(skin, fat)} className="dp-fat" />
      <polygon points={band(fat, smas)} className="dp-smas" />
      {profile.shallowRuns.map(([a, b]) => (
        <rect key={a} x={x(a)} y={M.top} width={Math.max(1.5, x(b) - x(a))} height={PH} className="dp-shallow-zone" fill={`url(#${hatchId})`} />
      ))}
      {profile.deepRuns.map(([a, b]) => (
        <rect key={`d${a}`} x={x(a)} y={M.top} width={Math.max(1.5, x(b) - x(a))} height={PH} className="dp-deep-zone" fill={`url(#${hatchId}-deep)`} />
      ))}
      {yTicks.map((d) => (
        <g key={`y${d}`}>
          <line x1={M.left} x2={M.left + PW} y1={y(d)} y2={y(d)} className="dp-grid" />
          <text x={M.left - 6} y={y(d)} className="dp-tick" textAnchor="end" dominantBaseline="middle">
            {d}
          </text>
        </g>
      ))}
      {xTicks.map((s) => (
        <text key={`x${s}`} x={x(s)} y={M.top + PH + 14} className="dp-tick" textAnchor="middle">
          {s}
        </text>
      ))}
      <polyline points={line} className="dp-thread" />
      {profile.shallowRuns.map(([a, b]) => (
        <polyline
          key={`r${a}`}
          points={samples
            .filter((s) => s.s >= a - 1e-6 && s.s <= b + 1e-6)
            .map((s) => `${x(s.s).toFixed(1)},${y(s.depthMm).toFixed(1)}`)
            .join(' ')}
          className="dp-thread-shallow"
        />
      ))}
      {profile.deepRuns.map(([a, b]) => (
        <polyline
          key={`q${a}`}
          points={samples
            .filter((s) => s.s >= a - 1e-6 && s.s <= b + 1e-6)
            .map((s) => `${x(s.s).toFixed(1)},${y(s.depthMm).toFixed(1)}`)
            .join(' ')}
          className="dp-thread-deep"
        />
      ))}
      <text x={M.left + PW / 2} y={H - 4} className="dp-axis" textAnchor="middle">
        {t('depth.axisDistance')}
      </text>
      <text x={12} y={M.top + PH / 2} className="dp-axis" textAnchor="middle" transform={`rotate(-90 12 ${M.top + PH / 2})`}>
        {t('depth.axisDepthShort')}
      </text>
    </svg>
  );
}

function Legend({ hatchId, shallow, deep }: { readonly hatchId: string; readonly shallow: boolean; readonly deep: boolean }) {
  const band = (cls: string) => <rect width="18" height="12" className={cls} />;
  const items = [
    ['dp-skin', t('depth.skin'), band('dp-skin')],
    ['dp-fat', t('depth.fat'), band('dp-fat')],
    ['dp-smas', t('depth.smas'), band('dp-smas')],
    ['dp-thread', t('depth.thread'), <line x1="0" y1="6" x2="18" y2="6" className="dp-thread" />],
    [
      'dp-shallow',
      t('depth.tooShallow'),
      <>
        <rect width="18" height="12" className="dp-shallow-zone" fill={`url(#${hatchId})`} />
        <line x1="0" y1="6" x2="18" y2="6" className="dp-thread-shallow" />
      </>,
    ],
    [
      'dp-too-deep',
      t('depth.tooDeep'),
      <>
        <rect width="18" height="12" className="dp-deep-zone" fill={`url(#${hatchId}-deep)`} />
        <line x1="0" y1="6" x2="18" y2="6" className="dp-thread-deep" />
      </>,
    ],
  ] as const;
  return (
    <ul className="dp-legend" data-shallow={shallow ? 'true' : 'false'} data-deep={deep ? 'true' : 'false'}>
      {items.map(([cls, label, swatch]) => (
        <li key={cls} data-swatch={cls}>
          <svg width="18" height="12" aria-hidden="true">
            {swatch}
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}

function ThreadProfile({ thread, number, meta }: { readonly thread: Thread; readonly number: number; readonly meta: PlanMeta }) {
  const { atlas, catalogue } = useEnvironment();
  const type = catalogue.find((c) => c.id === thread.typeId) ?? null;
  // The same patient-factor margin the superficial-path rule applies to this thread.
  const adjustMm = patientDepthMargin(meta, isSmoothType(type)).adjustMm;
  const profile = useMemo(() => depthProfile(thread, atlas, type, adjustMm), [thread, atlas, type, adjustMm]);
  const hatchId = `dp-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const depths = profile.samples.map((s) => s.depthMm);
  const shallowMm = profile.shallowRuns.reduce((sum, [a, b]) => sum + (b - a), 0);
  const deepMm = profile.deepRuns.reduce((sum, [a, b]) => sum + (b - a), 0);
  // One depth all along (most threads) reads as one number, not "4.5 to 4.5 mm".
  const shallowest = fixed(Math.min(...depths), 1);
  const deepest = fixed(Math.max(...depths), 1);
  // To a tenth, as the inspector's length on the skin and the findings give it (the same value).
  const length = fixed(profile.lengthMm, 1);
  const layer = t(`depth.layer.${profile.layer}`);
  const summary =
    shallowest === deepest
      ? t('depth.summaryOneDepth', { number, length, depth: shallowest, layer })
      : t('depth.summary', { number, length, min: shallowest, max: deepest, layer });
  const verdicts = [
    ...(profile.shallowRuns.length > 0 ? [t('depth.shallowRun', { mm: Math.max(1, Math.round(shallowMm)) })] : []),
    ...(profile.deepRuns.length > 0 ? [t('depth.deepRun', { mm: Math.max(1, Math.round(deepMm)) })] : []),
  ];
  const bad = verdicts.length > 0;
  const verdict = bad ? verdicts.join(' ') : t('depth.withinLayer');
  return (
    <figure
      className="depth-profile"
      data-testid="depth-profile"
      data-shallow-runs={profile.shallowRuns.length}
      data-deep-runs={profile.deepRuns.length}
    >
      <figcaption>
        <span className="dp-title">{summary}</span>{' '}
        <span className={bad ? 'dp-verdict is-bad' : 'dp-verdict'}>{verdict}</span>
      </figcaption>
      {profile.samples.length > 1 && <Chart profile={profile} hatchId={hatchId} />}
      {/* The legend's hatch swatch needs the pattern even when no chart is drawn. */}
      <svg width="0" height="0" className="dp-defs" aria-hidden="true" focusable="false">
        <Hatch id={`${hatchId}-key`} />
        <Hatch id={`${hatchId}-key-deep`} angle={-45} />
      </svg>
      <Legend hatchId={`${hatchId}-key`} shallow={profile.shallowRuns.length > 0} deep={profile.deepRuns.length > 0} />
    </figure>
  );
}

export function DepthProfilePanel() {
  const { plan, selection } = usePanelSnapshot();
  const thread = selection.threadIds.length === 1 ? plan.threads.find((th) => th.id === selection.threadIds[0]) : undefined;
  if (!thread) return <p className="muted empty-note">{t('depth.noThread')}</p>;
  return <ThreadProfile thread={thread} number={threadNumbers(plan).get(thread.id) ?? 0} meta={plan.meta} />;
}
