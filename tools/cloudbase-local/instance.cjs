// One warm instance of a built function, as the CloudBase Node runtime keeps one: a process of
// its own with the function's variables, which `require`s the bundle once and then calls
// `main(event, context)` for each event the runner sends (over IPC). Never deployed.
//
// MINQING_SETTABLE_CLOCK=1 adds the one thing the cloud has not: a clock the local host's dev mode
// may set (POST /api/dev/clock), by shifting Date (Date.now() and new Date()) by an offset.
'use strict';

const RealDate = Date;
let offsetMs = 0;
if (process.env.MINQING_SETTABLE_CLOCK === '1') {
  class ShiftedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(RealDate.now() + offsetMs);
      else super(...args);
    }
    static now() {
      return RealDate.now() + offsetMs;
    }
  }
  global.Date = ShiftedDate;
}

const bundle = process.argv[2];
const loadStarted = process.hrtime.bigint();
const { main } = require(bundle);
const requireMs = Number(process.hrtime.bigint() - loadStarted) / 1e6;

process.on('message', (message) => {
  if (message.type === 'clock') {
    offsetMs = message.at === null ? 0 : message.at - RealDate.now();
    return process.send({ id: message.id, ok: true });
  }
  if (message.type === 'call') {
    Promise.resolve()
      .then(() => main(message.event, message.context))
      .then(
        (result) => process.send({ id: message.id, ok: true, result }),
        (error) =>
          process.send({ id: message.id, ok: false, error: error && error.stack ? error.stack : String(error) }),
      );
  }
});

// The runner gone (its process ended or was killed): so is this instance, never an orphan.
process.on('disconnect', () => process.exit(0));

process.send({ type: 'ready', requireMs });
