import type { ClipType } from './types'

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

/** Creates a clip id in the official editor's form `<type>-<random>`, with 11 random characters. */
export function newClipId(type: ClipType): string {
  const bytes = new Uint8Array(11)
  crypto.getRandomValues(bytes)
  let suffix = ''
  for (const byte of bytes) suffix += ALPHABET[byte % ALPHABET.length]
  return `${type}-${suffix}`
}
