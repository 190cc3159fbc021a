import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat on Linux. */
const TICKS = 100;

/** Resident set size of a process in MiB, from /proc/<pid>/status (VmRSS). */
export function rssMiB(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] === undefined ? null : Number(match[1]) / 1024;
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) a process has used so far; 0 when it cannot be read. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return 0;
  }
}

/** The database server's pid, to see how much of the two cores it takes; null if not local. */
export function findDatabasePid(): number | null {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const comm = readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
      if (comm === 'mariadbd' || comm === 'mysqld') return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return null;
}

/** One-minute load average: other work on the machine skews every figure. */
export function loadAverage(): number {
  return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
}

/** CPU seconds the whole machine has spent busy (not idle, not waiting, not stolen). */
export function machineBusySeconds(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0] = line
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return (user + nice + system + irq + softirq) / TICKS;
}

/** CPU seconds of these processes and of this one. */
export function ownCpuSeconds(pids: readonly number[]): number {
  const self = process.cpuUsage();
  return pids.reduce((sum, pid) => sum + cpuSeconds(pid), (self.user + self.system) / 1e6);
}

/** Cores' worth of CPU used by processes outside `pids` over the next `seconds`. */
export async function foreignCores(pids: readonly number[], seconds: number): Promise<number> {
  const busy = machineBusySeconds();
  const own = ownCpuSeconds(pids);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  return (machineBusySeconds() - busy - (ownCpuSeconds(pids) - own)) / seconds;
}
