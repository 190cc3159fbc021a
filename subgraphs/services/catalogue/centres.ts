/** A DOST centre as the migration writes it. */
export interface CentreEntry {
  /** The `centre` claim of an operator's token. */
  readonly code: string;
  readonly name: string;
  readonly region: string;
}

/** DOST's centres: regional centres, branches and Smart DOST points (a representative set). */
export const CENTRES: readonly CentreEntry[] = [
  { code: 'baku-1', name: 'Bakı 1 saylı DOST mərkəzi', region: 'Bakı' },
  { code: 'baku-2', name: 'Bakı 2 saylı DOST mərkəzi', region: 'Bakı' },
  { code: 'baku-3', name: 'Bakı 3 saylı DOST mərkəzi', region: 'Bakı' },
  { code: 'baku-4', name: 'Bakı 4 saylı DOST mərkəzi', region: 'Bakı' },
  { code: 'baku-5', name: 'Bakı 5 saylı DOST mərkəzi', region: 'Bakı' },
  { code: 'sumqayit', name: 'Sumqayıt regional DOST mərkəzi', region: 'Sumqayıt' },
  { code: 'ganja', name: 'Gəncə regional DOST mərkəzi', region: 'Gəncə' },
  { code: 'mingachevir', name: 'Mingəçevir DOST filialı', region: 'Mingəçevir' },
  { code: 'sheki', name: 'Şəki regional DOST mərkəzi', region: 'Şəki' },
  { code: 'lankaran', name: 'Lənkəran regional DOST mərkəzi', region: 'Lənkəran' },
  { code: 'guba', name: 'Quba regional DOST mərkəzi', region: 'Quba' },
  { code: 'shamakhi', name: 'Şamaxı DOST filialı', region: 'Şamaxı' },
  { code: 'barda', name: 'Bərdə DOST filialı', region: 'Bərdə' },
  { code: 'sabirabad', name: 'Sabirabad regional DOST mərkəzi', region: 'Sabirabad' },
  { code: 'smart-baku', name: '"Smart DOST" Bakı', region: 'Bakı' },
];
