import { lazy, type ReactNode, Suspense } from 'react';
import { ADMIN_FRAME_PROPERTIES } from '../core/format/adminFrameText.ts';
import { propertiesInLanguage, valueInLanguage } from '../core/format/bilingualProperties.ts';
import { codedValueText, propertyLabel } from '../core/format/codedText.ts';
import { accuracyText, featureName } from '../core/format/featureText.ts';
import { formatArea, formatLength, propertyText } from '../core/format/propertyText.ts';
import { type Lang, t } from '../core/i18n/messages.ts';
import type { LayerDef } from '../core/layers/types.ts';
import { useMeasurement } from './hooks/useMeasurement.ts';
import { AdminFrameRows } from './inspector/AdminFrameRows.tsx';
import { useAdminFrame } from './inspector/useAdminFrame.ts';

// A point's VN-2000 coordinates need proj4, which loads after the first render.
const PointPositionRows = lazy(() =>
  import('./coords/PointPositionRows.tsx').then((m) => ({ default: m.PointPositionRows })),
);

// Shown in their own rows above the table, so not repeated in it.
const HEADLINE = new Set(['name', 'name_en', 'source', 'source_en', 'accuracy', 'accuracy_m']);

export interface InspectorProps {
  lang: Lang;
  layer: LayerDef;
  feature: GeoJSON.Feature;
  /** The feature as bundled (same layer and key), if it is one: its stored frame holds while
   * its geometry is unchanged. */
  bundled?: GeoJSON.Feature;
  onClose: () => void;
  /** Shown under the title: the way to the other features stacked under the click. */
  stackNav?: ReactNode;
}

/**
 * The clicked feature: name, properties, source and accuracy, and its geodesic length or area.
 * Every value goes into a text node; properties are data, never HTML.
 */
export function Inspector({ lang, layer, feature, bundled, onClose, stackNav }: InspectorProps) {
  const props = feature.properties ?? {};
  // Drawn, imported and reshaped features get their frame from their geometry, as the bundled
  // ones did at build time.
  const frame = useAdminFrame(feature, bundled);
  const name = featureName(props, lang);
  const rest = propertiesInLanguage(
    Object.entries(props).filter(([key]) => !HEADLINE.has(key) && !ADMIN_FRAME_PROPERTIES.has(key)),
    props,
    lang,
  );
  return (
    <section className="panel inspector" aria-labelledby="inspector-title" data-testid="inspector">
      <header>
        <h2 id="inspector-title">{name}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t(lang, 'close')}>
          ×
        </button>
      </header>
      {stackNav}
      <dl className="headline">
        <dt>{t(lang, 'layer')}</dt>
        <dd>{layer.title[lang]}</dd>
        {lang === 'vi' && props.name_en !== undefined && (
          <>
            <dt>{propertyLabel('name_en', lang)}</dt>
            <dd>{propertyText(props.name_en, lang)}</dd>
          </>
        )}
        <MeasurementRows lang={lang} feature={feature} />
        <Suspense fallback={null}>
          <PointPositionRows lang={lang} feature={feature} />
        </Suspense>
        <dt>{t(lang, 'accuracy')}</dt>
        <dd>{accuracyText(props, lang)}</dd>
        <dt>{t(lang, 'source')}</dt>
        <dd>{propertyText(valueInLanguage(props, 'source', lang), lang)}</dd>
        <AdminFrameRows lang={lang} properties={props} frame={frame} />
      </dl>
      {rest.length > 0 && (
        <table className="properties">
          <caption>{t(lang, 'properties')}</caption>
          <tbody>
            {rest.map(([key, value]) => (
              <tr key={key}>
                <th scope="row">{propertyLabel(key, lang)}</th>
                <td>{codedValueText(value, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** Geodesic length (lines), perimeter and area (polygons); nothing for points. */
function MeasurementRows({ lang, feature }: { lang: Lang; feature: GeoJSON.Feature }) {
  const measurement = useMeasurement(feature);
  if (!measurement) return null;
  const isPolygon = measurement.type.endsWith('Polygon');
  if (!isPolygon && !measurement.type.endsWith('LineString')) return null;
  return (
    <>
      <dt>{t(lang, isPolygon ? 'perimeterGeodesic' : 'lengthGeodesic')}</dt>
      <dd data-testid="length">{formatLength(measurement.lengthMeters, lang)}</dd>
      {isPolygon && (
        <>
          <dt>{t(lang, 'areaGeodesic')}</dt>
          <dd data-testid="area">{formatArea(measurement.areaSquareMeters, lang)}</dd>
        </>
      )}
    </>
  );
}
