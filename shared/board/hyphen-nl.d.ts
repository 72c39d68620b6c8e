// The hyphen package ships no types; this is the part Flipover calls.
declare module 'hyphen/nl' {
  export function hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number; exceptions?: string[] }): string;
}
