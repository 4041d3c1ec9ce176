// Usage: node build.mjs OUTDIR
//
// Lays out the static site: web/src/** as is, plus the browser builds of the npm dependencies under
// vendor/: Leaflet, Leaflet.markercluster, Leaflet.VectorGrid and the Arabic web font (Noto Naskh Arabic, Arabic subset),
// so the page needs nothing from another origin.
// There is no bundler on purpose: the page is a few plain files, and Maven runs this at
// process-resources with OUTDIR = target/classes/META-INF/resources so Quarkus serves it at "/".
// Node standard library only, so the build needs nothing beyond `npm install` of the packages themselves.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

function packageRoot(name) {
  // Resolving through package.json (rather than assuming web/node_modules) survives hoisting.
  const require = createRequire(join(here, 'package.json'));
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    console.error(`build.mjs: ${name} is not installed; run "npm install" in ${here} first`);
    process.exit(1);
  }
}

const leaflet = packageRoot('leaflet');
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

// Leaflet.markercluster: its UMD build extends the global L that leaflet.js defines.
const clusterDir = join(outDir, 'vendor', 'leaflet.markercluster');
rmSync(clusterDir, { recursive: true, force: true });
mkdirSync(clusterDir, { recursive: true });
const cluster = packageRoot('leaflet.markercluster');
for (const file of ['leaflet.markercluster.js', 'leaflet.markercluster.js.map', 'MarkerCluster.css', 'MarkerCluster.Default.css']) {
  cpSync(join(cluster, 'dist', file), join(clusterDir, file));
}
cpSync(join(cluster, 'MIT-LICENCE.txt'), join(clusterDir, 'LICENSE'));

// Leaflet.VectorGrid: the bundled build (with pbf and vector-tile inside) extends the global L, so
// no bundler or import map is needed. The package ships no LICENSE file: its notice is the README's
// "Legalese" section, written out with the licences of the libraries bundled in it.
const gridDir = join(outDir, 'vendor', 'leaflet.vectorgrid');
rmSync(gridDir, { recursive: true, force: true });
mkdirSync(gridDir, { recursive: true });
const grid = packageRoot('leaflet.vectorgrid');
for (const file of ['Leaflet.VectorGrid.bundled.js', 'Leaflet.VectorGrid.bundled.js.map']) {
  cpSync(join(grid, 'dist', file), join(gridDir, file));
}
const readme = readFileSync(join(grid, 'README.md'), 'utf8');
const legalese = readme.slice(Math.max(0, readme.indexOf('## Legalese')));
const notices = [`Leaflet.VectorGrid ${JSON.parse(readFileSync(join(grid, 'package.json'), 'utf8')).version}\n\n${legalese}`];
for (const dep of ['pbf', 'vector-tile', 'topojson-client']) {
  let root;
  try {
    root = dirname(createRequire(join(grid, 'package.json')).resolve(`${dep}/package.json`));
  } catch {
    continue;
  }
  const licence = readdirSync(root).find((f) => /^licen[cs]e/i.test(f));
  if (licence) notices.push(`Bundled: ${dep}\n\n${readFileSync(join(root, licence), 'utf8')}`);
}
writeFileSync(join(gridDir, 'LICENSE'), notices.join('\n\n'));

// The Arabic subset of Noto Naskh Arabic, regular and bold: what the Arabic text is set in. The
// package's per-subset CSS files point at ./files/, so the same layout is kept.
const fontDir = join(outDir, 'vendor', 'fonts', 'noto-naskh-arabic');
rmSync(fontDir, { recursive: true, force: true });
mkdirSync(join(fontDir, 'files'), { recursive: true });
const font = packageRoot('@fontsource/noto-naskh-arabic');
for (const weight of [400, 700]) {
  cpSync(join(font, `arabic-${weight}.css`), join(fontDir, `arabic-${weight}.css`));
  for (const ext of ['woff2', 'woff']) {
    const file = `noto-naskh-arabic-arabic-${weight}-normal.${ext}`;
    cpSync(join(font, 'files', file), join(fontDir, 'files', file));
  }
}
cpSync(join(font, 'LICENSE'), join(fontDir, 'LICENSE'));

console.log(`build.mjs: wrote ${outDir}`);
