'use client';

import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { capabilityFor } from '@/lib/policy/capabilities';
import { ASSISTANCE_LABELS, SCHEME_LABELS } from '@/lib/policy/labels';
import { cityName, schemesOf } from '@/lib/policy/names';
import type { RuleBook } from '@/lib/policy/spec';
import { ASSISTANCE_STATUSES, DEFAULT_PERSON, type AssistanceStatus, type CityId, type FieldError, type SchemeId } from '@/lib/scenario/types';
import { adaptDraft, emptyDraft, type Draft, type DraftEvent } from '@/lib/scenario/draft';
import { collectErrors, fieldId, stepOfPath } from '@/lib/scenario/form-errors';
import { draftToHash, stateFromLocation, type CalcStep } from '@/lib/scenario/url-state';
import { readChosenCity } from '@/lib/search/prefs';
import { rulesVersion } from '@/lib/policy/version';
import { EventEditor, availableTypes, withType } from './EventEditor';
import { Checkbox, ErrorSummary, RadioGroup, TextField, type SummaryError } from './fields';
import { ProfileEditor } from './ProfileEditor';
import { CITY_HINTS, SCHEME_HINTS, type CalculatorContext } from './texts';

/**
 * The result step (the engine's estimate, the what-if views) is a separate chunk: the questions are
 * usable sooner on a slow connection, and the chunk is fetched as soon as the browser is idle, so that
 * nothing is downloaded later while the resident is typing numbers.
 */
const loadResultStep = () => import('./ResultStep');
const ResultStep = lazy(loadResultStep);

/**
 * /calculator: one question at a time (GOV.UK style), every answer in the URL's fragment (#s=…&step=…, never sent to a server),
 * the result computed in the browser by the engine (estimateInput) from the rules given by the page.
 */

interface State {
  draft: Draft;
  step: CalcStep;
}

function stepsOf(d: Draft, rules: RuleBook): CalcStep[] {
  const askScheme = !d.city || schemesOf(rules, d.city).length > 1;
  return askScheme ? ['city', 'scheme', 'person', 'events', 'result'] : ['city', 'person', 'events', 'result'];
}

const STEP_ERRORS: Partial<Record<string, string>> = {
  city: '请选择您参保的地方',
  scheme: '请选择您参加的医保',
};

/** The engine's message, or a plainer one where a choice was simply not made yet. */
function friendly(e: FieldError, d: Draft): FieldError {
  if (STEP_ERRORS[e.path]) return { path: e.path, message: STEP_ERRORS[e.path] as string };
  const m = /^events\[(\d+)\]\.(\w+)(?:\[(\d+)\])?$/.exec(e.path);
  if (m) {
    const ev = d.events[Number(m[1])];
    const key = m[2];
    if (key === 'total' && !ev?.total?.trim()) return { ...e, message: ev?.type === 'twoDiseases' ? '请填写药费' : '请填写总费用' };
    if (key === 'delivery' && !ev?.delivery) return { ...e, message: '请选择生育方式' };
    if (key === 'conditions' && !ev?.conditions?.length) return { ...e, message: '请选择高血压、糖尿病，或两个都选' };
    if (key === 'disease' && !ev?.disease) return { ...e, message: '请选择病种' };
    if (key === 'diseases' && (m[3] === undefined || !ev?.diseases?.[Number(m[3])])) return { ...e, message: '请选择病种' };
  }
  return e;
}

/** The input an error summary link should focus. */
function targetId(path: string): string {
  if (/^events\[\d+\]\.diseases$/.test(path)) return fieldId(`${path}[0]`);
  if (path === 'events') return 'add-event';
  return fieldId(path);
}

/** Where a link may start: the first step whose answers are missing or wrong. */
function resolveStep(d: Draft, rules: RuleBook, requested: CalcStep | undefined, errors: FieldError[]): CalcStep {
  const order = stepsOf(d, rules);
  let firstOpen: CalcStep = 'result';
  if (!d.city) firstOpen = 'city';
  else if (!d.scheme) firstOpen = 'scheme';
  else if (d.events.length === 0) firstOpen = 'events';
  else if (errors.length) firstOpen = stepOfPath(errors[0]?.path ?? '');
  if (!requested || !order.includes(requested)) return firstOpen;
  return order.indexOf(requested) <= order.indexOf(firstOpen) ? requested : firstOpen;
}

function newEvent(rules: RuleBook, d: Draft): DraftEvent {
  const cap = d.city && d.scheme ? capabilityFor(rules, d.city, d.scheme) : undefined;
  const type = (cap && availableTypes(cap)[0]) ?? 'inpatient';
  return withType({ type }, type);
}

const primary = 'tap rounded-lg bg-brand-700 px-6 text-lg font-bold text-white hover:bg-brand-800';
const secondary = 'tap rounded-lg border-2 border-brand-700 bg-white px-4 font-bold text-brand-700 hover:bg-brand-50';

export function Calculator({ rules, context }: { rules: RuleBook; context: CalculatorContext }) {
  const [state, setState] = useState<State | null>(null);
  const [broken, setBroken] = useState(false);
  /** The link was made with rules that have changed since (its `v=` is not today's rules version). */
  const [oldRules, setOldRules] = useState(false);
  const [attempted, setAttempted] = useState<ReadonlySet<CalcStep>>(new Set());
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [focusTick, setFocusTick] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusTarget = useRef<string | null>(null);
  const urlTimer = useRef<number | undefined>(undefined);
  /** The address write that the typing has not made yet (update's debounce), for a flush when the tab is left. */
  const pendingWrite = useRef<(() => void) | null>(null);

  const load = useCallback(() => {
    const s = stateFromLocation(window.location.search, window.location.hash);
    // A resident who looked at a city's pages finds it chosen already (they can still change it).
    const remembered = readChosenCity();
    const start = !s.draft.city && remembered && Object.hasOwn(rules, remembered) ? { ...s.draft, city: remembered as CityId } : s.draft;
    const draft = adaptDraft(start, rules);
    const errors = collectErrors(draft, rules).map((e) => friendly(e, draft));
    // A city taken from memory is shown chosen on the first question, not answered behind the resident's back.
    const step = resolveStep(draft, rules, start !== s.draft ? 'city' : s.step, errors);
    if (draft.city && draft.scheme && step === 'events' && draft.events.length === 0) draft.events = [newEvent(rules, draft)];
    setBroken(Boolean(s.broken));
    const spec = draft.city ? rules[draft.city] : undefined;
    setOldRules(Boolean(s.version && spec && s.version !== rulesVersion(spec)));
    // A link that asked for more than it has answers for opens on the first answer to fix, with its messages.
    setAttempted(s.step && s.step !== step ? new Set([step]) : new Set());
    setTouched(new Set());
    setState({ draft, step });
  }, [rules]);

  // Leaving the tab (a look at WeChat, a phone call) writes what was typed into the address at once:
  // Android may discard a background tab, and the reload then finds every answer there.
  useEffect(() => {
    const flush = (e: Event) => {
      if (e.type === 'visibilitychange' && document.visibilityState !== 'hidden') return;
      window.clearTimeout(urlTimer.current);
      pendingWrite.current?.();
      pendingWrite.current = null;
    };
    document.addEventListener('visibilitychange', flush);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', flush);
      window.removeEventListener('pagehide', flush);
    };
  }, []);

  useEffect(() => {
    const prefetch = () => void loadResultStep();
    if ('requestIdleCallback' in window) window.requestIdleCallback(prefetch);
    else setTimeout(prefetch, 200);
  }, []);

  useEffect(() => {
    load();
    const onPop = () => {
      window.clearTimeout(urlTimer.current);
      load();
      focusTarget.current = 'heading';
      setFocusTick((t) => t + 1);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [load]);

  useEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    // The result step may still be loading: it reports when it is there (onReady).
    if (target === 'heading' && !headingRef.current) return;
    focusTarget.current = null;
    if (target === 'heading') headingRef.current?.focus();
    else if (target === 'summary') summaryRef.current?.focus();
    else document.getElementById(target)?.focus();
  }, [focusTick, state?.step]);

  const draft = state?.draft ?? emptyDraft();
  const step = state?.step ?? 'city';
  const errors = useMemo(() => (state ? collectErrors(state.draft, rules).map((e) => friendly(e, state.draft)) : []), [state, rules]);

  const writeUrl = (d: Draft, s: CalcStep, mode: 'push' | 'replace') => {
    window.clearTimeout(urlTimer.current);
    pendingWrite.current = null;
    // The path alone when there is nothing to keep: this also drops an older link's ?s=… query.
    const spec = d.city ? rules[d.city] : undefined;
    const url = `${window.location.pathname}${draftToHash(d, s, spec ? rulesVersion(spec) : undefined)}`;
    try {
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(window.history.state, '', url);
    } catch {
      /* Safari limits history calls; the next change writes the URL again */
    }
  };

  /** A change of answers: the URL follows (replaced, not a new history entry), a little later while typing. */
  const update = (next: Draft) => {
    setState({ draft: next, step });
    window.clearTimeout(urlTimer.current);
    pendingWrite.current = () => writeUrl(next, step, 'replace');
    urlTimer.current = window.setTimeout(() => {
      pendingWrite.current?.();
      pendingWrite.current = null;
    }, 250);
  };

  /** Another question: a new history entry, focus on its heading. */
  const go = (to: CalcStep, d: Draft = draft) => {
    // The entry being left keeps its answers as they are now (back comes here with them).
    writeUrl(draft, step, 'replace');
    let next = d;
    if (to === 'events' && next.events.length === 0) next = { ...next, events: [newEvent(rules, next)] };
    setState({ draft: next, step: to });
    writeUrl(next, to, 'push');
    focusTarget.current = 'heading';
    setFocusTick((t) => t + 1);
  };

  const order = stepsOf(draft, rules);
  const position = order.indexOf(step);
  const previous = position > 0 ? order[position - 1] : undefined;
  const following = order[position + 1];

  const visible = (path: string) => attempted.has(stepOfPath(path)) || touched.has(path);
  const errorOf = (path: string) => {
    const e = errors.find((x) => x.path === path);
    return e && visible(path) ? e.message : undefined;
  };
  const blur = (path: string) => {
    if (!touched.has(path)) setTouched(new Set(touched).add(path));
  };
  const stepErrors = (s: CalcStep) => errors.filter((e) => stepOfPath(e.path) === s);
  // In the summary each message says which of several bills it is about.
  const where = (path: string) => {
    const m = /^events\[(\d+)\]/.exec(path);
    return m && draft.events.length > 1 ? `第 ${Number(m[1]) + 1} 笔费用：` : '';
  };
  const summary: SummaryError[] = attempted.has(step) ? stepErrors(step).map((e) => ({ id: targetId(e.path), message: `${where(e.path)}${e.message}` })) : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (stepErrors(step).length > 0) {
      setAttempted(new Set(attempted).add(step));
      focusTarget.current = 'summary';
      setFocusTick((t) => t + 1);
      return;
    }
    if (following) go(following);
  };

  if (!state) {
    return (
      <p role="status" className="mt-4 text-muted">
        正在打开计算器……
      </p>
    );
  }

  const cap = draft.city && draft.scheme ? capabilityFor(rules, draft.city, draft.scheme) : undefined;
  const progress = step === 'result' ? null : <p className="text-[0.9375rem] text-muted">第 {position + 1} 步，共 {order.length - 1} 步</p>;
  const heading = (text: string) => (
    <h2 ref={headingRef} tabIndex={-1} className="text-xl font-bold">
      {text}
    </h2>
  );
  const buttons = (label = '继续') => (
    <div className="mt-6 flex flex-wrap items-center gap-3">
      <button type="submit" className={primary}>
        {label}
      </button>
      {previous && (
        <button type="button" onClick={() => go(previous)} className={secondary}>
          上一步
        </button>
      )}
    </div>
  );
  const form = (children: ReactNode, label?: string) => (
    <form noValidate onSubmit={submit} className="mt-2">
      <ErrorSummary errors={summary} summaryRef={summaryRef} />
      {children}
      {buttons(label)}
    </form>
  );

  const setCity = (city: CityId) => update(adaptDraft({ ...draft, city }, rules));
  const setScheme = (scheme: SchemeId) => update(adaptDraft({ ...draft, scheme }, rules));
  const setPerson = (patch: Partial<Draft['person']>) => update({ ...draft, person: { ...draft.person, ...patch } });

  let body: ReactNode;
  if (step === 'city') {
    body = form(
      <RadioGroup
        id={fieldId('city')}
        name="city"
        legend={heading('您在哪里参加医保？')}
        legendClass="mb-2"
        options={Object.keys(rules).map((c) => ({
          value: c,
          label: cityName(rules, c),
          hint: CITY_HINTS[c] || `${context.provinces[c] ?? ''} · 可以计算${schemesOf(rules, c).map((s) => SCHEME_LABELS[s]).join('、')}`,
        }))}
        value={draft.city}
        onChange={setCity}
        error={errorOf('city')}
      />,
    );
  } else if (step === 'scheme' && draft.city) {
    body = form(
      <RadioGroup
        id={fieldId('scheme')}
        name="scheme"
        legend={heading('您参加的是哪种医保？')}
        legendClass="mb-2"
        hint={`${cityName(rules, draft.city)}的手册分别规定了职工医保和城乡居民医保的待遇。`}
        options={schemesOf(rules, draft.city).map((s) => ({ value: s, label: SCHEME_LABELS[s], hint: SCHEME_HINTS[s] }))}
        value={draft.scheme}
        onChange={setScheme}
        error={errorOf('scheme')}
      />,
    );
  } else if (step === 'person' && cap && draft.city && draft.scheme) {
    const f = cap.personFields;
    body = (
      <>
        {heading('参保人的情况')}
        <p className="text-muted">
          {cityName(rules, draft.city)} · {SCHEME_LABELS[draft.scheme]}。只问会影响计算的情况。
        </p>
        {form(
          <div className="mt-3 grid gap-5">
            {f.includes('retired') && (
              <RadioGroup
                id={fieldId('person.retired')}
                name="retired"
                legend="在职还是退休？"
                options={[
                  { value: 'no', label: '在职' },
                  { value: 'yes', label: '退休', hint: '已办理退休、享受退休人员医保待遇' },
                ]}
                value={draft.person.retired ? 'yes' : 'no'}
                onChange={(v) => setPerson({ retired: v === 'yes' })}
              />
            )}
            {f.includes('age') && (
              <TextField
                id={fieldId('person.age')}
                label="年龄（周岁）"
                hint={`选填。不填按 ${DEFAULT_PERSON.age} 岁计算。${f.includes('student') && cap.minorAge !== undefined ? `未满 ${cap.minorAge} 周岁的按未成年人标准计算。` : ''}`}
                inputMode="numeric"
                suffix="岁"
                width="w-24"
                value={draft.person.age ?? ''}
                onChange={(age) => setPerson({ age })}
                onBlur={() => blur('person.age')}
                error={errorOf('person.age')}
              />
            )}
            {f.includes('student') && (
              <Checkbox
                id={fieldId('person.student')}
                label="在校学生"
                hint="在校学生按学生和未成年人标准报销（起付线更低、比例更高）"
                checked={Boolean(draft.person.student)}
                onChange={(student) => setPerson({ student })}
              />
            )}
            {f.includes('civilServant') && (
              <Checkbox
                id={fieldId('person.civilServant')}
                label="享受公务员医疗补助"
                hint="机关、参照公务员法管理的单位等按规定享受公务员医疗补助的人员"
                checked={Boolean(draft.person.civilServant)}
                onChange={(civilServant) => setPerson({ civilServant })}
              />
            )}
            {f.includes('majorDisease') && (
              <Checkbox
                id={fieldId('person.majorDisease')}
                label="患有大额医疗补助规定的重大疾病"
                hint="精神病、艾滋病、恶性肿瘤、肾功能衰竭，或器官、骨髓移植术后抗排异治疗"
                checked={Boolean(draft.person.majorDisease)}
                onChange={(majorDisease) => setPerson({ majorDisease })}
              />
            )}
            {f.includes('assistance') && (
              <RadioGroup
                id={fieldId('person.assistance')}
                name="assistance"
                legend="是不是医疗救助对象？"
                hint="由民政、乡村振兴等部门认定。不是或不清楚，选“不是”。"
                options={ASSISTANCE_STATUSES.map((a) => ({ value: a, label: a === 'none' ? '不是' : ASSISTANCE_LABELS[a] }))}
                value={draft.person.assistance ?? 'none'}
                onChange={(assistance: AssistanceStatus) => setPerson({ assistance })}
                error={errorOf('person.assistance')}
              />
            )}
            {cap.editable && (
              <ProfileEditor rules={rules} city={draft.city} scheme={draft.scheme} profile={draft.profile} onChange={(profile) => update({ ...draft, profile })} errorOf={errorOf} onBlur={blur} />
            )}
          </div>,
        )}
      </>
    );
  } else if (step === 'events' && cap && draft.city && draft.scheme) {
    const { city, scheme } = draft;
    const setEvent = (i: number, e: DraftEvent) => update({ ...draft, events: draft.events.map((x, j) => (j === i ? e : x)) });
    const remove = (i: number) => {
      update({ ...draft, events: draft.events.filter((_, j) => j !== i) });
      focusTarget.current = 'add-event';
      setFocusTick((t) => t + 1);
    };
    const add = () => {
      const i = draft.events.length;
      update({ ...draft, events: [...draft.events, newEvent(rules, draft)] });
      focusTarget.current = `event-${i}-legend`;
      setFocusTick((t) => t + 1);
    };
    body = (
      <>
        {heading('看病花了多少钱？')}
        <p className="text-muted">一年内的几笔费用可以一起算：起付线、年度限额和大病保险按全年累计。</p>
        {form(
          <div className="mt-3 grid gap-4">
            {draft.events.map((e, i) => (
              <EventEditor
                key={i}
                rules={rules}
                cap={cap}
                city={city}
                scheme={scheme}
                events={draft.events}
                index={i}
                onChange={(x) => setEvent(i, x)}
                onRemove={draft.events.length > 1 ? () => remove(i) : undefined}
                errorOf={errorOf}
                onBlur={blur}
              />
            ))}
            <button id="add-event" type="button" onClick={add} disabled={draft.events.length >= 20} className={`${secondary} justify-self-start`}>
              ＋ 再添加一笔费用
            </button>
          </div>,
          '看结果',
        )}
      </>
    );
  } else if (step === 'result') {
    body = (
      <Suspense
        fallback={
          <p role="status" className="mt-4 text-muted">
            正在计算……
          </p>
        }
      >
        <ResultStep rules={rules} context={context} draft={draft} headingRef={headingRef} go={go} onReady={() => setFocusTick((t) => t + 1)} oldRules={oldRules} />
      </Suspense>
    );
  }

  return (
    <div className="mt-4">
      {broken && (
        <p role="alert" className="mb-3 rounded-lg border-2 border-amber-600 bg-amber-50 p-3">
          这个链接里的计算条件无法识别（可能复制得不完整），请重新填写。
        </p>
      )}
      {progress}
      {body}
    </div>
  );
}
