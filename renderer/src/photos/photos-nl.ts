/** Photos of paper on a board, in Dutch; the catalogues hold them as `t.photos`. */
export const photosNl = {
  add: 'Foto toevoegen',
  chooseFile: 'Foto kiezen',
  adding: 'Foto wordt toegevoegd…',
  added: 'Foto toegevoegd.',
  panel: "Foto's op dit bord",
  item: (n: number) => `Foto ${n}`,
  hint: 'Pijltjes: verschuiven · + en −: groter en kleiner · Delete: weghalen',
  bigger: 'Groter',
  smaller: 'Kleiner',
  remove: 'Weghalen',
  empty: 'Dit bestand is leeg. Kies een foto (JPEG of PNG).',
  tooBig: 'Deze foto is groter dan 40 MB. Kies een kleinere foto of verklein hem eerst.',
  notAnImage: 'Dit bestand is geen foto die Flipover kan lezen. Kies een JPEG of PNG.',
  heic: 'HEIC-foto’s kan Flipover op deze computer niet lezen. Zet de foto eerst om naar JPEG (op een iPhone: Instellingen › Camera › Formaten › Meest compatibel).',
  failed: 'De foto kon niet worden toegevoegd. Probeer het nog eens.',
};

export type PhotosMessages = { [K in keyof typeof photosNl]: (typeof photosNl)[K] extends string ? string : (typeof photosNl)[K] };
