import { DocFreqCache } from './doc-freq-cache';

describe('DocFreqCache', () => {
  it('remembers counts until they expire', () => {
    let t = 0;
    const cache = new DocFreqCache(1000, 10, () => t);
    cache.set('laddning', 42);
    expect(cache.get('laddning')).toBe(42);
    t = 1001;
    expect(cache.get('laddning')).toBeUndefined();
  });

  it('drops the oldest entry beyond its size', () => {
    const cache = new DocFreqCache(1000, 2, () => 0);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 2, 3]);
  });

  it('forgets counts taken before the pool changed in bulk, and keeps later ones', () => {
    let t = 100;
    const cache = new DocFreqCache(1000, 10, () => t);
    cache.set('laddning', 3);
    t = 200;
    cache.set('elbil', 7);
    cache.forgetBefore(150);
    expect([cache.get('laddning'), cache.get('elbil')]).toEqual([undefined, 7]);
    cache.forgetBefore(120); // an older mark changes nothing
    cache.set('laddning', 40);
    expect(cache.get('laddning')).toBe(40);
  });
});
