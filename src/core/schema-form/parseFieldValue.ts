import type { LocalizedText } from '../layers/types.ts';
import { DATE_FORM, parseDateText } from './dateText.ts';
import type { FormField } from './formFields.ts';

/**
 * What a field's text means: a value (`undefined` for an empty field, i.e. no property), or a
 * message for the field, in both languages. A required field left empty parses fine: the
 * feature is still saved, and `validateProperties` marks it invalid.
 */
export type ParsedField = { ok: true; value: unknown } | { ok: false; message: LocalizedText };

/** A decimal number with `.` or `,` as the decimal mark (Vietnamese writes 0,5). */
const NUMBER = /^[+-]?\d+([.,]\d+)?$/;
/** `1.500` or `2,250`: a thousands group or a decimal? Refused rather than guessed. */
const AMBIGUOUS = /^[+-]?[1-9]\d{0,2}[.,]\d{3}$/;
const TRUE = new Set(['true', '1', 'có', 'yes', 'x']);
const FALSE = new Set(['false', '0', 'không', 'no']);

/** Parses the text typed in a field into the property's value, or says why it cannot. */
export function parseFieldValue(field: FormField, text: string): ParsedField {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  switch (field.rule.type) {
    case 'number':
      return parseNumber(field, trimmed);
    case 'boolean':
      return parseBoolean(trimmed);
    case 'string[]':
      return parseList(trimmed);
    default:
      return field.kind === 'date' ? parseDate(trimmed) : parseString(field, trimmed);
  }
}

function parseNumber(field: FormField, text: string): ParsedField {
  const compact = text.replace(/[\s\u00a0]/g, '');
  if (!NUMBER.test(compact)) {
    return refuse(`“${text}” không phải là số`, `“${text}” is not a number`);
  }
  if (AMBIGUOUS.test(compact)) {
    const digits = compact.replace(/[.,]/, '');
    const decimal = compact.replace(',', '.');
    return refuse(
      `“${text}” có thể là ${digits} hoặc ${decimal.replace('.', ',')}: hãy viết không có dấu phân cách hàng nghìn`,
      `“${text}” could be ${digits} or ${decimal}: write it without a thousands separator`,
    );
  }
  const value = Number(compact.replace(',', '.'));
  const unit = field.unit ? ` ${field.unit}` : '';
  if (field.min !== undefined && value < field.min) {
    return refuse(`Nhỏ nhất là ${field.min}${unit}`, `The minimum is ${field.min}${unit}`);
  }
  if (field.max !== undefined && value > field.max) {
    return refuse(`Lớn nhất là ${field.max}${unit}`, `The maximum is ${field.max}${unit}`);
  }
  return { ok: true, value };
}

function parseBoolean(text: string): ParsedField {
  const lower = text.toLowerCase();
  if (TRUE.has(lower)) return { ok: true, value: true };
  if (FALSE.has(lower)) return { ok: true, value: false };
  return refuse(`“${text}”: chọn có hoặc không`, `“${text}”: choose yes or no`);
}

/** A list is written with commas, semicolons or one item per line. */
function parseList(text: string): ParsedField {
  const items = text
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return { ok: true, value: items };
}

function parseString(field: FormField, text: string): ParsedField {
  if (field.choices && !field.choices.some((choice) => choice.value === text)) {
    const vi = field.choices.map((choice) => choice.label.vi).join(', ');
    const en = field.choices.map((choice) => choice.label.en).join(', ');
    return refuse(`“${text}” không có trong danh sách: ${vi}`, `“${text}” is not one of: ${en}`);
  }
  if (field.rule.pattern && !field.rule.pattern.test(text)) {
    return refuse(`“${text}” không đúng dạng`, `“${text}” is not in the expected form`);
  }
  return { ok: true, value: text };
}

/** A date typed day/month/year (as Vietnamese writes it) or ISO, stored as ISO. */
function parseDate(text: string): ParsedField {
  const parsed = parseDateText(text);
  if (parsed.ok) return { ok: true, value: parsed.iso };
  if (parsed.reason === 'no-such-day') {
    const { day, month, year } = parsed;
    return refuse(
      `“${text}”: tháng ${month}/${year} không có ngày ${day}`,
      `“${text}”: there is no day ${day} in month ${month} of ${year}`,
    );
  }
  return refuse(
    `“${text}” không phải là ngày: hãy viết ${DATE_FORM.vi}, ví dụ 5/3/2024`,
    `“${text}” is not a date: write ${DATE_FORM.en}, e.g. 2024-03-05 or 5/3/2024`,
  );
}

function refuse(vi: string, en: string): ParsedField {
  return { ok: false, message: { vi, en } };
}
