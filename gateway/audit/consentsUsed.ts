import { withConsentMark } from '@dost/audit-store/consentMark.ts';
import type { GatewayContext } from '../GatewayContext.ts';

/** The consents each request's read was made under (FIN → consent id), while it runs. */
const used = new WeakMap<GatewayContext, ReadonlyMap<string, string>>();

/** Notes that the request reads these citizens under these consents (useConsentCheck). */
export function recordConsentsUsed(
  context: GatewayContext,
  consents: ReadonlyMap<string, string>,
): void {
  used.set(context, consents);
}

/**
 * The purpose the request's audit records carry: the stated one, marked with the consents
 * its read was made under, if any (@dost/audit-store/consentMark.ts).
 */
export function auditedPurpose(context: GatewayContext): string | null {
  return withConsentMark(context.identity.purpose, used.get(context) ?? new Map());
}
