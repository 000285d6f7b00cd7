import { describe, expect, it } from 'vitest';
import { hotlineGroups, telNumbers } from './contacts';
import { loadHandbook } from './load';

describe('telNumbers', () => {
  it('keeps digits (and a leading +) for tel: links, whatever dash the document printed', () => {
    expect(telNumbers('0827-5775700')).toEqual(['08275775700']);
    expect(telNumbers('0895—4980183')).toEqual(['08954980183']);
    expect(telNumbers('0895－4980183')).toEqual(['08954980183']);
    expect(telNumbers('81110000')).toEqual(['81110000']);
    expect(telNumbers('12393')).toEqual(['12393']);
  });
  it('yields each number of a printed text with several', () => {
    expect(telNumbers('0971-12333或0971-4316477')).toEqual(['097112333', '09714316477']);
  });
});

describe('the real contact directory', () => {
  const book = loadHandbook();
  it('has a dialable number of at least 5 digits for every hotline', () => {
    for (const group of hotlineGroups(book)) {
      for (const h of group.hotlines) {
        const numbers = telNumbers(h.phone);
        expect(numbers.length, `${group.cityName} ${h.name} ${h.phone}`).toBeGreaterThan(0);
        for (const n of numbers) expect(n.length, `${h.name} ${h.phone}`).toBeGreaterThanOrEqual(5);
      }
    }
  });
});
