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

  /**
   * `yieldToEvents` runs its callback once pending messages have been read: node's setImmediate (after pending
   * I/O); a web worker has no setImmediate, and its entry passes a macrotask (setTimeout) instead.
   */
  constructor(private readonly yieldToEvents: (resume: () => void) => void = (resume) => setTimeout(resume, 0), private readonly sliceMs = ANALYSIS_SLICE_MS) {}

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
        // Messages already received (a hover, a newer change) are read before the analysis goes on.
        pause: () => new Promise<boolean>((resolve) => this.yieldToEvents(() => resolve(!stale()))),
      },
    };
  }

  /** Forget a closed document; its running analysis becomes stale. */
  forget(uri: string): void {
    this.latest.delete(uri);
  }
}
