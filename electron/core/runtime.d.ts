/**
 * The few globals the core uses that both of its runtimes provide (Node 20 and Chromium) but that the
 * pure ES2022 library does not declare. Declared here so the core needs neither Node's nor the DOM's types.
 */
declare function structuredClone<T>(value: T): T;

interface CoreCrypto {
  randomUUID?: () => string;
  getRandomValues<T extends Uint8Array>(array: T): T;
}

// `var`, not `let`: only a var declaration becomes a property of globalThis.
// eslint-disable-next-line no-var
declare var crypto: CoreCrypto;
