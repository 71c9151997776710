// Per-keystroke budget: analyses run in slices that yield to other requests, and a newer version cancels an older one.
import type { Slicing } from './service';

/** How long one slice of analysis may hold the server before hovers and completions get their turn. */
export const ANALYSIS_SLICE_MS = 8;

export interface AnalysisTicket {
  /** Pass to the service: pauses between slices, and says to stop once this analysis is stale. */
  slicing: Slicing;
  /** True when a newer analysis of the same document started, or the request was cancelled. */
  readonly stale: boolean;
}

/**
 * Hands out one ticket per analysis. Starting an analysis of a document makes every earlier ticket for it stale,
 * so the older analysis stops at its next pause instead of finishing work nobody will see.
 */
export class AnalysisScheduler {
  private readonly latest = new Map<string, number>();
  private next = 0;

  constructor(private readonly sliceMs = ANALYSIS_SLICE_MS) {}

  /** A ticket for analysing `uri`; `cancelled` adds an outside reason to stop (an LSP cancellation token). */
  start(uri: string, cancelled: () => boolean = () => false): AnalysisTicket {
    const id = ++this.next;
    this.latest.set(uri, id);
    const stale = () => this.latest.get(uri) !== id || cancelled();
    return {
      get stale() {
        return stale();
      },
      slicing: {
        sliceMs: this.sliceMs,
        // setImmediate runs after pending I/O: messages already received (a hover, a newer change) are read first.
        pause: () => new Promise<boolean>((resolve) => setImmediate(() => resolve(!stale()))),
      },
    };
  }

  /** Forget a closed document; its running analysis becomes stale. */
  forget(uri: string): void {
    this.latest.delete(uri);
  }
}
