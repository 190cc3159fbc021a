/** A direction of the catalogue as the migration writes it. */
export interface DirectionEntry {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
}

/**
 * DOST's 15 service directions (2024). Codes are this registry's own; names follow DOST's
 * published categories.
 */
export const DIRECTIONS: readonly DirectionEntry[] = [
  { code: 'REF', name: 'Arayışlar', nameEn: 'References and certificates' },
  { code: 'LAB', name: 'Əmək münasibətləri', nameEn: 'Labour relations' },
  { code: 'DIS', name: 'Əlillik', nameEn: 'Disability' },
  { code: 'EMP', name: 'Məşğulluq', nameEn: 'Employment' },
  { code: 'PEN', name: 'Pensiyalar', nameEn: 'Pensions' },
  { code: 'BEN', name: 'Sosial müavinətlər', nameEn: 'Social benefits' },
  { code: 'TSA', name: 'Ünvanlı dövlət sosial yardımı', nameEn: 'Targeted social assistance' },
  { code: 'PRG', name: 'Prezident təqaüdləri', nameEn: 'Presidential grants' },
  { code: 'INS', name: 'Sosial sığorta qeydiyyatı', nameEn: 'Social insurance registration' },
  { code: 'SOC', name: 'Sosial xidmətlər', nameEn: 'Social services' },
  { code: 'FUN', name: 'Funksional dəstək', nameEn: 'Functional support' },
  { code: 'UNI', name: 'İşsizlikdən sığorta', nameEn: 'Unemployment insurance' },
  { code: 'SEM', name: 'Özünüməşğulluq', nameEn: 'Self-employment' },
  { code: 'MSE', name: 'Tibbi-sosial ekspertiza', nameEn: 'Medical-social expertise' },
  { code: 'FAM', name: 'Ailə və uşaqlar', nameEn: 'Family and children' },
];
