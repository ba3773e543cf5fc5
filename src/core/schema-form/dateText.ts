import type { Lang } from '../i18n/messages.ts';
import { ISO_DATE } from '../layers/schema.ts';

/** A date as a Vietnamese planner writes it: day/month/year (5/3/2024, 05/03/2024, 5.3.2024). */
const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
/** The stored form, ISO 8601 (2024-03-05), with or without the leading zeros. */
const YEAR_MONTH_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** What a typed date means: the ISO date to store, or why it is not one. */
export type ParsedDate =
  | { ok: true; iso: string }
  | { ok: false; reason: 'form' }
  | { ok: false; reason: 'no-such-day'; day: number; month: number; year: number };

/**
 * Reads a typed date: day/month/year (the Vietnamese order, never month first) or ISO
 * year-month-day, and checks the day exists (31/4 and 29/2/2023 are refused, not rolled over).
 */
export function parseDateText(text: string): ParsedDate {
  const trimmed = text.trim();
  const dmy = DAY_MONTH_YEAR.exec(trimmed);
  const ymd = dmy ? null : YEAR_MONTH_DAY.exec(trimmed);
  if (!dmy && !ymd) return { ok: false, reason: 'form' };
  const [day, month, year] = dmy
    ? [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])]
    : [Number(ymd?.[3]), Number(ymd?.[2]), Number(ymd?.[1])];
  if (month < 1 || month > 12) return { ok: false, reason: 'form' };
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: 'no-such-day', day, month, year };
  }
  return { ok: true, iso: `${year}-${twoDigits(month)}-${twoDigits(day)}` };
}

/**
 * A stored ISO date as the UI shows it: dd/mm/yyyy in Vietnamese (as vi-VN writes it), the ISO
 * text in English. Anything that is not an ISO date is returned as it is.
 */
export function dateText(iso: string, lang: Lang): string {
  if (lang !== 'vi' || !ISO_DATE.test(iso)) return iso;
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** What a date field asks for: its placeholder, and the form its refusal names. */
export const DATE_FORM = {
  vi: 'ngày/tháng/năm',
  en: 'YYYY-MM-DD or D/M/YYYY',
} as const;
