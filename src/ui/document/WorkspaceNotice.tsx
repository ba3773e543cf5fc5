import { useState } from 'react';
import { type EditorMessageKey, te } from '../../core/i18n/editorMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import type { WorkspaceStatus } from '../../editor/workspace/connectWorkspace.ts';

const MESSAGE: Partial<Record<WorkspaceStatus['kind'], EditorMessageKey>> = {
  following: 'workspaceReadOnly',
  unavailable: 'workspaceUnavailable',
  full: 'workspaceFull',
  unreadable: 'workspaceUnreadable',
};

/** Why this tab cannot change the workspace, or null when it can. */
export function readOnlyReason(status: WorkspaceStatus, lang: Lang): string | null {
  return status.kind === 'following' ? te(lang, 'workspaceReadOnly') : null;
}

/** A line over the map when the workspace is not being saved as usual, or was just restored. */
export function WorkspaceNotice({ lang, status }: { lang: Lang; status: WorkspaceStatus }) {
  const [dismissed, setDismissed] = useState<WorkspaceStatus | null>(null);
  if (dismissed === status) return null;
  const key = status.kind === 'saving' && status.restored > 0 ? 'restored' : MESSAGE[status.kind];
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
        {te(lang, key)}
        {detail}
      </span>
      <button type="button" className="link" onClick={() => setDismissed(status)}>
        ×
      </button>
    </div>
  );
}
