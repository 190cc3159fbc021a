import type { ApolloServerPlugin } from '@apollo/server';
import { DISCLOSURE_EXTENSION } from '@dost/platform/disclosureReport.ts';
import type { DisclosureLog } from './DisclosureLog.ts';

/**
 * Hands the gateway, in a response extension, a report of what the response discloses and
 * what the rules refused.
 */
export function reportDisclosure<
  TContext extends { disclosure: DisclosureLog },
>(): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || contextValue.disclosure.isEmpty) {
            return Promise.resolve();
          }
          const result = response.body.singleResult;
          const withoutErrors = result.errors === undefined || result.errors.length === 0;
          const report = contextValue.disclosure.toReport(result.data, withoutErrors);
          if (report.subjects.length === 0 && report.refused.length === 0) return Promise.resolve();
          result.extensions = { ...result.extensions, [DISCLOSURE_EXTENSION]: report };
          return Promise.resolve();
        },
      }),
  };
}
