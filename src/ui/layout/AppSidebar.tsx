import { type ReactNode, Suspense } from 'react';
import { type Lang, t } from '../../core/i18n/messages.ts';
import { tw } from '../../core/i18n/workspaceMessages.ts';
import { useAfterFirstCommit } from '../hooks/useAfterFirstCommit.ts';
import { SidebarTabs, tabPanelProps } from '../SidebarTabs.tsx';
import { PanelsToggle } from './PanelsToggle.tsx';
import type { useSidebar } from './useSidebar.ts';

/** The sidebar's state and the content of each of its tabs. */
export interface AppSidebarProps {
  lang: Lang;
  sidebar: ReturnType<typeof useSidebar>;
  layers: ReactNode;
  /** A lazy panel: it loads when its tab is first opened. */
  analysis: ReactNode;
  /** A lazy panel, or nothing until the document store is there. */
  edit: ReactNode;
}

/**
 * The sidebar: its tabs, the toggle that folds it, and each tab's panel. The analysis and
 * editor panels mount when their tab is first opened and then stay mounted, so their work
 * survives a switch of tabs.
 */
export function AppSidebar({ lang, sidebar, layers, analysis, edit }: AppSidebarProps) {
  const { tabs, openTab, panelsOpen, setPanelsOpen } = sidebar;
  const loading = <p className="panel">{t(lang, 'loading')}</p>;
  // The layers tab renders just after the map has started (see useAfterFirstCommit).
  const layersShown = useAfterFirstCommit();
  return (
    <aside id="sidebar" className={panelsOpen ? 'sidebar' : 'sidebar collapsed'}>
      <div className="sidebar-head">
        <SidebarTabs
          tabs={[
            { id: 'layers', label: t(lang, 'tabLayers') },
            { id: 'analysis', label: t(lang, 'tabAnalysis') },
            { id: 'edit', label: tw(lang, 'tabEdit') },
          ]}
          current={tabs.tab}
          onOpen={openTab}
        />
        <PanelsToggle lang={lang} open={panelsOpen} onChange={setPanelsOpen} />
      </div>
      <div {...tabPanelProps('layers', tabs.tab)}>{layersShown && layers}</div>
      {tabs.opened.has('analysis') && (
        <div {...tabPanelProps('analysis', tabs.tab)}>
          <Suspense fallback={loading}>{analysis}</Suspense>
        </div>
      )}
      {tabs.opened.has('edit') && edit && (
        <div {...tabPanelProps('edit', tabs.tab)}>
          <Suspense fallback={loading}>{edit}</Suspense>
        </div>
      )}
    </aside>
  );
}
