// UTF-8 codecs that every runtime Flipover runs on has (browsers, Electron, Node),
// declared here because shared/ compiles against the ECMAScript library alone.
interface TextEncoder {
  encode(input?: string): Uint8Array;
}
declare const TextEncoder: { new (): TextEncoder };
interface TextDecoder {
  decode(input?: Uint8Array): string;
}
declare const TextDecoder: { new (label?: string, options?: { fatal?: boolean }): TextDecoder };
