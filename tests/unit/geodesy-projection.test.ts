import { describe, expect, it } from 'vitest';
import { azimuthalEquidistant } from '../../src/core/geodesy/azimuthal-equidistant.ts';
import { vincentyAzimuthalEquidistant } from '../../src/core/geodesy/vincenty-azimuthal-equidistant.ts';

describe('vincentyAzimuthalEquidistant (the buffer plane) against GeographicLib', () => {
  const center: [number, number] = [105.62, 21.25];
  const exact = azimuthalEquidistant(center);
  const fast = vincentyAzimuthalEquidistant(center);

  it.each([100, 1_000, 20_000, 100_000, 300_000])(
    'agrees within 10 µm both ways at %d m from the centre, all round',
    (rangeMeters) => {
      let worstMeters = 0;
      for (let degrees = 0; degrees < 360; degrees += 15) {
        const angle = (degrees * Math.PI) / 180;
        const point: [number, number] = [
          rangeMeters * Math.cos(angle),
          rangeMeters * Math.sin(angle),
        ];
        const forward = fast.forward(exact.inverse(point));
        worstMeters = Math.max(
          worstMeters,
          Math.hypot(forward[0] - point[0], forward[1] - point[1]),
        );
        const back = exact.forward(fast.inverse(point));
        worstMeters = Math.max(worstMeters, Math.hypot(back[0] - point[0], back[1] - point[1]));
      }
      expect(worstMeters).toBeLessThan(1e-5);
    },
  );
});
