/** subset-font ships no types; this is the call src/build/subset-fonts.ts makes. */
declare module 'subset-font' {
  export default function subsetFont(
    font: Buffer | Uint8Array,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype'; keepFeatures?: string[]; preserveNameIds?: number[] },
  ): Promise<Buffer>;
}
