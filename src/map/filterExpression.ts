import type { ExpressionSpecification } from 'maplibre-gl';
import type { FieldCondition, LayerFilter } from '../core/filter/filter-types.ts';
import type { PropertySchema } from '../core/layers/types.ts';

function valuesExpression(
  field: string,
  values: readonly string[],
  isList: boolean,
): ExpressionSpecification {
  const text: ExpressionSpecification = ['to-string', ['get', field]];
  // A list property reaches MapLibre's tiles as JSON text (`["Hà Nội","Phú Thọ"]`), and
  // `to-string` of a real array gives the same text: an element is its quoted JSON inside it.
  if (isList)
    return [
      'any',
      ...values.map((value): ExpressionSpecification => ['in', JSON.stringify(value), text]),
    ];
  // A missing property's text is "", which no condition holds (values are never empty).
  return ['in', text, ['literal', [...values]]];
}

function rangeExpression(
  field: string,
  min: number | null,
  max: number | null,
): ExpressionSpecification {
  const value: ExpressionSpecification = ['to-number', ['get', field]];
  const bounds: ExpressionSpecification[] = [];
  if (min !== null) bounds.push(['>=', value, min]);
  if (max !== null) bounds.push(['<=', value, max]);
  return ['all', ['==', ['typeof', ['get', field]], 'number'], ...bounds];
}

function conditionExpression(
  field: string,
  condition: FieldCondition,
  schema: PropertySchema,
): ExpressionSpecification {
  if (condition.kind === 'range') return rangeExpression(field, condition.min, condition.max);
  return valuesExpression(field, condition.values, schema[field]?.type === 'string[]');
}

/**
 * A layer's filter as a MapLibre filter expression, which holds for exactly the features
 * `core/filter/predicate.passesFilter` lets through: the map hides the others by its style,
 * without rebuilding the layer's data. Null when the filter holds no condition.
 */
export function filterExpression(
  filter: LayerFilter | undefined,
  schema: PropertySchema,
): ExpressionSpecification | null {
  const entries = Object.entries(filter ?? {});
  if (entries.length === 0) return null;
  return [
    'all',
    ...entries.map(([field, condition]) => conditionExpression(field, condition, schema)),
  ];
}
