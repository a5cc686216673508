/**
 * Preloaded into the server process by `npm run bench:loop` (`node --import`), never by the app:
 * it measures how late the event loop runs (`monitorEventLoopDelay`) and answers the benchmark
 * over the IPC channel. `reset` starts a new measurement; `read` answers it in milliseconds.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

const histogram = monitorEventLoopDelay({ resolution: 10 });
histogram.enable();
const ms = (ns: number) => Math.round(ns / 1e4) / 100;

process.on('message', (message) => {
  if (message === 'reset') {
    histogram.reset();
    process.send?.({ reset: true });
  } else if (message === 'read') {
    process.send?.({
      p50: ms(histogram.percentile(50)),
      p99: ms(histogram.percentile(99)),
      max: ms(histogram.max),
      samples: histogram.count,
    });
  }
});
// The channel must not keep the server alive once it is asked to stop.
process.channel?.unref();
