/**
 * The right-hand panel: the inspector, depth profile and plan details (tabs), then the live
 * findings. The whole panel is ONE scrolling column: on a 1280x720 laptop two nested scroll
 * boxes of half the height each showed two findings or two fields at a time. The findings
 * heading sticks to the panel's bottom edge while the findings are below the fold (so their
 * count is always in view, and a click brings them up) and to its top edge while they are read.
 */
import { useRef } from 'react';
import { t } from '../i18n';
import { usePanelSnapshot } from './editor-context';
import { FindingsPanel } from './FindingsPanel';
import { Inspector } from './Inspector';
import { DepthProfilePanel, PhotosPanel, PlanDetails, WhenLoaded } from './lazy-panels';
import { Tabs } from './Tabs';

/** Built at render, not at import: the labels follow the interface language. */
const sideTabs = () => [
  { id: 'inspector', label: t('panel.inspector'), render: () => <Inspector /> },
  { id: 'depth', label: t('panel.depthProfile'), render: () => <WhenLoaded><DepthProfilePanel /></WhenLoaded> },
  { id: 'details', label: t('panel.planDetails'), render: () => <WhenLoaded><PlanDetails /></WhenLoaded> },
  { id: 'photos', label: t('panel.photos'), render: () => <WhenLoaded><PhotosPanel /></WhenLoaded> },
];

/**
 * The side tab last chosen. A language change remounts the views under a new key (App.tsx), which
 * would otherwise bring the inspector back in place of the tab the user was reading.
 */
let lastSideTab: string | undefined;

function FindingCount() {
  const count = usePanelSnapshot().analysis.findings.length;
  return <span className="pane-count">{count}</span>;
}

export function SidePanel() {
  const findings = useRef<HTMLElement>(null);
  return (
    <aside className="pane pane-right side-panel" aria-label={t('aria.sidePanel')} data-testid="side-panel">
      <Tabs tabs={sideTabs()} label={t('aria.sidePanel')} className="side-tabs" initial={lastSideTab} onSelect={(id) => (lastSideTab = id)} />
      <h2 id="findings-title" className="pane-title findings-title">
        <button
          type="button"
          className="findings-jump"
          title={t('panel.findingsJump')}
          onClick={() => findings.current?.scrollIntoView({ block: 'start' })}
        >
          {t('panel.findings')} <FindingCount />
        </button>
      </h2>
      <section ref={findings} className="findings-pane" aria-labelledby="findings-title">
        <FindingsPanel />
      </section>
    </aside>
  );
}
