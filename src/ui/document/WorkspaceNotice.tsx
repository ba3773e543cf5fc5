import { useState } from 'react';
import './workspace.css';
import type { Lang } from '../../core/i18n/messages.ts';
import { tw, type WorkspaceMessageKey } from '../../core/i18n/workspaceMessages.ts';
import type { WorkspaceStatus } from '../../editor/workspace/connectWorkspace.ts';

const MESSAGE: Partial<Record<WorkspaceStatus['kind'], WorkspaceMessageKey>> = {
  following: 'workspaceReadOnly',
  unavailable: 'workspaceUnavailable',
  full: 'workspaceFull',
  unreadable: 'workspaceUnreadable',
};

/** Why this tab cannot change the workspace, or null when it can. */
export function readOnlyReason(status: WorkspaceStatus, lang: Lang): string | null {
  return status.kind === 'following' ? tw(lang, 'workspaceReadOnly') : null;
}

/** A line over the map when the workspace is not being saved as usual, or was just restored. */
export function WorkspaceNotice({
  lang,
  status,
  onDiscard,
}: {
  lang: Lang;
  status: WorkspaceStatus;
  /** Deletes the stored workspace; offered only when it cannot be read, after a confirm. */
  onDiscard?: () => Promise<void>;
}) {
  const [dismissed, setDismissed] = useState<WorkspaceStatus | null>(null);
  if (dismissed === status) return null;
  const key = status.kind === 'saving' && status.restored ? 'restored' : MESSAGE[status.kind];
  if (!key) return null;
  const detail = 'detail' in status ? ` (${status.detail})` : '';
  return (
    <div
      className="workspace-notice"
      role="status"
      data-testid="workspace-notice"
      data-kind={status.kind}
    >
      <span>
        {tw(lang, key)}
        {detail}
      </span>
      {status.kind === 'unreadable' && onDiscard && (
        <button
          type="button"
          className="link"
          onClick={() => {
            if (window.confirm(tw(lang, 'discardWorkspaceConfirm'))) void onDiscard();
          }}
        >
          {tw(lang, 'discardWorkspace')}
        </button>
      )}
      <button type="button" className="link" onClick={() => setDismissed(status)}>
        ×
      </button>
    </div>
  );
}
