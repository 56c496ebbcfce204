/** Accessible tabs (WAI-ARIA tabs pattern): arrow keys move between tabs, Tab enters the panel. */
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface TabSpec {
  readonly id: string;
  readonly label: string;
  readonly badge?: ReactNode;
  readonly render: () => ReactNode;
}

export function Tabs({
  tabs,
  label,
  initial,
  className,
  onSelect,
}: {
  readonly tabs: readonly TabSpec[];
  readonly label: string;
  readonly initial?: string;
  readonly className?: string;
  /** Told of every tab chosen (by click or key), e.g. to open the same one when remounted. */
  readonly onSelect?: (id: string) => void;
}) {
  const [active, setActiveState] = useState(initial ?? tabs[0]!.id);
  const setActive = (id: string) => {
    setActiveState(id);
    onSelect?.(id);
  };
  const base = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const current = tabs.find((tab) => tab.id === active) ?? tabs[0]!;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const i = tabs.findIndex((tab) => tab.id === current.id);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length]!;
    setActive(tab.id);
    listRef.current?.querySelector<HTMLElement>(`[data-tab="${tab.id}"]`)?.focus();
  };
  return (
    <div className={`tabs ${className ?? ''}`}>
      <div className="tablist" role="tablist" aria-label={label} ref={listRef} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            aria-selected={tab.id === current.id}
            aria-controls={`${base}-panel-${tab.id}`}
            tabIndex={tab.id === current.id ? 0 : -1}
            data-tab={tab.id}
            onClick={() => setActive(tab.id)}
          >
            {tab.label}
            {tab.badge}
          </button>
        ))}
      </div>
      <div className="tabpanel" role="tabpanel" id={`${base}-panel-${current.id}`} aria-labelledby={`${base}-tab-${current.id}`}>
        {current.render()}
      </div>
    </div>
  );
}
