import { useCallback, useState } from 'react';
import { useSidebarTabs } from '../SidebarTabs.tsx';
import { isPhoneScreen } from './screen.ts';

/** The sidebar's tabs. */
export type SidebarTab = 'layers' | 'analysis' | 'edit';

/**
 * The sidebar: its tabs, and whether it is open (on a tablet or phone it is a drawer or bottom
 * sheet, folded on a phone at first). Opening a tab opens the sidebar too.
 */
export function useSidebar() {
  const tabs = useSidebarTabs<SidebarTab>('layers');
  const [panelsOpen, setPanelsOpen] = useState(() => !isPhoneScreen());
  const { open: openTabOnly } = tabs;
  const openTab = useCallback(
    (id: SidebarTab) => {
      openTabOnly(id);
      setPanelsOpen(true);
    },
    [openTabOnly],
  );
  return { tabs, openTab, panelsOpen, setPanelsOpen };
}
