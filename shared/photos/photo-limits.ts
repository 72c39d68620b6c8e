/** A phone's photo is a few MB; a scan of a flip-over may be tens. Beyond this it is not a photo of paper. */
export const MAX_PHOTO_BYTES = 40 * 1024 * 1024;

/** Sharp enough to read a flip-over's handwriting on a beamer, small enough to keep a session's file light. */
export const PHOTO_LONG_SIDE = 2400;
