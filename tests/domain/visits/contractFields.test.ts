import { contract } from '@domain/contract';
import { bookInputSchema, checkBooking, homeAddressMissing } from '@domain/visits/bookingInput';
import { topicSchema, visitPhoneSchema } from '@domain/visits/text';
import { messagesOf } from './support';

// The visit contract takes its fields from domain/visits/text.ts: the form and the server say the same.
describe('the visit contract: one schema per field', () => {
  const { book, cancel, reschedule, recordVisit, addWalkIn, closeFollowUp } = contract.visit;

  it("books with the form's topic and phone rules, a home address checked later against the slot", () => {
    const input = book.input.parse({ slotId: 's1', topic: ' 楼道灯坏了 ', phone: '138 0013 8000' });
    expect(input).toEqual({ slotId: 's1', topic: '楼道灯坏了', address: '', phone: '13800138000' });
    for (const topic of ['车', '🚗', '事'.repeat(101)]) {
      expect(messagesOf(book.input, { slotId: 's1', topic, phone: '13800138000' })).toEqual(
        messagesOf(topicSchema, topic),
      );
    }
    expect(messagesOf(book.input, { slotId: 's1', topic: '停车', phone: '' })).toEqual(
      messagesOf(visitPhoneSchema, ''),
    );
    expect(
      messagesOf(book.input, { slotId: 's1', topic: '停车', phone: '13800138000', address: '址'.repeat(61) }),
    ).toEqual(['地址最多60个字']);
  });

  it('counts a reason as a person counts it', () => {
    // Issue 13: cancelling no longer needs a reason, so the minimum is checked where one is still
    // required (改约, the same schema cancelling used).
    const move = { bookingId: 'b1', toSlotId: 's2' };
    expect(messagesOf(reschedule.input, { ...move, reason: '🚗' })).toEqual(['请填写原因']);
    expect(reschedule.input.safeParse({ ...move, reason: '🚗🚗' }).success).toBe(true);
    expect(cancel.input.safeParse({ bookingId: 'b1', reason: '🚗'.repeat(100) }).success).toBe(true);
    expect(messagesOf(cancel.input, { bookingId: 'b1', reason: '🚗'.repeat(101) })).toEqual(['原因最多100字']);
  });

  it('cancels a booking with a usual reason, a short one or none (issue 13)', () => {
    expect(cancel.input.parse({ bookingId: 'b1' })).toEqual({ bookingId: 'b1', reason: '' });
    expect(cancel.input.parse({ bookingId: 'b1', reason: ' 🚗 ' })).toEqual({ bookingId: 'b1', reason: '🚗' });
  });

  it('refuses a visit record with nothing in it, at its first part, before any service runs', () => {
    const empty = recordVisit.input.safeParse({ bookingId: 'b1', seen: ' ', heard: '' });
    expect(empty.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['seen', '请至少填写一项']]);
    expect(recordVisit.input.parse({ bookingId: 'b1', heard: ' 楼道灯坏了 ' })).toEqual({
      bookingId: 'b1',
      seen: '',
      heard: '楼道灯坏了',
      solved: '',
      suggested: '',
      photos: [],
      followUp: null,
    });
    expect(messagesOf(recordVisit.input, { bookingId: 'b1', heard: '听'.repeat(1001) })).toEqual(['每项最多1000字']);
    expect(
      messagesOf(recordVisit.input, {
        bookingId: 'b1',
        heard: '灯',
        followUp: { dueDate: '2027-02-29', note: '修灯' },
      }),
    ).toEqual(['请选择有效的跟进期限']);
    expect(
      messagesOf(recordVisit.input, {
        bookingId: 'b1',
        heard: '灯',
        followUp: { dueDate: '2027-03-01', note: '修灯', x: 1 },
      }),
    ).toHaveLength(1);
  });

  it('lets a walk-in give no phone, but not a wrong one', () => {
    const base = { slotId: 's1', name: '老王', topic: '停车难' };
    expect(addWalkIn.input.parse(base)).toMatchObject({ phone: '', address: '' });
    expect(messagesOf(addWalkIn.input, { ...base, phone: '12345' })).toEqual(['请填写11位手机号码']);
  });

  it('closes a follow-up with an outcome of 2 to 500 characters', () => {
    expect(messagesOf(closeFollowUp.input, { recordId: 'r1', outcome: '好' })).toEqual(['请填写跟进结果']);
    expect(messagesOf(closeFollowUp.input, { recordId: 'r1', outcome: '好'.repeat(501) })).toEqual([
      '跟进结果最多500字',
    ]);
  });
});

describe('the booking form checks what the server checks (checkBooking)', () => {
  const home = { id: 's-home', mode: 'home' as const, date: '2026-12-15' };
  const station = { id: 's-station', mode: 'station' as const, date: '2026-12-15' };
  const draft = { topic: '楼道灯坏了', address: '', phone: '13800138000' };

  it("gives the contract input, with the slot's date and without an address typed for a talk at the station", () => {
    expect(checkBooking(station, { ...draft, address: '3号楼' })).toEqual({
      ok: true,
      input: { slotId: 's-station', date: '2026-12-15', topic: '楼道灯坏了', address: '', phone: '13800138000' },
    });
    // The contract's fields are the form's, plus the consent the same tap may carry.
    const contractFields = contract.visit.book.input.shape;
    for (const [name, field] of Object.entries(bookInputSchema.shape)) {
      expect(contractFields[name as keyof typeof contractFields]).toBe(field);
    }
    expect(Object.keys(contractFields).sort()).toEqual(
      [...Object.keys(bookInputSchema.shape), 'acceptedTemplateIds'].sort(),
    );
  });

  it('asks a home visit for its address, counted as the server counts it', () => {
    expect(checkBooking(home, draft)).toEqual({
      ok: false,
      issues: [{ path: 'address', message: '入户走访请填写地址' }],
    });
    expect(checkBooking(home, { ...draft, address: ' 🏠 ' })).toMatchObject({ ok: false });
    expect(checkBooking(home, { ...draft, address: '3号楼' })).toMatchObject({ ok: true, input: { address: '3号楼' } });
    expect(homeAddressMissing('home', '🏠🏠')).toBe(false);
    expect(homeAddressMissing('station', '')).toBe(false);
  });

  it("lists every problem, field by field, in the form's order", () => {
    expect(checkBooking(home, { topic: '车', address: '', phone: '123' })).toEqual({
      ok: false,
      issues: [
        { path: 'topic', message: '请写下想说的事，至少2个字' },
        { path: 'address', message: '入户走访请填写地址' },
        { path: 'phone', message: '请填写11位手机号码' },
      ],
    });
  });
});
