/**
 * Form fields for the inspector and the plan details. Each edit to the plan is one undo step, so
 * text and number fields keep a local draft while the user types and commit it on Enter or when
 * focus leaves; a slider commits when it is released. Esc puts the draft back.
 */
import { useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';

interface FieldShell {
  readonly label: string;
  readonly hint?: string;
  readonly testId?: string;
}

function Row({ id, label, hint, children }: { id: string; label: string; hint?: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
}

/** Keeps a draft of `value` while editing; resets when `value` changes from outside. */
function useDraft<T>(value: T): [T, (v: T) => void] {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return [draft, setDraft];
}

/**
 * Enter commits and Escape restores. Commits read the element's own value, not the draft state: a
 * key press or blur can arrive before React has re-rendered from the last input event (a fast
 * typist, a busy machine, an automated fill), and a stale draft would drop what was typed.
 */
const commitKeys = (e: KeyboardEvent<HTMLInputElement>, commit: (text: string) => void, reset: () => void) => {
  if (e.key === 'Enter') {
    e.preventDefault();
    commit(e.currentTarget.value);
  } else if (e.key === 'Escape') {
    reset();
    e.stopPropagation();
  }
};

export function TextField(
  props: FieldShell & { readonly value: string; readonly onCommit: (v: string) => void; readonly type?: 'text' | 'date'; readonly maxLength?: number; readonly placeholder?: string },
) {
  const id = useId();
  const [draft, setDraft] = useDraft(props.value);
  const commit = (text: string) => {
    if (text !== props.value) props.onCommit(text);
  };
  return (
    <Row id={id} label={props.label} hint={props.hint}>
      <input
        id={id}
        type={props.type ?? 'text'}
        value={draft}
        maxLength={props.maxLength}
        placeholder={props.placeholder}
        data-testid={props.testId}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          setDraft(e.currentTarget.value);
          // A date picker has no typing phase: commit as soon as a valid date is chosen.
          if (props.type === 'date' && e.currentTarget.value !== props.value) props.onCommit(e.currentTarget.value);
        }}
        onBlur={(e) => commit(e.currentTarget.value)}
        onKeyDown={(e) => commitKeys(e, commit, () => setDraft(props.value))}
      />
    </Row>
  );
}

export function TextArea(props: FieldShell & { readonly value: string; readonly onCommit: (v: string) => void }) {
  const id = useId();
  const [draft, setDraft] = useDraft(props.value);
  return (
    <Row id={id} label={props.label} hint={props.hint}>
      <textarea
        id={id}
        rows={3}
        value={draft}
        data-testid={props.testId}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={(e) => e.currentTarget.value !== props.value && props.onCommit(e.currentTarget.value)}
      />
    </Row>
  );
}

const parseNumber = (text: string): number | null => {
  const n = Number(text.replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(n) ? null : n;
};
const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));
/** A number as a number box shows it (two decimals at most); '' for none. */
export const fieldNumberText = (v: number | null) => (v === null ? '' : String(Math.round(v * 100) / 100));

/** A number in a range; `allowEmpty` makes an empty box mean null (e.g. "use the default depth"). */
export function NumberField(
  props: FieldShell & {
    readonly value: number | null;
    readonly min: number;
    readonly max: number;
    readonly step: number;
    readonly allowEmpty?: boolean;
    readonly placeholder?: string;
    readonly onCommit: (v: number | null) => void;
    readonly compact?: boolean;
  },
) {
  const id = useId();
  const [draft, setDraft] = useDraft(fieldNumberText(props.value));
  const reset = () => setDraft(fieldNumberText(props.value));
  const commit = (text: string) => {
    const n = parseNumber(text);
    if (n === null) {
      if (props.allowEmpty && props.value !== null) props.onCommit(null);
      else reset();
      return;
    }
    const v = clamp(n, props.min, props.max);
    if (v !== props.value) props.onCommit(v);
    setDraft(fieldNumberText(v));
  };
  const input = (
    <input
      id={id}
      type="number"
      inputMode="decimal"
      min={props.min}
      max={props.max}
      step={props.step}
      value={draft}
      placeholder={props.placeholder}
      data-testid={props.testId}
      aria-label={props.compact ? props.label : undefined}
      aria-describedby={!props.compact && props.hint ? `${id}-hint` : undefined}
      onChange={(e) => setDraft(e.currentTarget.value)}
      onBlur={(e) => commit(e.currentTarget.value)}
      onKeyDown={(e) => commitKeys(e, commit, reset)}
    />
  );
  if (props.compact) return input;
  return (
    <Row id={id} label={props.label} hint={props.hint}>
      {input}
    </Row>
  );
}

/** A slider with a number box beside it; the slider commits when released. */
export function SliderField(
  props: FieldShell & { readonly value: number; readonly min: number; readonly max: number; readonly step: number; readonly valueText: (v: number) => string; readonly onCommit: (v: number) => void },
) {
  const id = useId();
  const [draft, setDraft] = useDraft(props.value);
  const commit = (v: number) => {
    if (v !== props.value) props.onCommit(v);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <div className="slider-row">
        <input
          id={id}
          type="range"
          min={props.min}
          max={props.max}
          step={props.step}
          value={draft}
          aria-valuetext={props.valueText(draft)}
          data-testid={props.testId ? `${props.testId}-slider` : undefined}
          onChange={(e) => setDraft(Number(e.currentTarget.value))}
          onPointerUp={(e) => commit(Number(e.currentTarget.value))}
          onKeyUp={(e) => commit(Number(e.currentTarget.value))}
          onBlur={(e) => commit(Number(e.currentTarget.value))}
        />
        <NumberField
          label={props.label}
          compact
          value={props.value}
          min={props.min}
          max={props.max}
          step={props.step}
          testId={props.testId}
          onCommit={(v) => v !== null && props.onCommit(v)}
        />
      </div>
    </div>
  );
}

/**
 * A drop-down list. `mixed` (the label for "the selected objects differ") shows that label as the
 * value until the user picks a real option.
 */
export function SelectField<T extends string>(
  props: FieldShell & { readonly value: T | null; readonly options: readonly { value: T; label: string }[]; readonly onChange: (v: T) => void; readonly mixed?: string },
) {
  const id = useId();
  const mixed = props.value === null;
  return (
    <Row id={id} label={props.label} hint={props.hint}>
      <select
        id={id}
        value={mixed ? '' : props.value}
        data-testid={props.testId}
        data-mixed={mixed || undefined}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(e) => props.onChange(e.currentTarget.value as T)}
      >
        {mixed && (
          <option value="" disabled>
            {props.mixed ?? ''}
          </option>
        )}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Row>
  );
}
