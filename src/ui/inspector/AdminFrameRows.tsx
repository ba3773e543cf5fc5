import { Fragment } from 'react';
import {
  ADMIN_FRAME_KEYS,
  ADMIN_FRAME_PROPERTIES,
  adminFrameRows,
} from '../../core/format/adminFrameText.ts';
import { type Lang, t } from '../../core/i18n/messages.ts';
import type { FrameState } from './useAdminFrame.ts';

const LABELS = {
  districts_2019: 'districts2019',
  communes_2025: 'communes2025',
  provinces_2025: 'provinces2025',
} as const;

/** The properties without the frame the data build stored (stale once the geometry changed). */
function withoutStoredFrame(props: GeoJSON.GeoJsonProperties): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(props ?? {}).filter(([key]) => !ADMIN_FRAME_PROPERTIES.has(key)),
  );
}

/**
 * Where the feature lies, as rows of the inspector's list: the stored frame, the derived one,
 * or "computing…" in each row while the worker places the geometry.
 */
export function AdminFrameRows(props: {
  lang: Lang;
  properties: GeoJSON.GeoJsonProperties;
  frame: FrameState;
}) {
  const { lang, properties, frame } = props;
  if (frame.kind === 'computing') {
    return ADMIN_FRAME_KEYS.map((key) => (
      <Fragment key={key}>
        <dt>{t(lang, LABELS[key])}</dt>
        <dd data-testid={key} aria-busy="true" className="computing">
          {t(lang, 'computingFrame')}
        </dd>
      </Fragment>
    ));
  }
  const framed =
    frame.kind === 'derived'
      ? { ...properties, ...frame.frame }
      : frame.kind === 'stored'
        ? properties
        : withoutStoredFrame(properties);
  return adminFrameRows(framed, lang).map(({ key, label, value }) => (
    <Fragment key={key}>
      <dt>{label}</dt>
      <dd data-testid={key}>{value}</dd>
    </Fragment>
  ));
}
