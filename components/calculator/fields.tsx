'use client';

import type { ReactNode, RefObject } from 'react';
import { formatShort, formatYuan, parseAmountInput } from '@/lib/money';

/**
 * Form pieces of the calculator: real labels, hints and errors tied to their input
 * (aria-describedby, aria-invalid), fieldsets with legends for choices, 44/60 px tap targets.
 */

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

export function FieldError({ id, message }: { id: string; message?: string }) {
  // Always rendered (empty when fine), so that a message appearing later is announced.
  return (
    <p id={`${id}-error`} aria-live="polite" className="text-[0.9375rem] font-bold text-red-700 empty:hidden">
      {message ? (
        <>
          <span aria-hidden="true">⚠ </span>
          <span className="sr-only">错误：</span>
          {message}
        </>
      ) : null}
    </p>
  );
}

interface TextProps {
  id: string;
  label: string;
  hint?: ReactNode;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string;
  /** Shown after the input when the value is fine (e.g. how an amount was read). */
  echo?: string;
  inputMode?: 'decimal' | 'numeric';
  suffix?: string;
  placeholder?: string;
  width?: string;
}

export function TextField({ id, label, hint, value, onChange, onBlur, error, echo, inputMode = 'decimal', suffix, placeholder, width = 'w-44' }: TextProps) {
  return (
    <div className={`border-l-4 pl-3 ${error ? 'border-red-700' : 'border-transparent'}`}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-[0.9375rem] text-muted">
          {hint}
        </p>
      )}
      <FieldError id={id} message={error} />
      <div className="mt-1 flex items-center gap-2">
        <input
          id={id}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          enterKeyHint="next"
          value={value}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint !== undefined && `${id}-hint`, `${id}-error`, echo && !error && `${id}-echo`)}
          className={`tap ${width} rounded-lg border-2 bg-white px-3 text-lg ${error ? 'border-red-700' : 'border-slate-500'}`}
        />
        {suffix && <span aria-hidden="true">{suffix}</span>}
      </div>
      {echo && !error && (
        <p id={`${id}-echo`} className="mt-1 text-[0.9375rem] text-muted">
          {echo}
        </p>
      )}
    </div>
  );
}

/** How the calculator read an amount ("5万" → "按 ¥50,000.00（5万元）计算"), or nothing while empty or wrong. */
export function amountEcho(raw: string | undefined): string | undefined {
  if (!raw || !raw.trim()) return undefined;
  const parsed = parseAmountInput(raw);
  // Only where it tells something: large amounts, and text that is not a plain number ("5万", "１２００").
  if (!parsed.ok || (parsed.value.lt(10000) && /^\d+(\.\d+)?$/.test(raw.trim()))) return undefined;
  const short = parsed.value.gte(10000) ? `（${formatShort(parsed.value)}）` : '';
  return `按 ${formatYuan(parsed.value)}${short} 计算`;
}

export function AmountField(props: Omit<TextProps, 'echo' | 'inputMode' | 'suffix'>) {
  return <TextField {...props} echo={amountEcho(props.value)} inputMode="decimal" suffix="元" />;
}

export interface Option<T extends string> {
  value: T;
  label: string;
  hint?: string;
  disabled?: boolean;
}

interface RadioProps<T extends string> {
  /** Id of the first radio (error links focus it); the others get `${id}-${value}`. */
  id: string;
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: Option<T>[];
  value: T | undefined;
  onChange: (value: T) => void;
  error?: string;
  legendClass?: string;
}

export function RadioGroup<T extends string>({ id, name, legend, hint, options, value, onChange, error, legendClass = 'font-bold' }: RadioProps<T>) {
  return (
    <fieldset
      aria-describedby={describedBy(hint !== undefined && `${id}-hint`, `${id}-error`)}
      className={`border-l-4 pl-3 ${error ? 'border-red-700' : 'border-transparent'}`}
    >
      <legend className={legendClass}>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-[0.9375rem] text-muted">
          {hint}
        </p>
      )}
      <FieldError id={id} message={error} />
      <div className="mt-1 grid gap-2">
        {options.map((o, i) => {
          const inputId = i === 0 ? id : `${id}-${o.value}`;
          return (
            <label
              key={o.value}
              htmlFor={inputId}
              className={`tap flex cursor-pointer items-start gap-3 rounded-lg border-2 bg-white px-3 py-2 has-checked:border-brand-700 has-checked:bg-brand-50 ${
                o.disabled ? 'cursor-not-allowed opacity-70' : 'border-slate-300'
              }`}
            >
              <input
                id={inputId}
                type="radio"
                name={name}
                value={o.value}
                checked={value === o.value}
                disabled={o.disabled}
                onChange={() => onChange(o.value)}
                aria-describedby={o.hint ? `${inputId}-h` : undefined}
                className="mt-1 size-6 shrink-0 accent-brand-700"
              />
              <span>
                <span className="block font-bold">{o.label}</span>
                {o.hint && (
                  <span id={`${inputId}-h`} className="block text-[0.9375rem] text-muted">
                    {o.hint}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

export function Checkbox({ id, label, hint, checked, onChange }: { id: string; label: string; hint?: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label htmlFor={id} className="tap flex cursor-pointer items-start gap-3 rounded-lg border-2 border-slate-300 bg-white px-3 py-2 has-checked:border-brand-700 has-checked:bg-brand-50">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className="mt-1 size-6 shrink-0 accent-brand-700"
      />
      <span>
        <span className="block font-bold">{label}</span>
        {hint && (
          <span id={`${id}-hint`} className="block text-[0.9375rem] text-muted">
            {hint}
          </span>
        )}
      </span>
    </label>
  );
}

export interface SummaryError {
  id: string;
  message: string;
}

/** GOV.UK-style error summary: announced, focused, each message a link to its field. */
export function ErrorSummary({ errors, summaryRef, title = '请先修改以下内容' }: { errors: SummaryError[]; summaryRef?: RefObject<HTMLDivElement | null>; title?: string }) {
  if (errors.length === 0) return null;
  return (
    <div ref={summaryRef} role="alert" tabIndex={-1} aria-labelledby="error-summary-title" className="mb-4 rounded-lg border-4 border-red-700 bg-white p-3">
      <h3 id="error-summary-title" className="text-lg font-bold">
        {title}
      </h3>
      <ul className="mt-1 list-disc pl-5">
        {errors.map((e) => (
          <li key={`${e.id}-${e.message}`}>
            <a
              href={`#${e.id}`}
              onClick={(ev) => {
                const el = document.getElementById(e.id);
                if (!el) return;
                ev.preventDefault();
                el.focus();
                el.scrollIntoView({ block: 'center' });
              }}
              className="tap inline-flex items-center font-bold text-red-700 underline"
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
