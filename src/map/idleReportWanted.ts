/**
 * The global a page sets (before the app's scripts run) to have the map record what it draws on
 * each idle: `window.__giapranhIdleReport = true`. Browser tests set it; planners' pages do not,
 * because the record queries every drawn feature of every layer — tens of milliseconds of the
 * page at each idle (hundreds on a busy machine), paid after every pan and zoom for nobody.
 */
export const IDLE_REPORT_FLAG = '__giapranhIdleReport';

/** Whether this page asked for the drawn-features record (see IDLE_REPORT_FLAG). */
export function idleReportWanted(): boolean {
  return (globalThis as Record<string, unknown>)[IDLE_REPORT_FLAG] === true;
}
