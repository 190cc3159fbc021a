import { describe, expect, it } from 'vitest';
import { isOrigin } from '@dost/platform/cors.ts';
import { readEnv } from '@dost/platform/env.ts';
import { ROLES } from '@dost/platform/roles.ts';

/** The message readEnv throws for `source`, or null when it reads it. */
function problemOf(source: Record<string, string>): string | null {
  try {
    readEnv(source);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe('DOST_CORS_ORIGINS', () => {
  it('lists no origin by default: no CORS headers at all', () => {
    expect(readEnv({}).corsOrigins).toEqual([]);
  });

  it('reads comma-separated origins, trimmed, empty items dropped', () => {
    const env = readEnv({
      DOST_CORS_ORIGINS: ' https://app.dost.gov.az , http://localhost:5173,,',
    });
    expect(env.corsOrigins).toEqual(['https://app.dost.gov.az', 'http://localhost:5173']);
  });

  it('refuses anything that is not exactly an http(s) origin, naming each', () => {
    const bad = ['https://app.dost.gov.az/', 'app.dost.gov.az', 'ftp://files.dost.gov.az', '*'];
    const problem = problemOf({
      DOST_CORS_ORIGINS: ['https://ok.dost.gov.az', ...bad].join(','),
    });
    expect(problem).not.toBeNull();
    for (const origin of bad) {
      expect(problem).toContain(`DOST_CORS_ORIGINS: ${origin} is not an origin`);
    }
    expect(problem).not.toContain('https://ok.dost.gov.az is not');
  });

  it('holds an origin to scheme://host[:port], without path, query or credentials', () => {
    expect(isOrigin('https://app.dost.gov.az')).toBe(true);
    expect(isOrigin('http://127.0.0.1:5173')).toBe(true);
    expect(isOrigin('https://app.dost.gov.az/app')).toBe(false);
    expect(isOrigin('https://app.dost.gov.az?x=1')).toBe(false);
    expect(isOrigin('https://user@app.dost.gov.az')).toBe(false);
    expect(isOrigin('HTTPS://APP.DOST.GOV.AZ')).toBe(false);
    expect(isOrigin('null')).toBe(false);
  });
});

describe('DOST_FREEFORM_ROLES', () => {
  it('lets every role send operation text in development, none in production', () => {
    expect(readEnv({}).freeformRoles).toEqual(ROLES);
    expect(readEnv({ NODE_ENV: 'production' }).freeformRoles).toEqual([]);
  });

  it('reads the roles listed, and none for `none`', () => {
    expect(
      readEnv({ NODE_ENV: 'production', DOST_FREEFORM_ROLES: 'operator, auditor' }).freeformRoles,
    ).toEqual(['operator', 'auditor']);
    expect(readEnv({ DOST_FREEFORM_ROLES: 'none' }).freeformRoles).toEqual([]);
  });

  it('refuses a name that is not a role, naming it and the roles there are', () => {
    const problem = problemOf({ DOST_FREEFORM_ROLES: 'operator,admin' });
    expect(problem).toContain('DOST_FREEFORM_ROLES: admin is not a role');
    expect(problem).toContain(ROLES.join(', '));
    expect(problem).not.toContain('operator is not');
  });
});
