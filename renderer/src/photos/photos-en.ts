import type { PhotosMessages } from './photos-nl.js';

export const photosEn: PhotosMessages = {
  add: 'Add photo',
  chooseFile: 'Choose photo',
  adding: 'Adding photo…',
  added: 'Photo added.',
  panel: 'Photos on this board',
  item: (n: number) => `Photo ${n}`,
  hint: 'Arrows: move · + and −: larger and smaller · Delete: remove',
  bigger: 'Larger',
  smaller: 'Smaller',
  remove: 'Remove',
  empty: 'This file is empty. Choose a photo (JPEG or PNG).',
  tooBig: 'This photo is larger than 40 MB. Choose a smaller one or shrink it first.',
  notAnImage: 'This file is not a photo Flipover can read. Choose a JPEG or PNG.',
  heic: 'Flipover cannot read HEIC photos on this computer. Convert the photo to JPEG first (on an iPhone: Settings › Camera › Formats › Most Compatible).',
  failed: 'The photo could not be added. Please try again.',
};
