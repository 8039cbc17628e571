import { z } from 'zod';
import { SyncConfigSchema, type SyncConfig } from '../model/team';

/**
 * An invite is the team settings of one study as one line of text a teammate pastes:
 * `journey-lens-invite:` + base64url(JSON { v: 1, server, studyId, token }).
 * It holds the token: share it like a password.
 */
const PREFIX = 'journey-lens-invite:';

const InviteSchema = z.object({ v: z.literal(1), server: z.string(), studyId: z.string(), token: z.string() });

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

export function makeInvite(config: SyncConfig): string {
  const valid = SyncConfigSchema.parse(config);
  return PREFIX + toBase64Url(JSON.stringify({ v: 1, server: valid.server, studyId: valid.studyId, token: valid.token }));
}

/** The team settings in a pasted invite, or undefined when it is not a valid invite. */
export function readInvite(text: string): SyncConfig | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith(PREFIX)) return undefined;
  try {
    const raw = InviteSchema.parse(JSON.parse(fromBase64Url(trimmed.slice(PREFIX.length))));
    const parsed = SyncConfigSchema.safeParse({ studyId: raw.studyId, server: raw.server, token: raw.token });
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
