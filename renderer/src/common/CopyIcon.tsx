/** Drawn here rather than taken from a font, so it shows the same everywhere, offline. */
export function CopyIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <rect x="6" y="6" width="10" height="10" rx="1.5" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M12 3.5V3a1 1 0 0 0-1-1H3a1 1 0 0 0-1 1v8a1 1 0 0 0 1 1h.5" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}
