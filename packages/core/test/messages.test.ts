import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { coreMessages, formatMessage, hasMessage, type MessageTree } from '@egov-kit/core/messages';

function leaves(tree: MessageTree, path = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    (typeof value === 'string' ? [[`${path}${key}`, value] as [string, string]] : leaves(value, `${path}${key}.`)));
}

describe('formatMessage', () => {
  test('fills {{name}} placeholders, and leaves one without a value as it is', () => {
    assert.equal(formatMessage('form.error.too-long', 'vi', { max: 100 }), 'Vui lòng nhập không quá 100 ký tự.');
    assert.equal(formatMessage('form.error.too-long', 'en', {}), 'This is too long (maximum number of characters: {{max}}).');
    assert.equal(formatMessage('form.error.too-long', 'en', Object.create({ max: 3 }) as Record<string, unknown>),
      'This is too long (maximum number of characters: {{max}}).', 'not read from the prototype');
  });

  test('{{name, number}} writes the number as people read it in the locale', () => {
    assert.equal(formatMessage('form.error.file-too-large', 'vi', { name: 'a.pdf', maxSizeMb: 5 }), 'Tệp “a.pdf” vượt quá dung lượng cho phép (5 MB).');
    assert.equal(formatMessage('form.error.file-too-large', 'vi', { name: 'a.pdf', maxSizeMb: 2.5 }), 'Tệp “a.pdf” vượt quá dung lượng cho phép (2,5 MB).');
    assert.equal(formatMessage('form.error.file-too-large', 'en', { name: 'a.pdf', maxSizeMb: 2.5 }), 'The file “a.pdf” is larger than allowed (2.5 MB).');
    assert.equal(formatMessage('api.problem.upload-too-large', 'vi', { maxBytes: 1_572_864_000, maxSizeMb: 1500 }), 'Tệp vượt quá dung lượng cho phép (1.500 MB).');
    assert.equal(formatMessage('api.problem.upload-too-large', 'en', { maxBytes: 1_572_864_000, maxSizeMb: 1500 }), 'The file is larger than allowed (1,500 MB).');
    assert.equal(formatMessage('api.problem.payload-too-large', 'en', { maxSizeMb: 'many' }), 'The data sent is larger than allowed (many MB).', 'not a number: as given');
    assert.equal(formatMessage('api.problem.payload-too-large', 'en', {}), 'The data sent is larger than allowed ({{maxSizeMb, number}} MB).');
  });

  test('$t(key) nests another text of the catalogue, after the placeholders are filled', () => {
    for (const key of ['status.transition-forbidden', 'api.problem.transition-forbidden']) {
      assert.equal(formatMessage(key, 'vi', { from: 'refused', to: 'received' }),
        'Không thể chuyển hồ sơ từ trạng thái “Không được tiếp nhận” sang “Được tiếp nhận”.', key);
      assert.equal(formatMessage(key, 'en', { from: 'refused', to: 'received' }),
        'The application cannot move from “Not accepted” to “Received”.', key);
    }
    assert.equal(formatMessage('status.transition-forbidden', 'en', { from: 'nowhere', to: 'received' }),
      'The application cannot move from “status.name.nowhere” to “Received”.', 'an unknown nested key shows as itself');
  });

  test('every text formats without a placeholder or nesting left over, given values', () => {
    const valueOf = (name: string) => (name === 'from' ? 'received' : name === 'to' ? 'processing' : 7);
    for (const locale of ['vi', 'en'] as const) {
      for (const [key, template] of leaves(coreMessages[locale])) {
        const names = [...template.matchAll(/\{\{\s*([\w.-]+)/g)].map((m) => m[1]!);
        const text = formatMessage(key, locale, Object.fromEntries(names.map((name) => [name, valueOf(name)])));
        assert.doesNotMatch(text, /\{\{|\$t\(/, `${locale} ${key}: ${text}`);
      }
    }
  });

  test('English texts with a count read right for 1 as for more', () => {
    const one = { min: 1, max: 1, retryAfterSeconds: 1 };
    const keys = [
      'form.error.too-short', 'form.error.too-long', 'form.error.too-few-selected', 'form.error.too-many-selected',
      'form.error.too-few-files', 'form.error.too-many-files', 'api.field.too-few-items', 'api.field.too-many-items',
      'api.problem.rate-limited',
    ];
    for (const key of keys) {
      assert.ok(hasMessage(key, 'en'), key);
      assert.doesNotMatch(formatMessage(key, 'en', one), /\b1 [a-z]+s\b/, key);
    }
    assert.equal(formatMessage('form.error.too-few-files', 'en', { min: 1 }), 'Not enough files are attached (minimum: 1).');
  });

  test('falls back to the key itself', () => {
    assert.equal(formatMessage('nothing.like.this', 'en'), 'nothing.like.this');
    assert.equal(hasMessage('nothing.like.this'), false);
  });
});
