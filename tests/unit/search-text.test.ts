import { describe, expect, it } from 'vitest';
import { withinOneEdit } from '../../src/core/search/edit-distance.ts';
import { foldDiacritics } from '../../src/core/search/fold.ts';
import { searchTokens } from '../../src/core/search/tokenize.ts';

describe('foldDiacritics', () => {
  it('folds every Vietnamese tone and vowel mark, both cases', () => {
    expect(foldDiacritics('Vành đai')).toBe('vanh dai');
    expect(foldDiacritics('VÀNH ĐAI')).toBe('vanh dai');
    expect(foldDiacritics('Phúc Yên, Mê Linh, Sóc Sơn, Đông Anh')).toBe(
      'phuc yen, me linh, soc son, dong anh',
    );
    expect(foldDiacritics('ắằẳẵặ ấầẩẫậ ếềểễệ ốồổỗộ ớờởỡợ ứừửữự ỳỷỹỵý')).toBe(
      'aaaaa aaaaa eeeee ooooo ooooo uuuuu yyyyy',
    );
  });

  it('folds đ and Đ, which Unicode normalisation leaves whole', () => {
    expect('đ'.normalize('NFD')).toBe('đ');
    expect(foldDiacritics('đĐ')).toBe('dd');
  });

  it('folds text that came precomposed or decomposed the same way', () => {
    expect(foldDiacritics('Thịnh'.normalize('NFD'))).toBe(foldDiacritics('Thịnh'.normalize('NFC')));
  });
});

describe('searchTokens', () => {
  it('gives the same words with or without diacritics', () => {
    const expected = ['vanh', 'dai', '5'];
    expect(searchTokens('Vành đai 5')).toEqual(expected);
    expect(searchTokens('vanh dai 5')).toEqual(expected);
    expect(searchTokens('VANH ĐAI 5')).toEqual(expected);
  });

  it('expands the abbreviations planners write, glued to a number or not', () => {
    expect(searchTokens('VĐ5')).toEqual(['vanh', 'dai', '5']);
    expect(searchTokens('VD5')).toEqual(['vanh', 'dai', '5']);
    expect(searchTokens('QL2')).toEqual(['quoc', 'lo', '2']);
    expect(searchTokens('QL.2C')).toEqual(['quoc', 'lo', '2c']);
    expect(searchTokens('ĐT 308')).toEqual(['duong', 'tinh', '308']);
    expect(searchTokens('CT.39')).toEqual(['cao', 'toc', '39']);
    expect(searchTokens('KCN Quang Minh')).toEqual(['khu', 'cong', 'nghiep', 'quang', 'minh']);
    expect(searchTokens('CCN')).toEqual(['cum', 'cong', 'nghiep']);
    expect(searchTokens('TP Vĩnh Yên')).toEqual(['thanh', 'pho', 'vinh', 'yen']);
    expect(searchTokens('TX Sơn Tây')).toEqual(['thi', 'xa', 'son', 'tay']);
    expect(searchTokens('H. Mê Linh')).toEqual(['huyen', 'me', 'linh']);
    expect(searchTokens('H.Mê Linh')).toEqual(['huyen', 'me', 'linh']);
  });

  it('leaves words that only look like abbreviations alone', () => {
    expect(searchTokens('Quang Minh')).toEqual(['quang', 'minh']);
    expect(searchTokens('hồ')).toEqual(['ho']);
  });
});

describe('withinOneEdit', () => {
  it('accepts one letter added, removed, replaced or two neighbours swapped', () => {
    expect(withinOneEdit('minh', 'minh')).toBe(true);
    expect(withinOneEdit('minh', 'mihn')).toBe(true);
    expect(withinOneEdit('quang', 'quan')).toBe(true);
    expect(withinOneEdit('quang', 'quangg')).toBe(true);
    expect(withinOneEdit('quang', 'quong')).toBe(true);
  });

  it('refuses two edits', () => {
    expect(withinOneEdit('quang', 'qong')).toBe(false);
    expect(withinOneEdit('abc', 'bca')).toBe(false);
    expect(withinOneEdit('linh', 'nilh')).toBe(false);
  });
});
