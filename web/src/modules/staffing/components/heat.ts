/**
 * A cell's colour by how full it is: white when nothing is booked, deepening green up to
 * full, red beyond it. Proposed hours count half, so soft bookings show as paler.
 */
export function heatColor(confirmed: number, proposed: number, capacity: number): string {
  if (capacity <= 0) return confirmed + proposed > 0 ? '#ff7875' : '#f5f5f5';
  const load = (confirmed + proposed) / capacity;
  if (load > 1) return '#ff7875';
  if (load === 0) return '#ffffff';
  const firm = (confirmed + proposed / 2) / capacity;
  const alpha = 0.15 + 0.6 * Math.min(1, firm);
  return `rgba(82, 196, 26, ${alpha.toFixed(2)})`;
}

export const loadPercent = (confirmed: number, proposed: number, capacity: number) =>
  capacity > 0 ? Math.round(((confirmed + proposed) / capacity) * 100) : null;
