import { describe, expect, it } from 'vitest';
import {
  parseJoinedMonth,
  parsePastedParticipants,
  parseRole,
  readableRows,
  rowsWithWarnings,
  unreadableRows,
  type PasteResult,
} from '../../shared/participants/participant-paste.js';
import { participantFieldsSchema } from '../../shared/participants/participant.js';

const names = (result: PasteResult) => readableRows(result).map((row) => row.fields.name);

const problemsOf = (result: PasteResult) =>
  unreadableRows(result).map((row) => ({ line: row.line, problems: row.problems }));

describe('parsePastedParticipants', () => {
  it('reads a tab-separated paste with a header row, as a spreadsheet copies it', () => {
    const result = parsePastedParticipants(
      [
        'Naam\tOrganisatie\tRol\tE-mail\tSinds',
        'Anna de Vries\tGemeente Utrecht\tVoorbereider\tanna@utrecht.nl\tmaart 2019',
        'Bram Jansen\tWijkteam Noord\t\t\t2021-09',
      ].join('\n'),
    );
    expect(result.header).toBe(true);
    expect(result.separator).toBe('tab');
    expect(result.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(readableRows(result).map((r) => r.fields)).toEqual([
      {
        name: 'Anna de Vries',
        organisation: 'Gemeente Utrecht',
        role: 'voorbereider',
        jobTitle: '',
        email: 'anna@utrecht.nl',
        joinedMonth: '2019-03',
      },
      { name: 'Bram Jansen', organisation: 'Wijkteam Noord', role: 'deelnemer', jobTitle: '', email: '', joinedMonth: '2021-09' },
    ]);
  });

  it('reads a semicolon-separated paste without a header in the order name; organisation; role; email; joined', () => {
    const result = parsePastedParticipants('Anna;Gemeente;procesbegeleider;anna@x.nl;03-2019\nBram;Bibliotheek\nCor');
    expect(result.header).toBe(false);
    expect(result.separator).toBe('semicolon');
    expect(readableRows(result).map((r) => r.fields)).toEqual([
      { name: 'Anna', organisation: 'Gemeente', role: 'procesbegeleider', jobTitle: '', email: 'anna@x.nl', joinedMonth: '2019-03' },
      { name: 'Bram', organisation: 'Bibliotheek', role: 'deelnemer', jobTitle: '', email: '', joinedMonth: '' },
      { name: 'Cor', organisation: '', role: 'deelnemer', jobTitle: '', email: '', joinedMonth: '' },
    ]);
  });

  it('reads a tab-separated paste without a header', () => {
    const result = parsePastedParticipants('Anna\tGemeente\tdeelnemer\nBram\tSchool\tbegeleider');
    expect(result.header).toBe(false);
    expect(readableRows(result).map((r) => [r.fields.name, r.fields.role])).toEqual([
      ['Anna', 'deelnemer'],
      ['Bram', 'procesbegeleider'],
    ]);
  });

  it('maps columns by the header when they come in another order, and ignores unknown ones', () => {
    const result = parsePastedParticipants(
      ['E-mail;Lid sinds;Telefoon;Naam;Functie;Organisation', 'anna@x.nl;mrt 2019;06-12345678;Anna;voorbereidingsgroep;Gemeente'].join(
        '\n',
      ),
    );
    expect(result.header).toBe(true);
    expect(result.columns).toEqual({ email: [0], joined: [1], name: [3], jobTitle: [4], organisation: [5] });
    expect(result.unusedHeadings).toEqual(['Telefoon']);
    // A role word under "Functie" is their role; any other word there is their function.
    expect(readableRows(result)[0]?.fields).toEqual({
      name: 'Anna',
      organisation: 'Gemeente',
      role: 'voorbereider',
      jobTitle: '',
      email: 'anna@x.nl',
      joinedMonth: '2019-03',
    });
  });

  it.each([
    ['Naam', 'name'],
    ['name', 'name'],
    ['ORGANISATIE', 'organisation'],
    ['Organization', 'organisation'],
    ['org', 'organisation'],
    ['Rol', 'role'],
    ['Role', 'role'],
    ['functie', 'jobTitle'],
    ['Functie:', 'jobTitle'],
    ['Werkzaam bij', 'organisation'],
    ['E-mailadres (werk)', 'email'],
    ['E-mail', 'email'],
    ['email', 'email'],
    ['Mail', 'email'],
    ['Sinds', 'joined'],
    ['Lid sinds', 'joined'],
    ['joined', 'joined'],
    ['Startjaar', 'joined'],
    ['In de samenwerking sinds', 'joined'],
  ])('recognises the header %s as %s', (heading, column) => {
    const result = parsePastedParticipants(`Iets\t${heading}\nx\ty`);
    expect(result.header).toBe(true);
    expect(result.columns).toEqual({ [column]: [1] });
  });

  it('takes a first row of names as data, not as a header', () => {
    const result = parsePastedParticipants('Anna;Gemeente;deelnemer\nBram;School;deelnemer');
    expect(result.header).toBe(false);
    expect(names(result)).toEqual(['Anna', 'Bram']);
  });

  it('reads one name a line when there is no separator', () => {
    const result = parsePastedParticipants('Anna de Vries\nBram Jansen\n');
    expect(result.separator).toBe('none');
    expect(names(result)).toEqual(['Anna de Vries', 'Bram Jansen']);
  });

  it('ignores empty lines, also lines of only separators, but counts them for line numbers', () => {
    const result = parsePastedParticipants('\nAnna\tGemeente\n\n   \n\t\t\t\nBram\tSchool\n\n');
    expect(result.rows.map((r) => r.line)).toEqual([2, 6]);
    expect(names(result)).toEqual(['Anna', 'Bram']);
  });

  it('reads Windows line endings without stray carriage returns', () => {
    const result = parsePastedParticipants('Naam\tE-mail\r\nAnna\tanna@x.nl\r\n\r\nBram\tbram@x.nl\r\n');
    expect(result.rows.map((r) => r.line)).toEqual([2, 4]);
    expect(readableRows(result).map((r) => r.fields.email)).toEqual(['anna@x.nl', 'bram@x.nl']);
    expect(result.rows.flatMap((r) => r.cells).some((c) => c.includes('\r'))).toBe(false);
  });

  it('trims cells, unquotes quoted cells and drops empty trailing columns', () => {
    const result = parsePastedParticipants('  "Anna ""Ans"" de Vries"  ;  Gemeente ;;;;;;\n');
    expect(readableRows(result)[0]?.fields).toMatchObject({ name: 'Anna "Ans" de Vries', organisation: 'Gemeente' });
  });

  it('leaves out only rows without a usable name, and keeps the rest of a row it cannot read all of', () => {
    const long = 'x'.repeat(121);
    const result = parsePastedParticipants(
      [
        'Anna;Gemeente;deelnemer;anna@x.nl;2019-03',
        ';Gemeente;deelnemer',
        'Bram;School;wethouder',
        'Cor;;;cor@@x.nl',
        'Dirk;;;;13-2019',
        `${long};School`,
        `Fleur;${long}`,
        `Gijs;;;${'g'.repeat(200)}@x.nl`,
      ].join('\n'),
    );
    expect(names(result)).toEqual(['Anna', 'Bram', 'Cor', 'Dirk', 'Fleur', 'Gijs']);
    expect(problemsOf(result)).toEqual([
      { line: 2, problems: [{ column: 'name', code: 'missing_name', value: '' }] },
      { line: 6, problems: [{ column: 'name', code: 'too_long', value: long }] },
    ]);
    expect(rowsWithWarnings(result).map((row) => ({ line: row.line, warnings: row.warnings }))).toEqual([
      { line: 4, warnings: [{ column: 'email', code: 'invalid_email', value: 'cor@@x.nl' }] },
      { line: 5, warnings: [{ column: 'joined', code: 'invalid_month', value: '13-2019' }] },
      { line: 7, warnings: [{ column: 'organisation', code: 'too_long', value: long }] },
      { line: 8, warnings: [{ column: 'email', code: 'too_long', value: `${'g'.repeat(200)}@x.nl` }] },
    ]);
    expect(readableRows(result).find((r) => r.fields.name === 'Cor')?.fields.email).toBe('');
    for (const row of unreadableRows(result)) expect(row.fields).toBeUndefined();
  });

  it('keeps a person whose role is no role word as a deelnemer, with the word as their function', () => {
    const result = parsePastedParticipants('Naam\tRol\nFatima el Amrani\twethouder\nBram\tVoorbereider\nCor\tWijkagent (politie)');
    expect(unreadableRows(result)).toEqual([]);
    expect(readableRows(result).map((r) => [r.fields.name, r.fields.role, r.fields.jobTitle])).toEqual([
      ['Fatima el Amrani', 'deelnemer', 'wethouder'],
      ['Bram', 'voorbereider', ''],
      ['Cor', 'deelnemer', 'Wijkagent (politie)'],
    ]);
  });

  it('reads both a role and a function column, and a role word in either', () => {
    const result = parsePastedParticipants('Naam;Rol;Functie\nAnna;;procesbegeleider\nBram;voorzitter;beleidsadviseur\nCor;deelnemer;wethouder');
    expect(readableRows(result).map((r) => [r.fields.role, r.fields.jobTitle])).toEqual([
      ['procesbegeleider', ''],
      ['deelnemer', 'voorzitter, beleidsadviseur'],
      ['deelnemer', 'wethouder'],
    ]);
  });

  it('reads a range copied from Excel: CRLF, a trailing line break, a quoted cell with a line break and quotes in it', () => {
    const text = 'Naam\tOrganisatie\tE-mail\r\n"Anna ""Ans"" de Vries"\t"Gemeente Utrecht\r\nafdeling Wonen"\tanna@x.nl\r\nBram\tSchool\tbram@x.nl\r\n';
    const result = parsePastedParticipants(text);
    expect(result.separator).toBe('tab');
    expect(readableRows(result).map((r) => [r.line, r.fields.name, r.fields.organisation, r.fields.email])).toEqual([
      [2, 'Anna "Ans" de Vries', 'Gemeente Utrecht afdeling Wonen', 'anna@x.nl'],
      [4, 'Bram', 'School', 'bram@x.nl'],
    ]);
  });

  it('reads a range copied from Google Sheets without a header, its columns found by what they hold', () => {
    const text = ['anna@x.nl\tAnna de Vries\tmrt 2019\tGemeente', 'bram@x.nl\tBram Jansen\t2021\tWijkteam Noord', '\tCor\t\tBibliotheek'].join('\n');
    const result = parsePastedParticipants(text);
    expect(result.header).toBe(false);
    expect(result.columns).toEqual({ email: [0], joined: [2], name: [1], organisation: [3] });
    expect(readableRows(result).map((r) => [r.fields.name, r.fields.organisation, r.fields.email, r.fields.joinedMonth])).toEqual([
      ['Anna de Vries', 'Gemeente', 'anna@x.nl', '2019-03'],
      ['Bram Jansen', 'Wijkteam Noord', 'bram@x.nl', '2021-01'],
      ['Cor', 'Bibliotheek', '', ''],
    ]);
  });

  it('joins a name split in voornaam, tussenvoegsel and achternaam, in whatever order the columns come', () => {
    const result = parsePastedParticipants('Achternaam;Voornaam;Tussenvoegsel;Functie\nAmrani;Fatima;el;wethouder\nBerg;Jan;van den;\nJansen;Bram;;');
    expect(result.columns.name).toEqual([1, 2, 0]);
    expect(names(result)).toEqual(['Fatima el Amrani', 'Jan van den Berg', 'Bram Jansen']);
  });

  it('takes "Naam" beside "Achternaam" as the first name', () => {
    expect(names(parsePastedParticipants('Naam\tAchternaam\nAnna\tde Vries'))).toEqual(['Anna de Vries']);
  });

  it('knows a header by one known heading when nothing in it looks like data, and says which columns it does not use', () => {
    const result = parsePastedParticipants('Naam\tTelefoon\tWoonplaats\nAnna\t06-12345678\tUtrecht');
    expect(result.header).toBe(true);
    expect(result.unusedHeadings).toEqual(['Telefoon', 'Woonplaats']);
    expect(readableRows(result).map((r) => r.fields)).toEqual([
      { name: 'Anna', organisation: '', role: 'deelnemer', jobTitle: '', email: '', joinedMonth: '' },
    ]);
  });

  it('reads a comma-separated list only when its first line is a header', () => {
    const csv = parsePastedParticipants('Name,Organisation,Email\nAnna,Gemeente,anna@x.nl');
    expect(csv.separator).toBe('comma');
    expect(readableRows(csv)[0]?.fields).toMatchObject({ name: 'Anna', organisation: 'Gemeente', email: 'anna@x.nl' });
    expect(names(parsePastedParticipants('Vries, Anna de\nJansen, Bram'))).toEqual(['Vries, Anna de', 'Jansen, Bram']);
  });

  it('reads an address as a mail program copies it', () => {
    const result = parsePastedParticipants('Anna\tAnna de Vries <anna@x.nl>\nBram\tmailto:bram@x.nl');
    expect(readableRows(result).map((r) => r.fields.email)).toEqual(['anna@x.nl', 'bram@x.nl']);
  });

  it('names every part of a row that stays empty, in column order, and adds the row', () => {
    const [row] = parsePastedParticipants('Anna\tGemeente\tbaas\tnope\tooit').rows;
    expect(row?.fields).toMatchObject({ name: 'Anna', role: 'deelnemer', jobTitle: 'baas', email: '', joinedMonth: '' });
    expect(row?.warnings.map((p) => p.code)).toEqual(['invalid_email', 'invalid_month']);
  });

  it('adds rows with more columns than a header names, and says which columns are not used', () => {
    const result = parsePastedParticipants('Naam;Organisatie\nAnna;Gemeente;iets\nBram;School');
    expect(names(result)).toEqual(['Anna', 'Bram']);
    expect(result.unusedColumns).toEqual([3]);
  });

  it('adds rows with more columns than it can place without a header, and says which are not used', () => {
    const result = parsePastedParticipants('Anna;Gemeente;deelnemer;anna@x.nl;2019-03;06-1234;Utrecht');
    expect(names(result)).toEqual(['Anna']);
    expect(result.unusedColumns).toEqual([6, 7]);
  });

  it('only gives rows that pass the schema main checks with', () => {
    const result = parsePastedParticipants('Anna;Gemeente;Voorbereider;ANNA@X.NL;Mrt. 2019\nBram');
    for (const row of readableRows(result)) expect(participantFieldsSchema.parse(row.fields)).toEqual(row.fields);
  });

  it('imports 59 of 60 pasted participants: a bad address stays empty, an unknown role is a function, a row without a name is named', () => {
    const header = 'Naam\tOrganisatie\tRol\tE-mail\tSinds';
    const lines = Array.from({ length: 60 }, (_, i) => {
      const n = i + 1;
      return [`Deelnemer ${n}`, `Organisatie ${n % 7}`, ['deelnemer', 'voorbereider', 'procesbegeleider'][n % 3], `d${n}@voorbeeld.nl`, `${2010 + (n % 12)}-${String((n % 12) + 1).padStart(2, '0')}`];
    });
    lines[12]![3] = 'jan@@voorbeeld'; // line 14 of the paste (after the header)
    lines[29]![0] = ''; // line 31
    lines[47]![2] = 'stagiair'; // line 49
    const text = [header, ...lines.map((cells) => cells.join('\t'))].join('\r\n') + '\r\n';

    const result = parsePastedParticipants(text);

    expect(result.rows).toHaveLength(60);
    expect(readableRows(result)).toHaveLength(59);
    expect(problemsOf(result)).toEqual([{ line: 31, problems: [{ column: 'name', code: 'missing_name', value: '' }] }]);
    expect(rowsWithWarnings(result).map((r) => [r.line, r.warnings])).toEqual([[14, [{ column: 'email', code: 'invalid_email', value: 'jan@@voorbeeld' }]]]);
    expect(readableRows(result).find((r) => r.line === 49)?.fields).toMatchObject({ role: 'deelnemer', jobTitle: 'stagiair' });
    expect(names(result)).not.toContain('Deelnemer 30');
    expect(names(result)[0]).toBe('Deelnemer 1');
    expect(names(result).at(-1)).toBe('Deelnemer 60');
  });
});

describe('parseJoinedMonth', () => {
  it.each([
    ['2019-03', '2019-03'],
    ['2019-3', '2019-03'],
    ['2019/03', '2019-03'],
    ['03-2019', '2019-03'],
    ['3-2019', '2019-03'],
    ['03/2019', '2019-03'],
    ['3.2019', '2019-03'],
    ['maart 2019', '2019-03'],
    ['Maart 2019', '2019-03'],
    ['MAART 2019', '2019-03'],
    ['mrt 2019', '2019-03'],
    ['mrt. 2019', '2019-03'],
    ['Mrt-2019', '2019-03'],
    ['mrt-19', '2019-03'],
    ["mrt '19", '2019-03'],
    ['januari 1995', '1995-01'],
    ['febr. 2020', '2020-02'],
    ['mei 2021', '2021-05'],
    ['jun 2021', '2021-06'],
    ['juli 2021', '2021-07'],
    ['aug 2021', '2021-08'],
    ['sept. 2021', '2021-09'],
    ['okt 2021', '2021-10'],
    ['nov 2021', '2021-11'],
    ['december 2021', '2021-12'],
    ['October 2021', '2021-10'],
    ['1 maart 2019', '2019-03'],
    ['14-3-2019', '2019-03'],
    ['2019-03-14', '2019-03'],
    ['jan-75', '1975-01'],
    // A bare year is the year's first month, without a problem.
    ['2019', '2019-01'],
    ['sinds maart 2019', '2019-03'],
    ['ca. 2015', '2015-01'],
    ['', ''],
    ['   ', ''],
  ])('reads %j as %j', (text, month) => {
    expect(parseJoinedMonth(text)).toBe(month);
  });

  it.each(['13-2019', '2019-00', '00-2019', 'maart', 'lente 2019', '1949', '2101-01', '32-3-2019', 'ooit', '19', '3-19'])(
    'cannot read %j',
    (text) => {
      expect(parseJoinedMonth(text)).toBeUndefined();
    },
  );
});

describe('parseRole', () => {
  it.each([
    ['', 'deelnemer'],
    ['Deelnemer', 'deelnemer'],
    ['participant', 'deelnemer'],
    ['Voorbereider', 'voorbereider'],
    ['voorbereidingsgroep', 'voorbereider'],
    ['PREP', 'voorbereider'],
    ['Procesbegeleider', 'procesbegeleider'],
    ['begeleider', 'procesbegeleider'],
    ['Facilitator', 'procesbegeleider'],
    ['baas', undefined],
  ])('reads %j as %j', (text, role) => {
    expect(parseRole(text)).toBe(role);
  });
});
