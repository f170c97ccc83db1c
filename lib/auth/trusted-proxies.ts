import { BlockList, isIP } from "node:net";

// TRUSTED_PROXIES: the reverse proxies (nginx, a load balancer, a CDN's edge) whose
// X-Forwarded-For Masthead believes, as a comma-separated list of addresses and CIDR ranges.
// No "server-only" marker: lib/env.ts validates the variable at build and at boot.

export type TTrustedProxies = { has: (address: string) => boolean; isEmpty: boolean };

/** "10.0.0.0/8, 127.0.0.1, fd00::/8" -> the list, or the first entry that is not an address or range. */
export function parseTrustedProxies(raw: string | undefined): { ok: true; proxies: TTrustedProxies } | { ok: false; bad: string } {
  const list = new BlockList();
  const entries = (raw ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address = "", prefix, ...rest] = entry.split("/");
    const family = isIP(address);
    if (family === 0 || rest.length > 0) return { ok: false, bad: entry };
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const bits = Number(prefix);
    if (!/^\d{1,3}$/.test(prefix) || bits > (family === 4 ? 32 : 128)) return { ok: false, bad: entry };
    list.addSubnet(address, bits, type);
  }
  return {
    ok: true,
    proxies: {
      isEmpty: entries.length === 0,
      has: (address) => {
        const family = isIP(address);
        return family !== 0 && list.check(address, family === 4 ? "ipv4" : "ipv6");
      },
    },
  };
}
