import { maskedKindLabels, maskSensitiveText } from '@domain/matters/textMasking';

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

  describe('numbers split or disguised to slip past', () => {
    it.each([
      // Grouped any way with spaces, dashes or dots: the whole number is found and masked.
      ['138 12345 678', '138****5678'],
      ['电话1 3 8 1 2 3 4 5 6 7 8请回电', '电话138****5678请回电'],
      ['电话138  1234  5678。', '电话138****5678。'],
      ['138.1234.5678', '138****5678'],
      ['138–1234–5678', '138****5678'],
      ['1-3-8-1-2-3-4-5-6-7-8', '138****5678'],
      ['找老王138·1234·5678', '找老王138****5678'],
      // Zero-width characters inside the number are dropped with it; text around them is kept.
      ['号码138\u200B1234\u200C5678，谢谢', '号码138****5678，谢谢'],
      ['1\u20603\uFEFF812345678', '138****5678'],
      // Fullwidth digits and separators, the author's own digits kept in the mask.
      ['１３８　１２３４　５６７８', '１３８****５６７８'],
      ['１３８－１２３４－５６７８', '１３８****５６７８'],
      ['１３８．１２３４．５６７８', '１３８****５６７８'],
      ['＋８６　１３９１２３４５６７８', '＋８６　１３９****５６７８'],
      ['+86-139-1234-5678', '+86-139****5678'],
      // A phone right before a room number or a time is still a phone.
      ['13812345678 3号楼', '138****5678 3号楼'],
      ['13812345678 15:30来', '138****5678 15:30来'],
      // Separators of different kinds mixed in one mobile number.
      ['车主 1 3 9-1 2 3 4-5 6 7 8', '车主 139****5678'],
      ['139 1234-5678', '139****5678'],
      ['139.1234 5678找他', '139****5678找他'],
      ['１３９－１２３４　５６７８', '１３９****５６７８'],
      // Circled digits; one standing for two digits (⑬) would show too much: plain digits then.
      ['电话①③⑨①②③④⑤⑥⑦⑧', '电话①③⑨****⑤⑥⑦⑧'],
      ['电话⑬⑨⑫③④⑤⑥⑦⑧', '电话139****5678'],
    ])('%s', (input, expected) => {
      expect(maskSensitiveText(input)).toEqual({ text: expected, masked: ['phone'] });
    });

    it.each([
      ['身份证 370102 19900101 1234', '身份证 3701**********1234'],
      ['370102 1990 0101 123X', '3701**********123X'],
      ['3701-0219-9001-0112-34', '3701**********1234'],
      ['身份证３７０１０２１９９００１０１１２３４', '身份证３７０１**********１２３４'],
      ['３７０１０２１９９００１０１１２３Ｘ', '３７０１**********１２３Ｘ'],
      ['身份证370102\u200B19900101\u200B1234号', '身份证3701**********1234号'],
      ['旧证 370102 900101 123', '旧证 3701**********1123'],
    ])('%s', (input, expected) => {
      expect(maskSensitiveText(input)).toEqual({ text: expected, masked: ['idNumber'] });
    });

    it.each([
      ['鲁Ｈ１２３４５', '鲁Ｈ·***４５'],
      ['鲁H\u200B12345', '鲁H·***45'],
      ['鲁H-12345挡道', '鲁H·***45挡道'],
    ])('%s', (input, expected) => {
      expect(maskSensitiveText(input)).toEqual({ text: expected, masked: ['plate'] });
    });
  });

  it('leaves ordinary numbers alone however they are grouped', () => {
    for (const text of [
      '2026-12-05 13:30 在居委会',
      '2026.12.05 13:30-15:30',
      '2026年12月5日下午3点',
      '开会时间 10:00-11:30，地点3-2-501',
      '3-2-501 3-2-502 3-2-503 三户都漏水',
      '12-3-601、12-3-602、12-3-603',
      '房号 13-2-1501',
      '价格 13.50 15.80 12.00 元',
      '¥1,380.00，另收1 500元押金',
      '座机 0537-234 5678',
      '0537 2345678',
      '邮编 272 000',
      '第 1 2 3 4 5 期',
      '报名 13 人，到场 15 人',
      '2025-12-05 至 2026-01-05',
      '13:30 14:30 15:30 16:30 17:30',
      '卡号 6222 0212 3456 7890',
      '1.5米宽，2.8米高',
      'v1.3.8',
      '1-3-501 1-3-502 1-3-503 都漏水',
      '12-3-501 12-3-502 12-3-503',
      '15 16-17 18.19 20',
    ]) {
      expect(maskSensitiveText(text)).toEqual({ text, masked: [] });
    }
  });

  it('returns texts with too few digits for any number, and no plate, exactly as written', () => {
    for (const text of ['第123号', '3号楼2单元501', '12月5日下午3点', '⑳号楼', '没有数字']) {
      expect(maskSensitiveText(text)).toEqual({ text, masked: [] });
    }
  });

  it('keeps zero-width characters that are not inside a masked number', () => {
    expect(maskSensitiveText('你\u200B好 13812345678')).toEqual({ text: '你\u200B好 138****5678', masked: ['phone'] });
  });

  it('parses without lookbehind (old iOS WebViews reject it)', () => {
    const fs = jest.requireActual<typeof import('node:fs')>('node:fs');
    const source = fs.readFileSync(require.resolve('../../../src/domain/matters/textMasking'), 'utf8');
    expect(source).not.toMatch(/\(\?<[=!]/);
  });

  it('returns the empty string unchanged', () => {
    expect(maskSensitiveText('')).toEqual({ text: '', masked: [] });
  });
});
