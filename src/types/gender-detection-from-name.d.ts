// The package ships no types; its per-language files each export a Map from a lowercase given name to a gender.
declare module 'gender-detection-from-name/names/en.js' {
  const names: ReadonlyMap<string, 'male' | 'female' | 'unisex'>;
  export default names;
}
