/** Which WebSocket upgrades pass the Origin check (browsers do not apply CORS to WebSockets). */
import { describe, expect, it } from 'vitest';
import { isAllowedOrigin } from '../../src/server/websocket.ts';

const LISTED = ['https://console.example.com'];

describe('isAllowedOrigin', () => {
  it('lets clients without an Origin through (not browsers)', () => {
    expect(isAllowedOrigin(undefined, 'gateway.example', [])).toBe(true);
  });

  it("accepts the gateway's own origin: the page's host is the Host of the upgrade", () => {
    expect(isAllowedOrigin('http://127.0.0.1:4000', '127.0.0.1:4000', [])).toBe(true);
    expect(isAllowedOrigin('https://gateway.example', 'gateway.example', [])).toBe(true);
    // Default ports are the same origin however the Host spells them; host names ignore case.
    expect(isAllowedOrigin('https://gateway.example', 'gateway.example:443', [])).toBe(true);
    expect(isAllowedOrigin('http://gateway.example', 'GATEWAY.example:80', [])).toBe(true);
    // Behind a TLS proxy the page is https while the gateway sees plain http.
    expect(isAllowedOrigin('https://gateway.example', 'gateway.example', [])).toBe(true);
  });

  it('refuses other hosts and ports, null and malformed origins, unless listed', () => {
    for (const origin of [
      'https://evil.example',
      'http://127.0.0.1:4001',
      'http://localhost:4000',
      'https://gateway.example.evil.example',
      'null',
      'not a url',
    ]) {
      expect(isAllowedOrigin(origin, '127.0.0.1:4000', LISTED), origin).toBe(false);
    }
    expect(isAllowedOrigin('https://evil.example', undefined, LISTED)).toBe(false);
  });

  it('accepts the origins of CORS_ORIGINS, exactly, and any with *', () => {
    expect(isAllowedOrigin('https://console.example.com', 'gateway.example', LISTED)).toBe(true);
    expect(isAllowedOrigin('https://console.example.com:8443', 'gateway.example', LISTED)).toBe(
      false,
    );
    expect(isAllowedOrigin('http://console.example.com', 'gateway.example', LISTED)).toBe(false);
    expect(isAllowedOrigin('https://evil.example', 'gateway.example', ['*'])).toBe(true);
  });
});
