import { describe, expect, it } from 'vitest';
import { addressReader, type AddressReader } from './addresses.js';

const reader = (header: string) => addressReader(header) as AddressReader;

describe('addressReader', () => {
  it('reports empty coordinate cells as missing, by column, never as the point (0, 0)', () => {
    expect(reader('id,x,y,construction_year').read('A6,,,', 2)).toEqual({
      line: 2,
      field: 'x,y',
      message: 'x and y are missing',
    });
    expect(reader('id,lat,lon').read('w1,53.2,', 3)).toEqual({
      line: 3,
      field: 'lon',
      message: 'lon is missing',
    });
    expect(reader('id,x,y,lat,lon').read('a,,,,', 4)).toMatchObject({
      field: 'x,y,lat,lon',
      message: 'x, y, lat and lon are missing: give x,y (RD New) or lat,lon (WGS84)',
    });
  });

  it('takes whichever pair is given when the header has both', () => {
    expect(reader('id,x,y,lat,lon').read('a,,,53.2194,6.5682', 2)).toMatchObject({
      point: { lat: 53.2194, lon: 6.5682 },
    });
  });

  it('tells its columns', () => {
    expect(reader('ID,X,Y,vs30').columns).toEqual(['id', 'x', 'y', 'vs30']);
  });
});
