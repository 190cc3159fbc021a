import type { ApolloServerPlugin } from '@apollo/server';
import { DISCLOSURE_EXTENSION } from '../../../platform/disclosure.ts';
import type { DisclosureLog } from './DisclosureLog.ts';

/** Hands the request's disclosure report to the gateway in a response extension. */
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
          result.extensions = {
            ...result.extensions,
            [DISCLOSURE_EXTENSION]: contextValue.disclosure.toReport(),
          };
          return Promise.resolve();
        },
      }),
  };
}
