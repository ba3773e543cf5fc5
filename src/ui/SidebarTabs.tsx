import { useCallback, useState } from 'react';
import { onTabListKeyDown } from './keyboard/tabKeys.ts';

/**
 * Which sidebar tab is shown, and which have been opened: a tab's panel loads on first opening
 * and then stays mounted, so its work survives a switch of tabs.
 */
export function useSidebarTabs<Id extends string>(initial: Id) {
  const [tab, setTab] = useState<Id>(initial);
  const [opened, setOpened] = useState<ReadonlySet<Id>>(() => new Set([initial]));
  const open = useCallback((id: Id) => {
    setTab(id);
    setOpened((previous) => (previous.has(id) ? previous : new Set(previous).add(id)));
  }, []);
  return { tab, opened, open };
}

/**
 * The row of sidebar tabs (WAI-ARIA tabs: arrow keys, Home and End; each tab names its panel,
 * `panel-<id>`, which carries `aria-labelledby="tab-<id>"`: see {@link tabPanelProps}).
 */
export function SidebarTabs<Id extends string>(props: {
  tabs: readonly { id: Id; label: string }[];
  current: Id;
  onOpen: (id: Id) => void;
}) {
  return (
    <div className="tabs" role="tablist" tabIndex={-1} onKeyDown={onTabListKeyDown}>
      {props.tabs.map(({ id, label }) => (
        <button
          key={id}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-controls={`panel-${id}`}
          tabIndex={props.current === id ? 0 : -1}
          aria-selected={props.current === id}
          onClick={() => props.onOpen(id)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

/** The ARIA pairing of a tab's panel with its tab. */
export function tabPanelProps(id: string, current: string) {
  return {
    role: 'tabpanel',
    id: `panel-${id}`,
    'aria-labelledby': `tab-${id}`,
    hidden: current !== id,
  } as const;
}
