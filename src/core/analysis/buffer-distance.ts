/**
 * The distances a buffer (corridor) may take, in metres. Below 1 cm the discs' vertices come
 * within a few float steps of each other and the clipper loops or fails (1e-9 m hung it); 1 cm
 * is also the precision positions are kept to. Above 100 km the azimuthal plane stops being
 * a good picture of the ellipsoid (1e9 m gave a 2.2e12 m² "buffer"), and no planning corridor
 * is that wide.
 */
export const BUFFER_DISTANCE_METERS = { min: 0.01, max: 100_000 } as const;

/** Why a buffer distance is refused, or null when it is within {@link BUFFER_DISTANCE_METERS}. */
export function bufferDistanceProblem(distanceMeters: number): string | null {
  const { min, max } = BUFFER_DISTANCE_METERS;
  if (Number.isFinite(distanceMeters) && distanceMeters >= min && distanceMeters <= max) {
    return null;
  }
  return `a buffer distance must be between ${min} and ${max} metres, not ${distanceMeters}`;
}
