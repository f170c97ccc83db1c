import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalizeAddress, resolveClientAddress, UNKNOWN_ADDRESS } from "@/lib/auth/client-address";
import { SOCKET_ADDRESS_HEADER, stampSocketAddresses } from "@/lib/auth/socket-address-stamp";
import { parseTrustedProxies } from "@/lib/auth/trusted-proxies";
import { parseServerEnv } from "@/lib/env";

function proxies(raw: string) {
  const parsed = parseTrustedProxies(raw);
  if (!parsed.ok) throw new Error(`bad test list: ${parsed.bad}`);
  return parsed.proxies;
}

const NONE = proxies("");
const NGINX = proxies("10.0.0.0/8, 127.0.0.1, fd00::/8");

describe("resolveClientAddress", () => {
  it("without trusted proxies, is the socket's address whatever the headers say", () => {
    const sources = { socketAddress: "203.0.113.9", forwardedFor: "198.51.100.7", realIp: "198.51.100.8" };
    expect(resolveClientAddress(sources, NONE)).toBe("203.0.113.9");
    expect(resolveClientAddress({ ...sources, socketAddress: "::ffff:203.0.113.9" }, NONE)).toBe("203.0.113.9");
  });

  it("ignores the headers of a client that is not a trusted proxy", () => {
    for (const forged of ["1.2.3.4", "10.0.0.1", "1.2.3.4, 10.0.0.2"]) {
      expect(resolveClientAddress({ socketAddress: "198.51.100.20", forwardedFor: forged, realIp: forged }, NGINX)).toBe("198.51.100.20");
    }
  });

  it("behind trusted proxies, takes the first untrusted address from the right", () => {
    // A client's own X-Forwarded-For sits left of what nginx appended: it is never read.
    expect(resolveClientAddress({ socketAddress: "127.0.0.1", forwardedFor: "6.6.6.6, 198.51.100.7", realIp: null }, NGINX)).toBe("198.51.100.7");
    expect(resolveClientAddress({ socketAddress: "10.1.1.1", forwardedFor: "198.51.100.7, 10.2.2.2", realIp: null }, NGINX)).toBe("198.51.100.7");
    expect(resolveClientAddress({ socketAddress: "fd00::1", forwardedFor: "2001:DB8::1", realIp: null }, NGINX)).toBe("2001:db8::1");
  });

  it("uses X-Real-IP only from a trusted proxy that sent no untrusted hop", () => {
    expect(resolveClientAddress({ socketAddress: "127.0.0.1", forwardedFor: "127.0.0.1", realIp: "198.51.100.9" }, NGINX)).toBe("198.51.100.9");
    expect(resolveClientAddress({ socketAddress: "127.0.0.1", forwardedFor: null, realIp: null }, NGINX)).toBe("127.0.0.1");
  });

  it("stops at garbage in the chain, and is unknown without a socket address", () => {
    expect(resolveClientAddress({ socketAddress: "127.0.0.1", forwardedFor: "<script>, 10.0.0.3", realIp: null }, NGINX)).toBe("10.0.0.3");
    expect(resolveClientAddress({ socketAddress: null, forwardedFor: "198.51.100.7", realIp: null }, NGINX)).toBe(UNKNOWN_ADDRESS);
  });

  it("normalizes addresses", () => {
    expect(normalizeAddress(" 2001:DB8::1 ")).toBe("2001:db8::1");
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("1".repeat(100))).toBeNull();
  });
});

describe("TRUSTED_PROXIES", () => {
  it("accepts addresses and CIDR ranges, and names a bad entry", () => {
    expect(parseServerEnv({ NODE_ENV: "test", TRUSTED_PROXIES: "10.0.0.0/8, 127.0.0.1, ::1, fd00::/8" }).TRUSTED_PROXIES).toBeDefined();
    for (const bad of ["10.0.0.0/33", "localhost", "10.0.0.1/8/1", "fd00::/129"]) {
      expect(() => parseServerEnv({ NODE_ENV: "test", TRUSTED_PROXIES: `127.0.0.1, ${bad}` })).toThrow(/TRUSTED_PROXIES: .*is not an IP address or CIDR range/);
    }
  });
});

describe("the socket address stamp", () => {
  let server: http.Server;
  let port = 0;
  beforeAll(async () => {
    stampSocketAddresses();
    server = http.createServer((request, response) => response.end(String(request.headers[SOCKET_ADDRESS_HEADER])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("replaces a forged stamp with the socket's own address", async () => {
    const body = await new Promise<string>((resolve, reject) => {
      const request = http.request(
        { host: "127.0.0.1", port, localAddress: "127.0.0.3", headers: { [SOCKET_ADDRESS_HEADER]: "6.6.6.6" } },
        (response) => {
          let text = "";
          response.on("data", (chunk: Buffer) => (text += chunk.toString()));
          response.on("end", () => resolve(text));
        },
      );
      request.on("error", reject);
      request.end();
    });
    expect(body).toBe("127.0.0.3");
  });
});
