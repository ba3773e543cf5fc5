import type { ReactNode } from 'react';
import { type EditorMessageKey, te } from '../../core/i18n/editorMessages.ts';
import type { Lang } from '../../core/i18n/messages.ts';
import type { DrawKind, EditMode } from '../../editor/editSession.ts';
import { ToolButton, type ToolButtonProps } from './ToolButton.tsx';

export interface EditorToolbarProps {
  lang: Lang;
  mode: EditMode;
  /** The drawing tools the chosen layer accepts. */
  allowed: ReadonlySet<DrawKind>;
  disabled: boolean;
  hasSelection: boolean;
  canUndo: boolean;
  canRedo: boolean;
  snapping: boolean;
  changesOpen: boolean;
  onTool: (tool: DrawKind | 'select') => void;
  onDelete: () => void;
  onUndo: () => void;
  onRedo: () => void;
  onSnapping: (on: boolean) => void;
  onChanges: () => void;
  onSaveToProject: () => void;
  /** More tools after the selection's (the planar operations). */
  selectionTools?: ReactNode;
}

const DRAW_TOOLS: readonly [DrawKind, EditorMessageKey, string][] = [
  ['point', 'drawPoint', '•'],
  ['linestring', 'drawLine', '╱'],
  ['polygon', 'drawPolygon', '⬠'],
  ['rectangle', 'drawRectangle', '▭'],
];

/** The editing tools, with the accessible names planners and tests know them by. */
export function EditorToolbar(props: EditorToolbarProps) {
  const { lang, mode, disabled } = props;
  const button = (
    key: EditorMessageKey,
    icon: string,
    onClick: () => void,
    extra: Pick<ToolButtonProps, 'pressed' | 'disabled' | 'expanded'> = {},
  ) => <ToolButton label={te(lang, key)} icon={icon} onClick={onClick} {...extra} />;
  return (
    <div className="edit-toolbar" role="toolbar" aria-label={te(lang, 'editToolbar')}>
      {DRAW_TOOLS.map(([kind, key, icon]) => (
        <span key={kind}>
          {button(key, icon, () => props.onTool(kind), {
            pressed: mode === kind,
            disabled: disabled || !props.allowed.has(kind),
          })}
        </span>
      ))}
      {button('select', '⬚', () => props.onTool('select'), {
        pressed: mode === 'select',
        disabled,
      })}
      {button('deleteFeature', '🗑', props.onDelete, { disabled: disabled || !props.hasSelection })}
      {props.selectionTools}
      {button('undo', '↶', props.onUndo, { disabled: disabled || !props.canUndo })}
      {button('redo', '↷', props.onRedo, { disabled: disabled || !props.canRedo })}
      {button('snapping', '⌖', () => props.onSnapping(!props.snapping), {
        pressed: props.snapping,
      })}
      {button('changes', 'Δ', props.onChanges, { expanded: props.changesOpen })}
      {button('saveToProject', '⤓', props.onSaveToProject)}
    </div>
  );
}
