/** The event the map's container sends when what a large layer's overview draws changes. */
export const OVERVIEW_EVENT = 'giapranh:overview';

/** Per layer drawn as an overview at the map's zoom: features drawn and in all. */
export type OverviewCounts = Record<string, { shown: number; total: number }>;

/** The detail of an {@link OVERVIEW_EVENT}: every layer the overview leaves features out of. */
export interface OverviewDetail {
  counts: OverviewCounts;
  /** The zoom from which every feature of every layer is drawn. */
  allFromZoom: number;
}
