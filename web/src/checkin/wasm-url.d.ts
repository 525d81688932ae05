/** Vite's `?url` imports: the emitted file's URL (used for the barcode reader's .wasm). */
declare module '*.wasm?url' {
  const url: string;
  export default url;
}
