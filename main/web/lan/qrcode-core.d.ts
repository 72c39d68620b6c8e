// The encoder alone: the package's entry also loads its PNG and terminal
// renderers, which need Node's own modules at load time and which the
// bundled host has no use for.
declare module 'qrcode/lib/core/qrcode.js' {
  export { create } from 'qrcode';
}
