import { expect } from '@open-wc/testing';
import { FAR_SLICE_MS, FirstUpdateQueue, NEAR_SLICE_MS } from '../../src/page/first-update-queue.js';

/**
 * A queue on a fake task queue and a fake clock: tasks run only when the test says, and each
 * first update takes the time the test gives it.
 */
function aQueue(look: () => void = () => {}) {
  const tasks: Array<() => Promise<void>> = [];
  let nowMs = 0;
  const queue = new FirstUpdateQueue({ look, postTask: (task) => tasks.push(task), now: () => nowMs });
  /** Whose first update ran, task by task: one array per task. */
  const done: string[][] = [];
  /** Runs the next posted task to its end. */
  async function runTask(): Promise<void> {
    const task = tasks.shift();
    expect(task, 'a task is posted').not.to.equal(undefined);
    done.push([]);
    await task!();
  }
  return {
    queue,
    done,
    tasks,
    runTask,
    /** An element that, when let through, takes `costMs` for its first update. */
    asks(name: string, costMs: number, element: Element = document.createElement('div')): Element {
      void queue.turn(element).then(() => {
        done[done.length - 1].push(name);
        nowMs += costMs;
      });
      return element;
    },
    async runAll(): Promise<void> {
      for (let guard = 0; tasks.length > 0; guard += 1) {
        expect(guard).to.be.below(1000);
        await runTask();
      }
    },
  };
}

describe('FirstUpdateQueue', () => {
  it('posts no task until a turn has a place, and lets nothing through outside a task', async () => {
    const { queue, done, tasks, asks, runTask } = aQueue();
    const element = asks('a', 1);
    await Promise.resolve();
    expect(tasks).to.have.length(0);
    queue.place(element, 'far');
    expect(tasks).to.have.length(1);
    expect(done).to.deep.equal([]);
    await runTask();
    expect(done).to.deep.equal([['a']]);
    expect(tasks).to.have.length(0);
  });

  it('lets those near through before those far, each line in the order it was joined', async () => {
    const { queue, done, asks, runAll } = aQueue();
    queue.place(asks('far 1', 0), 'far');
    queue.place(asks('near 1', 0), 'near');
    queue.place(asks('far 2', 0), 'far');
    queue.place(asks('near 2', 0), 'near');
    await runAll();
    expect(done.flat()).to.deep.equal(['near 1', 'near 2', 'far 1', 'far 2']);
  });

  it('takes a place given before the turn is asked for, and moves a turn to the line it is placed in last', async () => {
    const { queue, done, asks, runAll } = aQueue();
    const early = document.createElement('div');
    queue.place(early, 'near');
    const moved = asks('moved', 0);
    queue.place(moved, 'far');
    queue.place(asks('far', 0), 'far');
    asks('early', 0, early);
    queue.place(moved, 'near');
    await runAll();
    expect(done.flat()).to.deep.equal(['early', 'moved', 'far']);
  });

  it('ends a task of far turns once 8 ms have passed', async () => {
    const { queue, done, asks, runTask, tasks } = aQueue();
    for (let index = 0; index < 5; index += 1) queue.place(asks(`far ${index}`, 3), 'far');
    await runTask();
    // 3, 6, then 9 ms: the third turn crosses the bound and ends the task.
    expect(FAR_SLICE_MS).to.equal(8);
    expect(done).to.deep.equal([['far 0', 'far 1', 'far 2']]);
    expect(tasks, 'the rest in a task of its own').to.have.length(1);
    await runTask();
    expect(done[1]).to.deep.equal(['far 3', 'far 4']);
    expect(tasks).to.have.length(0);
  });

  it('runs near turns in tasks of up to 40 ms, then the far ones in tasks of up to 8 ms', async () => {
    const { queue, done, asks, runAll } = aQueue();
    for (let index = 0; index < 12; index += 1) queue.place(asks(`near ${index}`, 5), 'near');
    for (let index = 0; index < 4; index += 1) queue.place(asks(`far ${index}`, 5), 'far');
    await runAll();
    expect(NEAR_SLICE_MS).to.equal(40);
    // 8 near turns make 40 ms. Once the near line is empty the far bound holds: the task that
    // empties it (20 ms) ends there, and the far turns go two by two (10 ms ≥ 8).
    expect(done.map((task) => task.length)).to.deep.equal([8, 4, 2, 2]);
    expect(done[1]).to.deep.equal(['near 8', 'near 9', 'near 10', 'near 11']);
  });

  it('lets one slow first update through alone, whatever its cost', async () => {
    const { queue, done, asks, runAll } = aQueue();
    queue.place(asks('slow', 500), 'near');
    queue.place(asks('next', 1), 'near');
    await runAll();
    expect(done).to.deep.equal([['slow'], ['next']]);
  });

  it('does the look in a task of its own before any turn, and the look places the turns', async () => {
    const order: string[] = [];
    const waiting: Element[] = [];
    const { queue, done, asks, runTask, tasks } = aQueue(() => {
      order.push('look');
      for (const element of waiting.splice(0)) queue.place(element, 'near');
    });
    queue.place(asks('placed', 0), 'far');
    waiting.push(asks('looked at', 0));
    queue.lookSoon();
    queue.lookSoon();
    expect(tasks, 'one task for both').to.have.length(1);
    await runTask();
    expect(order).to.deep.equal(['look']);
    expect(done).to.deep.equal([[]]);
    await runTask();
    expect(done[1]).to.deep.equal(['looked at', 'placed']);
  });

  it('lets a turn asked twice through once, both askers together', async () => {
    const { queue, done, tasks, runTask } = aQueue();
    const element = document.createElement('div');
    const calls: string[] = [];
    void queue.turn(element).then(() => calls.push('first'));
    void queue.turn(element).then(() => calls.push('second'));
    queue.place(element, 'near');
    await runTask();
    expect(calls).to.deep.equal(['first', 'second']);
    expect(done).to.deep.equal([[]]);
    expect(tasks).to.have.length(0);
  });

  it('keeps separate queues apart: nothing is shared at module level', async () => {
    const first = aQueue();
    const second = aQueue();
    first.queue.place(first.asks('first', 0), 'near');
    expect(second.tasks).to.have.length(0);
    await first.runAll();
    expect(first.done.flat()).to.deep.equal(['first']);
  });
});
