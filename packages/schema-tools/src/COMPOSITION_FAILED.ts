/** Why a check that needs a composed schema did not run. */
export const COMPOSITION_FAILED = 'skipped: composition failed';
