import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateVes } from '../evaluate.js';
import { staleJsonSchemas } from '@img-groningen/cli-kit';
import { parseFacts } from '../facts.js';
import { JSON_SCHEMA_FILES } from '../json-schemas.js';
import { compact, present } from './ndjson.js';

const cli = fileURLToPath(new URL('./img-eligibility.ts', import.meta.url));
const run = (input: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, '-', ...args], { input, encoding: 'utf8' });

const complete = {
  applicant: { kind: 'natural', earlierVesOrRepairApplications: 0 },
  object: {
    ownCadastralDesignation: true,
    addressCount: 1,
    constructionYear: 1960,
    areaM2: 100,
    useClass: 'wonen',
  },
  ownership: {
    right: 'eigendom',
    ownerAtApplication: true,
    ownerAtDecision: true,
    coOwnerConsents: [],
  },
  history: { damageReports: [], payments: [] },
  location: {
    maxPgv: 6,
    maxPgvAfterConstruction: 6,
    inEffectArea: true,
    inIedbArea: false,
    inSixKmZone: true,
  },
  damage: { types: ['scheur'] },
};

describe('img-eligibility', () => {
  it('evaluates one JSON document (pretty-printed over several lines) and answers in JSON', () => {
    const result = run(JSON.stringify(complete, null, 2));
    expect(result.status).toBe(0);
    const answer = JSON.parse(result.stdout);
    expect(answer.outcome).toBe('eligible');
    expect(answer.rules[4]).toEqual({ id: 'VES-5', outcome: 'pass', branch: 'VES-5a' });
    expect(answer.baselineSurvey).toBe(true);
    expect(answer.amountCents).toBe(1_000_000);
  });

  it('exits 0 only for a positive answer: 1 for not eligible or needs information', () => {
    expect(run(JSON.stringify(complete)).status).toBe(0);
    const rejected = run(JSON.stringify({ ...complete, applicant: { kind: 'legal' } }));
    expect(JSON.parse(rejected.stdout).outcome).toBe('not-eligible');
    expect(rejected.status).toBe(1);
    const partial = run(JSON.stringify({ applicant: { kind: 'natural' } }));
    expect(JSON.parse(partial.stdout).outcome).toBe('needs-information');
    expect(partial.status).toBe(1);
  });

  it('NDJSON: exits 0 when every line is eligible, 1 when any line is not', () => {
    const line = JSON.stringify(complete);
    expect(run([line, line].join('\n')).status).toBe(0);
    const mixed = run([line, JSON.stringify({ applicant: { kind: 'natural' } }), line].join('\n'));
    expect(mixed.stdout.trim().split('\n')).toHaveLength(3);
    expect(mixed.stderr).toBe('');
    expect(mixed.status).toBe(1);
  });

  it('says in --help what each exit status means', () => {
    const help = spawnSync(process.execPath, ['--import', 'tsx', cli, '--help'], {
      encoding: 'utf8',
    });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(
      /exit status: 0 eligible \(NDJSON: every line eligible\); 1 not eligible/,
    );
  });

  it('names an unknown field and shows the value found', () => {
    const typo = run(JSON.stringify({ applicant: { knd: 'natural' } }));
    expect(typo.status).toBe(2);
    expect(typo.stderr).toBe('img-eligibility: -: applicant.knd: unknown field\n');
    const lines = run(
      [JSON.stringify(complete), JSON.stringify({ object: { constructionYear: 'oud' } })].join(
        '\n',
      ),
    );
    expect(lines.stderr).toContain(
      'line 2: object.constructionYear: must be a whole year, got "oud"',
    );
  });

  it('streams NDJSON, reports a bad line with its number and path, goes on, and exits 1', () => {
    const lines = [
      JSON.stringify(complete),
      '{"applicant": {"kind": ',
      '',
      JSON.stringify({ ...complete, object: { constructionYear: 'oud' } }),
      JSON.stringify({ applicant: { kind: 'legal' } }),
    ].join('\n');
    const result = run(lines);
    expect(result.status).toBe(1);
    const answers = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(answers.map((a) => a.outcome)).toEqual(['eligible', 'not-eligible']);
    expect(result.stderr).toContain('line 2: not valid JSON');
    expect(result.stderr).toContain('line 4: object.constructionYear:');
  });

  it('reads NDJSON whose first line is bad as NDJSON: that line rejected, the others answered', () => {
    const result = run(
      ['garbage {', JSON.stringify(complete), JSON.stringify(complete)].join('\n'),
    );
    expect(result.status).toBe(1);
    expect(result.stdout.trim().split('\n')).toHaveLength(2);
    expect(result.stderr).toContain('line 1: not valid JSON');
  });

  it('reads NDJSON with a line of 20 MB after a good one as NDJSON, in time linear in its size', () => {
    const huge = `{"applicant": ${JSON.stringify('x'.repeat(20_000_000))}}`;
    const started = Date.now();
    const result = run([JSON.stringify(complete), huge, JSON.stringify(complete)].join('\n'));
    expect(result.status).toBe(1);
    expect(result.stdout.trim().split('\n')).toHaveLength(2);
    expect(result.stderr).toContain('line 2:');
    // Before, the whole buffer was split again for every chunk read: 15 s on this input.
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 30_000);

  it('ends quietly when the reader of its output stops early (| head)', () => {
    const lines = Array.from({ length: 20_000 }, () => JSON.stringify(complete)).join('\n');
    const result = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" --import tsx "${cli}" - --explain | head -c 100 > /dev/null`],
      { input: lines, encoding: 'utf8' },
    );
    expect(result.stderr).not.toContain('EPIPE');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('rejects invalid JSON and schema violations in a single document with exit code 2', () => {
    expect(run('{"applicant": ').status).toBe(2);
    const invalid = run(JSON.stringify({ location: { maxPgv: -3 } }));
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain('location.maxPgv');
  });

  it('explains on request and takes the VES-5a option', () => {
    const facts = {
      ...complete,
      location: { ...complete.location, maxPgvDuringOwnership: 1, inSixKmZone: false },
    };
    const explained = JSON.parse(
      run(JSON.stringify(facts), '--explain', '--ves5a-period', 'duringOwnership').stdout,
    );
    expect(explained.outcome).toBe('not-eligible');
    expect(explained.rules[4].reason.nl).toContain('6 km');
  });

  it('writes compact lines equal to JSON.stringify of the presented result', () => {
    for (const input of [
      complete,
      {},
      { applicant: { kind: 'legal' } },
      {
        ...complete,
        history: {
          damageReports: [
            { scheme: 'VES', reportedOn: '2022-01-01', status: 'decided', decidedOn: '2022-03-01' },
          ],
        },
        location: { ...complete.location, maxPgvAfterLastVesDecision: 7 },
      },
    ]) {
      const result = evaluateVes(parseFacts(input));
      expect(compact(result)).toBe(JSON.stringify(present(result, false)));
    }
  });
});

describe('the published JSON Schema', () => {
  it('is current with the zod schema (pnpm --filter @img-groningen/eligibility schema)', () => {
    expect(staleJsonSchemas(new URL('../../schema/', import.meta.url), JSON_SCHEMA_FILES)).toEqual(
      [],
    );
  });

  it('have an $id where the package publishes them, a title and a description', async () => {
    const { readFile } = await import('node:fs/promises');
    for (const name of ['facts.schema.json']) {
      const schema = JSON.parse(
        await readFile(new URL(`../../schema/${name}`, import.meta.url), 'utf8'),
      );
      expect(schema.$id).toBe(`https://unpkg.com/@img-groningen/eligibility/schema/${name}`);
      expect(schema.title).toMatch(/^IMG /);
      expect(schema.description.length).toBeGreaterThan(40);
    }
  });
});
