import type { LayerDef } from '../core/layers/types.ts';

const SIZE = 22;

/** A legend swatch drawn from the same style the map uses, so the two cannot disagree. */
export function LegendSwatch({ layer }: { layer: LayerDef }) {
  const { style, geometryTypes } = layer;
  const dash = (style.dashWhen?.dash ?? style.lineDash)
    ?.map((d) => d * style.lineWidthPx)
    .join(' ');
  const kind = geometryTypes[0] ?? 'Polygon';
  return (
    <svg
      width={SIZE}
      height={SIZE}
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      aria-hidden="true"
      className="swatch"
    >
      {kind.endsWith('Polygon') && (
        <rect
          x={3}
          y={4}
          width={16}
          height={14}
          fill={style.fillColor ?? style.color}
          fillOpacity={Math.max(style.fillOpacity ?? 0.2, 0.08)}
          stroke={style.color}
          strokeWidth={Math.min(style.lineWidthPx, 2.5)}
          strokeDasharray={style.lineDash?.map((d) => d * style.lineWidthPx).join(' ')}
        />
      )}
      {kind.endsWith('LineString') && (
        <path
          d="M2 16 C 8 4, 14 20, 20 6"
          fill="none"
          stroke={style.color}
          strokeWidth={Math.min(style.lineWidthPx, 4)}
          strokeDasharray={dash}
          strokeLinecap="round"
        />
      )}
      {kind.endsWith('Point') && (
        <circle
          cx={11}
          cy={11}
          r={style.circleRadiusPx ?? 4}
          fill={style.fillColor ?? style.color}
          stroke="#fff"
        />
      )}
    </svg>
  );
}
