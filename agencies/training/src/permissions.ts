import { summaryRead, type RuleTree } from '@dost/subgraph-kit';

/** One-window summary: staff with a purpose (operator, any officer) and the citizen. */
const summary = summaryRead();

/**
 * Who may read what in the training registry; anything unnamed is denied by the kit.
 * Partners get no scope here: the agency has not agreed one with any partner yet.
 */
export const trainingRules = {
  Citizen: { fin: summary, training: summary },
  TrainingRecord: summary,
} satisfies RuleTree;
