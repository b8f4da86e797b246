import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import sinon from 'sinon';
import { SecondsController } from '../../src/element/seconds-controller.js';
import { frames } from '../frames.js';

const START_MS = Date.parse('2024-05-01T12:00:00.300Z');

describe('SecondsController', () => {
  let clock: sinon.SinonFakeTimers;
  let host: HTMLElement & ReactiveControllerHost;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: START_MS, toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    host = Object.assign(document.createElement('div'), {
      addController() {},
      removeController() {},
      requestUpdate() {},
      updateComplete: Promise.resolve(true),
    });
    host.textContent = 'host';
    document.body.append(host);
  });
  afterEach(() => {
    host.remove();
    clock.restore();
  });

  it('listens only while the host is connected and wants every second', () => {
    const onTime = sinon.spy();
    const controller = new SecondsController(host, { onTime });
    controller.schedule(true, undefined);
    expect(clock.countTimers()).to.equal(0);
    controller.hostConnected();
    expect(clock.countTimers()).to.equal(1);
    clock.tick(1000);
    expect(onTime.callCount).to.equal(1);
    controller.schedule(false, undefined);
    expect(clock.countTimers()).to.equal(0);
    controller.schedule(true, undefined);
    controller.hostDisconnected();
    expect(clock.countTimers()).to.equal(0);
  });

  it('does nothing while the host is off screen but its alarm, and catches up when it comes into view', async () => {
    const onTime = sinon.spy();
    const controller = new SecondsController(host, { onTime });
    host.style.cssText = 'position: absolute; top: 100000px';
    controller.schedule(true, START_MS + 10_700);
    expect([controller.everySecond, controller.alarmAtMs]).to.deep.equal([true, START_MS + 10_700]);
    controller.hostConnected();
    await frames();
    clock.tick(5000);
    expect(onTime.called).to.equal(false);
    clock.tick(5700);
    expect(onTime.args).to.deep.equal([[START_MS + 10_700]]);

    host.style.cssText = '';
    await frames();
    expect(onTime.callCount).to.equal(2);
    clock.tick(1000);
    expect(onTime.callCount).to.equal(3);
    controller.hostDisconnected();
  });
});
