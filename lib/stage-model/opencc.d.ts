// opencc-js ships types for its presets only; these are its per-dictionary modules.
declare module 'opencc-js/from/twp' {
  const dicts: readonly (readonly (string | readonly (readonly [string, string])[])[])[];
  export default dicts;
}
declare module 'opencc-js/from/hk' {
  const dicts: readonly (readonly (string | readonly (readonly [string, string])[])[])[];
  export default dicts;
}
declare module 'opencc-js/to/cn' {
  const dicts: readonly (readonly (string | readonly (readonly [string, string])[])[])[];
  export default dicts;
}
