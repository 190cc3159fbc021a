import type { Logger } from '@dost/platform/createLogger.ts';
import type { Identity } from '@dost/platform/roles.ts';
import type { DisclosureLog } from './disclosure/DisclosureLog.ts';
import type { SubgraphContext } from './SubgraphContext.ts';

/**
 * A request's SubgraphContext whose `log` is made on first use (createRequestLog). The getter
 * sits on the prototype, not on the object: Apollo Server copies the context per operation
 * with `Object.assign` onto the same prototype, which would call an own getter (and so make
 * the logger on every request) but keeps a prototype's; the copy shares the same `requestLog`.
 */
export class RequestContext<TLoaders> implements SubgraphContext<TLoaders> {
  readonly subgraph: string;
  readonly identity: Identity;
  readonly loaders: TLoaders;
  readonly disclosure: DisclosureLog;
  readonly requestLog: () => Logger;

  constructor(fields: {
    subgraph: string;
    identity: Identity;
    loaders: TLoaders;
    disclosure: DisclosureLog;
    requestLog: () => Logger;
  }) {
    this.subgraph = fields.subgraph;
    this.identity = fields.identity;
    this.loaders = fields.loaders;
    this.disclosure = fields.disclosure;
    this.requestLog = fields.requestLog;
  }

  get log(): Logger {
    return this.requestLog();
  }
}
