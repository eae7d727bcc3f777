/** The score formulas of DOMAIN "Scores", each checked against arithmetic done by hand. */
import { scoreOf, wilsonInterval } from '../../../src/domain/results';

describe('scoreOf', () => {
  it('counts [1, 2, 3, 4]: N = 10, M = (1 + 4 + 9 + 16) / 10 = 3.0', () => {
    const s = scoreOf([1, 2, 3, 4], 0);
    expect(s.n).toBe(10);
    expect(s.mean).toBeCloseTo(3.0, 10);
    // index = (3 − 1) / 3 × 100 = 66.666…
    expect(s.index).toBeCloseTo(66.67, 2);
    // satisfaction = (3 + 4) / 10 × 100 = 70; top box = 4 / 10 × 100 = 40; net = (4 − 1) / 10 × 100 = 30
    expect(s.satisfaction).toBeCloseTo(70, 10);
    expect(s.topBox).toBeCloseTo(40, 10);
    expect(s.net).toBeCloseTo(30, 10);
    expect(s.counts).toEqual([1, 2, 3, 4]);
  });

  it('Wilson 95 % interval of 7 satisfied out of 10', () => {
    // p = 0.7, z² = 1.96² = 3.8416, z²/N = 0.38416, denominator = 1.38416
    // centre = (0.7 + 3.8416 / 20) / 1.38416 = 0.89208 / 1.38416 = 0.644492
    // half = (1.96 / 1.38416) × √(0.7 × 0.3 / 10 + 3.8416 / 400) = 1.416022 × √(0.021 + 0.009604)
    //      = 1.416022 × 0.174940 = 0.247719
    // → [0.396773, 0.892211] = [39.68 %, 89.22 %]
    const [low, high] = scoreOf([1, 2, 3, 4], 0).satisfactionInterval!;
    expect(low).toBeCloseTo(39.68, 2);
    expect(high).toBeCloseTo(89.22, 2);
  });

  it('Wilson interval stays within [0, 100] at the edges (3 of 3, 0 of 1)', () => {
    // 3 of 3: centre = (1 + 3.8416 / 6) / (1 + 3.8416 / 3) = 1.640267 / 2.280533 = 0.719247,
    // half = (1.96 / 2.280533) × √(0 + 3.8416 / 36) = 0.859448 × 0.326667 = 0.280753 → [43.85, 100]
    const [low, high] = wilsonInterval(3, 3)!;
    expect(low).toBeCloseTo(43.85, 2);
    expect(high).toBe(100);
    // 0 of 1: centre = half = (3.8416 / 2) / 4.8416 = 0.396728 → [0, 79.35] (the low end is 0, not −1e−15)
    const [zeroLow, zeroHigh] = wilsonInterval(0, 1)!;
    expect(zeroLow).toBe(0);
    expect(zeroHigh).toBeCloseTo(79.35, 2);
  });

  it('N/A is reported apart and changes no figure', () => {
    const without = scoreOf([1, 2, 3, 4], 0);
    const withNa = scoreOf([1, 2, 3, 4], 5);
    expect(withNa.na).toBe(5);
    expect(withNa.n).toBe(10);
    expect({ ...withNa, na: 0 }).toEqual(without);
  });

  it('N = 0: every figure is null, the counts and N/A are still there', () => {
    expect(scoreOf([0, 0, 0, 0], 3)).toEqual({
      counts: [0, 0, 0, 0],
      n: 0,
      na: 3,
      mean: null,
      index: null,
      satisfaction: null,
      topBox: null,
      net: null,
      satisfactionInterval: null,
    });
  });

  it('a split group: [5, 0, 0, 5] has mean 2.5 like [0, 5, 5, 0], but net 0 and satisfaction 50 both', () => {
    // M = (5 + 20) / 10 = 2.5, index = 1.5 / 3 × 100 = 50, top box 50 vs 0: the distribution tells them apart
    const split = scoreOf([5, 0, 0, 5], 0);
    const middle = scoreOf([0, 5, 5, 0], 0);
    expect(split.mean).toBe(2.5);
    expect(middle.mean).toBe(2.5);
    expect(split.index).toBeCloseTo(50, 10);
    expect(split.topBox).toBe(50);
    expect(middle.topBox).toBe(0);
    expect(split.net).toBe(0);
  });

  it('extremes: all 1 → index 0, net −100; all 4 → index 100, net 100', () => {
    expect(scoreOf([3, 0, 0, 0], 0)).toMatchObject({ mean: 1, index: 0, satisfaction: 0, net: -100 });
    expect(scoreOf([0, 0, 0, 2], 0)).toMatchObject({ mean: 4, index: 100, satisfaction: 100, net: 100 });
  });
});
