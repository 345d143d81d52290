import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  allowedTransitions, canTransition, codeOf, dossierStatusIds, dossierStatusInfo,
  dossierStatuses, isFinal, pausesClock, portalStateOf, portalStates, statusFromCode, statusFromPortalState,
  transitionTable, TransitionError, eventTitleKey, type Actor, type DossierStatus,
} from '@egov-kit/core';
import { dossierEventSchema, dossierStatusSchema, transition } from '@egov-kit/core/contract';
import { formatMessage, statusMessages } from '@egov-kit/core/messages';

const officer: Actor = { kind: 'staff', id: 'cb-0042', name: 'Nguyễn Thị Lan' };
const applicant: Actor = { kind: 'applicant', id: '001095012345' };
const AT = '2026-03-02T08:15:00+07:00';

/** Every (from, to) the table lists, as the workflow documents them. */
const expectedEdges: [DossierStatus, DossierStatus][] = [
  ['submitted', 'received'], ['submitted', 'refused'], ['submitted', 'supplement-requested'], ['submitted', 'withdrawn'],
  ['received', 'processing'], ['received', 'supplement-requested'], ['received', 'fee-requested'], ['received', 'withdrawn'],
  ['processing', 'supplement-requested'], ['processing', 'fee-requested'], ['processing', 'decided'],
  ['processing', 'stopped'], ['processing', 'withdrawn'],
  ['supplement-requested', 'processing'], ['supplement-requested', 'received'], ['supplement-requested', 'withdrawn'],
  ['supplement-requested', 'stopped'],
  ['fee-requested', 'processing'], ['fee-requested', 'withdrawn'], ['fee-requested', 'stopped'],
  ['decided', 'returned'],
];

describe('dossier statuses', () => {
  test('the ten official codes 1–10 with their official Vietnamese names', () => {
    assert.deepEqual(dossierStatuses.map((s) => s.code), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.deepEqual(dossierStatuses.map((s) => s.name.vi), [
      'Mới đăng ký', 'Được tiếp nhận', 'Không được tiếp nhận', 'Đang xử lý', 'Yêu cầu bổ sung giấy tờ',
      'Yêu cầu thực hiện nghĩa vụ tài chính', 'Công dân yêu cầu rút hồ sơ', 'Dừng xử lý', 'Đã xử lý xong', 'Đã trả kết quả',
    ]);
    for (const status of dossierStatuses) {
      assert.equal(status.name.vi, status.name.vi.normalize('NFC'));
      assert.ok(status.name.en.length > 0);
      assert.equal(status.messageKey, `status.name.${status.id}`);
    }
  });

  test('portal states: the documented mapping, both ways, for every status', () => {
    assert.deepEqual(dossierStatuses.map((s) => [s.portalState, s.code]), [
      ['receiving', 1], ['new', 2], ['denied', 3], ['processing', 4], ['waiting', 5],
      ['paying', 6], ['cancelled', 7], ['unresolved', 8], ['releasing', 9], ['done', 10],
    ]);
    for (const id of dossierStatusIds) {
      assert.equal(statusFromCode(codeOf(id)), id);
      assert.equal(statusFromCode(String(codeOf(id))), id, 'codes arrive as text in sync payloads');
      assert.equal(statusFromPortalState(portalStateOf(id)), id);
    }
    for (const state of portalStates) assert.equal(portalStateOf(statusFromPortalState(state)!), state);
    assert.equal(statusFromPortalState(' Waiting '), 'supplement-requested');
  });

  test('states and codes without a status map to undefined', () => {
    assert.equal(statusFromPortalState('interoperating'), undefined);
    assert.equal(statusFromPortalState('posting'), undefined);
    assert.equal(statusFromPortalState('constructor'), undefined);
    for (const code of [0, 11, -1, 4.5, Number.NaN]) assert.equal(statusFromCode(code), undefined);
    assert.equal(statusFromCode('04x'), undefined);
  });

  test('only a supplement request pauses the clock; final statuses are the four dead ends', () => {
    assert.deepEqual(dossierStatusIds.filter(pausesClock), ['supplement-requested']);
    assert.equal(pausesClock('fee-requested'), false);
    assert.deepEqual(dossierStatusIds.filter(isFinal), ['refused', 'withdrawn', 'stopped', 'returned']);
    assert.equal(dossierStatusInfo('decided').clock, 'ended', 'processing ends at the decision (Decision 766)');
    assert.equal(dossierStatusInfo('submitted').clock, 'not-started');
  });

  test('every status has a Vietnamese and an English message', () => {
    for (const id of dossierStatusIds) {
      assert.ok(statusMessages.vi.name[id]);
      assert.ok(statusMessages.en.name[id]);
    }
    assert.match(statusMessages.vi['transition-forbidden'], /\{\{from\}\}.*\{\{to\}\}/);
  });
});

describe('transitions', () => {
  test('exhaustive: a pair is allowed exactly when the table lists it', () => {
    const listed = new Set(expectedEdges.map(([from, to]) => `${from}>${to}`));
    let allowed = 0;
    for (const from of dossierStatusIds) {
      for (const to of dossierStatusIds) {
        const expected = listed.has(`${from}>${to}`);
        assert.equal(canTransition(from, to), expected, `${from} → ${to}`);
        assert.equal(allowedTransitions(from).includes(to), expected);
        if (expected) allowed += 1;
      }
    }
    assert.equal(allowed, expectedEdges.length);
    assert.equal(Object.values(transitionTable).flat().length, expectedEdges.length, 'no duplicate edges');
  });

  test('every forbidden pair throws a TransitionError naming both statuses', () => {
    for (const from of dossierStatusIds) {
      for (const to of dossierStatusIds) {
        if (canTransition(from, to)) continue;
        assert.throws(() => transition({ status: from }, to, { actor: officer, at: AT }), (error: unknown) => {
          assert.ok(error instanceof TransitionError);
          assert.equal(error.from, from);
          assert.equal(error.to, to);
          assert.equal(error.messageKey, 'status.transition-forbidden');
          assert.deepEqual(error.params, { from, to });
          assert.ok(error.message.includes(dossierStatusInfo(from).name.en), error.message);
          assert.ok(error.message.includes(dossierStatusInfo(to).name.en), error.message);
          return true;
        });
      }
    }
  });

  test('an allowed transition returns the new state, keeps the rest, and records the event', () => {
    const dossier = { code: '000.00.01.H22-250224-0001', status: 'processing' as DossierStatus, applicant: 'Trần Văn An' };
    const { state, event } = transition(dossier, 'supplement-requested', {
      actor: officer, at: AT, note: '  Bổ sung bản sao Giấy chứng sinh.  ',
    });
    assert.deepEqual(state, { ...dossier, status: 'supplement-requested' });
    assert.equal(dossier.status, 'processing', 'the input is not mutated');
    assert.deepEqual(event, {
      from: 'processing', to: 'supplement-requested', actor: officer, at: AT, note: 'Bổ sung bản sao Giấy chứng sinh.',
    });
  });

  test('a Date becomes an ISO instant; a blank note is dropped; names are stored in NFC', () => {
    const { event } = transition({ status: 'submitted' }, 'withdrawn', {
      actor: { kind: 'applicant', id: 'a1', name: 'Nguye\u0302\u0303n Va\u0306n An' }, at: new Date(Date.UTC(2026, 0, 5, 1, 2, 3)), note: '   ',
    });
    assert.equal(event.at, '2026-01-05T01:02:03.000Z');
    assert.equal('note' in event, false);
    assert.equal(event.actor.name, 'Nguyễn Văn An');
  });

  test('malformed instants and actors are rejected', () => {
    assert.throws(() => transition({ status: 'submitted' }, 'received', { actor: officer, at: '02/03/2026' }));
    assert.throws(() => transition({ status: 'submitted' }, 'received', { actor: officer, at: new Date(Number.NaN) }), RangeError);
    assert.throws(() => transition({ status: 'submitted' }, 'received', { actor: { kind: 'robot', id: 'x' } as unknown as Actor, at: AT }));
    assert.throws(() => transition({ status: 'submitted' }, 'received', { actor: { kind: 'staff', id: ' ' }, at: AT }));
  });

  test('without "at" the event is stamped now', () => {
    const before = Date.now();
    const { event } = transition({ status: 'decided' }, 'returned', { actor: applicant });
    const at = Date.parse(event.at);
    assert.ok(at >= before && at <= Date.now());
  });

  test('property: a random walk of allowed moves reaches only listed statuses; nothing leaves a final status', () => {
    fc.assert(fc.property(
      fc.constantFrom<DossierStatus>('submitted', 'received'),
      fc.array(fc.nat(), { maxLength: 30 }),
      (start, choices) => {
        let state: { status: DossierStatus } = { status: start };
        for (const choice of choices) {
          const next = allowedTransitions(state.status);
          if (next.length === 0) {
            assert.ok(isFinal(state.status));
            for (const to of dossierStatusIds) assert.equal(canTransition(state.status, to), false);
            break;
          }
          const to = next[choice % next.length]!;
          const result = transition(state, to, { actor: officer, at: AT });
          assert.equal(dossierEventSchema.safeParse(result.event).success, true);
          state = result.state;
        }
      },
    ));
  });

  test('every non-final status can still end: a final status is reachable from it', () => {
    for (const start of dossierStatusIds) {
      const seen = new Set<DossierStatus>([start]);
      const queue = [start];
      while (queue.length > 0) {
        for (const next of allowedTransitions(queue.shift()!)) if (!seen.has(next)) { seen.add(next); queue.push(next); }
      }
      assert.ok([...seen].some(isFinal), start);
    }
  });
});

describe('status schemas', () => {
  test('status ids parse; anything else does not', () => {
    assert.equal(dossierStatusSchema.parse('fee-requested'), 'fee-requested');
    assert.equal(dossierStatusSchema.safeParse('paying').success, false);
  });

  test('an event parses when the move is allowed, and fails on "to" when it is not', () => {
    const event = { from: 'decided', to: 'returned', actor: officer, at: AT };
    assert.equal(dossierEventSchema.safeParse(event).success, true);
    const backwards = dossierEventSchema.safeParse({ ...event, from: 'returned', to: 'decided' });
    assert.equal(backwards.success, false);
    assert.deepEqual(backwards.error?.issues.map((i) => i.path), [['to']]);
    const noOffset = dossierEventSchema.safeParse({ ...event, at: '2026-03-02T08:15:00' });
    assert.deepEqual(noOffset.error?.issues.map((i) => i.path), [['at']]);
  });
});

describe('event titles', () => {
  test('an applicant answering a supplement request sent it: they did not receive or process the dossier', () => {
    for (const to of ['received', 'processing'] as const) {
      const key = eventTitleKey({ from: 'supplement-requested', to, actor: applicant });
      assert.equal(key, 'status.event.supplement-answered');
      assert.equal(formatMessage(key, 'vi'), 'Người nộp đã gửi bổ sung hồ sơ');
      assert.equal(formatMessage(key, 'en'), 'The applicant sent the supplement');
    }
  });

  test('any other event is titled by the status it reached', () => {
    assert.equal(eventTitleKey({ from: 'supplement-requested', to: 'processing', actor: officer }), 'status.name.processing');
    assert.equal(eventTitleKey({ from: 'supplement-requested', to: 'withdrawn', actor: applicant }), 'status.name.withdrawn');
    assert.equal(eventTitleKey({ to: 'submitted' }), 'status.name.submitted');
  });
});
