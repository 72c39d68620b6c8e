/** Date, time and number fields in Dutch: what a field read, and what to write instead; the catalogues hold them as `t.fields`. */
export const fieldsNl = {
  reading: (text: string) => `= ${text}`,
  yearOnly: 'alleen een jaar: januari',
  day: {
    notes: {
      last_day_of_month: 'de laatste dag van die maand',
      month_too_short: 'die maand is korter, dus de laatste dag ervan',
      weekend: 'let op: dat is in het weekend',
      first_day_of_month: 'de eerste dag van die maand',
      day_before_month: 'de laatste dag ervoor',
      before_holiday: 'de laatste dag voor de eerste regio vakantie heeft',
      after_holiday: 'de eerste dag dat alle regio’s terug zijn',
      last_day_of_quarter: 'de laatste dag van dat kwartaal',
      last_day_of_year: 'de laatste dag van dat jaar',
    } as Record<string, string>,
    unreadable: 'Deze datum begrijp ik niet. Noem een dag: ‘volgende week dinsdag’, ‘15 maart’ of ‘over twee weken’.',
    noDayMonth: 'Een maand is geen dag. Noem een dag: ‘15 maart’, ‘dinsdag 3 maart’ of ‘eind maart’ (de laatste dag).',
    noDayWeek: 'Een week is geen dag. Noem een dag: ‘volgende week dinsdag’ of ‘vrijdag’.',
    noDayVague: 'Dat is geen dag. Noem er een: ‘volgende week dinsdag’, ‘15 maart’ of ‘over twee weken’.',
    twoReadings: (first: string, second: string) => `Dat kan ${first} zijn of ${second}. Schrijf ‘deze week …’ of ‘volgende week …’.`,
    noSuchDayEver: (day: number, month: string, days: number) => `${day} ${month} bestaat niet: ${month} heeft ${days} dagen.`,
    noSuchDayIn: (day: number, month: string, year: number) => `${day} ${month} ${year} bestaat niet. Kies een andere dag of een ander jaar.`,
    wrongWeekday: (date: string, said: string) => `${date} is geen ${said}. Noem alleen de datum, of de dag die erbij hoort.`,
    shortYear: 'Schrijf het jaar voluit, bijvoorbeeld 15-3-2027 of 15 maart 2027.',
    past: (date: string) => `${date} is al voorbij. Noem vandaag of een dag die nog komt.`,
  },
  fuzzy: {
    span: (from: string, to: string) => `${from} t/m ${to}`,
    hedge: (word: string) => `‘${word}’ kan de lijn niet tonen: de kaart staat op deze datum`,
    coarser: (word: string) => `‘${word}’ valt weg: de kaart staat in de hele periode`,
    twoDigitYear: (written: string, year: number) => `${written} gelezen als ${year}`,
    holidayOn: (name: string, day: string) => `${name}: ${day}`,
    holidayIn: (name: string) => `‘${name}’ valt in deze periode`,
    unreadable: 'Deze datum begrijp ik niet. Schrijf bijvoorbeeld: 2019, maart 2019, Q3 2019, zomer ’19, kerst 2019 of eind 2021.',
    noYear: 'Noem er een jaar bij, bijvoorbeeld ‘maart 2019’, ‘Q3 2019’ of ‘kerst 2019’.',
    twoDigitYearRefused: 'Schrijf het jaar voluit (2019) of met een apostrof (’19).',
    ambiguousDecade: 'Welke eeuw bedoel je? Schrijf ‘jaren 1920’ of ‘jaren 2020’.',
    doesNotExist: 'Deze datum bestaat niet. Kijk de dag en de maand na.',
    outOfRange: 'Kies een jaar tussen 1900 en 2100.',
  },
  time: {
    placeholder: 'uu:mm',
    hint: '24 uur: 9:30, 930 of 21:05',
    invalid: (field: string) => `${field}: schrijf een tijd als 9:30 of 21:05.`,
  },
  number: {
    invalid: (field: string) => `${field}: schrijf een getal, bijvoorbeeld 6,5.`,
  },
};

export type FieldMessages = typeof fieldsNl;
