/** Who is signed in: the pasted token, and what its claims say (for display and routing). */
export interface Session {
  readonly token: string;
  readonly claims: SessionClaims;
}

export interface SessionClaims {
  readonly sub: string;
  readonly role: string;
  readonly fin?: string;
  readonly centre?: string;
  readonly agency?: string;
  /** Expiry, seconds since the epoch. */
  readonly exp?: number;
}
