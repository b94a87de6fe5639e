import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('./img-pgv.ts', import.meta.url));
const run = (input: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', cli, '-', ...args], { input, encoding: 'utf8' });

describe('img-pgv', () => {
  it('computes per address, reports bad rows with their line, and processes the rest', () => {
    const result = run(
      'id,x,y,construction_year\na1,241000,596000,1950\nbad,9000000,1,1900\na2,241000,596000,2020\n',
    );
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'id,pgv_mm_s,event_id,event_time,distance_km,pgv_at_least_2,pgv_at_least_5',
    );
    expect(lines[1]).toMatch(
      /^a1,152\.\d+,knmi2012qcdh,2012-08-16T20:30:33\.000Z,0\.498,true,true$/,
    );
    expect(lines[2]).toMatch(/^a2,/);
    expect(lines[2]).not.toContain('knmi2012qcdh');
    expect(result.stderr).toContain(
      'addresses line 3: x,y: RD point (9000000, 1) lies outside the Netherlands',
    );
  });

  it('accepts WGS84 and writes NDJSON', () => {
    const result = run('id,lat,lon\nw1,53.2194,6.5682\n', '--format', 'ndjson');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      id: 'w1',
      event_id: 'knmi2012qcdh',
      pgv_at_least_2: true,
    });
  });

  it('reports empty coordinates as missing, naming the columns (not as a point at 0,0)', () => {
    const result = run('id,x,y,construction_year\nA6,,,\n');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('addresses line 2: x,y: x and y are missing\n');
    expect(result.stderr).not.toContain('(0, 0)');
  });

  it('speaks of the vs30 column, not of site.vs30, when the model needs it', () => {
    const noColumn = run('id,x,y\na1,241000,596000\n', '--model', 'tno-2021-gm');
    expect(noColumn.status).toBe(2);
    expect(noColumn.stderr).toMatch(/^img-pgv: --model tno-2021-gm needs a vs30 column \(m\/s\)/);
    const emptyCell = run(
      'id,x,y,vs30\na1,241000,596000,\na2,241000,596000,200\n',
      '--model',
      'tno-2021-gm',
      '--format',
      'ndjson',
    );
    expect(emptyCell.status).toBe(1);
    expect(emptyCell.stderr).toContain(
      'addresses line 2: vs30: vs30 is missing (--model tno-2021-gm needs it, m/s)',
    );
    expect(emptyCell.stderr).not.toContain('site.');
    expect(JSON.parse(emptyCell.stdout).id).toBe('a2');
  });

  it('says in --help what each exit status means', () => {
    expect(run('', '--help').stdout).toContain(
      'exit status: 0 every row done; 1 some rows rejected',
    );
  });

  it('refuses an unusable header or option with exit code 2', () => {
    expect(run('id,easting\n').status).toBe(2);
    expect(run('id,x,y\n', '--format', 'xml').stderr).toMatch(/--format must be csv or ndjson/);
    expect(run('id,x,y\n', '--model', 'nope').status).toBe(2);
  });
});
