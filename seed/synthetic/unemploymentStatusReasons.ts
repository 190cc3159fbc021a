/** Reasons the employment service records with each status change (Azerbaijani). */
export const STATUS_REASONS = {
  JOBSEEKER: 'Elektron müraciət əsasında iş axtaran kimi qeydiyyata alınıb',
  UNEMPLOYED: 'İşsiz statusu verilib',
  SUSPENDED: 'Məşğulluq mərkəzinə gəlmədiyinə görə status dayandırılıb',
  EMPLOYED: 'İşlə təmin olunub',
  REFUSALS: 'Uyğun iş təklifindən iki dəfə əsassız imtina — status ləğv edilib',
  OWN_REQUEST: 'Öz ərizəsi ilə qeydiyyatdan çıxarılıb',
  DEATH: 'Vəfat etdiyinə görə qeydiyyatdan çıxarılıb',
} as const;
