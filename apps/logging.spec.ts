import { redactUrl } from './logging';

describe('redactUrl', () => {
  it('hides the unsubscribe token and keeps the path', () => {
    expect(redactUrl('/notifications/unsubscribe?token=' + 'a'.repeat(64))).toBe('/notifications/unsubscribe?token=[REDACTED]');
  });

  it.each([
    ['/x?key=k1', '/x?key=[REDACTED]'],
    ['/x?api_key=k1&apiKey=k2&apikey=k3', '/x?api_key=[REDACTED]&apiKey=[REDACTED]&apikey=[REDACTED]'],
    ['/x?secret=s&client-secret=s', '/x?secret=[REDACTED]&client-secret=[REDACTED]'],
    ['/x?password=p&newPassword=p', '/x?password=[REDACTED]&newPassword=[REDACTED]'],
    ['/x?signature=s&X-Amz-Signature=s&sig=s', '/x?signature=[REDACTED]&X-Amz-Signature=[REDACTED]&sig=[REDACTED]'],
    ['/x?access_token=t&TOKEN=t', '/x?access_token=[REDACTED]&TOKEN=[REDACTED]'],
    ['/x?%74oken=t', '/x?%74oken=[REDACTED]'],
  ])('redacts %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });

  it('keeps ordinary parameters, their order, repeated names and the fragment', () => {
    expect(redactUrl('/ocds?from=2024-01-01&token=t&q=laddning&keywords=el&token=u#top')).toBe(
      '/ocds?from=2024-01-01&token=[REDACTED]&q=laddning&keywords=el&token=[REDACTED]#top',
    );
  });

  it('leaves URLs without a query, empty values and malformed escapes alone', () => {
    expect(redactUrl('/graphql')).toBe('/graphql');
    expect(redactUrl('/x?')).toBe('/x?');
    expect(redactUrl('/x?flag&%E0%A4%A=1')).toBe('/x?flag&%E0%A4%A=1');
  });
});
