/** An ICD-10 code with its Azerbaijani description. Health data: special category. */
export interface DiagnosisEntry {
  readonly icd10: string;
  readonly description: string;
}

/** Diagnoses grouped by what led to the expertise, so cause and diagnosis agree. */
export const DIAGNOSES = {
  GENERAL_ILLNESS: [
    { icd10: 'I63.9', description: 'Serebral infarkt, dəqiqləşdirilməmiş' },
    { icd10: 'I69.4', description: 'İnsultun nəticələri' },
    { icd10: 'I25.2', description: 'Keçirilmiş miokard infarktı' },
    { icd10: 'E11.7', description: 'II tip şəkərli diabet, çoxsaylı ağırlaşmalarla' },
    { icd10: 'J44.9', description: 'Xroniki obstruktiv ağciyər xəstəliyi' },
    { icd10: 'N18.5', description: 'Xroniki böyrək xəstəliyi, 5-ci mərhələ' },
    { icd10: 'C50.9', description: 'Süd vəzisinin bədxassəli şişi' },
    { icd10: 'G35', description: 'Dağınıq skleroz' },
    { icd10: 'H54.0', description: 'Hər iki gözün korluğu' },
    { icd10: 'F20.0', description: 'Paranoid şizofreniya' },
    { icd10: 'M17.0', description: 'Diz oynaqlarının ikitərəfli birincili artrozu' },
  ],
  INJURY: [
    { icd10: 'T91.3', description: 'Onurğa beyni zədəsinin nəticələri' },
    { icd10: 'T93.2', description: 'Aşağı ətrafın digər sınıqlarının nəticələri' },
    { icd10: 'T92.6', description: 'Yuxarı ətrafın travmatik amputasiyasının nəticələri' },
    { icd10: 'T90.5', description: 'Kəllədaxili travmanın nəticələri' },
  ],
  WAR: [
    { icd10: 'T93.6', description: 'Aşağı ətrafın travmatik amputasiyasının nəticələri' },
    { icd10: 'F43.1', description: 'Posttravmatik stress pozuntusu' },
  ],
  OCCUPATIONAL: [
    { icd10: 'H83.3', description: 'Səs-küyün daxili qulağa təsiri' },
    { icd10: 'J61', description: 'Asbest və digər mineral liflərin törətdiyi pnevmokonioz' },
    { icd10: 'T56.0', description: 'Qurğuşunun toksik təsiri' },
  ],
  CHILD: [
    { icd10: 'G80.1', description: 'Spastik diplegiya (uşaq serebral iflici)' },
    { icd10: 'Q90.9', description: 'Daun sindromu' },
    { icd10: 'F84.0', description: 'Uşaq autizmi' },
    { icd10: 'D56.1', description: 'Beta-talassemiya' },
    { icd10: 'E10.9', description: 'I tip şəkərli diabet, ağırlaşmasız' },
    { icd10: 'H90.3', description: 'İkitərəfli neyrosensor eşitmə itkisi' },
  ],
} as const satisfies Record<string, readonly DiagnosisEntry[]>;

export type DiagnosisGroup = keyof typeof DIAGNOSES;
