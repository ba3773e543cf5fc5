#!/usr/bin/env node
// The CLI runs the TypeScript core directly through tsx, so `npx giapranh` works right after
// `npm install` with no build step, and runs exactly the code the browser bundles.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
