/** "14:05", "1:02:03" for long phases, "+02:13" over time. Rounds up while counting down, so 0:00 is the end. */
export function formatCountdown(ms: number): string {
  const over = ms < 0;
  const total = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  const body = h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
  return over && total > 0 ? `+${body}` : body;
}
