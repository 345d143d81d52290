import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  birthProvinces, formatIdentifier, identifierKinds, parseCccd, parseCmnd, validateEmail,
  validateIdentifier, validatePhone, validateSocialInsuranceNumber, validateTaxCode, maskIdentifier, maskName,
  type IdentifierFailure, type IdentifierKind, type IdentifierResult, type MessageTree,
} from '@egov-kit/core';
import { identifierMessages } from '@egov-kit/core/messages';

// 24 Nov 2026 in Hà Nội: every test that depends on "now" uses this day.
const today = new Date('2026-11-24T09:00:00+07:00');
const options = { today };

function okValue<D>(result: IdentifierResult<D>): { value: string; formatted: string; details: D } {
  assert.ok(result.ok, `expected a valid identifier, got ${JSON.stringify(result)}`);
  return result;
}

function failureOf(result: IdentifierResult<unknown>): IdentifierFailure {
  assert.ok(!result.ok, `expected a failure, got ${JSON.stringify(result)}`);
  return result;
}

function reasonOf(result: IdentifierResult<unknown>): string {
  return failureOf(result).reason;
}

// One input per reason code of each kind; the catalogue test below checks the list is complete.
const reasonExamples: [IdentifierKind, string, string][] = [
  ['cccd', '   ', 'empty'],
  ['cccd', '001O95012345', 'not-digits'],
  ['cccd', '00109501234', 'wrong-length'],
  ['cccd', '003095012345', 'unknown-province'],
  ['cccd', '001495012345', 'impossible-century'],
  ['cccd', '001250012345', 'future-birth-year'],
  ['cmnd', '', 'empty'],
  ['cmnd', '12345678x', 'not-digits'],
  ['cmnd', '1234567890', 'wrong-length'],
  ['tax-code', '', 'empty'],
  ['tax-code', 'VV34567890', 'not-digits'],
  ['tax-code', '12345', 'wrong-length'],
  ['tax-code', '0100000008', 'zero-sequence'],
  ['tax-code', '0100233480', 'invalid-check-digit'],
  ['tax-code', '0314409058-000', 'invalid-branch'],
  ['phone', '', 'empty'],
  ['phone', '0912 abc 678', 'not-digits'],
  ['phone', '+1 202 555 0100', 'not-vietnamese'],
  ['phone', '912345678', 'missing-zero'],
  ['phone', '024 3825 3536', 'landline'],
  ['phone', '0169 123 4567', 'old-prefix'],
  ['phone', '091234567', 'wrong-length'],
  ['phone', '0951234567', 'unknown-prefix'],
  ['social-insurance', '', 'empty'],
  ['social-insurance', '01234-5678a', 'not-digits'],
  ['social-insurance', '012345678', 'wrong-length'],
  ['email', '', 'empty'],
  ['email', 'ten.example.com', 'missing-at'],
  ['email', 'ten@a@example.com', 'multiple-at'],
  ['email', '@example.com', 'missing-local-part'],
  ['email', 'nguyễn@example.com', 'invalid-local-part'],
  ['email', 'ten@', 'missing-domain'],
  ['email', 'ten@-example.com', 'invalid-domain'],
  ['email', 'ten@gmail', 'missing-top-level-domain'],
  ['email', `${'a'.repeat(65)}@example.com`, 'too-long'],
];

describe('personal ID number (CCCD)', () => {
  test('decodes province, sex, century and birth year', () => {
    assert.deepEqual(okValue(parseCccd('001095012345', options)), {
      ok: true, kind: 'cccd', value: '001095012345', formatted: '001 095 012 345',
      details: { provinceCode: '001', provinceName: 'Hà Nội', sex: 'male', century: 20, birthYear: 1995 },
    });
    assert.deepEqual(okValue(parseCccd('058186000028', options)).details,
      { provinceCode: '058', provinceName: 'Ninh Thuận', sex: 'female', century: 20, birthYear: 1986 });
    assert.deepEqual(okValue(parseCccd('079215000001', options)).details,
      { provinceCode: '079', provinceName: 'Hồ Chí Minh', sex: 'male', century: 21, birthYear: 2015 });
    assert.equal(okValue(parseCccd('096323000001', options)).details.sex, 'female');
  });

  test('reads what people type: spaces, dots, dashes, full-width digits', () => {
    for (const typed of [' 001 095 012 345 ', '001.095.012.345', '001-095-012-345', '００１０９５０１２３４５']) {
      assert.equal(okValue(parseCccd(typed, options)).value, '001095012345', typed);
    }
  });

  test('rejects impossible numbers with a reason the UI can explain', () => {
    assert.deepEqual(parseCccd('00109501234', options),
      { ok: false, kind: 'cccd', reason: 'wrong-length', messageKey: 'identifier.cccd.wrong-length', params: { length: 11 } });
    for (const code of ['000', '003', '097', '100', '999']) {
      const failure = failureOf(parseCccd(`${code}095012345`, options));
      assert.equal(failure.reason, 'unknown-province');
      assert.deepEqual(failure.params, { code });
    }
    for (const digit of [4, 5, 6, 7, 8, 9]) {
      assert.equal(reasonOf(parseCccd(`001${digit}00012345`, options)), 'impossible-century');
    }
    assert.deepEqual(failureOf(parseCccd('001227012345', options)), {
      ok: false, kind: 'cccd', reason: 'future-birth-year', messageKey: 'identifier.cccd.future-birth-year', params: { year: 2027 },
    });
  });

  test('a birth this year is fine; the year turns at midnight in Hà Nội, not in UTC', () => {
    assert.equal(okValue(parseCccd('001226012345', options)).details.birthYear, 2026);
    const newYearInHanoi = new Date('2026-12-31T17:30:00Z');
    assert.equal(okValue(parseCccd('001227012345', { today: newYearInHanoi })).details.birthYear, 2027);
    assert.equal(reasonOf(parseCccd('001227012345', { today: new Date('2026-12-31T16:30:00Z') })), 'future-birth-year');
    assert.equal(reasonOf(parseCccd('001200012345', { today: '1999-12-31' })), 'impossible-century');
  });

  test('without a date, judges against now', () => {
    assert.equal(okValue(parseCccd('001095012345')).details.birthYear, 1995);
    assert.equal(reasonOf(parseCccd('001900012345')), 'impossible-century');
  });

  test('the province table is the old 63-province list, codes 001–096 with gaps', () => {
    const codes = Object.keys(birthProvinces);
    assert.equal(codes.length, 63);
    assert.ok(codes.every((code) => /^0\d\d$/.test(code) && Number(code) >= 1 && Number(code) <= 96));
    for (const gap of ['003', '005', '007', '009', '013', '016', '090']) assert.equal(birthProvinces[gap], undefined);
    assert.equal(birthProvinces['006'], 'Bắc Kạn');
    assert.equal(birthProvinces['048'], 'Đà Nẵng');
    assert.equal(birthProvinces['096'], 'Cà Mau');
    assert.ok(Object.values(birthProvinces).every((name) => name === name.normalize('NFC')));
  });

  const provinceCode = fc.constantFrom(...Object.keys(birthProvinces));
  const tail = fc.stringMatching(/^\d{6}$/);

  test('property: a well-formed number always parses and its details say what was encoded', () => {
    fc.assert(fc.property(provinceCode, fc.integer({ min: 1900, max: 2026 }), fc.constantFrom('male', 'female'), tail,
      (code, birthYear, sex, random) => {
        const centuryDigit = (Math.floor(birthYear / 100) - 19) * 2 + (sex === 'female' ? 1 : 0);
        const number = `${code}${centuryDigit}${String(birthYear % 100).padStart(2, '0')}${random}`;
        const { value, formatted, details } = okValue(parseCccd(number, options));
        assert.equal(value, number);
        assert.equal(formatted.replace(/ /g, ''), number);
        assert.deepEqual(details, {
          provinceCode: code, provinceName: birthProvinces[code], sex, century: Math.floor(birthYear / 100) + 1, birthYear,
        });
        assert.deepEqual(parseCccd(formatted, options), parseCccd(number, options));
      }));
  });

  test('property: any 12 digits whose first three are not on the list fail as unknown-province', () => {
    const unknownCode = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0'))
      .filter((code) => birthProvinces[code] === undefined);
    fc.assert(fc.property(unknownCode, fc.stringMatching(/^\d{9}$/), (code, rest) => {
      assert.equal(reasonOf(parseCccd(code + rest, options)), 'unknown-province');
    }));
  });
});

describe('old ID card number (CMND)', () => {
  test('9 digits: only length and digits are checked', () => {
    assert.deepEqual(okValue(parseCmnd('012 345 678', options)),
      { ok: true, kind: 'cmnd', value: '012345678', formatted: '012 345 678', details: { form: 'nine-digit' } });
  });

  test('12 digits are read as a personal ID number, and fail with its messages', () => {
    const twelve = okValue(parseCmnd('001095012345', options));
    assert.deepEqual(twelve.details, { form: 'twelve-digit', personalId: okValue(parseCccd('001095012345', options)).details });
    assert.deepEqual(parseCmnd('003095012345', options), {
      ok: false, kind: 'cmnd', reason: 'unknown-province', messageKey: 'identifier.cccd.unknown-province', params: { code: '003' },
    });
    assert.deepEqual(failureOf(parseCmnd('12345678901', options)).params, { length: 11 });
  });
});

describe('tax code (MST)', () => {
  // Codes published as valid in python-stdnum's tests/test_vn_mst.doctest (found online by its authors).
  const publishedValid = [
    '01.00.112.437', '0100112437011', '0100233488', '0101245486', '0102182292', '0102641429-066', '0102721191-001',
    '0105022466', '0106713191', '0109161862', '0200747399', '0300533351', '0302787672', '0305000124', '0310350004',
    '0311 916 028', '0312 68 78 78 - 001', '0314409058-002', '0316110224', '0401 443 048', '0900283167', '1300440846-008',
    '1600699712-004', '2000102580', '2000102580-005', '2000961769-009', '3100104093-009', '3500748818', '3603718156',
    '3702642596', '3901166775', '4201783848', '4900813164', '5200869050', '5800199577-002', '5900705097', '8037630690',
    '8463763902',
  ];

  test('accepts published real codes, 10 digits and branch form', () => {
    for (const code of publishedValid) assert.ok(validateTaxCode(code, options).ok, code);
    // Viettel Group's code, widely published; its check digit: 10 − (114 mod 11) = 6.
    assert.deepEqual(okValue(validateTaxCode('0100109106', options)).details, { form: 'ten-digit', base: '0100109106' });
    assert.deepEqual(okValue(validateTaxCode('0314409058-002', options)), {
      ok: true, kind: 'tax-code', value: '0314409058002', formatted: '0314409058-002',
      details: { form: 'branch', base: '0314409058', branch: '002' },
    });
  });

  test('rejects the published invalid examples for the right reason', () => {
    assert.equal(reasonOf(validateTaxCode('0100233480', options)), 'invalid-check-digit');
    assert.equal(reasonOf(validateTaxCode('0100000008', options)), 'zero-sequence');
    assert.equal(reasonOf(validateTaxCode('0314409058-000', options)), 'invalid-branch');
    assert.equal(reasonOf(validateTaxCode('0314409050-002', options)), 'invalid-check-digit');
    assert.equal(reasonOf(validateTaxCode('12345', options)), 'wrong-length');
    assert.equal(reasonOf(validateTaxCode('VV34567890', options)), 'not-digits');
  });

  test('a 12-digit personal ID number is a personal tax code; with a branch dash it is an unfinished branch code', () => {
    const personal = okValue(validateTaxCode('001 095 012 345', options));
    assert.equal(personal.value, '001095012345');
    assert.deepEqual(personal.details, { form: 'personal-id', personalId: okValue(parseCccd('001095012345', options)).details });
    assert.deepEqual(validateTaxCode('001495012345', options), {
      ok: false, kind: 'tax-code', reason: 'impossible-century', messageKey: 'identifier.cccd.impossible-century',
      params: { digit: 4, from: 2100 },
    });
    assert.equal(reasonOf(validateTaxCode('0100109106-00', options)), 'wrong-length');
  });

  // The check digit makes Σ wᵢdᵢ + d₁₀ ≡ 10 (mod 11) over the weights 31,29,23,19,17,13,7,5,3 and 1.
  // Mod 11 these are 9,7,1,8,6,2,7,5,3,1: none is 0 and 11 is prime, so changing any one digit by
  // δ (1 ≤ |δ| ≤ 9) moves the sum by wᵢ·δ ≢ 0 (mod 11) and the equation breaks. When the new first
  // nine digits would need a check "digit" of 10, no code with them is valid at all. So every
  // single-digit substitution is caught. Neighbouring weights also differ mod 11, so every swap of
  // two adjacent different digits is caught too; digits 2 and 7 share weight 7 mod 11, so swapping
  // those two is not.
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  const validTenDigit = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 })
    .filter((d) => d.slice(2).some((x) => x !== 0))
    .map((d) => ({ digits: d, sum: d.reduce((s, x, i) => s + x * (weights[i] ?? 0), 0) }))
    .filter(({ sum }) => sum % 11 !== 0)
    .map(({ digits, sum }) => digits.join('') + String(10 - (sum % 11)));

  test('property: every code built with its check digit passes', () => {
    fc.assert(fc.property(validTenDigit, (code) => {
      assert.equal(okValue(validateTaxCode(code, options)).value, code);
    }));
  });

  test('property: every single-digit substitution fails', () => {
    fc.assert(fc.property(validTenDigit, (code) => {
      for (let i = 0; i < 10; i++) {
        for (let digit = 0; digit <= 9; digit++) {
          if (String(digit) === code[i]) continue;
          const changed = code.slice(0, i) + digit + code.slice(i + 1);
          assert.ok(!validateTaxCode(changed, options).ok, `${code} → ${changed}`);
        }
      }
    }));
  });

  test('property: first nine digits whose sum is ≡ 0 (mod 11) have no valid code', () => {
    const nine = fc.stringMatching(/^\d{9}$/)
      .filter((d) => [...d].reduce((s, x, i) => s + Number(x) * (weights[i] ?? 0), 0) % 11 === 0);
    fc.assert(fc.property(nine, (first) => {
      for (let check = 0; check <= 9; check++) assert.ok(!validateTaxCode(`${first}${check}`, options).ok);
    }));
  });

  test('property: every swap of two adjacent different digits fails; the 2↔7 swap is the blind spot', () => {
    fc.assert(fc.property(validTenDigit, fc.integer({ min: 0, max: 8 }), (code, i) => {
      fc.pre(code[i] !== code[i + 1]);
      const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
      assert.ok(!validateTaxCode(swapped, options).ok, `${code} → ${swapped}`);
    }));
    // 0100109106 with its 2nd and 7th digits swapped is also a valid code.
    assert.ok(validateTaxCode('0900101106', options).ok);
  });
});

describe('mobile number', () => {
  test('accepts the ways people write a number, and stores E.164', () => {
    for (const typed of ['0912345678', '0912 345 678', '0912.345.678', '+84 912 345 678', '+84912345678', '84912345678',
      '0084 912 345 678', '(+84) 912-345-678', '+84 0912 345 678', '０９１２３４５６７８']) {
      const { value, formatted, details } = okValue(validatePhone(typed));
      assert.equal(value, '+84912345678', typed);
      assert.equal(formatted, '0912 345 678', typed);
      assert.equal(details, undefined, 'no carrier: numbers move between carriers');
    }
  });

  const prefixes = ['032', '033', '034', '035', '036', '037', '038', '039', '086', '096', '097', '098', '070', '076', '077', '078',
    '079', '089', '090', '093', '081', '082', '083', '084', '085', '088', '091', '094', '052', '056', '058', '092', '059', '099', '087'];

  test('accepts every current mobile prefix and no other', () => {
    for (let n = 0; n < 100; n++) {
      const prefix = `0${String(n).padStart(2, '0')}`;
      const result = validatePhone(`${prefix}1234567`);
      if (prefixes.includes(prefix)) assert.ok(result.ok, prefix);
      else assert.ok(!result.ok, prefix);
    }
  });

  test('an 11-digit number of a prefix renamed in 2018 gets its new number suggested', () => {
    const renamed: Record<string, string> = {
      '0162': '032', '0163': '033', '0164': '034', '0165': '035', '0166': '036', '0167': '037', '0168': '038', '0169': '039',
      '0120': '070', '0121': '079', '0122': '077', '0126': '076', '0128': '078',
      '0123': '083', '0124': '084', '0125': '085', '0127': '081', '0129': '082', '0186': '056', '0188': '058', '0199': '059',
    };
    for (const [oldPrefix, newPrefix] of Object.entries(renamed)) {
      const result = validatePhone(`${oldPrefix} 234 5678`);
      assert.deepEqual(result, {
        ok: false, kind: 'phone', reason: 'old-prefix', messageKey: 'identifier.phone.old-prefix',
        params: { oldPrefix, newPrefix, suggestion: `${newPrefix}2 345 678` },
      });
      assert.ok(validatePhone(`${newPrefix}2345678`).ok, 'the suggested number is valid');
    }
    assert.equal(reasonOf(validatePhone('+84 169 123 4567')), 'old-prefix');
  });

  test('explains numbers that are not mobile numbers', () => {
    assert.equal(reasonOf(validatePhone('024 3825 3536')), 'landline');
    assert.equal(reasonOf(validatePhone('+84 28 3829 6052')), 'landline');
    assert.equal(reasonOf(validatePhone('+65 6123 4567')), 'not-vietnamese');
    assert.equal(reasonOf(validatePhone('1900 1234')), 'missing-zero');
    assert.deepEqual(failureOf(validatePhone('0951234567')).params, { prefix: '095' });
    assert.equal(reasonOf(validatePhone('09123456789')), 'wrong-length');
  });

  test('property: canonical and display forms round-trip', () => {
    const number = fc.tuple(fc.constantFrom(...prefixes), fc.stringMatching(/^\d{7}$/));
    const style = fc.constantFrom('0', '+84', '84', '+84 ', '0084');
    const separator = fc.constantFrom('', ' ', '.', '-');
    fc.assert(fc.property(number, style, separator, ([prefix, rest], lead, sep) => {
      const national = prefix.slice(1) + rest;
      const typed = `${lead}${national.slice(0, 2)}${sep}${national.slice(2, 5)}${sep}${national.slice(5)}`;
      const { value, formatted } = okValue(validatePhone(typed));
      assert.equal(value, `+84${national}`);
      assert.match(formatted, /^0\d{3} \d{3} \d{3}$/);
      assert.equal(okValue(validatePhone(formatted)).value, value);
      assert.equal(okValue(validatePhone(value)).formatted, formatted);
    }));
  });
});

describe('social-insurance number', () => {
  test('10 digits, or a 12-digit personal ID number', () => {
    assert.deepEqual(okValue(validateSocialInsuranceNumber('79 1234 5678', options)),
      { ok: true, kind: 'social-insurance', value: '7912345678', formatted: '7912345678', details: { form: 'ten-digit' } });
    assert.equal(okValue(validateSocialInsuranceNumber('001095012345', options)).details.form, 'personal-id');
    assert.equal(failureOf(validateSocialInsuranceNumber('003095012345', options)).messageKey, 'identifier.cccd.unknown-province');
  });
});

describe('email', () => {
  test('accepts what browsers accept, plus internationalised domains', () => {
    assert.deepEqual(okValue(validateEmail('  Nguyen.Van.A+dvc@Example.GOV.vn ')),
      { ok: true, kind: 'email', value: 'Nguyen.Van.A+dvc@example.gov.vn', formatted: 'Nguyen.Van.A+dvc@example.gov.vn',
        details: { localPart: 'Nguyen.Van.A+dvc', domain: 'example.gov.vn' } });
    const decomposed = 'ten@thu\u0309-đô.vn';
    assert.equal(okValue(validateEmail(decomposed)).value, 'ten@thủ-đô.vn');
    assert.equal(okValue(validateEmail('ten＠example．com')).value, 'ten@example.com');
    assert.ok(validateEmail("o'brien!#$%&*/=?^_`{|}~-@xn--80ak6aa92e.com").ok);
  });

  test('rejects what is not an address', () => {
    for (const bad of ['ten @example.com', 'ten@example .com', 'ten@exa_mple.com', 'ten@example.com.', 'ten@1.2.3.4', 'ten@a..vn']) {
      assert.ok(!validateEmail(bad).ok, bad);
    }
  });
});

describe('validateIdentifier and formatIdentifier', () => {
  test('every reason code has an example, and each example fails with its reason', () => {
    for (const [kind, input, reason] of reasonExamples) {
      const failure = failureOf(validateIdentifier(kind, input, options));
      assert.equal(failure.reason, reason, `${kind} ${JSON.stringify(input)}`);
      assert.equal(failure.kind, kind);
      assert.equal(failure.messageKey, `identifier.${kind}.${reason}`);
    }
  });

  test('empty input is "empty" for every kind', () => {
    for (const kind of identifierKinds) {
      for (const blank of ['', ' ', '\t\n', '\u3000']) assert.equal(reasonOf(validateIdentifier(kind, blank, options)), 'empty');
    }
  });

  test('formats partial input as it is typed, and valid input as the validator does', () => {
    assert.equal(formatIdentifier('cccd', '0010950'), '001 095 0');
    assert.equal(formatIdentifier('cccd', '001095012345', options), '001 095 012 345');
    assert.equal(formatIdentifier('cmnd', '0123456'), '012 345 6');
    assert.equal(formatIdentifier('phone', '0912 34'), '0912 34');
    assert.equal(formatIdentifier('phone', '091234567'), '0912 345 67');
    assert.equal(formatIdentifier('phone', '+849123'), '+84 912 3');
    assert.equal(formatIdentifier('phone', '+84912345678'), '0912 345 678');
    assert.equal(formatIdentifier('phone', '00'), '00');
    assert.equal(formatIdentifier('tax-code', '0100109106-0'), '0100109106-0');
    assert.equal(formatIdentifier('tax-code', '0100109106 - 00', options), '0100109106-00');
    assert.equal(formatIdentifier('tax-code', '0100109106001'), '0100109106-001');
    assert.equal(formatIdentifier('cccd', '001a95'), '001a95', 'what is not a digit stays visible');
    assert.equal(formatIdentifier('email', ' Ten@Example.com '), 'Ten@example.com');
  });

  const digitsAndSeparators = fc.string({ unit: fc.constantFrom('0', '1', '2', '5', '8', '9', ' ', '.', '-'), maxLength: 16 });

  test('property: formatting never drops or adds a digit', () => {
    fc.assert(fc.property(fc.constantFrom<IdentifierKind>('cccd', 'cmnd', 'tax-code', 'social-insurance'), digitsAndSeparators,
      (kind, typed) => {
        assert.equal(formatIdentifier(kind, typed, options).replace(/\D/g, ''), typed.replace(/\D/g, ''));
      }));
  });

  const anyText = fc.oneof(
    fc.string({ unit: 'grapheme' }),
    fc.string({ unit: 'binary' }),
    digitsAndSeparators,
    fc.string({ unit: fc.constantFrom('0', '8', '4', '+', '@', '.', '-', ' ', 'a', 'đ', '\u0301', '（', '\uD800') }),
  );

  test('property: validators never throw, and every failure names a message that exists with its placeholders', () => {
    fc.assert(fc.property(fc.constantFrom(...identifierKinds), anyText, (kind, input) => {
      const result = validateIdentifier(kind, input, options);
      assert.equal(typeof formatIdentifier(kind, input, options), 'string');
      if (result.ok) return;
      for (const locale of ['vi', 'en'] as const) {
        const text = lookup(identifierMessages[locale], result.messageKey);
        const placeholders = [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '');
        for (const name of placeholders) assert.ok(result.params && name in result.params, `${result.messageKey}: {{${name}}}`);
      }
    }), { numRuns: 500 });
  });
});

describe('identifier messages', () => {
  const detailKeys = new Set(['label', 'details', 'sex', 'century-value']);

  test('each kind has a label and exactly one text per reason code', () => {
    for (const kind of identifierKinds) {
      const tree = identifierMessages.vi[kind] as MessageTree;
      assert.equal(typeof tree.label, 'string');
      const reasons = Object.keys(tree).filter((key) => !detailKeys.has(key)).sort();
      const exampled = [...new Set(reasonExamples.filter(([k]) => k === kind).map(([, , reason]) => reason))].sort();
      assert.deepEqual(reasons, exampled, kind);
    }
  });

  test('Vietnamese and English have the same keys, texts in NFC, no empty text', () => {
    const leaves = (tree: MessageTree, prefix = ''): [string, string][] => Object.entries(tree).flatMap(([key, node]) =>
      typeof node === 'string' ? [[prefix + key, node] as [string, string]] : leaves(node, `${prefix}${key}.`));
    const vi = leaves(identifierMessages.vi);
    const en = leaves(identifierMessages.en as MessageTree);
    assert.deepEqual(vi.map(([key]) => key), en.map(([key]) => key));
    for (const [key, text] of [...vi, ...en]) {
      assert.ok(text.trim() !== '' && text === text.normalize('NFC'), key);
    }
    assert.equal(identifierMessages.vi.cccd['wrong-length'], 'Số định danh cá nhân phải có đúng 12 chữ số (bạn đã nhập {{length}} chữ số)');
  });
});

/** The text at a full key such as `identifier.cccd.wrong-length` in the tree mounted at `identifier`. */
function lookup(tree: MessageTree, key: string): string {
  const [root, ...path] = key.split('.');
  assert.equal(root, 'identifier', key);
  let node: string | MessageTree | undefined = tree;
  for (const part of path) node = typeof node === 'object' ? node[part] : undefined;
  assert.equal(typeof node, 'string', `no message at ${key}`);
  return node as string;
}

describe('masking personal data for display', () => {
  test('the middle digits are hidden, the owner still recognises the number', () => {
    assert.equal(maskIdentifier('phone', '+84912345678'), '0912 *** 678');
    assert.equal(maskIdentifier('cccd', '019090012345'), '019 *** *** 345');
    assert.equal(maskIdentifier('tax-code', '0100109106-001'), '010*******-001');
    assert.equal(maskIdentifier('email', 'an.nguyen@thainguyen.gov.vn'), 'a***@thainguyen.gov.vn');
  });

  test('nothing of a short or odd value leaks', () => {
    assert.equal(maskIdentifier('cccd', '12345'), '*** **');
    assert.equal(maskIdentifier('email', 'no-at-sign'), '***');
  });

  test('property: a masked number keeps at most six of its digits', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{9,13}$/), (digits) => {
      assert.ok(maskIdentifier('cccd', digits).replace(/\D/g, '').length <= 6);
    }));
  });

  test('a name keeps the family name and the initials, in NFC', () => {
    assert.equal(maskName('Nguyễn Văn An'), 'Nguyễn V. A.');
    assert.equal(maskName('  Lương   Thị Thu\u0301y '), 'Lương T. T.');
    assert.equal(maskName('Ɖoàn'), 'Ɖoàn');
    assert.equal(maskName(''), '');
  });
});
