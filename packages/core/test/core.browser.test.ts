import { expect } from '@open-wc/testing';
import { compareVietnamese, formatDate, formatVnd, searchKey, sortVietnamese } from '@egov-kit/core';

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
});
