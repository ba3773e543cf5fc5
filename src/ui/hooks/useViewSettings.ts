import { type BoundaryFrame, DEFAULT_FRAME, isBoundaryFrame } from '../../core/basemap/frame.ts';
import { isLang, type Lang } from '../../core/i18n/messages.ts';
import { isNumberRecord, usePersistentState } from './usePersistentState.ts';

const isBooleanRecord = (value: unknown): value is Record<string, boolean> =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((v) => typeof v === 'boolean');

/**
 * How the planner chose to see the map, kept between visits (localStorage): the language, the
 * boundary frame, and each layer's visibility and opacity (a layer without an entry shows as
 * by default).
 */
export function useViewSettings() {
  const [lang, setLang] = usePersistentState<Lang>('lang', 'vi', isLang);
  const [frame, setFrame] = usePersistentState<BoundaryFrame>(
    'frame',
    DEFAULT_FRAME,
    isBoundaryFrame,
  );
  const [visible, setVisible] = usePersistentState<Record<string, boolean>>(
    'visible',
    {},
    isBooleanRecord,
  );
  const [opacity, setOpacity] = usePersistentState<Record<string, number>>(
    'opacity',
    {},
    isNumberRecord,
  );
  return { lang, setLang, frame, setFrame, visible, setVisible, opacity, setOpacity };
}
