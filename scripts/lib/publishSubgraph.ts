import {
  publishSubgraph as publish,
  type PublishOptions,
  type PublishOutcome,
} from '@dost/schema-registry';
import { readCommittedSubgraphs } from './composeSupergraph.ts';

/**
 * @dost/schema-registry's publishSubgraph for this deployment: an empty registry starts from
 * the committed schema/ files, so the first publish records them with it.
 */
export function publishSubgraph(options: PublishOptions): Promise<PublishOutcome> {
  return publish({ seed: readCommittedSubgraphs, ...options });
}
