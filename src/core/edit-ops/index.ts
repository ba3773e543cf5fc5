export { checkResultGeometry } from './checkResult.ts';
export { cutWithLine } from './cutWithLine.ts';
export { mergeZones } from './mergeZones.ts';
export { isRefusal, type ZoneFeature, zoneAt } from './polygonal.ts';
export type { EditOpRefusal, EditOpResult, EditOpSuccess } from './result.ts';
export { simplifyZone } from './simplifyZone.ts';
export { subtractZone } from './subtractZone.ts';
