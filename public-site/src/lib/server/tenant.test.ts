import { describe, expect, it } from 'vitest';
import { ApiError } from '@khoi-nguon/schema/client';
import { chooseTenant, communeUnavailable, hostName, parseTenantHosts } from './tenant';

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

describe('a commune the site cannot serve', () => {
  const refusal = (code: string, tenant?: string) =>
    new ApiError('…', code, {}, 200, { code, ...(tenant ? { tenant } : {}) });

  it('is a 404 with a clear Vietnamese page when the commune is not on the platform', () => {
    expect(communeUnavailable(refusal('NOT_FOUND', 'UNKNOWN'))).toEqual({
      status: 404,
      code: 'TENANT_UNKNOWN',
      message: expect.stringMatching(/^Xã này chưa dùng Khơi Nguồn/),
    });
  });

  it('is a 503 when the commune is suspended', () => {
    expect(communeUnavailable(refusal('FORBIDDEN', 'SUSPENDED'))).toEqual({
      status: 503,
      code: 'TENANT_SUSPENDED',
      message: expect.stringContaining('tạm ngừng'),
    });
  });

  it('leaves every other error alone', () => {
    expect(communeUnavailable(refusal('NOT_FOUND'))).toBeNull();
    expect(communeUnavailable(refusal('FORBIDDEN'))).toBeNull();
    expect(communeUnavailable(new Error('boom'))).toBeNull();
    expect(communeUnavailable(null)).toBeNull();
  });
});
