import { useEffect, useRef, useState } from 'react';
import { EditSession, type EditSessionCallbacks } from '../../editor/editSession.ts';
import type { SnapIndex } from '../../editor/snap/snapIndex.ts';
import { snapToIndex } from '../../editor/snap/snapToIndex.ts';
import type { MapController } from '../../map/MapController.ts';

/**
 * Starts one terra-draw edit session on the live map once the map's style is there, and ends it
 * when the editor goes. Callbacks and the snapping inputs are read through refs, so the session
 * is created once.
 */
export function useEditSession(
  controller: () => MapController | null,
  callbacks: EditSessionCallbacks,
  snapIndex: () => SnapIndex | undefined,
  snapping: boolean,
) {
  const [session, setSession] = useState<EditSession | null>(null);
  const latest = useRef({ callbacks, snapIndex, snapping });
  latest.current = { callbacks, snapIndex, snapping };

  // biome-ignore lint/correctness/useExhaustiveDependencies: one session per mounted editor.
  useEffect(() => {
    const mapController = controller();
    if (!mapController) return;
    const map = mapController.map;
    let created: EditSession | null = null;
    const stopWaiting = mapController.whenStyleReady(() => {
      created = new EditSession(
        map,
        {
          onCreated: (geometry, kind) => latest.current.callbacks.onCreated(geometry, kind),
          onEdited: (geometry) => latest.current.callbacks.onEdited(geometry),
          onDrawingChange: (drawing) => latest.current.callbacks.onDrawingChange?.(drawing),
        },
        snapToIndex(
          map,
          () => latest.current.snapIndex(),
          () => latest.current.snapping,
        ),
      );
      setSession(created);
    });
    return () => {
      stopWaiting();
      created?.destroy();
      setSession(null);
    };
  }, []);

  return session;
}
