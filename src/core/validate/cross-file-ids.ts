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
  const ids = new CrossFileIds(maxFindings, lang);
  return results.map((result) => ids.add(result).result);
}

/**
 * {@link withCrossFileDuplicateIds} one file at a time, as a run checks them: a file's errors
 * need only the ids of the files before it, so they are known as soon as it is checked.
 */
export class CrossFileIds {
  private readonly owners = new Map<string | number, { file: string; index: number }>();

  constructor(
    private readonly maxFindings = DEFAULT_MAX_FINDINGS,
    private readonly lang: Lang = 'en',
  ) {}

  /** The file's result with its errors added (`result` itself when none), and those errors. */
  add(result: ValidationResult): { result: ValidationResult; added: Finding[] } {
    const added: Finding[] = [];
    for (const [id, index] of result.ids) {
      const owner = this.owners.get(id);
      if (owner === undefined) {
        this.owners.set(id, { file: result.file, index });
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
          this.lang,
        ),
        featureIndex: index,
        featureId: id,
      });
    }
    if (added.length === 0) return { result, added };
    const room = Math.max(0, this.maxFindings - result.findings.length);
    const kept = added.slice(0, room);
    return {
      result: {
        ...result,
        ok: false,
        findings: [...result.findings, ...kept],
        errorCount: result.errorCount + added.length,
        omittedCount: result.omittedCount + added.length - kept.length,
      },
      added: kept,
    };
  }
}
