import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../GatewayContext.ts';
import type { DocumentWork } from './createDocumentPreparation.ts';

/**
 * Tells `observe` of each parse and validation Apollo Server does for a request: none for a
 * document its documentStore already holds (a prepared trusted document).
 */
export function useDocumentWork(
  observe: (work: DocumentWork) => void,
): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        parsingDidStart() {
          observe('parse');
          return Promise.resolve();
        },
        validationDidStart() {
          observe('validate');
          return Promise.resolve();
        },
      }),
  };
}
