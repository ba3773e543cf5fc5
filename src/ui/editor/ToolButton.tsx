/** What an editing tool's button shows and does. */
export interface ToolButtonProps {
  /** The accessible name (and tooltip) planners and tests know the tool by. */
  label: string;
  /** The glyph on the button, hidden from screen readers (the label names it). */
  icon: string;
  onClick: () => void;
  /** A tool that stays on (a drawing mode, an operation waiting for a click). */
  pressed?: boolean;
  /** A tool that opens a view below the toolbar. */
  expanded?: boolean;
  disabled?: boolean;
}

/** One icon button of the editing toolbar: the drawing tools and the planar operations alike. */
export function ToolButton(props: ToolButtonProps) {
  return (
    <button
      type="button"
      className="edit-tool"
      aria-label={props.label}
      title={props.label}
      aria-pressed={props.pressed}
      aria-expanded={props.expanded}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      <span aria-hidden="true">{props.icon}</span>
    </button>
  );
}
