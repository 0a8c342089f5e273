// jsdom has no canvas; NutUI's bundled lottie player paints on one when its module loads.
// A context that accepts every call lets the module load; nothing in our pages draws.
const noop = () => undefined;
const context2d = new Proxy({} as Record<string, unknown>, {
  get: (target, key) => (key in target ? target[key as string] : noop),
  set: (target, key, value) => {
    target[key as string] = value;
    return true;
  },
});
HTMLCanvasElement.prototype.getContext = (() => context2d) as unknown as typeof HTMLCanvasElement.prototype.getContext;

// NutUI's UMD bundle warns once per load that its lottie player would make a canvas in a
// mini-program; jsdom is not one, and the pages never play an animation.
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].includes('Lottie')) return;
  warn(...args);
};
