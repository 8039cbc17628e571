/** The `punycode` package's userland CommonJS build (no bundled types); only what `punycode.ts` uses. */
declare module 'punycode/punycode.js' {
  const punycode: {
    /** Punycode (without `xn--`) → Unicode; throws a RangeError on invalid input. */
    decode(input: string): string;
  };
  export default punycode;
}
