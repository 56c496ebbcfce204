/**
 * A toolbar drop-down (a <details> disclosure): the summary is the toolbar button, the body a
 * popover under it. It closes like a menu: on a press elsewhere, on Esc (focus goes back to the
 * button) and, with `closeOnChoose`, when one of its buttons is chosen.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export function ToolbarMenu(props: {
  readonly label: string;
  readonly title?: string;
  readonly icon?: ReactNode;
  readonly badge?: ReactNode;
  readonly className?: string;
  readonly testId?: string;
  readonly closeOnChoose?: boolean;
  readonly children: ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const onPointerDown = (e: PointerEvent) => {
      const el = ref.current;
      if (el?.open && !el.contains(e.target as Node)) el.open = false;
    };
    document.addEventListener('pointerdown', onPointerDown, { capture: true });
    return () => document.removeEventListener('pointerdown', onPointerDown, { capture: true });
  }, []);
  return (
    <details
      className={`tb-menu ${props.className ?? ''}`}
      ref={ref}
      data-testid={props.testId}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !ref.current?.open) return;
        e.preventDefault();
        ref.current.open = false;
        ref.current.querySelector('summary')?.focus();
      }}
      onClick={(e) => {
        if (props.closeOnChoose && ref.current && e.target instanceof Element && e.target.closest('.tb-popover button')) ref.current.open = false;
      }}
    >
      <summary className="tb-button tb-summary" title={props.title ?? props.label}>
        {props.icon}
        <span className="tb-text">{props.label}</span>
        {props.badge}
      </summary>
      <div className="tb-popover">{props.children}</div>
    </details>
  );
}
