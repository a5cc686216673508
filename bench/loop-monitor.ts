/**
 * Preloaded into the server process by `npm run bench:loop` (`node --import`), never by the app:
 * it measures how late the event loop runs (`monitorEventLoopDelay`) and the garbage
 * collector's pauses, and answers the benchmark over the IPC channel. `reset` starts a new
 * measurement; `read` answers it in milliseconds. The histogram samples every RESOLUTION ms and
 * each sample includes that interval, so it is taken off: what is left is the lateness.
 */
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

const RESOLUTION = 10;
const histogram = monitorEventLoopDelay({ resolution: RESOLUTION });
histogram.enable();
const late = (ns: number) => Math.max(0, Math.round((ns / 1e6 - RESOLUTION) * 100) / 100);

let gcMax = 0;
let gcTotal = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gcMax = Math.max(gcMax, entry.duration);
    gcTotal += entry.duration;
  }
}).observe({ entryTypes: ['gc'] });

process.on('message', (message) => {
  if (message === 'reset') {
    histogram.reset();
    gcMax = 0;
    gcTotal = 0;
    process.send?.({ reset: true });
  } else if (message === 'read') {
    process.send?.({
      p50: late(histogram.percentile(50)),
      p99: late(histogram.percentile(99)),
      max: late(histogram.max),
      samples: histogram.count,
      gcMax: Math.round(gcMax * 10) / 10,
      gcTotal: Math.round(gcTotal),
    });
  }
});
// The channel must not keep the server alive once it is asked to stop.
process.channel?.unref();
