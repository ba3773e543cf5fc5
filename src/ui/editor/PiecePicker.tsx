import type { Lang } from '../../core/i18n/messages.ts';
import { tp } from '../../core/i18n/pieceMessages.ts';
import { listPieces, type PieceRef } from '../../editor/featurePieces.ts';

export interface PiecePickerProps {
  lang: Lang;
  geometry: GeoJSON.Geometry | null;
  /** The ring or line the edit session holds now. */
  current: { part: number; ring: number } | undefined;
  readOnly: boolean;
  addingHole: boolean;
  holeOutside: boolean;
  onPick: (piece: { part: number; ring: number }) => void;
  onAddHole: () => void;
  onDelete: () => void;
}

/** "Hole 2", "Part 3: outline", "Line 2": a piece's name for the picker. */
function pieceLabel(lang: Lang, piece: PieceRef, multi: boolean): string {
  if (piece.kind === 'line') return `${tp(lang, 'line')} ${piece.part + 1}`;
  const ring = piece.kind === 'hole' ? `${tp(lang, 'hole')} ${piece.ring}` : tp(lang, 'outline');
  return multi ? `${tp(lang, 'part')} ${piece.part + 1}: ${ring}` : ring;
}

/**
 * Which ring or part of the selected feature the edit session holds (terra-draw edits one at
 * a time), with "Add hole" for polygons and a delete for a hole or a part among several.
 */
export function PiecePicker(props: PiecePickerProps) {
  const { lang, geometry, current } = props;
  const pieces = listPieces(geometry);
  const polygon = geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon';
  if (!current || (!polygon && pieces.length < 2)) return null;
  const multi = geometry?.type === 'MultiPolygon';
  const value = `${current.part}:${current.ring}`;
  const parts = new Set(pieces.map((piece) => piece.part)).size;
  const deletable = current.ring > 0 || parts > 1;
  return (
    <div className="piece-picker">
      {pieces.length > 1 && (
        <label>
          <span>{tp(lang, 'piece')}</span>
          <select
            value={value}
            onChange={(event) => {
              const [part = 0, ring = 0] = event.target.value.split(':').map(Number);
              props.onPick({ part, ring });
            }}
          >
            {pieces.map((piece) => (
              <option key={`${piece.part}:${piece.ring}`} value={`${piece.part}:${piece.ring}`}>
                {pieceLabel(lang, piece, multi)}
              </option>
            ))}
          </select>
        </label>
      )}
      {polygon && (
        <button
          type="button"
          aria-pressed={props.addingHole}
          disabled={props.readOnly}
          onClick={props.onAddHole}
        >
          {tp(lang, 'addHole')}
        </button>
      )}
      {deletable && (
        <button type="button" disabled={props.readOnly} onClick={props.onDelete}>
          {tp(lang, 'deletePiece')}
        </button>
      )}
      {props.addingHole && <p className="editor-hint">{tp(lang, 'addingHole')}</p>}
      {props.holeOutside && <p role="status">{tp(lang, 'holeOutside')}</p>}
    </div>
  );
}
