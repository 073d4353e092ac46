import { describe, expect, it } from 'vitest';
import { Slots } from './slots.js';

describe('slots', () => {
  it('lets in at most its size at once, the others in the order they came, each release counting once', async () => {
    const slots = new Slots(2);
    const order: string[] = [];
    const first = await slots.take();
    const second = await slots.take();
    const third = slots.take().then((release) => (order.push('third'), release));
    const fourth = slots.take().then((release) => (order.push('fourth'), release));
    await Promise.resolve();
    expect(order).toEqual([]);
    expect(slots.waiting).toBe(2);
    first();
    first();
    const releaseThird = await third;
    expect(order).toEqual(['third']);
    expect(slots.waiting).toBe(1);
    second();
    (await fourth)();
    releaseThird();
    // Both slots are free again: two takes succeed at once.
    await Promise.all([slots.take(), slots.take()]);
    expect(slots.waiting).toBe(0);
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => new Slots(0)).toThrow(/positive integer/);
    expect(() => new Slots(1.5)).toThrow(/positive integer/);
  });
});
