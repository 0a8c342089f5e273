import { eraseDetails, ERASED_MARK } from '@domain/accountErasure';

const details = {
  name: '张桂兰',
  phone: '13805371234',
  building: '3号楼2单元501',
  others: ['幸福小区3号楼2单元501', ''],
};

describe('erasing a deleted person’s details from her words', () => {
  it('replaces her name, phone, building and addresses, longest first', () => {
    expect(eraseDetails('我是张桂兰，住幸福小区3号楼2单元501，电话13805371234', details)).toBe(
      `我是${ERASED_MARK}，住${ERASED_MARK}，电话${ERASED_MARK}`,
    );
  });

  it('masks other numbers like any free text, and changes nothing when applied again', () => {
    const once = eraseDetails('张桂兰：请打139 1234 5678', details);
    expect(once).not.toContain('张桂兰');
    expect(once.replace(/\D/g, '')).not.toContain('13912345678');
    expect(eraseDetails(once, details)).toBe(once);
  });

  it('erases her phone in the masked form public text showed it in, not other masked numbers', () => {
    expect(eraseDetails('电话138****1234，邻居139****5678', details)).toBe(`电话${ERASED_MARK}，邻居139****5678`);
  });

  it('leaves one-character details alone rather than deface the text', () => {
    expect(eraseDetails('李家门口的灯坏了', { name: '李', phone: '', building: '', others: [] })).toBe(
      '李家门口的灯坏了',
    );
  });
});
