/**
 * At most `size` holders at once; the others wait their turn in arrival order. `take` answers
 * the holder's release, which may be called more than once (only the first counts).
 */
export class Slots {
  #free: number;
  readonly #waiting: Array<() => void> = [];

  constructor(size: number) {
    if (!Number.isInteger(size) || size < 1)
      throw new RangeError(`slots: size must be a positive integer, not ${size}`);
    this.#free = size;
  }

  async take(): Promise<() => void> {
    if (this.#free > 0) this.#free -= 1;
    else await new Promise<void>((resolve) => this.#waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiting.shift();
      // The slot passes straight to the next in line, or becomes free.
      if (next) next();
      else this.#free += 1;
    };
  }

  /** How many wait for a slot now. */
  get waiting(): number {
    return this.#waiting.length;
  }
}
