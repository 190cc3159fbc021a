import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEnv } from '@dost/platform/env.ts';

describe('audit checkpoint settings from the environment', () => {
  it('default to a witness file in the data folder, 100 records, 5 s, a 30 s heartbeat and the worker', () => {
    expect(readEnv({ DOST_DATA_DIR: '/srv/dost' }).auditCheckpoints).toEqual({
      witness: { kind: 'file', path: join('/srv/dost', 'audit-witness.jsonl') },
      everyRecords: 100,
      everyMs: 5_000,
      heartbeatMs: 30_000,
      worker: true,
    });
    expect(readEnv({ DOST_AUDIT_WORKER: 'off' }).auditCheckpoints.worker).toBe(false);
  });

  it('take a file, a file URL or a second database as the witness', () => {
    const witness = (value: string) =>
      readEnv({ DOST_AUDIT_WITNESS: value }).auditCheckpoints.witness;
    expect(witness('file:witness.jsonl')).toEqual({ kind: 'file', path: resolve('witness.jsonl') });
    expect(witness('file:///var/log/dost/w.jsonl')).toEqual({
      kind: 'file',
      path: '/var/log/dost/w.jsonl',
    });
    expect(witness('mysql://witness@10.0.0.9:3306/dost_witness')).toEqual({
      kind: 'mysql',
      url: 'mysql://witness@10.0.0.9:3306/dost_witness',
    });
  });

  it('refuse anything else, naming every bad variable', () => {
    expect(() =>
      readEnv({
        DOST_AUDIT_WITNESS: 's3://bucket/witness',
        DOST_AUDIT_CHECKPOINT_RECORDS: '0',
        DOST_AUDIT_HEARTBEAT_MS: 'soon',
      }),
    ).toThrow(
      /DOST_AUDIT_WITNESS must be file:<path> or a mysql:\/\/ URL[\s\S]*DOST_AUDIT_CHECKPOINT_RECORDS must be a positive integer[\s\S]*DOST_AUDIT_HEARTBEAT_MS must be a positive integer/,
    );
  });
});
