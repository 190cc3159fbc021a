import { ENTITY, ENTITY_KEY } from './entitySelection.ts';

/** The body of an `_entities` call for these FINs, as the gateway's query planner sends it. */
export function entitiesCall(fins: readonly string[], selection: string): string {
  return JSON.stringify({
    query: `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${ENTITY} { ${selection} } } }`,
    variables: {
      representations: fins.map((fin) => ({ __typename: ENTITY, [ENTITY_KEY]: fin })),
    },
  });
}
