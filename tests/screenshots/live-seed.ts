/** The duo interview as the live pictures run it: two fixed halves of 15 minutes, with "Wissel!" between. */
export const INTERVIEW = {
  title: 'Interview in duo’s',
  werkvormId: 'waarderend-interview',
  durationMinutes: 30,
  grouping: { kind: 'duos' },
  roles: true,
  instructions: [
    'Je gaat in gesprek met een collega over wat al goed werkt rond **samenwerken in de wijk**.',
    '',
    '1. Spreek af wie A is en wie B.',
    '2. A interviewt B, **15 minuten**. Stel alle vragen achter elkaar.',
    '3. Bij "Wissel!" draaien jullie om: B interviewt A, ook 15 minuten.',
    '4. Lees de vragen hardop voor en geef de ander je volle aandacht.',
    '5. Luister goed: straks vertel je het verhaal van de ander kort na.',
  ].join('\n'),
  phases: [
    { label: 'A interviewt B', minutes: 15, advance: 'auto' },
    { label: 'B interviewt A', minutes: 15, advance: 'manual', announce: 'Wissel!' },
  ],
};
