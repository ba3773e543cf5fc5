export { filterKeys, foldText, type SortDirection, sortKeys } from './attributeTable.ts';
export {
  extraField,
  type FieldChoice,
  type FieldKind,
  type FormField,
  formFields,
} from './formFields.ts';
export { PROPERTY_LABELS, unitOf, VALUE_LABELS } from './labels.ts';
export { type ParsedField, parseFieldValue } from './parseFieldValue.ts';
export { type PropertyProblem, validateProperties } from './validateProperties.ts';
