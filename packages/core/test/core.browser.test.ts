import { expect } from '@open-wc/testing';
import { addWorkingDays, compareVietnamese, formatDate, formatVnd, parseCccd, searchKey, sortVietnamese } from '@egov-kit/core';
import { mapOldUnit, searchUnits } from '@egov-kit/core/units';

// core promises the same answers in a browser as in Node: no Node-only API, the same ICU rules.
describe('@egov-kit/core in Chromium', () => {
  it('folds and sorts Vietnamese as in Node', () => {
    expect(searchKey('Phường Đức Xuân')).to.equal('phuong duc xuan');
    expect(sortVietnamese(['Đà Nẵng', 'Dương', 'Ân', 'An Giang'])).to.deep.equal(['An Giang', 'Ân', 'Dương', 'Đà Nẵng']);
    expect(compareVietnamese('ă', 'â')).to.be.below(0);
  });

  it('writes dates and money as in Node', () => {
    expect(formatDate(new Date('2025-01-28T17:30:00Z'))).to.equal('29/01/2025');
    expect(formatVnd(1_500_000)).to.equal('1.500.000\u00a0₫');
  });

  it('validates identifiers and counts working days as in Node', () => {
    const id = parseCccd('001095012345', { today: '2026-01-01' });
    expect(id.ok && id.details.birthYear).to.equal(1995);
    expect(addWorkingDays('2025-01-24', 3)).to.equal('2025-02-05');
  });

  it('loads the unit data and finds units without diacritics', () => {
    expect(searchUnits('duc xuan thai nguyen')[0]?.fullName).to.equal('Phường Đức Xuân');
    expect(mapOldUnit('06').map((m) => m.to.code)).to.deep.equal(['19']);
  });
});
