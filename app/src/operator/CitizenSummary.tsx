import type { DostError } from '@dost/client';
import type { CitizenSummaryQuery } from '../../../clients/generated/graphql.ts';
import { azn, degree, label } from '../common/format.ts';
import { RegistryBlock } from './RegistryBlock.tsx';
import { unavailableRegistries } from './unavailableRegistries.ts';

type Citizen = NonNullable<CitizenSummaryQuery['citizen']>;

/** The one-window summary: identity, pension, unemployment, disability; partial if need be. */
export function CitizenSummary({
  fin,
  data,
  errors,
}: {
  fin: string;
  data: CitizenSummaryQuery;
  errors: readonly DostError[];
}) {
  const down = unavailableRegistries(errors);
  const citizen = data.citizen;
  return (
    <article className="summary" aria-label={`Summary for ${fin}`}>
      {down.size === 0 ? null : (
        <div className="notice partial" role="status">
          <strong>Partial answer.</strong> Not answering:{' '}
          <span className="registries">{[...down].join(', ')}</span>. What is shown is all the other
          registries returned.
        </div>
      )}
      {citizen === null ? (
        <RegistryBlock
          title="Identity"
          registry="people"
          unavailable={down.has('people')}
          empty={`No citizen with FIN ${fin} in the population registry.`}
        />
      ) : (
        <CitizenBlocks citizen={citizen} down={down} />
      )}
    </article>
  );
}

function CitizenBlocks({ citizen, down }: { citizen: Citizen; down: ReadonlySet<string> }) {
  const { pension, unemployment, disability } = citizen;
  return (
    <>
      <RegistryBlock title="Identity" registry="people" unavailable={false} empty={null}>
        <dl>
          <dt>Name</dt>
          <dd className="full-name">{citizen.fullName}</dd>
          <dt>FIN</dt>
          <dd>{citizen.fin}</dd>
          <dt>Born</dt>
          <dd>{citizen.birthDate}</dd>
          <dt>Sex</dt>
          <dd>{label(citizen.sex)}</dd>
          {citizen.address === null ? null : (
            <>
              <dt>Address</dt>
              <dd>
                {citizen.address.district}, {citizen.address.region}
              </dd>
            </>
          )}
        </dl>
      </RegistryBlock>
      <RegistryBlock
        title="Pension"
        registry="pensions"
        unavailable={down.has('pensions')}
        empty={pension === null ? 'No pension or allowance.' : null}
      >
        {pension?.labourPension == null ? null : (
          <p>
            Labour pension ({label(pension.labourPension.type)}),{' '}
            {label(pension.labourPension.status)}: {azn(pension.labourPension.amount)} a month since{' '}
            {pension.labourPension.assignedOn}
          </p>
        )}
        {pension?.allowances.map((allowance) => (
          <p key={allowance.type}>
            Allowance ({label(allowance.type)}), {label(allowance.status)}: {azn(allowance.amount)}{' '}
            a month
          </p>
        ))}
      </RegistryBlock>
      <RegistryBlock
        title="Unemployment"
        registry="unemployment"
        unavailable={down.has('unemployment')}
        empty={unemployment === null ? 'Not registered as a jobseeker.' : null}
      >
        {unemployment === null ? null : (
          <>
            <p>
              {label(unemployment.status)} since {unemployment.registeredOn}
              {unemployment.benefit === null
                ? '; no insurance benefit'
                : `; insurance benefit ${azn(unemployment.benefit.monthlyAmount)} a month (${label(unemployment.benefit.status)})`}
            </p>
            {unemployment.programmes.map((programme) => (
              <p key={`${programme.kind}:${programme.name}`}>
                Programme: {programme.name} ({label(programme.kind)}, {label(programme.status)})
              </p>
            ))}
          </>
        )}
      </RegistryBlock>
      <RegistryBlock
        title="Disability"
        registry="disability"
        unavailable={down.has('disability')}
        empty={disability === null ? 'No disability established.' : null}
      >
        {disability === null ? null : (
          <p>
            {degree(disability.degree)} ({disability.percent} %) from {disability.validFrom}
            {disability.indefinite
              ? ', indefinite'
              : `, re-examination on ${disability.reexaminationOn ?? 'a date to be set'}`}
          </p>
        )}
      </RegistryBlock>
    </>
  );
}
