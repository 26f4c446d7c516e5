import { GraphQLError } from 'graphql';

/**
 * Runs at most `concurrency` tasks at once and lets at most `queueLimit` wait; past that it
 * refuses at once (SERVER_BUSY), so a flood of expensive work cannot queue without end.
 */
export class Gate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly queueLimit: number,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.concurrency) {
      if (this.waiting.length >= this.queueLimit) {
        throw new GraphQLError('The server is busy; try again in a moment', { extensions: { code: 'SERVER_BUSY' } });
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await task();
    } finally {
      // The slot passes straight to the next waiter, or frees up.
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}
