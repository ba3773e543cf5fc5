/**
 * An import keeps this many findings of the checks (its full report's rows; the report on screen
 * lists the first few of each kind); the rest are counted by kind. Keeping all of a wholly broken
 * 100,000-feature file's findings would take the worker six times as long (~18 s against ~3 s).
 * Its own module: the page's field check reads it without the import's whole validator.
 */
export const KEPT_FINDINGS = 10_000;
