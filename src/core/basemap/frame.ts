/**
 * Which administrative units the map draws: those of 2019, which the plan data was drawn with,
 * or those in force since 1 July 2025 (districts abolished, communes merged, Vĩnh Phúc part of
 * Phú Thọ).
 */
export type BoundaryFrame = '2019' | '2025';

export const BOUNDARY_FRAMES: readonly BoundaryFrame[] = ['2019', '2025'];

/** The data's own frame: a link or a first visit without a choice opens on it. */
export const DEFAULT_FRAME: BoundaryFrame = '2019';

export const isBoundaryFrame = (value: unknown): value is BoundaryFrame =>
  value === '2019' || value === '2025';
