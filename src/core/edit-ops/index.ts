export { checkResultGeometry } from './checkResult.ts';
export { cutWithLine } from './cutWithLine.ts';
export { mergeZones } from './mergeZones.ts';
export { type PartnerZone, partnerZone, type StackedFeature } from './partnerZone.ts';
export { isRefusal, type ZoneFeature, zoneAt } from './polygonal.ts';
export type { EditOpRefusal, EditOpResult, EditOpSuccess } from './result.ts';
export { simplifyZone } from './simplifyZone.ts';
export { subtractZone } from './subtractZone.ts';
export { vertexCount } from './vertexCount.ts';
