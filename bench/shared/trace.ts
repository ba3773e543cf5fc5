import type { CDPSession } from 'playwright-core';

/** One Chromium trace event, as the DevTools protocol reports it (times in microseconds). */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  parent?: number;
}

/** The trace categories of a long-task profile; `sampling` adds the V8 sampling profiler. */
export function traceCategories(sampling: boolean, extra: readonly string[] = []): string[] {
  return [
    'toplevel',
    'devtools.timeline',
    'disabled-by-default-devtools.timeline',
    'v8',
    'v8.execute',
    'blink.user_timing',
    ...extra,
    ...(sampling ? ['disabled-by-default-v8.cpu_profiler'] : []),
  ];
}

/** Records a trace of the page's `categories` while `during` runs. */
export async function recordTrace(
  cdp: CDPSession,
  categories: readonly string[],
  during: () => Promise<void>,
): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const event of value as unknown as TraceEvent[]) events.push(event);
  });
  const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: [...categories] },
  });
  await during();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

function describeFrame(frame: ProfileNode['callFrame']): string {
  const file = (frame.url ?? '').split('/').pop() ?? '';
  return `${frame.functionName || '(anonymous)'} ${file ? `${file}:${(frame.lineNumber ?? 0) + 1}` : ''}`;
}

/**
 * Self and total time per function (name and place) sampled on thread `pid:tid`: a function of
 * a time window and how many functions to list, giving the report's lines.
 */
export function samplesBetween(events: readonly TraceEvent[], pid: number, tid: number) {
  const nodes = new Map<number, ProfileNode>();
  const samples: { ts: number; node: number }[] = [];
  // The profile's chunks are written by a profiler thread, tied to the sampled thread by id.
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  let time = (profile?.args?.data?.startTime as number) ?? 0;
  for (const event of events) {
    if (event.name !== 'ProfileChunk' || event.pid !== pid || event.id !== profile?.id) continue;
    const data = event.args?.data as {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    (data.cpuProfile?.samples ?? []).forEach((node, i) => {
      time += data.timeDeltas?.[i] ?? 0;
      samples.push({ ts: time, node });
    });
  }
  samples.sort((a, b) => a.ts - b.ts);
  return (from: number, to: number, top: number): string[] => {
    const self = new Map<string, number>();
    const inclusive = new Map<string, number>();
    for (let i = 0; i < samples.length - 1; i++) {
      const { ts, node } = samples[i]!;
      if (ts < from || ts >= to) continue;
      const weight = Math.min(samples[i + 1]!.ts, to) - ts;
      const frame = nodes.get(node)?.callFrame;
      const name = frame ? describeFrame(frame) : '?';
      self.set(name, (self.get(name) ?? 0) + weight);
      const seen = new Set<string>();
      for (let at = nodes.get(node); at; at = at.parent ? nodes.get(at.parent) : undefined) {
        const key = describeFrame(at.callFrame);
        if (seen.has(key)) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + weight);
      }
    }
    const list = (map: Map<string, number>, label: string) =>
      [...map]
        .filter(([name]) => !/^\((root|idle|program)\)/.test(name))
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([name, us]) => `      ${label} ${(us / 1000).toFixed(0).padStart(4)} ms  ${name}`);
    return [...list(self, 'self'), ...list(inclusive, 'incl')];
  };
}

/** A trace event's name, with the function or DOM event it ran where the trace says. */
export function eventLabel(event: TraceEvent): string {
  const data = event.args?.data ?? {};
  if (event.name === 'FunctionCall') {
    const file = String(data.url ?? '')
      .split('/')
      .pop();
    return `FunctionCall ${data.functionName || '(anonymous)'} ${file}:${Number(data.lineNumber ?? 0) + 1}`;
  }
  if (event.name === 'EventDispatch') return `EventDispatch ${data.type}`;
  return event.name;
}

/**
 * Prints each renderer main thread's long tasks (≥ 50 ms), each with the trace events of 10 ms
 * or more inside it and the `top` functions the profiler sampled most.
 */
export function reportLongTasks(events: readonly TraceEvent[], top: number): void {
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  for (const main of mains) {
    const onThread = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
    const tasks = onThread
      .filter((e) => e.ph === 'X' && e.name === 'RunTask' && (e.dur ?? 0) >= 50_000)
      .sort((a, b) => a.ts - b.ts);
    if (tasks.length === 0) continue;
    const sampled = samplesBetween(events, main.pid, main.tid);
    const origin = tasks[0]!.ts;
    console.log(`renderer ${main.pid}: ${tasks.length} tasks ≥ 50 ms`);
    for (const task of tasks) {
      const end = task.ts + task.dur!;
      const at = ((task.ts - origin) / 1000).toFixed(0);
      console.log(`  at +${at} ms: ${(task.dur! / 1000).toFixed(0)} ms`);
      const inside = onThread
        .filter((e) => e !== task && e.ph === 'X' && e.ts >= task.ts && e.ts < end)
        .filter((e) => (e.dur ?? 0) >= 10_000)
        .sort((a, b) => b.dur! - a.dur!)
        .slice(0, 8);
      for (const e of inside)
        console.log(`      event ${(e.dur! / 1000).toFixed(0).padStart(4)} ms  ${eventLabel(e)}`);
      for (const line of sampled(task.ts, end, top)) console.log(line);
    }
  }
}
