import { expect } from '@open-wc/testing';
import { NEAR_VIEW_MARGIN, ON_SCREEN_MARGIN, observeViewport } from '../../src/page/viewport-observer.js';

/** Stands for the browser's IntersectionObserver: the test says when it reports, and what. */
class FakeIntersectionObserver {
  static made: FakeIntersectionObserver[] = [];
  readonly observed = new Set<Element>();
  disconnected = false;

  constructor(
    readonly callback: IntersectionObserverCallback,
    readonly options: IntersectionObserverInit = {},
  ) {
    FakeIntersectionObserver.made.push(this);
  }

  observe(element: Element): void {
    this.observed.add(element);
  }

  unobserve(element: Element): void {
    this.observed.delete(element);
  }

  disconnect(): void {
    this.observed.clear();
    this.disconnected = true;
  }

  /** Reports `inside` for each element, in one batch. */
  report(...entries: Array<[Element, boolean]>): void {
    this.callback(
      entries.map(([target, isIntersecting]) => ({ target, isIntersecting }) as IntersectionObserverEntry),
      this as unknown as IntersectionObserver,
    );
  }
}

const real = window.IntersectionObserver;
const stops: Array<() => void> = [];

function watch(element: Element, margin: string, calls: boolean[]): () => void {
  const stop = observeViewport(element, margin, (inside) => calls.push(inside));
  expect(stop).not.to.equal(undefined);
  stops.push(stop!);
  return stop!;
}

function live(): FakeIntersectionObserver[] {
  return FakeIntersectionObserver.made.filter((observer) => !observer.disconnected);
}

describe('observeViewport', () => {
  beforeEach(() => {
    FakeIntersectionObserver.made = [];
    window.IntersectionObserver = FakeIntersectionObserver as unknown as typeof IntersectionObserver;
  });
  afterEach(() => {
    stops.splice(0).forEach((stop) => stop());
    window.IntersectionObserver = real;
  });

  it('keeps one observer per margin for every element', () => {
    const [a, b, c] = [document.createElement('div'), document.createElement('div'), document.createElement('div')];
    watch(a, NEAR_VIEW_MARGIN, []);
    watch(b, NEAR_VIEW_MARGIN, []);
    watch(c, ON_SCREEN_MARGIN, []);
    watch(a, ON_SCREEN_MARGIN, []);
    expect(live().map(({ options }) => options.rootMargin)).to.deep.equal([NEAR_VIEW_MARGIN, ON_SCREEN_MARGIN]);
    expect([...live()[0].observed]).to.deep.equal([a, b]);
    expect([...live()[1].observed]).to.deep.equal([c, a]);
  });

  it("tells each listener its own element's reports, from its own margin only", () => {
    const [a, b] = [document.createElement('div'), document.createElement('div')];
    const [nearA, nearB, onScreenA]: boolean[][] = [[], [], []];
    watch(a, NEAR_VIEW_MARGIN, nearA);
    watch(b, NEAR_VIEW_MARGIN, nearB);
    watch(a, ON_SCREEN_MARGIN, onScreenA);
    const [near, onScreen] = live();
    near.report([a, true], [b, false]);
    near.report([b, true]);
    onScreen.report([a, false]);
    expect(nearA).to.deep.equal([true]);
    expect(nearB).to.deep.equal([false, true]);
    expect(onScreenA).to.deep.equal([false]);
  });

  it('stops watching an element with its last listener, and drops the observer with its last element', () => {
    const [a, b] = [document.createElement('div'), document.createElement('div')];
    const [first, second, third]: boolean[][] = [[], [], []];
    const stopFirst = watch(a, ON_SCREEN_MARGIN, first);
    const stopSecond = watch(a, ON_SCREEN_MARGIN, second);
    const stopThird = watch(b, ON_SCREEN_MARGIN, third);
    const [observer] = live();
    stopFirst();
    stopFirst();
    expect([...observer.observed]).to.deep.equal([a, b]);
    observer.report([a, true]);
    expect(first).to.deep.equal([]);
    expect(second).to.deep.equal([true]);

    stopSecond();
    expect([...observer.observed]).to.deep.equal([b]);
    stopThird();
    expect(observer.disconnected).to.equal(true);

    watch(a, ON_SCREEN_MARGIN, []);
    expect(live()).to.have.length(1);
    expect(live()[0]).not.to.equal(observer);
  });

  it('calls no listener stopped during a report, even later in the same batch', () => {
    const element = document.createElement('div');
    const calls: string[] = [];
    const second: { stop?: () => void } = {};
    const stopFirst = observeViewport(element, NEAR_VIEW_MARGIN, (inside) => {
      calls.push(`first ${inside}`);
      stopFirst?.();
      second.stop?.();
    });
    second.stop = observeViewport(element, NEAR_VIEW_MARGIN, (inside) => calls.push(`second ${inside}`));
    live()[0].report([element, true], [element, true]);
    expect(calls).to.deep.equal(['first true']);
    expect(live()).to.have.length(0);
  });

  it('answers undefined where the browser has no IntersectionObserver', () => {
    // @ts-expect-error: an engine without it
    delete window.IntersectionObserver;
    expect(observeViewport(document.createElement('div'), NEAR_VIEW_MARGIN, () => {})).to.equal(undefined);
  });
});
