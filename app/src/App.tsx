import { useState } from 'react';
import { AccessLogPage } from './citizen/AccessLogPage.tsx';
import { OperatorWindow } from './operator/OperatorWindow.tsx';
import type { Session } from './session/Session.ts';
import { SignIn } from './session/SignIn.tsx';

/**
 * The reference one-window app: a citizen's token opens their "who read my data" page, a
 * staff token the operator's window. The token stays in this tab's memory only.
 */
export function App() {
  const [session, setSession] = useState<Session | null>(null);
  return (
    <>
      <header className="top">
        <h1>DOST One Window</h1>
        {session === null ? null : (
          <p className="who">
            Signed in as <span className="role">{session.claims.role}</span> {session.claims.sub}
            {session.claims.centre === undefined ? '' : ` (${session.claims.centre})`}{' '}
            <button type="button" onClick={() => setSession(null)}>
              Sign out
            </button>
          </p>
        )}
      </header>
      <main>
        {session === null ? (
          <SignIn onSignIn={setSession} />
        ) : session.claims.role === 'citizen' ? (
          <AccessLogPage token={session.token} />
        ) : (
          <OperatorWindow token={session.token} />
        )}
      </main>
    </>
  );
}
