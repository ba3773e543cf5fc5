import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP } from '../../src/cli/args.ts';

const MAIN = readFileSync(resolve(import.meta.dirname, '../../src/cli/main.ts'), 'utf8');

describe('giapranh --help', () => {
  it('shows a usage line for every command the entry point runs', () => {
    const commands = [...MAIN.matchAll(/argv\[0\] === '(\w+)'|command === '(\w+)'/g)].map(
      (match) => match[1] ?? match[2],
    );
    expect(commands).toEqual(expect.arrayContaining(['apply', 'convert', 'snapshot', 'validate']));
    for (const command of [...commands, 'analyze']) {
      expect(HELP).toContain(`\n  node bin/giapranh.js ${command} `);
    }
  });
});
