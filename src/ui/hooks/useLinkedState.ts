import { useEffect } from 'react';
import { type IgnoredLinkPart, type MapLinkBinding, useMapLink } from './useMapLink.ts';

/**
 * The map's state in the link (core/url/map-state.ts): applied on arrival and on Back/Forward,
 * written on each change. A link naming a check opens the analysis tab, where the check runs.
 * Returns the parts of the link the page could not use, for the note.
 */
export function useLinkedState(
  binding: MapLinkBinding,
  openTab: (tab: 'analysis') => void,
): IgnoredLinkPart[] {
  const ignoredLinkParts = useMapLink(binding);
  const { checkId } = binding;
  useEffect(() => {
    if (!checkId) return;
    openTab('analysis');
  }, [checkId, openTab]);
  return ignoredLinkParts;
}
