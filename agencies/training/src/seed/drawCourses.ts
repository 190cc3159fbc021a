import type { TrainingStatus } from '../TrainingRecord.ts';
import type { SeedCourse } from './demoCourses.ts';

const PROGRAMMES = [
  'Welding (MIG/MAG), level 2',
  'Bookkeeping for small enterprises',
  'Computer literacy, level 1',
  'Electrical installation',
  'Hairdressing',
  'Cooking and catering',
  'Tailoring',
  'Plumbing and heating',
];
const PROVIDERS = [
  'Bakı Peşə Təhsil Mərkəzi',
  'Sumqayıt Peşə Təhsil Mərkəzi',
  'Gəncə Peşə Təhsil Mərkəzi',
  'Lənkəran Peşə Təhsil Mərkəzi',
];
const STATUSES: readonly TrainingStatus[] = ['COMPLETED', 'COMPLETED', 'ENROLLED', 'DROPPED_OUT'];

/** FNV-1a of the text: the same FIN draws the same courses on every run and machine. */
function hash(text: string, salt: number): number {
  let h = 0x811c9dc5 ^ salt;
  for (const char of text) h = Math.imul(h ^ (char.codePointAt(0) ?? 0), 0x01000193);
  return h >>> 0;
}

function pick<T>(list: readonly T[], n: number, fallback: T): T {
  return list[n % list.length] ?? fallback;
}

/** One or two courses of this FIN, oldest first, drawn from the FIN alone. */
export function drawCourses(fin: string): SeedCourse[] {
  const count = 1 + (hash(fin, 0) % 2);
  return Array.from({ length: count }, (_, n) => {
    const h = hash(fin, n + 1);
    // Only the latest course may still be running; earlier ones ended one way or the other.
    const status = n < count - 1 ? 'COMPLETED' : pick(STATUSES, h >>> 8, 'COMPLETED');
    const month = String(1 + (h % 12)).padStart(2, '0');
    return {
      fin,
      programme: pick(PROGRAMMES, h, 'Hairdressing'),
      provider: pick(PROVIDERS, h >>> 4, 'Bakı Peşə Təhsil Mərkəzi'),
      status,
      completedOn: status === 'COMPLETED' ? `${2019 + n * 2 + (h % 3)}-${month}-15` : null,
    };
  });
}
