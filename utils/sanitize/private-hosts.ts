/**
 * Whether a URL points into the reader's own machine or local network: loopback, private and
 * link-local ranges, carrier-grade NAT, the unspecified address, IPv6 forms that embed one of
 * those IPv4 addresses, and names that only resolve locally (`localhost`, `.local`, ...).
 *
 * An extension page is exempt from the browser's Private Network Access rules, so a picture in
 * a saved copy, or a fetch from the background, could reach a router or a local service that the
 * page it came from could not. Every spelling is first canonicalised by the WHATWG URL parser
 * (`http://2130706433/`, `http://0x7f.1/` and `http://0177.0.0.1/` all become `127.0.0.1`;
 * `[::ffff:127.0.0.1]` becomes `[::ffff:7f00:1]`), then classified here.
 *
 * What cannot be seen without resolving the name (a public name whose DNS answers 127.0.0.1)
 * stays out of reach only where the browser's own rules apply.
 */

export type LocalKind =
  'loopback' | 'private' | 'link-local' | 'carrier-grade NAT' | 'unspecified' | 'reserved' | 'local name';

/** [first address as a 32-bit number, prefix length, kind] */
const IPV4_RANGES: readonly [number, number, LocalKind][] = [
  [0x00000000, 8, 'unspecified'], // 0.0.0.0/8 "this network"
  [0x0a000000, 8, 'private'], // 10/8
  [0x64400000, 10, 'carrier-grade NAT'], // 100.64/10
  [0x7f000000, 8, 'loopback'], // 127/8
  [0xa9fe0000, 16, 'link-local'], // 169.254/16
  [0xac100000, 12, 'private'], // 172.16/12
  [0xc0000000, 24, 'reserved'], // 192.0.0/24 (IETF protocol assignments)
  [0xc0a80000, 16, 'private'], // 192.168/16
  [0xc6120000, 15, 'reserved'], // 198.18/15 (benchmarking)
  [0xe0000000, 4, 'reserved'], // multicast
  [0xf0000000, 4, 'reserved'], // 240/4 and the broadcast address
];

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function ipv4Number(host: string): number | null {
  const parts = IPV4.exec(host);
  if (!parts) return null;
  const octets = parts.slice(1).map(Number);
  if (octets.some((octet) => octet > 255)) return null;
  return ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0;
}

function ipv4Kind(address: number): LocalKind | null {
  for (const [start, prefix, kind] of IPV4_RANGES) {
    const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
    if ((address & mask) >>> 0 === start) return kind;
  }
  return null;
}

/** The eight 16-bit groups of an IPv6 address (as the URL parser writes it), or null. */
function ipv6Groups(host: string): number[] | null {
  let text = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (!/^[0-9a-f:.]+$/.test(text) || !text.includes(':')) return null;
  // A trailing dotted IPv4 (the parser never leaves one, but a caller may pass raw text).
  const dotted = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (dotted) {
    const v4 = ipv4Number(dotted[1]!);
    if (v4 === null) return null;
    text = `${text.slice(0, -dotted[1]!.length)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 0) return null;
  const groups = [...head, ...new Array<number>(missing).fill(0), ...tail];
  return groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff) ? groups : null;
}

function ipv6Kind(groups: number[]): LocalKind | null {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0] = groups;
  const embedded = ((g << 16) | h) >>> 0;
  if (a === 0 && b === 0 && c === 0 && d === 0 && e === 0) {
    if (f === 0 && g === 0 && h === 0) return 'unspecified'; // ::
    if (f === 0 && g === 0 && h === 1) return 'loopback'; // ::1
    // ::ffff:a.b.c.d (IPv4-mapped) and ::a.b.c.d (IPv4-compatible): the IPv4 address decides.
    if (f === 0xffff || f === 0) return ipv4Kind(embedded) ?? (f === 0 ? 'reserved' : null);
  }
  // 64:ff9b::/96, NAT64: an IPv4 address in the last 32 bits.
  if (a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0) return ipv4Kind(embedded);
  // 2002::/16, 6to4: an IPv4 address in bits 16-47.
  if (a === 0x2002) return ipv4Kind(((b << 16) | c) >>> 0);
  if ((a & 0xfe00) === 0xfc00) return 'private'; // fc00::/7, unique local
  if ((a & 0xffc0) === 0xfe80) return 'link-local'; // fe80::/10
  if ((a & 0xffc0) === 0xfec0) return 'private'; // fec0::/10, the old site-local
  if ((a & 0xff00) === 0xff00) return 'reserved'; // multicast
  return null;
}

/** Names that only ever resolve on this machine or the local network (RFC 6761, 6762, 8375). */
const LOCAL_SUFFIXES = ['localhost', 'local', 'internal', 'home.arpa', 'lan', 'intranet'];

function nameKind(host: string): LocalKind | null {
  const name = host.replace(/\.+$/, '');
  if (!name) return 'local name';
  if (name === 'localhost' || name.endsWith('.localhost')) return 'loopback';
  if (LOCAL_SUFFIXES.some((suffix) => name === suffix || name.endsWith(`.${suffix}`))) return 'local name';
  // A name of one label (`router`, `nas`) is completed by the local resolver's search domains.
  if (!name.includes('.')) return 'local name';
  return null;
}

/**
 * What kind of local address `hostname` is, or null for a public one. `hostname` as the URL
 * parser gives it (`new URL(u).hostname`: lower case, IPv4 canonical, IPv6 in brackets).
 */
export function localHostKind(hostname: string): LocalKind | null {
  const host = hostname.toLowerCase();
  const v4 = ipv4Number(host);
  if (v4 !== null) return ipv4Kind(v4);
  const v6 = host.startsWith('[') || host.includes(':') ? ipv6Groups(host) : null;
  if (v6) return ipv6Kind(v6);
  return nameKind(host);
}

/**
 * What kind of local address a URL points at, or null when it is public, not a network URL
 * (data:, blob:) or unparseable. Any spelling the browser would accept is canonicalised first.
 */
export function localUrlKind(url: string, base?: string): LocalKind | null {
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return null;
  }
  return localAddressKind(parsed);
}

/** localUrlKind on an address already parsed. */
function localAddressKind(parsed: URL): LocalKind | null {
  if (
    parsed.protocol !== 'http:' &&
    parsed.protocol !== 'https:' &&
    parsed.protocol !== 'ws:' &&
    parsed.protocol !== 'wss:' &&
    parsed.protocol !== 'ftp:'
  )
    return null;
  return localHostKind(parsed.hostname);
}

export const isLocalNetworkUrl = (url: string, base?: string) => localUrlKind(url, base) !== null;
export const isLocalNetworkAddress = (parsed: URL) => localAddressKind(parsed) !== null;

/** A plain-words reason for refusing a URL, or null when it is public. */
export function localNetworkRefusal(url: string): string | null {
  const kind = localUrlKind(url);
  if (!kind) return null;
  let host = url;
  try {
    host = new URL(url).hostname;
  } catch {
    // Kept as given.
  }
  return `it points into the local network (${kind} address ${host}), which Lectern never contacts`;
}
