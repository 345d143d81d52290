import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import fc from 'fast-check';
import { compareVietnamese, searchKey } from '@egov-kit/core';
import {
  communesOf, formerUnitsOf, getOldUnit, getUnit, mapOldUnit, oldProvinces, oldUnitsOf, provinces, searchUnits,
  unitDataSources, unitKindMessageKey, unitKindNames, unitKinds, unitLevelMessageKey, unitMappingAdvisoryKey,
  unitMappingMessageKey, unitMessages, type Unit, type UnitSearchOptions,
} from '@egov-kit/core/units';
import * as current from '@egov-kit/core/units/current';
import * as old from '@egov-kit/core/units/old';
import { defaultDataDir, generatedModules, generateUnitFiles } from '../scripts/generate-units.js';

const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const currentAll = provinces().flatMap((p) => [p, ...communesOf(p.code)]);
const oldAll = oldProvinces().flatMap((p) => [p, ...oldUnitsOf(p.code)]);
const countBy = (units: readonly Unit[], key: (u: Unit) => string) =>
  units.reduce<Record<string, number>>((counts, u) => ({ ...counts, [key(u)]: (counts[key(u)] ?? 0) + 1 }), {});
const describeUnit = (u: Unit) => `${u.code} ${u.fullName} (${u.provinceName}${u.current ? '' : ', old'})`;

describe('administrative units: the current list', () => {
  test('34 provinces: 7 centrally governed cities (with Đồng Nai since 2026) and 27 provinces', () => {
    assert.equal(provinces().length, 34);
    assert.deepEqual(countBy(provinces(), (u) => u.kind), { municipality: 7, province: 27 });
    assert.deepEqual(provinces().filter((p) => p.kind === 'municipality').map((p) => p.name).sort(compareVietnamese),
      ['Cần Thơ', 'Đà Nẵng', 'Đồng Nai', 'Hà Nội', 'Hải Phòng', 'Hồ Chí Minh', 'Huế']);
    assert.equal(getUnit('75')?.fullName, 'Thành phố Đồng Nai');
  });

  test('3,321 communes: 697 phường, 2,611 xã, 13 đặc khu', () => {
    const communes = provinces().flatMap((p) => communesOf(p.code));
    assert.equal(communes.length, 3321);
    assert.deepEqual(countBy(communes, (u) => u.kind), { ward: 697, commune: 2611, 'special-zone': 13 });
    assert.ok(communes.every((u) => u.level === 'commune' && u.current && /^\d{5}$/.test(u.code)));
  });

  test('Phường Bắc Kạn is 01843 in Thái Nguyên (19), which has 92 communes', () => {
    assert.deepEqual(getUnit('01843'), {
      code: '01843', name: 'Bắc Kạn', fullName: 'Phường Bắc Kạn', nameEn: 'Bac Kan', fullNameEn: 'Bac Kan Ward',
      kind: 'ward', level: 'commune', provinceCode: '19', provinceName: 'Thái Nguyên', current: true,
    });
    assert.equal(communesOf('19').length, 92);
    assert.equal(getUnit('1843'), undefined);
    assert.equal(getUnit('06'), undefined, 'Bắc Kạn is no longer a province');
    assert.deepEqual(communesOf('06'), []);
  });

  test('English names follow the statistics office: exonyms, and the kind first before a number', () => {
    assert.equal(getUnit('01')?.fullNameEn, 'Hanoi City');
    assert.equal(getUnit('20333')?.fullNameEn, 'Paracel Special administrative region');
    const haGiang1 = communesOf('08').find((u) => u.name === 'Hà Giang 1');
    assert.equal(haGiang1?.fullNameEn, 'Ward Ha Giang 1');
  });

  test('provinces and communes come in Vietnamese order, numbers by value', () => {
    assert.equal(provinces()[0]?.name, 'An Giang');
    for (const list of [provinces(), ...provinces().map((p) => communesOf(p.code))]) {
      for (let i = 1; i < list.length; i++) assert.ok(compareVietnamese(list[i - 1]!.name, list[i]!.name) <= 0);
    }
    const names = communesOf('08').map((u) => u.name);
    assert.ok(names.indexOf('Hà Giang 1') < names.indexOf('Hà Giang 2'));
  });

  test('units and lists are shared and frozen', () => {
    assert.equal(getUnit('19'), provinces().find((p) => p.code === '19'));
    assert.ok(Object.isFrozen(getUnit('19')) && Object.isFrozen(communesOf('19')) && Object.isFrozen(mapOldUnit('06')));
  });
});

describe('administrative units: the list before 1 July 2025', () => {
  test('63 provinces, 10,047 communes and the 5 island districts that had no communes', () => {
    assert.equal(oldProvinces().length, 63);
    assert.deepEqual(countBy(oldAll, (u) => u.level), { province: 63, district: 5, commune: 10047 });
    assert.deepEqual(countBy(oldAll.filter((u) => u.level === 'commune'), (u) => u.kind), { ward: 1726, commune: 7704, township: 617 });
    assert.equal(getOldUnit('755')?.fullName, 'Huyện Côn Đảo');
    assert.ok(oldAll.every((u) => !u.current));
  });

  test('names are cleaned: NFC, single spaces, one spelling of each kind prefix', () => {
    for (const u of [...currentAll, ...oldAll]) {
      assert.equal(u.fullName, `${unitKinds[u.kind].prefix} ${u.name}`);
      assert.equal(u.name, u.name.normalize('NFC'));
      assert.doesNotMatch(u.name, /^\s|\s$|\s\s/);
    }
    assert.equal(getOldUnit('03172')?.fullName, 'Thị trấn Mường Chà'); // "Thị Trấn Mường Chà" in the source
    assert.equal(getOldUnit('30949')?.fullName, 'Xã Hòa Thuận'); // "Xã  Hòa Thuận"
  });
});

describe('administrative units: old → new', () => {
  test('Bắc Kạn (06) and all its 108 communes went into Thái Nguyên (19)', () => {
    assert.deepEqual(mapOldUnit('06').map((m) => [m.to.code, m.whole]), [['19', true]]);
    const bacKan = oldUnitsOf('06');
    assert.equal(bacKan.length, 108);
    for (const old of bacKan) {
      const links = mapOldUnit(old.code);
      assert.ok(links.length > 0 && links.every((m) => m.to.provinceCode === '19' && m.from === old), old.code);
    }
    assert.deepEqual(mapOldUnit('01843').map((m) => m.to.fullName), ['Phường Bắc Kạn']);
    assert.deepEqual(formerUnitsOf('19').map((m) => m.from.fullName), ['Tỉnh Bắc Kạn', 'Tỉnh Thái Nguyên']);
  });

  test('an old commune that split maps to several new units, each receiving part of it', () => {
    const congVi = mapOldUnit('00007'); // Phường Cống Vị, Hà Nội
    assert.equal(congVi[0]?.from.fullName, 'Phường Cống Vị');
    assert.deepEqual(congVi.map((m) => [m.to.fullName, m.whole]), [['Phường Ngọc Hà', false], ['Phường Giảng Võ', false]]);
    const splits = oldAll.filter((u) => u.level === 'commune' && mapOldUnit(u.code).length > 1);
    assert.equal(splits.length, 460);
  });

  test('a unit that went wholly into one new unit went nowhere else; every unit is mapped both ways', () => {
    for (const old of oldAll) {
      const links = mapOldUnit(old.code);
      assert.ok(links.length > 0, old.code);
      assert.equal(links.some((m) => m.whole), links.length === 1, old.code);
      for (const link of links) assert.ok(formerUnitsOf(link.to.code).includes(link));
    }
    for (const unit of currentAll) assert.ok(formerUnitsOf(unit.code).length > 0, unit.code);
    assert.equal(currentAll.reduce((n, u) => n + formerUnitsOf(u.code).length, 0), 10667);
  });

  test('targets point at the current list, with the 2026 changes', () => {
    // Thị trấn Trảng Bom went into Xã Trảng Bom in 2025, a ward of the city of Đồng Nai since 2026.
    assert.deepEqual(mapOldUnit('26248').map((m) => [m.to.fullName, m.to.provinceName, m.to.kind]),
      [['Phường Trảng Bom', 'Đồng Nai', 'ward']]);
    assert.deepEqual(mapOldUnit('755').map((m) => m.to.fullName), ['Đặc khu Côn Đảo']);
  });

  test('a mapping code that the current list no longer has resolves to the same-named unit of that province', () => {
    // The 2025 mapping wrote Xã Ba Chẽ as 06970 and Xã Ia Mơ as 23737; the current list has 06978 and 23938.
    assert.equal(getUnit('06970'), undefined);
    assert.deepEqual(mapOldUnit('06970').map((m) => [m.to.code, m.to.fullName, m.codeInMapping, m.whole]),
      [['06978', 'Xã Ba Chẽ', '06970', true]]);
    assert.deepEqual(mapOldUnit('23938').map((m) => [m.to.code, m.to.fullName, m.codeInMapping]), [['23938', 'Xã Ia Mơ', '23737']]);
    assert.equal(getOldUnit('23737')?.fullName, 'Xã Ia Mơ Nông', 'an old code, unrelated');
    assert.deepEqual(formerUnitsOf('06978').map((m) => m.from.code), ['06886', '06970', '06973', '06982', '06988']);
    const recoded = oldAll.flatMap((u) => mapOldUnit(u.code)).filter((m) => m.codeInMapping !== m.to.code);
    assert.deepEqual([...new Set(recoded.map((m) => `${m.codeInMapping}→${m.to.code}`))].sort(), ['06970→06978', '23737→23938']);
  });

  test('unknown codes map to nothing', () => {
    assert.deepEqual(mapOldUnit('99999'), []);
    assert.deepEqual(formerUnitsOf('06'), []);
  });
});

describe('administrative units: the current and old entries', () => {
  test('@egov-kit/core/units/current gives the same units as @egov-kit/core/units', () => {
    assert.equal(current.getUnit('01843'), getUnit('01843'));
    assert.equal(current.provinces(), provinces());
    assert.equal(current.communesOf('19'), communesOf('19'));
    for (const query of ['duc xuan', 'th ng', 'xa tan phu', 'tp hcm', 'bac kan']) {
      assert.deepEqual(current.searchUnits(query), searchUnits(query), query);
      assert.deepEqual(current.searchUnits(query, { provinceCode: '19', limit: 3, scope: 'current' }), searchUnits(query, { provinceCode: '19', limit: 3 }), query);
    }
    assert.equal(current.unitDataSources, unitDataSources);
    assert.equal(current.unitMappingAdvisoryKey, unitMappingAdvisoryKey);
  });

  test('the current entry refuses to search the old list it does not load', () => {
    for (const scope of ['old', 'all']) {
      assert.throws(() => current.searchUnits('bac kan', { scope } as never), (error: Error) => error instanceof RangeError && /@egov-kit\/core\/units\b/.test(error.message));
    }
  });

  test('@egov-kit/core/units/old gives the old list and the mapping into the same current units', () => {
    assert.equal(old.getOldUnit('06'), getOldUnit('06'));
    assert.equal(old.oldProvinces(), oldProvinces());
    assert.equal(old.oldUnitsOf('06'), oldUnitsOf('06'));
    assert.equal(old.mapOldUnit('01840')[0]?.to, current.getUnit('01840'));
    assert.equal(old.formerUnitsOf('19'), formerUnitsOf('19'));
    for (const query of ['duc xuan bac kan', 'bac kan', 'xã phượng sơn', 'h']) {
      assert.deepEqual(old.searchOldUnits(query), searchUnits(query, { scope: 'old' }), query);
    }
    assert.deepEqual(old.searchOldUnits('duc xuan', { provinceCode: '06' }).map((u) => u.code), ['01840']);
  });
});

const top = (query: string, options?: UnitSearchOptions) => searchUnits(query, options).map(describeUnit);

describe('administrative units: search', () => {
  test('ignores case and diacritics, but prefers the diacritics typed', () => {
    assert.equal(top('thai nguyen')[0], '19 Tỉnh Thái Nguyên (Thái Nguyên)');
    assert.equal(top('THÁI NGUYÊN')[0], '19 Tỉnh Thái Nguyên (Thái Nguyên)');
    assert.deepEqual(top('duc xuan'), ['01840 Phường Đức Xuân (Thái Nguyên)']);
    assert.equal(top('Thai Nguye\u0302n')[0], '19 Tỉnh Thái Nguyên (Thái Nguyên)', 'decomposed input');
    assert.deepEqual(top('long thanh', { limit: 3 }), ['26368 Phường Long Thành (Đồng Nai)', '29513 Xã Long Thành (Vĩnh Long)', '30943 Xã Long Thạnh (An Giang)']);
    assert.deepEqual(top('long thạnh', { limit: 3 }), ['30943 Xã Long Thạnh (An Giang)', '26368 Phường Long Thành (Đồng Nai)', '29513 Xã Long Thành (Vĩnh Long)']);
  });

  test('matches prefixes of words; the province ranks first', () => {
    const results = top('th ng');
    assert.equal(results[0], '19 Tỉnh Thái Nguyên (Thái Nguyên)');
    assert.equal(results.length, 20);
  });

  test('the province in the query ranks its unit first', () => {
    assert.equal(top('duc xuan thai nguyen')[0], '01840 Phường Đức Xuân (Thái Nguyên)');
    assert.deepEqual(top('duc xuan cao bang', { scope: 'old' }), ['01831 Xã Đức Xuân (Cao Bằng, old)']);
    assert.equal(top('tan phu dong nai')[0], '26116 Phường Tân Phú (Đồng Nai)');
    assert.equal(top('tp hcm')[0], '79 Thành phố Hồ Chí Minh (Hồ Chí Minh)', 'initials name a province');
  });

  test('kind words rank units of that kind first and never exclude a unit', () => {
    const xa = searchUnits('xa tan phu');
    assert.deepEqual(xa.slice(0, 4).map((u) => u.kind), ['commune', 'commune', 'commune', 'commune']);
    assert.deepEqual(xa.slice(4, 6).map((u) => u.fullName), ['Phường Tân Phú', 'Phường Tân Phú']);
    assert.equal(searchUnits('phường tân phú')[0]?.kind, 'ward');
    assert.deepEqual(top('Xã Đức Xuân'), ['01840 Phường Đức Xuân (Thái Nguyên)']);
    assert.equal(top('tỉnh thái nguyên')[0], '19 Tỉnh Thái Nguyên (Thái Nguyên)');
    assert.ok(searchUnits('xa').length > 0, 'a query of kind words only is searched as words');
    // Kind words that are part of the typed name name no kind, and the longest typed name wins.
    assert.deepEqual(top('xã phượng sơn', { scope: 'old', limit: 1 }), ['09904 Xã Phượng Sơn (Hà Nội, old)']);
    assert.deepEqual(top('phuong son', { scope: 'old', limit: 4 }), ['07477 Thị trấn Phương Sơn (Bắc Giang, old)',
      '07612 Phường Phượng Sơn (Bắc Giang, old)', '09904 Xã Phượng Sơn (Hà Nội, old)', '20350 Phường An Sơn (Quảng Nam, old)']);
    assert.deepEqual(top('xa dong phuong', { scope: 'old', limit: 1 }), ['11695 Xã Đông Phương (Hải Phòng, old)']);
  });

  test('apostrophes: Ea H\'Leo is found with, without or split at the apostrophe', () => {
    for (const query of ["ea h'leo", 'ea hleo', 'ea h leo', 'Ea H’Leo']) assert.equal(top(query)[0], "24184 Xã Ea H'Leo (Đắk Lắk)", query);
  });

  test('scope: current (default), old, or both', () => {
    assert.deepEqual(top('bac kan'), ['01843 Phường Bắc Kạn (Thái Nguyên)']);
    assert.deepEqual(top('bac kan', { scope: 'all' }).slice(0, 2), ['06 Tỉnh Bắc Kạn (Bắc Kạn, old)', '01843 Phường Bắc Kạn (Thái Nguyên)']);
    assert.ok(searchUnits('bac kan', { scope: 'old' }).every((u) => !u.current));
    assert.deepEqual(top('duc xuan', { scope: 'all' }).slice(0, 2), ['01840 Phường Đức Xuân (Thái Nguyên)', '01840 Phường Đức Xuân (Bắc Kạn, old)']);
  });

  test('options: provinceCode, level and limit', () => {
    assert.deepEqual(top('tan phu', { provinceCode: '75' })[0], '26116 Phường Tân Phú (Đồng Nai)');
    assert.deepEqual(top('ha', { level: 'province', limit: 3 }), ['01 Thành phố Hà Nội (Hà Nội)', '42 Tỉnh Hà Tĩnh (Hà Tĩnh)', '31 Thành phố Hải Phòng (Hải Phòng)']);
    assert.equal(searchUnits('a', { scope: 'all' }).length, 20);
    assert.equal(searchUnits('a', { limit: 0 }).length, 0);
    assert.equal(searchUnits('tan', { limit: Infinity }).length, searchUnits('tan', { limit: 10_000 }).length);
    assert.deepEqual(searchUnits('  -- '), []);
  });

  test('every unit is found by its own full name, first or tied with units of the same full name (case aside)', () => {
    const check = (unit: Unit, scope: UnitSearchOptions['scope']) => {
      const results = searchUnits(unit.fullName, { scope, limit: 100 });
      const at = results.indexOf(unit);
      assert.ok(at >= 0, `${describeUnit(unit)} not found`);
      assert.ok(results.slice(0, at).every((u) => u.fullName.toLowerCase() === unit.fullName.toLowerCase()), `${describeUnit(unit)} is at ${at}: ${results.slice(0, at).map(describeUnit)}`);
    };
    for (const unit of currentAll) check(unit, 'current');
    for (const unit of oldAll) check(unit, 'old');
  });

  const kindPhrases = new Set<string>(unitKindNames.flatMap((k) => unitKinds[k].queryWords));
  const queryWords = (query: string) => searchKey(query).split(/[^a-z0-9]+/).filter((w) => w !== '');
  /** The query words that are not kind words (`phường`, `thị trấn`…), or all of them when all are. */
  const requiredWords = (words: string[]) => {
    const required = words.filter((word, i) => !kindPhrases.has(word) && !kindPhrases.has(`${word} ${words[i + 1]}`)
      && !kindPhrases.has(`${words[i - 1]} ${word}`));
    return required.length > 0 ? required : words;
  };
  const wordsOf = (name: string) => {
    const key = searchKey(name);
    return [...key.split(/[^a-z0-9]+/), ...key.replace(/['’‘ʼ`]/g, '').split(/[^a-z0-9]+/)].filter((w) => w !== '');
  };
  const initialsOf = (name: string) => {
    const words = searchKey(name).split(/[^a-z0-9]+/).filter((w) => w !== '');
    return words.length > 1 ? [words.map((w) => w[0]).join('')] : [];
  };

  /** Queries as people type them: parts of a unit's words, with or without diacritics, sometimes with its province or noise. */
  const typedQuery = fc.record({
    unit: fc.constantFrom(...currentAll, ...oldAll),
    cuts: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 4 }),
    fold: fc.boolean(),
    withProvince: fc.boolean(),
    noise: fc.option(fc.constantFrom('phường', 'xã', 'tp', 'thi tran', 'x', 'ng', 'q1', 'hcm', "h'", '-'), { nil: undefined }),
  }).map(({ unit, cuts, fold, withProvince, noise }) => {
    const words = `${unit.name}${withProvince ? ` ${unit.provinceName}` : ''}`.split(/\s+/);
    const typed = cuts.map((cut, i) => words[i % words.length]!.slice(0, cut)).join(' ');
    return [noise, fold ? searchKey(typed) : typed].filter(Boolean).join(' ');
  });
  const anyText = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), typedQuery);
  const anyOptions = fc.record({
    scope: fc.constantFrom('current', 'old', 'all'),
    provinceCode: fc.option(fc.constantFrom('19', '06', '79', '01', '75', '00'), { nil: undefined }),
    level: fc.option(fc.constantFrom('province', 'district', 'commune'), { nil: undefined }),
    limit: fc.option(fc.oneof(fc.integer({ min: -5, max: 60 }), fc.constant(Number.NaN), fc.double()), { nil: undefined }),
  }, { requiredKeys: [] });

  test('property: search never throws, returns distinct units within the limit and the filters', () => {
    fc.assert(fc.property(anyText, anyOptions, (query, options) => {
      const results = searchUnits(query, options);
      assert.equal(new Set(results).size, results.length);
      assert.ok(results.length <= Math.max(0, Math.floor(options.limit ?? 20)) || Number.isNaN(options.limit));
      for (const unit of results) {
        if (options.provinceCode !== undefined) assert.equal(unit.provinceCode, options.provinceCode);
        if (options.level !== undefined) assert.equal(unit.level, options.level);
        if ((options.scope ?? 'current') !== 'all') assert.equal(unit.current, (options.scope ?? 'current') === 'current');
      }
    }), { numRuns: 500 });
  });

  test('property: every query word begins a word of the unit or its province; one begins a word of the unit', () => {
    fc.assert(fc.property(typedQuery, fc.constantFrom<UnitSearchOptions['scope']>('current', 'old', 'all'), (query, scope) => {
      const words = queryWords(query);
      const required = requiredWords(words);
      for (const unit of searchUnits(query, { scope })) {
        const own = unit.level === 'province' ? [...wordsOf(unit.name), ...initialsOf(unit.name)] : wordsOf(unit.name);
        const province = unit.level === 'province' ? [] : [...wordsOf(unit.provinceName), ...initialsOf(unit.provinceName)];
        for (const word of required) {
          assert.ok([...own, ...province].some((w) => w.startsWith(word)), `${word} in ${describeUnit(unit)} for "${query}"`);
        }
        assert.ok(words.some((word) => own.some((w) => w.startsWith(word))), `${describeUnit(unit)} for "${query}"`);
      }
    }), { numRuns: 1000 });
  });

  test('property: units whose whole name is typed come before the others', () => {
    fc.assert(fc.property(typedQuery, (query) => {
      const framed = ` ${queryWords(query).join(' ')} `;
      const exact = searchUnits(query, { scope: 'all', limit: 50 }).map((u) => framed.includes(` ${queryWords(u.name).join(' ')} `));
      assert.deepEqual(exact, [...exact].sort((a, b) => Number(b) - Number(a)), query);
    }), { numRuns: 1000 });
  });
});

describe('administrative units: messages', () => {
  const lookup = (tree: unknown, key: string) => key.split('.').slice(1).reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

  test('every kind and level has a Vietnamese and an English name under unit.*', () => {
    for (const kind of unitKindNames) {
      assert.equal(unitKindMessageKey(kind), `unit.kind.${kind}`);
      for (const locale of ['vi', 'en'] as const) assert.equal(typeof lookup(unitMessages[locale], unitKindMessageKey(kind)), 'string', `${locale} ${kind}`);
    }
    for (const level of ['province', 'district', 'commune'] as const) assert.equal(typeof lookup(unitMessages.en, unitLevelMessageKey(level)), 'string');
    assert.equal(lookup(unitMessages.vi, unitKindMessageKey('special-zone')), 'Đặc khu');
    assert.equal(lookup(unitMessages.vi, unitKindMessageKey('municipality')), 'Thành phố trực thuộc trung ương');
    assert.equal(lookup(unitMessages.vi, unitMappingMessageKey(mapOldUnit('00007')[0]!)), 'Một phần');
    assert.match(lookup(unitMessages.vi, unitMappingAdvisoryKey) as string, /tham khảo/);
  });

  test('Vietnamese texts are NFC', () => {
    const texts = JSON.stringify(unitMessages.vi);
    assert.equal(texts, texts.normalize('NFC'));
  });
});

describe('administrative units: data', () => {
  test('records its snapshot dates and ships both licences', () => {
    assert.equal(unitDataSources.current.date, '2026-07-25');
    assert.equal(unitDataSources.mapping.date, '2025-07-01');
    for (const source of [unitDataSources.current, unitDataSources.mapping]) {
      assert.match(readFileSync(join(packageDir, source.licenceFile), 'utf8'), /^MIT License/);
    }
  });

  /** The source files a module reaches through its relative imports (static and dynamic). */
  const reached = (...entries: string[]) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?'(\.[^']+)'/g)) {
        visit(resolve(dirname(file), spec!.replace(/\.js$/, '.ts')));
      }
    };
    for (const entry of entries) visit(join(packageDir, entry));
    return seen;
  };
  const currentData = join(packageDir, generatedModules.current);
  const oldData = join(packageDir, generatedModules.old);

  test('the main entry does not load the unit data (unit messages may be mounted from it)', () => {
    const main = reached('src/index.ts');
    assert.ok(main.size > 3);
    assert.ok(!main.has(currentData) && !main.has(oldData));
    // The messages module is what the main catalogue mounts: it must not reach the data either.
    const messages = reached('src/units/messages.ts');
    assert.ok(!messages.has(currentData) && !messages.has(oldData));
    const units = reached('src/units/index.ts');
    assert.ok(units.has(currentData) && units.has(oldData), 'the walk follows imports');
  });

  test('the current entry does not reach the old list or the mapping; the old entry reaches both lists', () => {
    const currentEntry = reached('src/units/current.ts');
    assert.ok(currentEntry.has(currentData));
    assert.deepEqual([...currentEntry].filter((f) => /[/\\]old[^/\\]*\.ts$/.test(f)), []);
    const oldEntry = reached('src/units/old.ts');
    assert.ok(oldEntry.has(oldData) && oldEntry.has(currentData), 'the mapping points into the current list');
  });

  test('bundled, the current entry has none of the old data, and is a fraction of the whole', async () => {
    const bundle = async (entry: string) => {
      const out = await build({
        stdin: { contents: `import * as u from '${entry}'; globalThis.u = u;`, resolveDir: packageDir, loader: 'ts' },
        bundle: true, write: false, minify: true, format: 'esm', platform: 'browser', target: 'es2022',
        conditions: ['egov-source'], legalComments: 'none', logLevel: 'silent',
      });
      const code = out.outputFiles[0]!.contents;
      return { text: out.outputFiles[0]!.text, gzip: gzipSync(code, { level: 9 }).byteLength };
    };
    // Markers: a special zone (current only), a township and a mapping to several units (old only).
    const currentMarker = '20333|z|';
    const oldMarkers = ['32128|t|', '32214~,32137~,32140~'];
    const [currentBundle, oldBundle, whole] = await Promise.all(
      ['@egov-kit/core/units/current', '@egov-kit/core/units/old', '@egov-kit/core/units'].map(bundle));
    assert.ok(currentBundle!.text.includes(currentMarker), 'the marker survives bundling');
    for (const marker of oldMarkers) {
      assert.ok(!currentBundle!.text.includes(marker), `${marker} in the current entry`);
      assert.ok(oldBundle!.text.includes(marker) && whole!.text.includes(marker), marker);
    }
    assert.ok(currentBundle!.gzip < whole!.gzip / 3, `current ${currentBundle!.gzip} B of ${whole!.gzip} B gzipped`);
  });

  test('the generated files are up to date with the data set', { skip: existsSync(defaultDataDir) ? false : `no data set at ${defaultDataDir}` }, () => {
    const files = generateUnitFiles(defaultDataDir);
    assert.deepEqual([...files.keys()].sort(), ['LICENSE.units-dvhcvn-20250701', 'LICENSE.units-thanglequoc-vietnamese-provinces-database',
      generatedModules.current, generatedModules.old, generatedModules.sources]);
    for (const [path, content] of files) {
      assert.ok(readFileSync(join(packageDir, path), 'utf8') === content, `${path} is stale: run node --import tsx packages/core/scripts/generate-units.ts`);
    }
    assert.deepEqual(generateUnitFiles(defaultDataDir), files, 'the same data gives the same output');
  });
});
