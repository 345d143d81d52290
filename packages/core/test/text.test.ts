import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  compareVietnamese, foldDiacritics, formatDate, formatDateTime, formatVnd, parseDate, searchKey, sortVietnamese, toNfc,
} from '@egov-kit/core';

describe('Vietnamese text', () => {
  test('NFC: a decomposed "Nguyễn" becomes the composed form', () => {
    const decomposed = 'Nguye\u0302\u0303n';
    assert.notEqual(decomposed, 'Nguyễn');
    assert.equal(toNfc(decomposed), 'Nguyễn');
  });

  test('folding removes every tone and vowel mark, and đ/Đ', () => {
    assert.equal(foldDiacritics('Đức Xuân'), 'Duc Xuan');
    assert.equal(foldDiacritics('Thái Nguyên'), 'Thai Nguyen');
    assert.equal(foldDiacritics('ẮẰẲẴẶăắằẳẵặ ƠỚỜỞỠỢ ƯỨỪỬỮỰ'), 'AAAAAaaaaaa OOOOOO UUUUUU');
    assert.equal(searchKey('  Phường\tĐức   Xuân '), 'phuong duc xuan');
  });

  test('folded text is plain ASCII for every Vietnamese letter', () => {
    const letters = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
    const folded = foldDiacritics(letters + letters.toUpperCase());
    assert.match(folded, /^[a-zA-Z]+$/);
  });

  test('property: folding is idempotent and composed/decomposed input folds alike', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      const once = foldDiacritics(s);
      assert.equal(foldDiacritics(once), once);
      assert.equal(foldDiacritics(s.normalize('NFD')), foldDiacritics(s.normalize('NFC')));
    }));
  });

  test('sorting follows the Vietnamese alphabet: a ă â b … d đ, tones after the base letter', () => {
    assert.deepEqual(sortVietnamese(['Đà Nẵng', 'Cần Thơ', 'Dương', 'Ân', 'Ăn', 'An Giang']),
      ['An Giang', 'Ăn', 'Ân', 'Cần Thơ', 'Dương', 'Đà Nẵng']);
    assert.ok(compareVietnamese('Xã 2', 'Xã 10') < 0, 'numbers compare by value');
    assert.deepEqual(sortVietnamese([{ n: 'đ' }, { n: 'd' }], (x) => x.n), [{ n: 'd' }, { n: 'đ' }]);
  });

  test('dates are written dd/MM/yyyy, in Vietnam time for instants', () => {
    assert.equal(formatDate('2025-01-29'), '29/01/2025');
    // 17:30 UTC on 28 Jan is already 29 Jan in Hà Nội.
    assert.equal(formatDate(new Date('2025-01-28T17:30:00Z')), '29/01/2025');
    assert.equal(formatDateTime(new Date('2025-01-29T07:05:00Z')), '14:05 29/01/2025');
    // The date and the time turn together at midnight in Hà Nội; an invalid instant is refused.
    assert.equal(formatDateTime(new Date('2025-01-28T16:59:00Z')), '23:59 28/01/2025');
    assert.equal(formatDateTime(new Date('2025-01-28T17:00:00Z')), '00:00 29/01/2025');
    assert.throws(() => formatDateTime(new Date('nonsense')), RangeError);
    assert.throws(() => formatDate('2025-02-30'), RangeError);
  });

  test('dates are read day first, as people write them', () => {
    assert.equal(parseDate('29/01/2025'), '2025-01-29');
    assert.equal(parseDate('9/1/2025'), '2025-01-09');
    assert.equal(parseDate('29-01-2025'), '2025-01-29');
    assert.equal(parseDate(' 29.01.2025 '), '2025-01-29');
    assert.equal(parseDate('29/02/2025'), undefined);
    assert.equal(parseDate('2025-01-29'), undefined);
    assert.equal(parseDate('13/13/2025'), undefined);
  });

  test('property: formatDate and parseDate are inverses over 1900–2100', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
      const iso = d.toISOString().slice(0, 10);
      assert.equal(parseDate(formatDate(iso)), iso);
    }));
  });

  test('money is whole đồng, with the conventions of each language', () => {
    assert.equal(formatVnd(1_500_000), '1.500.000\u00a0₫');
    assert.equal(formatVnd(1_500_000, 'en'), '₫1,500,000');
    assert.equal(formatVnd(0), '0\u00a0₫');
    assert.equal(formatVnd(2499.6), '2.500\u00a0₫');
  });
});
