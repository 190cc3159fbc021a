import type { DostError } from '@dost/client';

/** The registries a partial answer names as not having answered. */
export function unavailableRegistries(errors: readonly DostError[]): ReadonlySet<string> {
  return new Set(
    errors.flatMap((error) =>
      error.code === 'REGISTRY_UNAVAILABLE' && error.registry !== undefined ? [error.registry] : [],
    ),
  );
}
