import { isForbiddenAddress, ipv6Groups } from './ip-address';
import { checkResolvedAddresses, checkWebhookUrl } from './webhook-url';

describe('isForbiddenAddress', () => {
  it.each([
    '0.0.0.0',
    '10.1.2.3',
    '127.0.0.1',
    '169.254.169.254',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '100.64.0.1',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '64:ff9b::a00:1',
    '2002:c0a8:101::1',
    'ff02::1',
    'fe80::1%eth0',
    '[::1]',
    'not-an-ip',
  ])('refuses %s', (ip) => expect(isForbiddenAddress(ip)).toBe(true));

  it.each(['8.8.8.8', '172.32.0.1', '193.10.1.1', '2001:4860:4860::8888', '::ffff:8.8.8.8', '2a00:1450::1'])('allows %s', (ip) =>
    expect(isForbiddenAddress(ip)).toBe(false),
  );

  it('expands compressed IPv6 with a dotted tail', () => {
    expect(ipv6Groups('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]);
    expect(ipv6Groups('2001:db8::1')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
  });
});

describe('checkWebhookUrl', () => {
  const reason = (raw: string, allowPrivate = false, allowHttp = true): string | null => {
    const c = checkWebhookUrl(raw, { allowPrivate, allowHttp });
    return c.ok ? null : c.reason;
  };

  it('refuses plain http where it is not allowed (production), naming https', () => {
    expect(reason('http://93.184.216.34:8080/in', false, false)).toBe('webhookUrl must use https');
    expect(reason('http://127.0.0.1:9000/', true, false)).toBe('webhookUrl must use https');
    expect(reason('https://hooks.example.com/navet', false, false)).toBeNull();
  });

  it('accepts public http and https URLs', () => {
    expect(reason('https://hooks.example.com/navet?x=1')).toBeNull();
    expect(reason('http://93.184.216.34:8080/in')).toBeNull();
  });

  it('refuses other schemes, credentials and garbage', () => {
    expect(reason('ftp://example.com/')).toBe('webhookUrl must use http or https');
    expect(reason('file:///etc/passwd')).toBe('webhookUrl must use http or https');
    expect(reason('https://user:pw@example.com/')).toBe('webhookUrl may not contain credentials');
    expect(reason('not a url')).toBe('webhookUrl is not a valid URL');
  });

  it('refuses private and loopback literals and localhost names unless private targets are allowed', () => {
    for (const raw of [
      'http://127.0.0.1:9000/',
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://localhost/',
      'http://api.localhost/',
      'http://10.0.0.8/',
    ]) {
      expect(reason(raw)).toMatch(/private, loopback or link-local/);
      expect(reason(raw, true)).toBeNull();
    }
  });

  it('refuses a name when any resolved address is private', () => {
    expect(checkResolvedAddresses(['93.184.216.34', '10.0.0.1'], false)).toMatch(/resolves to a private/);
    expect(checkResolvedAddresses(['93.184.216.34'], false)).toBeNull();
    expect(checkResolvedAddresses(['10.0.0.1'], true)).toBeNull();
    expect(checkResolvedAddresses([], true)).toBe('webhookUrl host does not resolve');
  });
});
