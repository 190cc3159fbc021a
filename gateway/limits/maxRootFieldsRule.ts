import { Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import { ERRORS } from '@dost/platform/errors.ts';

/**
 * Refuses an operation with more than `max` top-level fields (through fragments too): each
 * is its own entry point and may fan out to every registry. graphql-armor has no such rule.
 */
export function maxRootFieldsRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const count = countRootFields(context, operation.selectionSet, new Set());
      if (count > max) {
        context.reportError(
          ERRORS.TOO_MANY_ROOT_FIELDS.err(
            `The operation asks for ${count} top-level fields; at most ${max} are allowed.`,
          ),
        );
      }
    },
  });
}

function countRootFields(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  seen: Set<string>,
): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countRootFields(context, selection.selectionSet, seen);
    } else if (!seen.has(selection.name.value)) {
      // A fragment spread twice selects the same fields twice: they merge, so count once.
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) count += countRootFields(context, fragment.selectionSet, seen);
    }
  }
  return count;
}
