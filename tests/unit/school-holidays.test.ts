import { describe, expect, it } from 'vitest';
import { isoDate as iso } from '../../shared/dates/calendar-date.js';
import { christmasHoliday, summerHoliday } from '../../shared/dates/school-holidays.js';

// The first start and the last end over the three regions, as the Rijksoverheid published them.
const SUMMERS: [number, string, string][] = [
  [2022, '2022-07-09', '2022-09-04'],
  [2023, '2023-07-08', '2023-09-03'],
  [2024, '2024-07-06', '2024-09-01'],
  [2025, '2025-07-05', '2025-08-31'],
  [2026, '2026-07-04', '2026-08-30'],
];
const CHRISTMASES: [number, string, string][] = [
  [2022, '2022-12-24', '2023-01-08'],
  [2023, '2023-12-23', '2024-01-07'],
  [2024, '2024-12-21', '2025-01-05'],
  [2025, '2025-12-20', '2026-01-04'],
];


describe('school holidays by rule', () => {
  it.each(SUMMERS)('summer %i runs from the first region out to the last one back', (year, start, end) => {
    const holiday = summerHoliday(year);
    expect([iso(holiday.start), iso(holiday.end)]).toEqual([start, end]);
  });

  it.each(CHRISTMASES)('christmas %i is the same two weeks in every region', (year, start, end) => {
    const holiday = christmasHoliday(year);
    expect([iso(holiday.start), iso(holiday.end)]).toEqual([start, end]);
  });
});
