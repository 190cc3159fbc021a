import type { MyAccessLogQuery } from '../../../clients/generated/graphql.ts';
import { label } from '../common/format.ts';

type Entry = NonNullable<MyAccessLogQuery['me']>['accessLog']['edges'][number]['node'];

/** One row per recorded read: when, who, why, what, and whether it was disclosed. */
export function AccessLogTable({ entries }: { entries: readonly Entry[] }) {
  if (entries.length === 0) return <p className="empty">No one has read your data.</p>;
  return (
    <table className="access-log">
      <thead>
        <tr>
          <th scope="col">When (UTC)</th>
          <th scope="col">Who</th>
          <th scope="col">Purpose</th>
          <th scope="col">Registries</th>
          <th scope="col">Outcome</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry, index) => (
          <tr key={`${entry.at}:${String(index)}`}>
            <td>{entry.at.replace('T', ' ').replace(/\.\d+Z$/, '')}</td>
            <td>{who(entry.actor)}</td>
            <td>
              {entry.purpose ?? '—'}
              {entry.consent === null || entry.consent === undefined ? null : (
                <span className="consent"> (under your consent #{entry.consent})</span>
              )}
            </td>
            <td>{entry.registries.join(', ') || '—'}</td>
            <td className={`outcome ${entry.outcome.toLowerCase()}`}>
              {label(entry.outcome)}
              {entry.refused.length === 0 ? null : (
                <span className="refused-fields"> (refused: {entry.refused.join(', ')})</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function who(actor: Entry['actor']): string {
  const where = actor.centre ?? actor.agency;
  return [
    label(actor.role),
    where === null ? null : `at ${where}`,
    actor.staffRef === null ? null : `ref ${actor.staffRef}`,
  ]
    .filter((part) => part !== null)
    .join(', ');
}
