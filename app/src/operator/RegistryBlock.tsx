import type { ReactNode } from 'react';

/**
 * One agency's block of the summary. A registry that did not answer is said to be missing,
 * never shown as "no record": the citizen may well have one.
 */
export function RegistryBlock({
  title,
  registry,
  unavailable,
  empty,
  children,
}: {
  title: string;
  registry: string;
  unavailable: boolean;
  /** What to say when the registry answered and holds nothing for this citizen. */
  empty: string | null;
  children?: ReactNode;
}) {
  const id = `block-${registry}`;
  let body: ReactNode = children;
  if (unavailable) {
    body = (
      <p className="unavailable">
        Not available: the {registry} registry did not answer. Try again later.
      </p>
    );
  } else if (empty !== null) {
    body = <p className="empty">{empty}</p>;
  }
  return (
    <section className={unavailable ? 'block unavailable' : 'block'} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {body}
    </section>
  );
}
