import { describe, expect, it } from 'vitest';
import { estimateInput } from '@/lib/engine/estimate';
import { loadRuleBook } from '@/lib/policy/load';
import { adaptDraft, draftFromJson, draftToInput, emptyDraft, type Draft } from './draft';
import { collectErrors, fieldId, stepOfPath } from './form-errors';
import { decodeDraft, draftToHash, encodeDraft, paramsToState, stateFromLocation } from './url-state';
import { validateScenario } from './validate';

const rules = loadRuleBook();

const bazhong: Draft = {
  city: 'bazhong',
  scheme: 'resident',
  person: { assistance: 'dibao' },
  events: [{ type: 'inpatient', level: 'level3', where: 'local', total: '5万', outOfScope: '３０００', classB: '' }],
};

describe('URL encoding', () => {
  it('round-trips a draft through the fragment #s=…&step=… (never sent to a server)', () => {
    const hash = draftToHash(bazhong, 'result');
    expect(hash).toMatch(/^#s=[A-Za-z0-9_-]+&step=result$/);
    const state = stateFromLocation('', hash);
    expect(state.step).toBe('result');
    expect(state.broken).toBeUndefined();
    expect(state.draft).toEqual({ ...bazhong, events: [{ type: 'inpatient', level: 'level3', where: 'local', total: '5万', outOfScope: '３０００' }] });
  });

  it('keeps whatever the resident typed, even when it is wrong', () => {
    const d: Draft = { city: 'changchun', scheme: 'resident', person: { age: '四十' }, events: [{ type: 'inpatient', total: 'abc', outOfScope: '5-3' }] };
    expect(decodeDraft(encodeDraft(d))).toEqual(d);
  });

  it('writes a valid draft as a contract scenario: whole numbers as numbers, defaults left out', () => {
    const d: Draft = {
      city: 'bazhong',
      scheme: 'employee',
      person: { age: '82', retired: true, civilServant: false, assistance: 'none' },
      events: [{ type: 'maternity', delivery: 'natural', babies: '2', total: '8000' }],
    };
    const json = JSON.parse(Buffer.from(encodeDraft(d), 'base64url').toString('utf8'));
    expect(json).toEqual({ city: 'bazhong', scheme: 'employee', person: { age: 82, retired: true }, events: [{ type: 'maternity', delivery: 'natural', babies: 2, total: '8000' }] });
    expect(estimateInput(json, rules).ok).toBe(true);
  });

  it('an empty draft on the first question is the bare page', () => {
    expect(draftToHash(emptyDraft(), 'city')).toBe('');
    expect(stateFromLocation('', '')).toEqual({ draft: emptyDraft() });
  });

  it('reads the fragment first, and the query of a city page link or an older ?s= link', () => {
    const hash = draftToHash(bazhong, 'events');
    const fromHash = stateFromLocation('?city=changdu', hash);
    expect(fromHash.draft.city).toBe('bazhong');
    expect(fromHash.step).toBe('events');
    expect(stateFromLocation('?city=changdu', '').draft.city).toBe('changdu');
    expect(stateFromLocation(`?${hash.slice(1)}`, '#')).toEqual(fromHash);
  });

  it('reports a broken link instead of failing', () => {
    for (const s of ['?s=%%%', '?s=bm90IGpzb24', `?s=${'A'.repeat(7000)}`, '?scenario={oops']) {
      const state = paramsToState(s);
      expect(state.broken, s).toBe(true);
      expect(state.draft).toEqual(emptyDraft());
    }
  });

  it('drops unknown fields and wrong types from a link', () => {
    const d = draftFromJson({ city: 'nowhere', scheme: 'resident', hack: 1, person: { age: 40, retired: 'yes', assistance: 'king' }, events: [{ type: 'inpatient', level: 'level9', total: 100, x: 1 }, { type: 'party' }, 5] });
    // A city the rules do not know is dropped when the draft is adapted to the rules (as every page does).
    expect(d && adaptDraft(d, rules)).toEqual({ scheme: 'resident', person: { age: '40' }, events: [{ type: 'inpatient', total: '100' }] });
    expect(draftFromJson('text')).toBeNull();
  });

  it('accepts ?city= from a city page and ?scenario=<contract JSON>', () => {
    expect(paramsToState('?city=changdu').draft).toEqual({ city: 'changdu', person: {}, events: [] });
    const scenario = { city: 'changchun', scheme: 'resident', events: [{ type: 'injury', total: 3000 }], person: { student: true } };
    const state = paramsToState(`?scenario=${encodeURIComponent(JSON.stringify(scenario))}&step=result`);
    expect(state.step).toBe('result');
    expect(estimateInput(draftToInput(state.draft, rules), rules).ok).toBe(true);
  });
});

describe('draft → scenario', () => {
  it('hands the typed text to the engine, which parses "5万" and full-width digits', () => {
    const input = draftToInput(bazhong, rules);
    expect(input).toEqual({
      city: 'bazhong',
      scheme: 'resident',
      person: { assistance: 'dibao' },
      events: [{ type: 'inpatient', level: 'level3', where: 'local', total: '5万', outOfScope: '３０００' }],
    });
    const outcome = estimateInput(input, rules);
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.result.total).toBe('50000.00');
    expect(outcome.result.outOfScope).toBe('3000.00');
  });

  it('sends only the fields the city and scheme use', () => {
    const d: Draft = {
      city: 'changdu',
      scheme: 'employee',
      person: { retired: true, civilServant: true, assistance: 'tekun', age: '60' },
      events: [{ type: 'inpatient', level: 'level2', where: 'local', total: '1000', classB: '100', transfer: true }],
    };
    expect(draftToInput(d, rules)).toEqual({
      city: 'changdu',
      scheme: 'employee',
      person: { retired: true },
      events: [{ type: 'inpatient', level: 'level2', where: 'local', total: '1000', classB: '100' }],
    });
  });

  it('adapts a draft to a new city: keeps amounts, drops what the city does not ask', () => {
    const d = adaptDraft({ ...bazhong, city: 'changdu' }, rules);
    expect(d.scheme).toBe('employee');
    expect(d.person).toEqual({});
    expect(d.events).toEqual([{ type: 'inpatient', level: 'level3', where: 'local', total: '5万', outOfScope: '３０００', classB: '' }]);
    const c = adaptDraft({ city: 'changdu', scheme: 'employee', person: {}, events: [{ type: 'maternity', delivery: 'natural', total: '1' }, { type: 'inpatient', level: 'level1', total: '1' }] }, rules);
    expect(c.events.length).toBe(2);
    const cc = adaptDraft({ ...c, city: 'changchun' }, rules);
    expect(cc.scheme).toBe('resident');
    // 长春 computes 顺产 and 剖腹产 (its 生育定额) since its rules have them.
    expect(cc.events).toEqual([{ type: 'maternity', delivery: 'natural', total: '1' }, { type: 'inpatient', level: 'level1', total: '1' }]);
    const difficult = adaptDraft({ ...c, city: 'changchun', events: [{ type: 'maternity', delivery: 'difficult', total: '1' }] }, rules);
    expect(difficult.events).toEqual([{ type: 'maternity', total: '1' }]);
    const chronic = adaptDraft({ city: 'changchun', scheme: 'resident', person: {}, events: [{ type: 'chronic', diseases: ['M04600', 'M02202'], total: '1' }] }, rules);
    expect(chronic.events[0]?.diseases).toEqual([]);
  });
});

describe('errors', () => {
  it('collects every wrong field, each in the engine’s words and at its path', () => {
    const d: Draft = { city: 'bazhong', scheme: 'employee', person: { age: 'abc' }, events: [{ type: 'inpatient', level: 'level3', total: 'abc' }, { type: 'outpatient', level: 'level2', total: '100', outOfScope: '5-3' }] };
    const errors: { path: string; message: string }[] = collectErrors(d, rules);
    expect(errors.map((e) => e.path)).toEqual(['person.age', 'events[0].total', 'events[1].outOfScope']);
    expect(errors[1]?.message).toBe('请输入数字金额，例如 3000、1,200、5万 或 一万二');
    expect(collectErrors({ ...bazhong }, rules)).toEqual([]);
  });

  it('finds a missing choice and a 自费 larger than the bill', () => {
    const errors: { path: string; message: string }[] = collectErrors({ city: 'bazhong', scheme: 'resident', person: {}, events: [{ type: 'inpatient', total: '100', outOfScope: '200' }] }, rules);
    expect(errors.map((e) => e.path)).toEqual(['events[0].level', 'events[0].outOfScope']);
    const more = collectErrors({ city: 'bazhong', scheme: 'resident', person: {}, events: [{ type: 'inpatient', level: 'level1', total: '100', outOfScope: '200' }] }, rules);
    expect(more).toEqual([{ path: 'events[0].outOfScope', message: '自费（目录外）金额不能超过总费用' }]);
  });

  it('still checks the amounts behind a choice that cannot be filled in (a disease not chosen)', () => {
    const errors: { path: string; message: string }[] = collectErrors({ city: 'bazhong', scheme: 'resident', person: {}, events: [{ type: 'chronic', diseases: [], total: '5-3' }] }, rules);
    expect(errors).toEqual([
      { path: 'events[0].diseases', message: '请至少选择一种慢性病' },
      { path: 'events[0].total', message: '请输入数字金额，例如 3000、1,200、5万 或 一万二' },
    ]);
  });

  it('checks the custom profile’s typed values', () => {
    const errors: { path: string; message: string }[] = collectErrors(
      { city: 'custom', scheme: 'resident', person: {}, events: [{ type: 'inpatient', level: 'level3', total: '1000' }], profile: { ratio: { level3: '120' }, annualCap: 'x' } },
      rules,
    );
    expect(errors.map((e) => e.path)).toEqual(['profile.ratio.level3', 'profile.annualCap']);
  });

  it('names the input of a path and the step that asks it', () => {
    expect(fieldId('events[0].total')).toBe('f-events-0-total');
    expect(fieldId('events[1].diseases[0]')).toBe('f-events-1-diseases-0');
    expect(fieldId('person.age')).toBe('f-person-age');
    expect(stepOfPath('person.age')).toBe('person');
    expect(stepOfPath('profile.ratio.level1')).toBe('person');
    expect(stepOfPath('events[0].total')).toBe('events');
    expect(stepOfPath('scheme')).toBe('scheme');
  });

  it('a valid draft validates to the same scenario as the contract JSON', () => {
    const v = validateScenario(draftToInput(bazhong, rules), rules);
    expect(v.ok).toBe(true);
  });
});
