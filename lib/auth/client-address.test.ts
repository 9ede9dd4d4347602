import { describe, expect, it } from "vitest";
import { UNKNOWN_CLIENT_ADDRESS, clientAddressFrom } from "./client-address";

describe("clientAddressFrom", () => {
  it("ignores X-Forwarded-For when no proxy is trusted, since the client can write it", () => {
    expect(clientAddressFrom("203.0.113.7", 0)).toBe(UNKNOWN_CLIENT_ADDRESS);
  });

  it("takes the entry written by the one trusted proxy, not what the client prepended", () => {
    expect(clientAddressFrom("198.51.100.1, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddressFrom("203.0.113.7", 1)).toBe("203.0.113.7");
  });

  it("counts hops from the right for a chain of proxies", () => {
    expect(clientAddressFrom("198.51.100.1, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
    expect(clientAddressFrom("10.0.0.2", 2)).toBe(UNKNOWN_CLIENT_ADDRESS);
  });

  it("unwraps IPv4-mapped IPv6 and lowercases IPv6", () => {
    expect(clientAddressFrom("::ffff:127.0.0.1", 1)).toBe("127.0.0.1");
    expect(clientAddressFrom("2001:DB8::1", 1)).toBe("2001:db8::1");
  });

  it("treats a missing or non-address value as unknown", () => {
    expect(clientAddressFrom(null, 1)).toBe(UNKNOWN_CLIENT_ADDRESS);
    expect(clientAddressFrom("", 1)).toBe(UNKNOWN_CLIENT_ADDRESS);
    expect(clientAddressFrom("not-an-ip", 1)).toBe(UNKNOWN_CLIENT_ADDRESS);
  });
});
