/**
 * The host classifier behind "nothing reaches the local network". The bug: article images on
 * loopback addresses survived into the clean article, and an extension page (exempt from the
 * browser's Private Network Access rules) then requested them. Every spelling a browser accepts
 * must be seen for what it is.
 */
import { describe, expect, it } from 'vitest';
import {
  isLocalNetworkUrl,
  localHostKind,
  localNetworkRefusal,
  localUrlKind,
} from '../../../utils/sanitize/private-hosts';
import { LOOPBACK_SPELLINGS } from '../../network-privacy-cases';

describe('local network addresses', () => {
  it.each(LOOPBACK_SPELLINGS)('%s is loopback or unspecified', (url) => {
    expect(['loopback', 'unspecified']).toContain(localUrlKind(url));
  });

  it.each([
    ['http://10.0.0.1/', 'private'],
    ['http://10.255.255.255/', 'private'],
    ['http://012.1/', 'private'],
    ['http://167772161/', 'private'],
    ['http://172.16.0.1/', 'private'],
    ['http://172.31.255.254/', 'private'],
    ['http://192.168.1.1/', 'private'],
    ['http://0xc0.0xa8.1.1/', 'private'],
    ['http://3232235777/', 'private'],
    ['http://[fc00::1]/', 'private'],
    ['http://[fd12:3456:789a::1]/', 'private'],
    ['http://[::ffff:192.168.1.1]/', 'private'],
    ['http://[::ffff:c0a8:101]/', 'private'],
    ['http://[64:ff9b::a00:1]/', 'private'],
    ['http://[2002:c0a8:101::1]/', 'private'],
    ['http://169.254.169.254/latest/meta-data/', 'link-local'],
    ['http://[fe80::1]/', 'link-local'],
    ['http://[::ffff:169.254.169.254]/', 'link-local'],
    ['http://100.64.0.1/', 'carrier-grade NAT'],
    ['http://100.127.255.254/', 'carrier-grade NAT'],
    ['http://0.0.0.0/', 'unspecified'],
    ['http://[::]/', 'unspecified'],
    ['http://printer.local/', 'local name'],
    ['http://db.corp.internal/', 'local name'],
    ['http://nas.home.arpa/', 'local name'],
    ['http://router/', 'local name'],
    ['http://localhost:3000/', 'loopback'],
    ['http://app.localhost/', 'loopback'],
    ['ws://127.0.0.1/socket', 'loopback'],
  ])('%s is %s', (url, kind) => {
    expect(localUrlKind(url)).toBe(kind);
  });

  it.each([
    'https://news.example.com/a.jpg',
    'http://8.8.8.8/',
    'http://172.15.255.255/',
    'http://172.32.0.1/',
    'http://100.63.255.255/',
    'http://100.128.0.1/',
    'http://192.169.0.1/',
    'http://11.0.0.1/',
    'http://[2001:4860:4860::8888]/',
    'http://[::ffff:8.8.8.8]/',
    'http://localhost.example.com/',
    'http://local.example.com/',
    'https://internal.example.org/',
    'data:image/png;base64,AAAA',
    'blob:https://news.example.com/1',
    'not a url',
  ])('%s is not local', (url) => {
    expect(localUrlKind(url)).toBeNull();
    expect(isLocalNetworkUrl(url)).toBe(false);
  });

  it('relative addresses are classified after resolving against their page', () => {
    expect(isLocalNetworkUrl('/a.jpg', 'http://192.168.0.2/wiki/')).toBe(true);
    expect(isLocalNetworkUrl('//127.0.0.1/a.jpg', 'https://news.example.com/')).toBe(true);
    expect(isLocalNetworkUrl('/a.jpg', 'https://news.example.com/')).toBe(false);
  });

  it('bare host names as the URL parser leaves them', () => {
    expect(localHostKind('[::ffff:7f00:1]')).toBe('loopback');
    expect(localHostKind('::ffff:127.0.0.1')).toBe('loopback');
    expect(localHostKind('192.168.0.1')).toBe('private');
    expect(localHostKind('example.com')).toBeNull();
  });

  it('a refusal says why in plain words', () => {
    expect(localNetworkRefusal('http://0x7f.1/x')).toMatch(/local network \(loopback address 127\.0\.0\.1\)/);
    expect(localNetworkRefusal('https://news.example.com/')).toBeNull();
  });
});
