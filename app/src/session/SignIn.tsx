import { useState, type FormEvent } from 'react';
import type { Session } from './Session.ts';
import { readClaims } from './readClaims.ts';

/** Sign-in with a pasted token: the dev identity provider's (npm run token) or a real one. */
export function SignIn({ onSignIn }: { onSignIn: (session: Session) => void }) {
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = token.trim().replace(/^Bearer\s+/i, '');
    const claims = readClaims(trimmed);
    if (claims === null) {
      setProblem('That is not a token: paste the whole JWT (three parts separated by dots).');
      return;
    }
    onSignIn({ token: trimmed, claims });
  };

  return (
    <form className="card" onSubmit={submit} aria-labelledby="sign-in-title">
      <h2 id="sign-in-title">Sign in</h2>
      <p className="hint">
        Paste your token. In development, make one with{' '}
        <code>npm run -s token -- --role operator --sub op-17 --centre baku-1</code> (staff) or{' '}
        <code>npm run -s token -- --role citizen --sub c-1 --fin 5ZK7P2Q</code> (a citizen).
      </p>
      <label>
        Token
        <textarea
          name="token"
          rows={4}
          value={token}
          onChange={(event) => setToken(event.target.value)}
          spellCheck={false}
          autoComplete="off"
          required
        />
      </label>
      {problem === null ? null : (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <button type="submit">Sign in</button>
    </form>
  );
}
