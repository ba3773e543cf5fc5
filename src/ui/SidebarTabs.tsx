import { useCallback, useState } from 'react';

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

/** The row of sidebar tabs. */
export function SidebarTabs<Id extends string>(props: {
  tabs: readonly { id: Id; label: string }[];
  current: Id;
  onOpen: (id: Id) => void;
}) {
  return (
    <div className="tabs" role="tablist">
      {props.tabs.map(({ id, label }) => (
        <button
          key={id}
          type="button"
          role="tab"
          aria-selected={props.current === id}
          onClick={() => props.onOpen(id)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
