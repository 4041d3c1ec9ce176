// Usage: node build.mjs OUTDIR
//
// Lays out the static site: web/src/** as is, plus Leaflet's browser build under vendor/leaflet/.
// There is no bundler on purpose: the page is a few plain files, and Maven runs this at
// process-resources with OUTDIR = target/classes/META-INF/resources so Quarkus serves it at "/".
// Node standard library only, so the build needs nothing beyond `npm install` of leaflet itself.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

const outArg = process.argv[2];
if (!outArg) {
  console.error('usage: node build.mjs OUTDIR');
  process.exit(2);
}
// Relative to the caller's cwd, like any CLI argument; Maven passes an absolute path anyway.
const outDir = resolve(process.cwd(), outArg);

function leafletRoot() {
  // Resolving through package.json (rather than assuming web/node_modules) survives hoisting.
  const require = createRequire(join(here, 'package.json'));
  try {
    return dirname(require.resolve('leaflet/package.json'));
  } catch {
    console.error(`build.mjs: leaflet is not installed; run "npm install" in ${here} first`);
    process.exit(1);
  }
}

const leaflet = leafletRoot();
const srcDir = join(here, 'src');
const vendorDir = join(outDir, 'vendor', 'leaflet');

mkdirSync(outDir, { recursive: true });
cpSync(srcDir, outDir, { recursive: true, force: true });

// Rebuilt from scratch so a Leaflet upgrade cannot leave stale files behind; OUTDIR itself is
// left alone because other resources may share it.
rmSync(vendorDir, { recursive: true, force: true });
mkdirSync(join(vendorDir, 'images'), { recursive: true });
for (const file of ['leaflet.js', 'leaflet.js.map', 'leaflet.css']) {
  const from = join(leaflet, 'dist', file);
  // The source map only spares devtools a 404; the page works without it.
  if (existsSync(from) || file !== 'leaflet.js.map') {
    cpSync(from, join(vendorDir, file));
  }
}
for (const image of readdirSync(join(leaflet, 'dist', 'images'))) {
  cpSync(join(leaflet, 'dist', 'images', image), join(vendorDir, 'images', image));
}
// BSD-2-Clause asks for the notice to travel with redistributed copies.
cpSync(join(leaflet, 'LICENSE'), join(vendorDir, 'LICENSE'));

console.log(`build.mjs: wrote ${outDir}`);
