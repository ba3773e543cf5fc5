import type { Lang } from '../i18n/messages.ts';
import { renderMessage } from './messages.ts';
import type { Finding, ValidationResult } from './types.ts';
import { DEFAULT_MAX_FINDINGS } from './types.ts';

/**
 * Adds a `duplicate-id-across-files` error to every file that reuses an id an earlier file
 * already used: the bundled layers share one id space (links and the editor address features
 * by id alone; `1` and `"1"` are one id, as the results key ids by their text). Returns new results in the same order; a file with such an id is not `ok`.
 */
export function withCrossFileDuplicateIds(
  results: readonly ValidationResult[],
  maxFindings = DEFAULT_MAX_FINDINGS,
  lang: Lang = 'en',
): ValidationResult[] {
  const owners = new Map<string | number, { file: string; index: number }>();
  return results.map((result) => {
    const added: Finding[] = [];
    for (const [id, index] of result.ids) {
      const owner = owners.get(id);
      if (owner === undefined) {
        owners.set(id, { file: result.file, index });
        continue;
      }
      added.push({
        severity: 'error',
        code: 'duplicate-id-across-files',
        file: result.file,
        path: `features[${index}].id`,
        message: renderMessage(
          'duplicate-id-across-files',
          { id: JSON.stringify(id), first: owner.index, file: owner.file },
          lang,
        ),
        featureIndex: index,
        featureId: id,
      });
    }
    if (added.length === 0) return result;
    const room = Math.max(0, maxFindings - result.findings.length);
    return {
      ...result,
      ok: false,
      findings: [...result.findings, ...added.slice(0, room)],
      errorCount: result.errorCount + added.length,
      omittedCount: result.omittedCount + Math.max(0, added.length - room),
    };
  });
}
