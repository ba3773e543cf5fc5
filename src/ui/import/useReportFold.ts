import { useState } from 'react';
import { usePhoneScreen } from '../layout/usePhoneScreen.ts';
import type { ImportState } from './useImport.ts';

/** The report's states that only tell what happened: on a phone they open folded. */
const TOLD = new Set<ImportState['status']>(['finished', 'cancelled', 'failed']);

/**
 * Whether the import report is folded to its one-line summary and actions, and the toggle. On a
 * phone a report that only tells what happened opens folded, so the map's zoom buttons and the
 * 2019/2025 chip stay reachable; one waiting for a layer opens whole (it asks a question). The
 * planner's choice holds for that report until the file or its state changes.
 */
export function useReportFold(state: ImportState, fileName: string) {
  const phone = usePhoneScreen();
  const report = `${state.status} ${fileName}`;
  const [choice, setChoice] = useState<{ report: string; folded: boolean } | null>(null);
  const folded = choice?.report === report ? choice.folded : phone && TOLD.has(state.status);
  const toggle = () => setChoice({ report, folded: !folded });
  return { folded, toggle };
}
