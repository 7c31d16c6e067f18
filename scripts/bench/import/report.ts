/** The import benchmark's tables, in the bench's markdown format: value beside a same-run baseline. */
import type { ImportRun } from './browserImport.ts';
import { D_KM, LONG_TASK_MS, MARK_WAIT_MS, PARCELS, TARGET, VIEWPORT } from './config.ts';
import { GPU_WAIT_EVENTS, summarize, type TaskSummary, type TracedTask } from './longTasks.ts';
import type { NodeFigures } from './nodeBaselines.ts';
import { PANS, type PanRun } from './panBaseline.ts';
import type { TraceCost } from './tracedTasks.ts';

/** Above this, the traced pans' slowdown is called out: traced figures then carry the overhead. */
const TRACE_OVERHEAD_NOTE = 1.25;

const MB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (t: number | null): string => (t === null ? 'did not finish' : t >= 10_000 ? `${(t / 1000).toFixed(1)} s` : `${t.toFixed(0)} ms`);
const tick = (ok: boolean): string => (ok ? '✓' : '✗');
const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(1)}×` : '');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const worstObserved = (tasks: Array<{ duration: number }>): number => Math.max(0, ...tasks.map((t) => t.duration));

export function printNode(n: NodeFigures): void {
  const build = median(n.buildMs);
  const r = n.naiveMs / (build + n.queryMs);
  console.log(`\nImport baselines in Node (one core): ${n.rows.toLocaleString('en')}-row CSV, within ${D_KM} km of 10 points\n`);
  console.log('| measure | value | baseline (same run) | ratio | target |');
  console.log('|---|---|---|---|---|');
  console.log(`| Papa Parse alone, ${n.rows.toLocaleString('en')} rows | ${ms(n.papaMs)} | | | baseline for the app's CSV import |`);
  console.log(`| JSON.parse alone, ${PARCELS.toLocaleString('en')} parcels | ${ms(n.jsonMs)} | | | baseline for the app's GeoJSON import |`);
  console.log(`| index build, ${n.rows.toLocaleString('en')} points, median of 3 | ${ms(build)} (${n.buildMs.map((t) => t.toFixed(0)).join(', ')}) | | | ≤ ${TARGET.buildMs} ms ${tick(build <= TARGET.buildMs)} |`);
  console.log(`| query + build, within ${D_KM} km of 10 points | ${ms(n.queryMs)} + ${ms(build)} (${n.matches} points) | ${ms(n.naiveMs)} naive turf.distance loop | ${r.toFixed(1)}× | ≥ ${TARGET.ratio}× ${tick(r >= TARGET.ratio)}; results ${n.same ? 'identical' : 'DIFFERENT'} |`);
}

const waitNames = (s: TaskSummary): string => [...s.waits].map(([name, n]) => `${name} ×${n}`).join(', ') || 'none';
const totalWait = (s: TaskSummary): string => `${ms(s.totalWait)} of ${ms(s.totalDuration)} in ${s.count} traced long tasks (${s.waiting} waited)`;
const costs = (cs: TraceCost[]): string => cs.map((c) => `${c.label} ${MB(c.bytes)}, ${ms(c.readMs)} to stop and read`).join('; ');

/** The map's own frame cost, traced and untraced; returns the traced summary for the import tables. */
export function printPans(untraced: PanRun, traced: PanRun): TaskSummary | null {
  const s = traced.tracedTasks ? summarize(traced.tracedTasks) : null;
  const observed = (r: PanRun): string => (r.tasks === null ? 'n/a' : `${worstObserved(r.tasks).toFixed(0)} ms ${r.traced ? 'traced' : 'untraced'} (${r.tasks.length} long tasks)`);
  console.log(`\nThe map's own frame cost: ${PANS.length} pans of 200 px over the zone, no imported layer — headless Chromium, ${VIEWPORT.width}×${VIEWPORT.height}\n`);
  console.log('| measure | value | baseline (same run) | ratio | target |');
  console.log('|---|---|---|---|---|');
  const wall = traced.wallMs !== null && untraced.wallMs !== null ? traced.wallMs / untraced.wallMs : null;
  console.log(`| ${PANS.length} pans, first pan → idle after the last | ${traced.wallMs === null ? 'n/a' : `${ms(traced.wallMs)} traced`} | ${untraced.wallMs === null ? 'n/a' : `${ms(untraced.wallMs)} untraced`} | ${wall === null ? '' : `${wall.toFixed(2)}×`} | |`);
  const worstT = traced.tasks === null ? null : worstObserved(traced.tasks);
  const worstU = untraced.tasks === null ? null : worstObserved(untraced.tasks);
  console.log(`| worst main-thread long task (PerformanceObserver) | ${observed(traced)} | ${observed(untraced)} | ${worstT !== null && worstU !== null ? ratio(worstT, worstU) : ''} | none over ${TARGET.taskMs} ms ${tick(worstU !== null && worstU <= TARGET.taskMs)} |`);
  if (s) {
    console.log(`| worst main-thread long task, trace | ${s.worst.toFixed(0)} ms, ${s.worstWait.toFixed(0)} ms of it waiting for the GPU | | | |`);
    console.log(`| worst task without the GPU readback wait | ${s.worstWithoutWait.toFixed(0)} ms | | | |`);
    console.log(`| GPU wait, total | ${totalWait(s)} | | | |`);
    console.log(`\ntrace: outermost GPU waits ${waitNames(s)}; ${costs(traced.traceCost ? [traced.traceCost] : [])}`);
  }
  if (wall !== null) {
    const note = wall > TRACE_OVERHEAD_NOTE ? ` — tracing slowed the pans by ${((wall - 1) * 100).toFixed(0)} %: traced figures below carry that overhead` : '';
    console.log(`tracing overhead on the same pans: ${((wall - 1) * 100).toFixed(0)} % wall time (other work shares this machine's cores)${note}`);
  }
  const notes = [...untraced.notes.map((n) => `untraced: ${n}`), ...traced.notes.map((n) => `traced: ${n}`)];
  if (notes.length) console.log(`\nnotes: ${notes.join('; ')}`);
  return s;
}

const panBaseline = (pans: TaskSummary | null, f: (s: TaskSummary) => number): string => (pans ? `${f(pans).toFixed(0)} ms while panning, no imported layer` : '');
const panRatio = (s: TaskSummary, pans: TaskSummary | null, f: (s: TaskSummary) => number): string => (pans ? ratio(f(s), f(pans)) : '');

/** Three rows from the traced tasks of one window; `prefix` names the window when it is not the import's. */
function printTraced(prefix: string, tasks: TracedTask[] | null, pans: TaskSummary | null): TaskSummary | null {
  if (!tasks) {
    console.log(`| ${prefix}worst main-thread long task, trace | not traced | | | |`);
    return null;
  }
  const s = summarize(tasks);
  const worst = (x: TaskSummary): number => x.worst;
  const own = (x: TaskSummary): number => x.worstWithoutWait;
  console.log(`| ${prefix}worst main-thread long task, trace | ${s.worst.toFixed(0)} ms, ${s.worstWait.toFixed(0)} ms of it waiting for the GPU | ${panBaseline(pans, worst)} | ${panRatio(s, pans, worst)} | none over ${TARGET.taskMs} ms ${tick(s.worst <= TARGET.taskMs)} |`);
  console.log(`| ${prefix}worst task without the GPU readback wait | ${s.worstWithoutWait.toFixed(0)} ms | ${panBaseline(pans, own)} | ${panRatio(s, pans, own)} | none over ${TARGET.taskMs} ms ${tick(s.worstWithoutWait <= TARGET.taskMs)} |`);
  console.log(`| ${prefix}GPU wait, total | ${totalWait(s)} | ${pans ? `${ms(pans.totalWait)} of ${ms(pans.totalDuration)} while panning` : ''} | | |`);
  return s;
}

export function printRun(r: ImportRun, baseline: { name: string; ms: number }, pans: TaskSummary | null): void {
  const name = r.file.split('/').pop() as string;
  const worst = r.tasks ? worstObserved(r.tasks) : null;
  const total = r.tasks ? r.tasks.reduce((s, t) => s + t.duration, 0) : null;
  const workers = r.workerHeaps ?? [];
  const heapTotal = r.heapAfterGc === null ? null : r.heapAfterGc + workers.reduce((s, h) => s + (h.bytes ?? 0), 0);
  const unread = workers.filter((w) => w.bytes === null).length;
  const unfinished = r.doneMs === null ? ' (did not finish)' : '';
  const window = r.doneMs === null ? `${MARK_WAIT_MS / 1000} s limit` : 'done + idle + 1 s';
  console.log(`\nImport of ${name} (${MB(r.bytes)}) in the app — headless Chromium, ${VIEWPORT.width}×${VIEWPORT.height}${unfinished}\n`);
  console.log('| measure | value | baseline (same run) | ratio | target |');
  console.log('|---|---|---|---|---|');
  console.log(`| input → first features drawn | ${ms(r.firstMs)} | | | ≤ ${TARGET.firstMs / 1000} s ${tick(r.firstMs !== null && r.firstMs <= TARGET.firstMs)} |`);
  console.log(`| input → import complete | ${ms(r.doneMs)} | ${ms(baseline.ms)} ${baseline.name} alone in Node | ${r.doneMs === null ? '' : `${(r.doneMs / baseline.ms).toFixed(1)}× ratio vs baseline (${baseline.name} alone in Node)`} | ≤ ${TARGET.doneMs / 1000} s ${tick(r.doneMs !== null && r.doneMs <= TARGET.doneMs)} |`);
  console.log(`| worst main-thread long task, input → ${window} | ${worst === null ? 'n/a' : `${worst.toFixed(0)} ms`} | ${total === null ? '' : `${total.toFixed(0)} ms in ${r.tasks?.length ?? 0} long tasks`} | | none over ${TARGET.taskMs} ms ${tick(worst !== null && worst <= TARGET.taskMs)} |`);
  const imported = printTraced('', r.traced, pans);
  const heapText = heapTotal === null ? 'n/a' : `${MB(heapTotal)}${unread ? ` + ${unread} worker(s) not read` : ''}: main ${MB(r.heapAfterGc as number)} (${MB(r.heapUsed ?? Number.NaN)} before GC)`;
  const workerText = r.workerHeaps === null ? 'workers not read' : workers.length ? workers.map((w) => `${w.name} ${w.bytes === null ? 'busy, not read' : MB(w.bytes)}`).join(', ') : 'no workers running';
  console.log(`| JS heap after import and a GC, main + workers | ${heapText}; ${workerText} | | | ≤ 1 GB ${unread ? '? (not all read)' : tick(heapTotal !== null && heapTotal <= TARGET.heapBytes)} |`);
  const reloadNote = r.doneMs === null ? 'not measured (import did not finish)' : ms(r.reloadMs);
  console.log(`| reload → user layer visible | ${reloadNote} | ${r.reloadWorstTask === null ? '' : `worst long task meanwhile ${r.reloadWorstTask.toFixed(0)} ms`} | | ≤ ${TARGET.reloadMs / 1000} s ${tick(r.reloadMs !== null && r.reloadMs <= TARGET.reloadMs)} |`);
  const reloaded = r.doneMs === null ? null : printTraced('reload → visible: ', r.reloadTraced, pans);
  console.log(`| features in the layer | ${r.count === null ? 'n/a' : r.count.toLocaleString('en')} | | | ${r.listedMs === null ? 'layer never listed' : `listed ${ms(r.listedMs)} after input`} |`);

  // The two methods side by side: the trace counts tasks the same way (top-level, over 50 ms, starting in the window).
  if (imported) console.log(`\nlong tasks, import window: PerformanceObserver ${r.tasks?.length ?? 'n/a'} (worst ${worst === null ? 'n/a' : worst.toFixed(0)} ms), trace ${imported.count} (worst ${imported.worst.toFixed(0)} ms); outermost GPU waits ${waitNames(imported)}`);
  if (reloaded) console.log(`long tasks, reload window: PerformanceObserver worst ${r.reloadWorstTask?.toFixed(0) ?? 'n/a'} ms, trace ${reloaded.count} (worst ${reloaded.worst.toFixed(0)} ms); outermost GPU waits ${waitNames(reloaded)}`);
  if (r.traceCosts.length) console.log(`trace: ${costs(r.traceCosts)}`);
  if (r.notes.length) console.log(`\nnotes: ${r.notes.join('; ')}`);
}

/** How the traced figures were made, printed once: names taken from real traces of this bench. */
export function printTraceMethod(): void {
  console.log(`\nTraced long tasks: top-level events over ${LONG_TASK_MS} ms on the renderer's CrRendererMain thread, starting in the same window as the PerformanceObserver's.`);
  console.log(`GPU wait: in each task, the outermost of ${[...GPU_WAIT_EVENTS].join(' / ')}, so a nest is counted once.`);
  console.log('Outermost GLES2::ReadPixels is the compositor reading back the SwiftShader-drawn canvas at Commit; outermost ImplementationBase::WaitForCmd is a synchronous GL query (GetProgramiv at shader link, GetString, …).');
}
