import { describe, expect, it } from 'vitest';
import { chooseTenant, hostName, parseTenantHosts } from './tenant';

const hosts = parseTenantHosts(
  'nhuthanh.thanhhoa.gov.vn=16228, XuanThai.thanhhoa.gov.vn=16250,broken,=1,x=abc',
);

describe('the commune of a request', () => {
  it('reads the host map, skipping malformed pairs', () => {
    expect([...hosts]).toEqual([
      ['nhuthanh.thanhhoa.gov.vn', '16228'],
      ['xuanthai.thanhhoa.gov.vn', '16250'],
    ]);
    expect(parseTenantHosts(undefined).size).toBe(0);
  });

  it('takes the host name without its port', () => {
    expect(hostName('XuanThai.thanhhoa.gov.vn:3000')).toBe('xuanthai.thanhhoa.gov.vn');
    expect(hostName('[::1]:3000')).toBe('[::1]');
    expect(hostName(null)).toBe('');
  });

  it('prefers the host, then the visitor’s choice, then the default', () => {
    const pick = (host: string | null, cookie?: string) =>
      chooseTenant({ host, cookie, hosts, fallback: '16228' });
    expect(pick('xuanthai.thanhhoa.gov.vn:443', '16228')).toEqual({
      code: '16250',
      source: 'host',
    });
    expect(pick('localhost:3000', '16222')).toEqual({ code: '16222', source: 'cookie' });
    expect(pick('localhost:3000', 'x; drop')).toEqual({ code: '16228', source: 'default' });
    expect(pick(null)).toEqual({ code: '16228', source: 'default' });
  });
});
