import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { Participant } from '../../../shared/participants/participant.js';
import type { HarvestNames } from '../../../shared/harvest/report-model.js';

export interface MailAttachment {
  filename: string;
  bytes: Uint8Array;
}

export interface MailDraft {
  to: readonly Participant[];
  /** Who sends it, when the session's procesbegeleider has an address; otherwise the mail program fills it in. */
  from?: Participant;
  names: HarvestNames;
  subject: string;
  text: string;
  /** From the core's clock: the draft says when the harvest was made. */
  date: Date;
  attachments: readonly MailAttachment[];
}

/** Everyone of the session with an e-mail address, in the order they were added, less those the facilitator left out. */
export function mailRecipients(participants: readonly Participant[], leaveOut: readonly string[] = []): Participant[] {
  const left = new Set(leaveOut);
  return participants.filter((p) => p.email !== '' && !left.has(p.id));
}

/** The first procesbegeleider with an address, to send the draft from. */
export function mailSender(participants: readonly Participant[]): Participant | undefined {
  return participants.find((p) => p.role === 'procesbegeleider' && p.email !== '');
}

/**
 * The harvest as an RFC 5322 message to open in a mail program: `X-Unsent: 1`
 * makes Outlook and Apple Mail open it as a draft to send rather than as a
 * mail received. A person's name stands beside their address only when the
 * facilitator chose full names; otherwise the bare address.
 */
export async function mailDraftBytes(draft: MailDraft): Promise<Uint8Array> {
  const address = (p: Participant) => (draft.names === 'full' ? { name: p.name, address: p.email } : p.email);
  const composer = new MailComposer({
    ...(draft.from ? { from: address(draft.from) } : {}),
    to: draft.to.map(address),
    subject: draft.subject,
    text: draft.text,
    date: draft.date,
    headers: { 'X-Unsent': '1' },
    attachments: draft.attachments.map((a) => ({ filename: a.filename, content: Buffer.from(a.bytes.buffer, a.bytes.byteOffset, a.bytes.byteLength) })),
    // Everything is given as bytes; nothing in the message may make the composer read a file or a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
    newline: 'win',
    xMailer: false,
  });
  return new Uint8Array(await composer.compile().build());
}
