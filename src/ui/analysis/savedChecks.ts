import type { NamedCheck } from '../../core/checks/check-spec.ts';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Accepts what localStorage holds only if it still looks like a list of saved checks. */
export function isNamedCheckList(value: unknown): value is NamedCheck[] {
  return (
    Array.isArray(value) &&
    value.every(
      (check) =>
        isObject(check) &&
        typeof check.id === 'string' &&
        isObject(check.name) &&
        isObject(check.spec) &&
        ['nearest', 'overlap', 'corridor'].includes(String(check.spec.kind)),
    )
  );
}
