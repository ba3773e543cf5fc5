/** One event of a Chromium trace (the JSON trace format). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  /** Microseconds. */
  ts: number;
  dur?: number;
  /** Thread (CPU) time, microseconds. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

/** Where a cold start's time went, from its navigation start to its idle mark. */
export interface ColdStartTrace {
  idleMs: number;
  /** Busy milliseconds per thread (renderer and GPU process), largest first. */
  busyByThread: [string, number][];
  /**
   * CPU milliseconds (thread time of the top-level tasks) per kind of thread, summed over the
   * page's renderer and the GPU process: unlike wall time, it barely moves with the machine's
   * load.
   */
  cpuByThread: [string, number][];
  /** The renderer main thread's self time per event name, largest first. */
  mainByKind: [string, number][];
  /** The renderer main thread's GPU-category events (its waits on the GPU process) by name. */
  gpuWaits: [string, number][];
  /** Dated lines: marks, the largest GPU waits, first paint. */
  milestones: string[];
}

const TOP_LEVEL_TASK = /RunTask$/;
const TOP = 12;

const threadKey = (event: { pid: number; tid: number }) => `${event.pid}:${event.tid}`;

function namesOf(events: readonly TraceEvent[]) {
  const threads = new Map<string, string>();
  const processes = new Map<number, string>();
  for (const event of events) {
    if (event.ph !== 'M') continue;
    const name = String(event.args?.name ?? '');
    if (event.name === 'thread_name') threads.set(threadKey(event), name);
    if (event.name === 'process_name') processes.set(event.pid, name);
  }
  return { threads, processes };
}

/** Self time per name of the complete events on one thread, clipped to [from, to]. */
function selfTimeByName(events: readonly TraceEvent[], from: number, to: number) {
  const sorted = events
    .filter((event) => event.ph === 'X' && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals = new Map<string, number>();
  const stack: { event: TraceEvent; end: number; childUs: number }[] = [];
  const close = (until: number) => {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= until) {
      const top = stack.pop()!;
      const clipped = Math.min(top.end, to) - Math.max(top.event.ts, from);
      const self = Math.max(0, clipped - top.childUs);
      totals.set(top.event.name, (totals.get(top.event.name) ?? 0) + self);
      const parent = stack[stack.length - 1];
      if (parent) parent.childUs += Math.max(0, clipped);
    }
  };
  for (const event of sorted) {
    close(event.ts);
    stack.push({ event, end: event.ts + (event.dur ?? 0), childUs: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return totals;
}

/** Microseconds covered by the events' union, clipped to [from, to]. */
function unionUs(events: readonly TraceEvent[], from: number, to: number): number {
  const spans = events
    .map((e) => [Math.max(e.ts, from), Math.min(e.ts + (e.dur ?? 0), to)] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (const [start, end] of spans) {
    if (end <= reach) continue;
    total += end - Math.max(start, reach);
    reach = end;
  }
  return total;
}

/** Thread time of the tasks not nested in another, those starting in [from, to]. */
function outermostThreadUs(events: readonly TraceEvent[], from: number, to: number): number {
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  let total = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (const event of sorted) {
    if (event.ts < reach || event.ts < from || event.ts > to) continue;
    total += event.tdur ?? 0;
    reach = event.ts + (event.dur ?? 0);
  }
  return total;
}

const largest = (totals: Map<string, number>, count = TOP): [string, number][] =>
  [...totals.entries()]
    .map(([name, us]): [string, number] => [name, us / 1000])
    .filter(([, ms]) => ms >= 1)
    .sort((a, b) => b[1] - a[1])
    .slice(0, count);

/** Sums a trace of one cold load from its last navigation start to the mark named `mark`. */
export function summariseTrace(
  events: readonly TraceEvent[],
  mark: string,
  markStartMs: number,
): ColdStartTrace {
  const idle = events
    .filter((event) => event.name === mark && event.cat.includes('user_timing'))
    .sort((a, b) => b.ts - a.ts)[0];
  if (!idle) throw new Error(`the trace has no "${mark}" mark`);
  const pid = idle.pid;
  // The page's time origin, from the mark's own time on the page's clock.
  const from = idle.ts - markStartMs * 1000;
  const to = idle.ts;
  const { threads, processes } = namesOf(events);
  const gpuPids = new Set(
    [...processes].filter(([, name]) => name.includes('GPU')).map(([id]) => id),
  );
  const inWindow = events.filter((e) => e.ts + (e.dur ?? 0) >= from && e.ts <= to);
  const tasksByThread = new Map<string, TraceEvent[]>();
  for (const event of inWindow) {
    if (event.ph !== 'X' || !TOP_LEVEL_TASK.test(event.name)) continue;
    if (event.pid !== pid && !gpuPids.has(event.pid)) continue;
    const label = `${gpuPids.has(event.pid) ? 'gpu' : 'renderer'} ${threads.get(threadKey(event)) ?? event.tid} (${event.tid})`;
    tasksByThread.set(label, [...(tasksByThread.get(label) ?? []), event]);
  }
  const busy = new Map<string, number>();
  for (const [label, tasks] of tasksByThread) busy.set(label, unionUs(tasks, from, to));
  const cpu = new Map<string, number>();
  for (const [label, tasks] of tasksByThread) {
    const kind = label.replace(/ \(\d+\)$/, '').replace(/\d+$/, '');
    cpu.set(kind, (cpu.get(kind) ?? 0) + outermostThreadUs(tasks, from, to));
  }
  const mainKey = [...threads].find(
    ([key, name]) => name === 'CrRendererMain' && key.startsWith(`${pid}:`),
  )?.[0];
  const onMain = inWindow.filter((e) => threadKey(e) === mainKey);
  const gpuMainKeys = new Set(
    [...threads]
      .filter(([key, name]) => name === 'CrGpuMain' && gpuPids.has(Number(key.split(':')[0])))
      .map(([key]) => key),
  );
  const mainKinds = selfTimeByName(onMain, from, to);
  const gpuMainKinds = selfTimeByName(
    inWindow.filter((e) => gpuMainKeys.has(threadKey(e))),
    from,
    to,
  );
  const waits = new Map<string, number>();
  const gpuOnMain = onMain.filter((e) => e.ph === 'X' && e.cat.split(',').includes('gpu'));
  for (const event of gpuOnMain)
    waits.set(event.name, (waits.get(event.name) ?? 0) + (event.dur ?? 0));
  const at = (ts: number) => `${((ts - from) / 1000).toFixed(0).padStart(6)} ms`;
  const milestones = [
    ...[...gpuOnMain]
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 6)
      .map((e) => `${at(e.ts)} ${e.name} ${((e.dur ?? 0) / 1000).toFixed(0)} ms`),
    ...[...gpuOnMain]
      .filter(
        (e) =>
          e.name === 'GpuChannelHost::CreateViewCommandBuffer' ||
          e.name === 'GLES2Implementation::GetProgramiv',
      )
      .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
      .slice(0, 3)
      .map((wait) => {
        const end = wait.ts + (wait.dur ?? 0);
        const during = largest(
          selfTimeByName(
            events.filter(
              (e) => gpuMainKeys.has(threadKey(e)) && e.ts + (e.dur ?? 0) >= wait.ts && e.ts <= end,
            ),
            wait.ts,
            end,
          ),
          6,
        );
        const others = [...tasksByThread]
          .map(([label, tasks]) => `${label} ${(unionUs(tasks, wait.ts, end) / 1000).toFixed(0)}`)
          .join(', ');
        return `during ${wait.name} at ${at(wait.ts)}: gpu main ${during.map(([n, ms]) => `${n} ${ms.toFixed(0)}`).join(', ')} | busy ${others}`;
      }),
    ...gpuOnMain
      .filter(
        (e) =>
          e.name === 'GpuChannelHost::CreateViewCommandBuffer' ||
          e.name === 'GLES2Implementation::GetProgramiv',
      )
      .map((e) => `${at(e.ts)}–${at(e.ts + (e.dur ?? 0))} ${e.name}`),
    ...onMain
      .filter((e) => e.name === 'Paint')
      .slice(0, 1)
      .map((e) => `${at(e.ts)} first Paint`),
    ...largest(gpuMainKinds, 8).map(([name, ms]) => `gpu main self ${name} ${ms.toFixed(0)} ms`),
  ];
  return {
    idleMs: (to - from) / 1000,
    busyByThread: largest(busy, 16),
    cpuByThread: largest(cpu, 16),
    mainByKind: largest(mainKinds),
    gpuWaits: largest(waits, 6),
    milestones,
  };
}
