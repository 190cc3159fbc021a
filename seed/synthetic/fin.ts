import { isFin } from '@dost/platform/fin.ts';

/** The 34 characters a FIN may use: digits and Latin capitals, never I or O. */
export const FIN_ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

export const FIN_LENGTH = 7;

/** Number of distinct FINs: 34^7 = 52 523 350 144 (fits a double exactly). */
export const FIN_SPACE = FIN_ALPHABET.length ** FIN_LENGTH;

/** Encodes a number in [0, FIN_SPACE) as a 7-character base-34 FIN. */
export function encodeFin(value: number): string {
  if (!Number.isInteger(value) || value < 0 || value >= FIN_SPACE) {
    throw new RangeError(`FIN number out of range: ${value}`);
  }
  let rest = value;
  let fin = '';
  for (let i = 0; i < FIN_LENGTH; i++) {
    fin = FIN_ALPHABET.charAt(rest % 34) + fin;
    rest = Math.floor(rest / 34);
  }
  return fin;
}

/** Decodes a FIN into its number in [0, FIN_SPACE); throws on a malformed FIN. */
export function decodeFin(fin: string): number {
  if (!isFin(fin)) throw new RangeError(`Not a FIN: ${JSON.stringify(fin)}`);
  let value = 0;
  for (const char of fin) value = value * 34 + FIN_ALPHABET.indexOf(char);
  return value;
}
