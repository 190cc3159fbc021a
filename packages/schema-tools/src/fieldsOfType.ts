import { Kind, type DocumentNode } from 'graphql';

/** The field names a document gives a type, across its definition and every extension. */
export function fieldsOfType(document: DocumentNode, typeName: string): readonly string[] {
  return document.definitions.flatMap((definition) =>
    (definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
      definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
    definition.name.value === typeName
      ? (definition.fields ?? []).map((field) => field.name.value)
      : [],
  );
}
