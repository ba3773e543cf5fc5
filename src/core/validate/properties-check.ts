import type { LayerDef, PropertyRule } from '../layers/types.ts';
import { findMarkup } from './html.ts';
import type { MessageKey } from './messages.ts';
import { layerParams, propertyParams } from './named-params.ts';
import { memberPath } from './path.ts';
import { type Param, quote, type Reporter } from './reporter.ts';
import { isObject } from './shape.ts';
import type { UnknownProperties } from './unknown-properties.ts';

/** Nested property values deeper than this are not searched for markup. */
const MAX_MARKUP_DEPTH = 4;

/**
 * Checks a feature's `properties`: against the layer's schema when the file is a known layer
 * (required, type, allowed values, bounds, pattern), and for HTML markup in any file.
 */
export function checkProperties(
  properties: unknown,
  path: string,
  layer: LayerDef | null,
  reporter: Reporter,
  unknown: UnknownProperties,
): void {
  const values = isObject(properties) ? properties : {};
  if (layer !== null) checkSchema(values, path, layer, reporter, unknown);
  for (const key in values) checkMarkup(values[key], path, key, key, 0, reporter);
}

function checkSchema(
  values: Record<string, unknown>,
  path: string,
  layer: LayerDef,
  reporter: Reporter,
  unknown: UnknownProperties,
): void {
  for (const [key, rule] of rulesOf(layer)) {
    const value = values[key];
    if (value === undefined || value === null) {
      if (rule.required) {
        reporter.error('property-missing', memberPath(path, key), {
          ...layerParams(layer),
          ...propertyParams(key),
          description: rule.description,
        });
      }
      continue;
    }
    const valuePath = memberPath(path, key);
    const problem = ruleProblem(value, rule);
    if (problem === undefined) continue;
    const [problemKey, params] = problem;
    reporter.error(problemKey, valuePath, {
      ...propertyParams(key),
      description: rule.description,
      found: quote(valuePath, value),
      ...params,
    });
  }
  for (const key in values) {
    if (!(key in layer.properties)) unknown.note(key, memberPath(path, key), reporter);
  }
}

const RULES = new WeakMap<LayerDef, Array<[string, PropertyRule]>>();

/** The layer's rules as a list, made once per layer rather than once per feature. */
function rulesOf(layer: LayerDef): Array<[string, PropertyRule]> {
  let rules = RULES.get(layer);
  if (rules === undefined) {
    rules = Object.entries(layer.properties);
    RULES.set(layer, rules);
  }
  return rules;
}

type Problem = [MessageKey, Record<string, Param>];

const TYPE_WORDS: Record<PropertyRule['type'], [string, string]> = {
  string: ['a string', 'một chuỗi'],
  number: ['a number', 'một số'],
  boolean: ['a boolean', 'true hoặc false'],
  'string[]': ['an array of strings', 'một mảng chuỗi'],
};

/** What is wrong with a present value: the message kind and its parameters. */
function ruleProblem(value: unknown, rule: PropertyRule): Problem | undefined {
  const [expected, expectedVi] = TYPE_WORDS[rule.type];
  const wrongType: Problem = ['property-wrong-type', { expected, expectedVi }];
  if (rule.type === 'string[]') {
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return undefined;
    return wrongType;
  }
  if (typeof value !== rule.type) return wrongType;
  if (typeof value === 'number') return numberProblem(value, rule);
  if (typeof value !== 'string') return undefined;
  if (rule.values && !rule.values.includes(value)) {
    return ['property-not-allowed-value', { values: rule.values.join(', ') }];
  }
  if (rule.pattern && !rule.pattern.test(value)) {
    const form = rule.patternForm;
    return ['property-pattern', form ? { formVi: form.vi, formEn: form.en } : {}];
  }
  return undefined;
}

function numberProblem(value: number, rule: PropertyRule): Problem | undefined {
  if (rule.min !== undefined && value < rule.min)
    return ['property-below-min', { limit: rule.min }];
  if (rule.max !== undefined && value > rule.max)
    return ['property-above-max', { limit: rule.max }];
  return undefined;
}

/**
 * Builds the value's path only when it is reported or searched inside: most are plain text.
 * `property` is the top-level property the value sits in, which the message names.
 */
function checkMarkup(
  value: unknown,
  parentPath: string,
  key: string | number,
  property: string,
  depth: number,
  reporter: Reporter,
): void {
  if (typeof value === 'string') {
    const markup = findMarkup(value);
    if (markup === undefined) return;
    reporter.warning('property-html', childPath(parentPath, key), {
      ...propertyParams(property),
      markup: JSON.stringify(markup),
    });
    return;
  }
  if (depth >= MAX_MARKUP_DEPTH || typeof value !== 'object' || value === null) return;
  const path = childPath(parentPath, key);
  const next = depth + 1;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) checkMarkup(value[i], path, i, property, next, reporter);
    return;
  }
  for (const member in value) {
    checkMarkup((value as Record<string, unknown>)[member], path, member, property, next, reporter);
  }
}

function childPath(parentPath: string, key: string | number): string {
  return typeof key === 'number' ? `${parentPath}[${key}]` : memberPath(parentPath, key);
}
