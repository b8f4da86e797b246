import { expect } from '@open-wc/testing';
import { MAX_ENTRIES, boundedCache, clearIntlCaches } from '../../src/text/intl-cache.js';

describe('boundedCache', () => {
  afterEach(() => clearIntlCaches());

  /** A cache whose computations are counted by key. */
  function aCountedCache() {
    const remember = boundedCache();
    const computed: string[] = [];
    const ask = (key: string) =>
      remember(key, () => {
        computed.push(key);
        return key === 'nothing' ? undefined : `value of ${key}`;
      });
    return { ask, computed };
  }

  it('computes each key once, an undefined answer too', () => {
    const { ask, computed } = aCountedCache();
    expect([ask('a'), ask('a'), ask('nothing'), ask('nothing')]).to.deep.equal([
      'value of a',
      'value of a',
      undefined,
      undefined,
    ]);
    expect(computed).to.deep.equal(['a', 'nothing']);
  });

  it(`starts over once it holds ${MAX_ENTRIES} entries`, () => {
    const { ask, computed } = aCountedCache();
    for (let index = 0; index < MAX_ENTRIES; index += 1) ask(`key ${index}`);
    ask('key 0');
    expect(computed).to.have.length(MAX_ENTRIES);
    ask('one more');
    ask('key 0');
    expect(computed.slice(MAX_ENTRIES)).to.deep.equal(['one more', 'key 0']);
  });

  it("empties every cache when the browser's language changes", () => {
    const [first, second] = [aCountedCache(), aCountedCache()];
    first.ask('a');
    second.ask('b');
    window.dispatchEvent(new Event('languagechange'));
    first.ask('a');
    second.ask('b');
    expect(first.computed).to.deep.equal(['a', 'a']);
    expect(second.computed).to.deep.equal(['b', 'b']);
  });
});
