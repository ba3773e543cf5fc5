import { main } from './main.ts';

/** The CLI straight from TypeScript (`npm run cli:dev -- …`, through tsx) for development. */
process.exitCode = await main(process.argv.slice(2));
