// Next.js 16.4's IncrementalCache.set() measures every entry it stores with
// `JSON.stringify(data).length`, although only data-cache (fetch) entries use that size (their 2 MB
// limit). A page entry carries its RSC payload as a Buffer, and JSON turns a Buffer into an array of
// numbers: for a story page (about 60 KB of RSC) that is a few hundred kilobytes of text built and
// thrown away on every uncached render. A CPU profile of the benchmark's never-requested stories put
// it at about a tenth of the render's main-thread time (Buffer.prototype.toJSON plus the stringify),
// and more again in garbage collection.
//
// Nothing in Next's configuration turns it off, and the class is internal (each compiled runtime has
// its own copy), so the one instance Next publishes as globalThis.__incrementalCache is used to reach
// its prototype, and set() is wrapped: for a page entry, the entry's Buffers answer JSON with an
// empty string while Next measures it, and get their own toJSON back as soon as set() returns (the
// measuring happens in set()'s synchronous part, before its first await). Fetch entries, which do
// use the size, are left alone. Written by hand: no library touches Next's internals here; if a
// future Next has no such instance or method, this does nothing.

const WRAPPED = Symbol.for('portal.incrementalCache.skipEntrySizing');

const emptyJson = () => '';

/** Wraps the set() of `cache`'s class once (see above); later calls are a symbol lookup. */
export function skipEntrySizing(cache = globalThis.__incrementalCache) {
  const proto = cache && typeof cache === 'object' ? Object.getPrototypeOf(cache) : null;
  if (!proto || proto[WRAPPED] || typeof proto.set !== 'function') return;
  const original = proto.set;
  proto.set = function set(key, data, ctx) {
    if (ctx?.fetchCache || !data || typeof data !== 'object') return original.call(this, key, data, ctx);
    const hidden = [];
    for (const value of Object.values(data)) {
      if (Buffer.isBuffer(value) && !Object.hasOwn(value, 'toJSON')) {
        Object.defineProperty(value, 'toJSON', { value: emptyJson, configurable: true, writable: true });
        hidden.push(value);
      }
    }
    try {
      return original.call(this, key, data, ctx);
    } finally {
      for (const buffer of hidden) delete buffer.toJSON;
    }
  };
  Object.defineProperty(proto, WRAPPED, { value: true });
}
