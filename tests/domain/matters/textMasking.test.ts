import { maskedKindLabels, maskSensitiveText } from '../../../src/domain/matters/textMasking';

describe('maskSensitiveText', () => {
  describe('mobile numbers', () => {
    it.each([
      ['请联系13812345678处理', '请联系138****5678处理'],
      ['电话 138 1234 5678。', '电话 138****5678。'],
      ['电话：138-1234-5678', '电话：138****5678'],
      ['19912345678', '199****5678'],
      ['+86 13912345678', '+86 139****5678'],
      ['+8613912345678', '+86139****5678'],
      ['8613912345678', '86139****5678'],
      ['１３８１２３４５６７８', '１３８****５６７８'],
      ['13812345678,13987654321', '138****5678,139****4321'],
    ])('%s', (input, expected) => {
      expect(maskSensitiveText(input)).toEqual({ text: expected, masked: ['phone'] });
    });

    it('leaves numbers that are not mobiles alone', () => {
      for (const text of [
        '12812345678', // second digit 2: not a mobile prefix
        '1381234567', // ten digits
        '138123456789', // twelve digits
        '订单号6138123456789',
        '138 12345 678',
      ]) {
        expect(maskSensitiveText(text)).toEqual({ text, masked: [] });
      }
    });
  });

  describe('ID numbers', () => {
    it.each([
      ['身份证370102199001011234', '身份证3701**********1234'],
      ['号码37010219900101123X。', '号码3701**********123X。'],
      ['37010219900101123x', '3701**********123x'],
      ['旧证370102900101123', '旧证3701**********1123'],
    ])('%s', (input, expected) => {
      expect(maskSensitiveText(input)).toEqual({ text: expected, masked: ['idNumber'] });
    });

    it('masks an ID whole, never reading a phone number inside it', () => {
      // Digits 5-15 of this ID look like a mobile number.
      expect(maskSensitiveText('370113812345678123')).toEqual({ text: '3701**********8123', masked: ['idNumber'] });
    });

    it('leaves 16 and 17 digit numbers alone', () => {
      for (const text of ['6222021234567890', '62220212345678901']) {
        expect(maskSensitiveText(text).masked).toEqual([]);
      }
    });
  });

  describe('licence plates', () => {
    it.each([
      ['鲁H12345堵门', '鲁H·***45堵门'],
      ['鲁H·D12345', '鲁H·****45'],
      ['京A 8B7C6', '京A·***C6'],
      ['粤BD12345', '粤B·****45'],
      ['车牌苏e12345', '车牌苏e·***45'],
    ])('%s', (input, expected) => {
      expect(maskSensitiveText(input)).toEqual({ text: expected, masked: ['plate'] });
    });

    it('leaves look-alikes alone', () => {
      for (const text of [
        '鲁H1234', // four characters
        '鲁H1234567', // seven
        '港A12345', // not a mainland province
        '新楼A区', // province character used as a word
        '上海A12345',
      ]) {
        expect(maskSensitiveText(text)).toEqual({ text, masked: [] });
      }
    });
  });

  it('does not touch ordinary numbers', () => {
    for (const text of [
      '2026-12-05 晚上8点开会',
      '3号楼2单元501的住户',
      '物业费1500元一年',
      '邮编272000',
      '12月5日、15日、25日',
      '电梯停了3天，共计72小时',
      '房号12-3-601',
      '编号20261205',
      '座机0537-2345678',
    ]) {
      expect(maskSensitiveText(text)).toEqual({ text, masked: [] });
    }
  });

  it('lists each kind once, in a fixed order, however many were found', () => {
    const result = maskSensitiveText('鲁H12345的车主13812345678，另一个电话13912345678，身份证370102199001011234');
    expect(result.text).toBe('鲁H·***45的车主138****5678，另一个电话139****5678，身份证3701**********1234');
    expect(result.masked).toEqual(['phone', 'idNumber', 'plate']);
  });

  it('names each kind in Chinese for the author', () => {
    expect(maskedKindLabels).toEqual({ phone: '手机号', idNumber: '身份证号', plate: '车牌号' });
  });

  it('returns the empty string unchanged', () => {
    expect(maskSensitiveText('')).toEqual({ text: '', masked: [] });
  });
});
